/* trappa-needs-chart-view.h: the gap chart or the need line chart as a widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-plan.h"
#include "trappa-chart-style.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_NEEDS_CHART_VIEW (trappa_needs_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (TrappaNeedsChartView, trappa_needs_chart_view, TRAPPA, NEEDS_CHART_VIEW, GtkWidget)

/* @name: TRAPPA_GAP_CHART_NAME or TRAPPA_NEED_CHART_NAME. */
GtkWidget       *trappa_needs_chart_view_new          (const char           *name);
void             trappa_needs_chart_view_set_plan     (TrappaNeedsChartView *self,
                                                       TrappaPlan           *plan);
/* The population series by scenario code; NULL: the plan's first. */
void             trappa_needs_chart_view_set_scenario (TrappaNeedsChartView *self,
                                                       const char           *scenario);
/* The gap chart's plan years (up to three). */
void             trappa_needs_chart_view_set_years    (TrappaNeedsChartView *self,
                                                       const gint64         *years,
                                                       guint                 n_years);
/* The need chart's step; NULL: the housing steps summed. */
void             trappa_needs_chart_view_set_step     (TrappaNeedsChartView *self,
                                                       const char           *step_id);
/* The style the chart is drawn in now (dark, high contrast). */
TrappaChartStyle trappa_needs_chart_view_get_style    (TrappaNeedsChartView *self);

G_END_DECLS
