/* trappa-action-plan-pane.h: the action plan (handlingsplan): per target
 * area its goal and measures with the cost of each year, the sums, and
 * rolling it on to the next year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-pane.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_ACTION_PLAN_PANE (trappa_action_plan_pane_get_type ())
G_DECLARE_FINAL_TYPE (TrappaActionPlanPane, trappa_action_plan_pane, TRAPPA, ACTION_PLAN_PANE, TrappaPane)

GtkWidget *trappa_action_plan_pane_new (void);

G_END_DECLS
