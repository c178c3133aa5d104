/* trappa-participation.h: the participation plan, the mobilisation plan
 * and the meeting plan (seed 002, appendices 2–4)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

/* How one target group is brought to the participation meetings
 * (mobiliseringsplan). Plan list "mobilisation-plan". Fields, in file
 * order:
 *
 *   target-group   whom it is about (never empty)
 *   who            the people or representatives to reach
 *   how            telephone, e-mail, notice, poster, in person …
 *   when           when they are reached, as the plan says it
 *   responsible    who does it */
#define TRAPPA_TYPE_MOBILISATION (trappa_mobilisation_get_type ())
G_DECLARE_FINAL_TYPE (TrappaMobilisation, trappa_mobilisation, TRAPPA, MOBILISATION, TrappaItem)

/* How one target group takes part in the plan work (medverknadsplan).
 * Plan list "participation-plan"; the fields of a TrappaMobilisation,
 * "how" being the way they take part (workshop, survey, hearing …). */
#define TRAPPA_TYPE_PARTICIPATION (trappa_participation_get_type ())
G_DECLARE_FINAL_TYPE (TrappaParticipation, trappa_participation, TRAPPA, PARTICIPATION, TrappaItem)

/* One item of the meeting plan (møteplan), in the order of the meeting.
 * Plan list "meeting-plan". Fields, in file order:
 *
 *   time          when in the meeting, as written ("09.00")
 *   why           the purpose of the item
 *   what          what it is about (never empty)
 *   how           the way of working (method)
 *   minutes       how long it takes, 0 to TRAPPA_MEETING_MAX_MINUTES
 *   who           who leads it
 *   preparation   what must be ready: equipment and more */
#define TRAPPA_TYPE_MEETING_ITEM (trappa_meeting_item_get_type ())
G_DECLARE_FINAL_TYPE (TrappaMeetingItem, trappa_meeting_item, TRAPPA, MEETING_ITEM, TrappaItem)

/* A whole working day. */
#define TRAPPA_MEETING_MAX_MINUTES 600

TrappaMobilisation  *trappa_mobilisation_new  (void);
TrappaParticipation *trappa_participation_new (void);
TrappaMeetingItem   *trappa_meeting_item_new  (void);

G_END_DECLS
