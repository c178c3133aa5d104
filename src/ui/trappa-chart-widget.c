/* trappa-chart-widget.c: what every chart view does the same way
 *
 * The chart views stay thin: the charts library lays out and paints, and
 * this file holds the widget plumbing they share (expanding, tooltips and
 * focus, the plan's "changed" signal, painting through cairo).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-chart-widget"

#include "trappa-chart-widget.h"
#include "trappa-chart-style-watch.h"

GSettings *
trappa_chart_widget_init (GtkWidget *widget,
                          GCallback  query_tooltip,
                          GCallback  restyle)
{
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_widget_set_vexpand (widget, TRUE);
  if (query_tooltip != NULL)
    {
      gtk_widget_set_focusable (widget, TRUE);
      gtk_widget_set_has_tooltip (widget, TRUE);
      g_signal_connect (widget, "query-tooltip", query_tooltip, NULL);
    }
  /* Dark mode, the desktop's high contrast and the projector setting. */
  return trappa_chart_style_watch (widget, restyle);
}

gboolean
trappa_chart_widget_set_plan (gpointer     widget,
                              TrappaPlan **plan_slot,
                              TrappaPlan  *plan,
                              GCallback    on_changed)
{
  if (*plan_slot == plan)
    return FALSE;
  if (*plan_slot != NULL)
    g_signal_handlers_disconnect_by_func (*plan_slot, on_changed, widget);
  g_set_object (plan_slot, plan);
  if (plan != NULL)
    g_signal_connect_swapped (plan, "changed", on_changed, widget);
  return TRUE;
}

void
trappa_chart_widget_paint (GtkWidget            *widget,
                           GtkSnapshot          *snapshot,
                           TrappaChartPaintFunc  paint,
                           gpointer              user_data)
{
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  paint (cr, width, height, user_data);
  cairo_destroy (cr);
}
