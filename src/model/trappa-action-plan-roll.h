/* trappa-action-plan-roll.h: rolling the action plan on to the next
 * budget year, and the revisions that record each roll
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

/* One yearly revision (rullering) of the action plan. Plan list
 * "action-plan-revisions". Fields: date (when it was rolled), from-year
 * and to-year (the window's first year before and after), text (what the
 * revision says), done-measures (references to the measures finished by
 * then: they leave the action plan). */
#define TRAPPA_TYPE_ACTION_PLAN_REVISION (trappa_action_plan_revision_get_type ())
G_DECLARE_FINAL_TYPE (TrappaActionPlanRevision, trappa_action_plan_revision, TRAPPA,
                      ACTION_PLAN_REVISION, TrappaItem)

/* The ids of the measures the next roll records as done: status done,
 * and in no earlier revision. */
GStrv       trappa_action_plan_newly_done (TrappaPlan *plan);

/* Whether the plan can roll on: it has a first year of its action plan,
 * and the next one is still in the plan period; else @error says why. */
gboolean    trappa_action_plan_can_roll   (TrappaPlan  *plan,
                                           GError     **error);

/* Moves the action plan's window one year on, as one undo step: records a
 * revision dated @date (YYYY-MM-DD) with @text and the measures whose
 * status is done (and that no earlier revision holds); the unfinished
 * measures stay. Fails as trappa_action_plan_can_roll() says, or for a
 * bad @date. The revision is the plan's (borrowed). */
TrappaItem *trappa_action_plan_roll (TrappaPlan  *plan,
                                     const char  *date,
                                     const char  *text,
                                     GError     **error);

G_END_DECLS
