/* trappa-activity-pane.h: the aktivitets- og meistringstrapp pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-pane.h"

G_BEGIN_DECLS

/* The service levels of the plan's activity and mastery staircase in a
 * table, with the staircase chart beside it. Shows the plan in its "plan"
 * property. */
#define TRAPPA_TYPE_ACTIVITY_PANE (trappa_activity_pane_get_type ())
G_DECLARE_FINAL_TYPE (TrappaActivityPane, trappa_activity_pane, TRAPPA, ACTIVITY_PANE, TrappaPane)

G_END_DECLS
