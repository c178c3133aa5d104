/* trappa-staircase-chart-view.h: a staircase chart as a widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-plan.h"
#include "trappa-record-table.h"
#include "trappa-staircase-layout.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_STAIRCASE_CHART_VIEW (trappa_staircase_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (TrappaStaircaseChartView, trappa_staircase_chart_view,
                      TRAPPA, STAIRCASE_CHART_VIEW, GtkWidget)

/* Draws the @staircase_kind staircase of its "plan" and redraws on every
 * change. Hovering a step shows its figures; a click, or Enter on the step
 * the arrow keys moved to, sets "selected-step" and emits "step-activated".
 * "target-group" (an id) marks the steps that serve that group. */
GtkWidget             *trappa_staircase_chart_view_new               (const char               *staircase_kind);

void                   trappa_staircase_chart_view_set_plan          (TrappaStaircaseChartView *self,
                                                                      TrappaPlan               *plan);
TrappaItem            *trappa_staircase_chart_view_get_selected_step (TrappaStaircaseChartView *self);
void                   trappa_staircase_chart_view_set_selected_step (TrappaStaircaseChartView *self,
                                                                      TrappaItem               *step);
void                   trappa_staircase_chart_view_set_target_group  (TrappaStaircaseChartView *self,
                                                                      const char               *group_id);
/* Keeps the chart's selected step and @table's selected row together: a
 * click on a step selects its row, selecting a row marks its step. */
void                   trappa_staircase_chart_view_link_table        (TrappaStaircaseChartView *self,
                                                                      TrappaRecordTable        *table);
/* The style the chart is drawn in now (dark, high contrast, projector). */
TrappaChartStyle       trappa_staircase_chart_view_get_style         (TrappaStaircaseChartView *self);

/* The layout at the widget's current size (tests, tooltips); owned by the
 * view and valid until the next change. */
TrappaStaircaseLayout *trappa_staircase_chart_view_get_layout        (TrappaStaircaseChartView *self);

G_END_DECLS
