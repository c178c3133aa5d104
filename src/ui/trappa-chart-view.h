/* trappa-chart-view.h: any chart of the chart-kind table as a widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-chart-export.h"
#include "trappa-chart-kind.h"
#include "trappa-record-table.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_CHART_VIEW (trappa_chart_view_get_type ())
G_DECLARE_DERIVABLE_TYPE (TrappaChartView, trappa_chart_view, TRAPPA, CHART_VIEW, GtkWidget)

struct _TrappaChartViewClass
{
  GtkWidgetClass parent_class;

  /* The kind a subclass always shows (its "kind" property is ignored), so
   * that GtkBuilder templates can make one with no properties. */
  const char    *kind;

  /* Optional: appends the picture of @layout (@width × @height) to
   * @snapshot, for a subclass that keeps what did not change from one
   * frame to the next; NULL: the kind paints it on one cairo node. */
  void         (*snapshot_layout) (TrappaChartView *self,
                                   GtkSnapshot     *snapshot,
                                   gpointer         layout,
                                   int              width,
                                   int              height);

  gpointer padding[7];
};

/* Draws the "kind" chart (a name from the chart-kind table) of its "plan"
 * and redraws on every change, resize and style change (dark, high
 * contrast, the projector setting). The view owns what every chart does
 * alike: hovering an item shows it in words, a click or Enter on the item
 * the arrow keys focused sets "selected" (the item's record id) and emits
 * "item-activated"; a kind that moves its items (drag, nudge) is dragged
 * with the pointer and moved with the arrow keys (Shift: ten steps) as one
 * undoable edit; the menu in the corner exports the chart (PNG, SVG, PDF)
 * and copies it to the clipboard as an image; the accessible description
 * reads the whole chart in words. */
GtkWidget             *trappa_chart_view_new          (const char            *kind);

const TrappaChartKind *trappa_chart_view_get_kind     (TrappaChartView       *self);
void                   trappa_chart_view_set_plan     (TrappaChartView       *self,
                                                       TrappaPlan            *plan);
TrappaPlan            *trappa_chart_view_get_plan     (TrappaChartView       *self);
/* The kind's options (TrappaPriorityOptions, TrappaNeedsChartOptions, …),
 * copied; NULL: the kind's defaults. */
void                   trappa_chart_view_set_options  (TrappaChartView       *self,
                                                       gconstpointer          options);
gconstpointer          trappa_chart_view_get_options  (TrappaChartView       *self);
/* On the projector: every text at least 24 px, no menu button, no focus
 * ring (the items still move and select). */
void                   trappa_chart_view_set_presenting (TrappaChartView     *self,
                                                         gboolean             presenting);
const char            *trappa_chart_view_get_selected (TrappaChartView       *self);
void                   trappa_chart_view_set_selected (TrappaChartView       *self,
                                                       const char            *id);
/* Keeps the chart's selected item and @table's selected row together. */
void                   trappa_chart_view_link_table   (TrappaChartView       *self,
                                                       TrappaRecordTable     *table);
/* The style the chart is drawn in now. */
TrappaChartStyle       trappa_chart_view_get_style    (TrappaChartView       *self);
/* The kind's layout at the widget's current size (tests, tooltips); owned
 * by the view and valid until the next change. NULL before the first
 * allocation or when the plan has nothing to draw. */
gpointer               trappa_chart_view_get_layout   (TrappaChartView       *self);
/* Writes the chart as the menu's export does (the kind's default size,
 * the normal style, no selection). */
gboolean               trappa_chart_view_write        (TrappaChartView       *self,
                                                       const char            *path,
                                                       TrappaChartFormat      format,
                                                       GError               **error);
/* Puts the chart on the clipboard as a PNG image. */
gboolean               trappa_chart_view_copy         (TrappaChartView       *self,
                                                       GError               **error);

/* What the pointer's drag gesture calls, in widget coordinates; public so
 * that tests drive exactly the code a pointer does. begin returns FALSE
 * when there is no item at (@x, @y) (a click on an item selects it, and
 * TRUE means it may move); end edits the plan once. */
gboolean               trappa_chart_view_drag_begin   (TrappaChartView       *self,
                                                       double                 x,
                                                       double                 y);
void                   trappa_chart_view_drag_update  (TrappaChartView       *self,
                                                       double                 dx,
                                                       double                 dy);
void                   trappa_chart_view_drag_end     (TrappaChartView       *self,
                                                       double                 dx,
                                                       double                 dy);

G_END_DECLS
