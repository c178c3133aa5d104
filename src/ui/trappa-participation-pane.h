/* trappa-participation-pane.h: the participation, mobilisation and
 * meeting plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-pane.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_PARTICIPATION_PANE (trappa_participation_pane_get_type ())
G_DECLARE_FINAL_TYPE (TrappaParticipationPane, trappa_participation_pane, TRAPPA, PARTICIPATION_PANE, TrappaPane)

/* Shows the page of the plan's list @name: "participation-plan",
 * "mobilisation-plan" or "meeting-plan". */
void trappa_participation_pane_show_page (TrappaParticipationPane *self,
                                          const char              *name);

G_END_DECLS
