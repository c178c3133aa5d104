/* trappa-activity-pane.h: the aktivitets- og meistringstrapp pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-pane.h"
#include "trappa-record-table.h"
#include "trappa-chart-kind-staircase.h"
#include "trappa-chart-view.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_ACTIVITY_PANE (trappa_activity_pane_get_type ())
G_DECLARE_FINAL_TYPE (TrappaActivityPane, trappa_activity_pane, TRAPPA, ACTIVITY_PANE, TrappaPane)

/* The service levels of the plan's activity and mastery staircase in a
 * table, with the staircase chart beside it. Shows the plan in its "plan"
 * property. */
GtkWidget                *trappa_activity_pane_new       (void);

TrappaRecordTable        *trappa_activity_pane_get_table (TrappaActivityPane *self);
TrappaChartView *trappa_activity_pane_get_chart (TrappaActivityPane *self);

G_END_DECLS
