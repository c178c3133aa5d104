/* trappa-chart-widget.h: what every chart view (staircase, priority grid,
 * gap and need charts) does the same way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-chart-export.h"
#include "trappa-plan.h"

G_BEGIN_DECLS

/* Makes @widget fill its pane and redraw through @restyle (called swapped
 * with the widget) when the chart style changes. With a @query_tooltip
 * handler the chart also takes the keyboard focus and shows tooltips.
 * Returns the settings trappa_chart_style_watch() watches, for the view
 * to keep and give to trappa_chart_style_unwatch() in dispose. */
GSettings *trappa_chart_widget_init     (GtkWidget   *widget,
                                         GCallback    query_tooltip,
                                         GCallback    restyle);

/* Moves @on_changed (called swapped with @widget) from the plan in
 * @plan_slot to @plan's "changed" signal and stores @plan there. FALSE,
 * doing nothing, when @plan is the one shown already. */
gboolean   trappa_chart_widget_set_plan (gpointer     widget,
                                         TrappaPlan **plan_slot,
                                         TrappaPlan  *plan,
                                         GCallback    on_changed);

/* Paints with @paint over the whole of @widget, as the exports paint a
 * file: the screen shows what the files show. Nothing while it has no
 * size. */
void       trappa_chart_widget_paint    (GtkWidget            *widget,
                                         GtkSnapshot          *snapshot,
                                         TrappaChartPaintFunc  paint,
                                         gpointer              user_data);

G_END_DECLS
