/* trappa-priority-grid-view.c: the priority grid as a chart view
 *
 * Everything but the options' type, Page Up and Page Down and what is
 * kept between frames (trappa-priority-frame-cache.c) is the chart view's
 * and the "priority" chart kind's (drag, drop, arrow keys).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-priority-grid-view"

#include "trappa-priority-frame-cache.h"
#include "trappa-priority-grid-view.h"

struct _TrappaPriorityGridView
{
  TrappaChartView           parent_instance;
  TrappaPriorityFrameCache *frames;
};

G_DEFINE_FINAL_TYPE (TrappaPriorityGridView, trappa_priority_grid_view, TRAPPA_TYPE_CHART_VIEW)

/* "grid.select-next" (i): walks through the cards shown in the plan's
 * order (the drawing order puts the selected last). */
static void
select_next (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TrappaChartView *view = TRAPPA_CHART_VIEW (widget);
  TrappaPlan *plan = trappa_chart_view_get_plan (view);
  gpointer layout = trappa_chart_view_get_layout (view);
  const char *selected = trappa_chart_view_get_selected (view);
  GListModel *measures;
  int step = g_variant_get_int32 (parameter) < 0 ? -1 : 1, n, current = -1;

  if (layout == NULL)
    return;
  measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures"));
  n = g_list_model_get_n_items (measures);
  for (int i = 0; i < n && current < 0; i++)
    {
      g_autoptr(TrappaItem) measure = g_list_model_get_item (measures, i);

      if (g_strcmp0 (trappa_item_get_id (measure), selected) == 0)
        current = i;
    }
  /* Without a selection, Page Down starts at the first, Page Up at the last. */
  if (current < 0)
    current = step > 0 ? n - 1 : 0;
  for (int k = 1; k <= n; k++)
    {
      g_autoptr(TrappaItem) measure = g_list_model_get_item (measures, (current + step * k + n) % n);

      if (trappa_priority_layout_find (layout, trappa_item_get_id (measure)) >= 0)
        {
          trappa_chart_view_set_selected (view, trappa_item_get_id (measure));
          return;
        }
    }
}

static void
snapshot_layout (TrappaChartView *view,
                 GtkSnapshot     *snapshot,
                 gpointer         layout,
                 int              width,
                 int              height)
{
  TrappaPriorityGridView *self = TRAPPA_PRIORITY_GRID_VIEW (view);

  trappa_priority_frame_cache_snapshot (self->frames, snapshot, layout,
                                        gtk_widget_get_scale_factor (GTK_WIDGET (view)));
}

static void
trappa_priority_grid_view_finalize (GObject *object)
{
  TrappaPriorityGridView *self = TRAPPA_PRIORITY_GRID_VIEW (object);

  g_clear_pointer (&self->frames, trappa_priority_frame_cache_free);
  G_OBJECT_CLASS (trappa_priority_grid_view_parent_class)->finalize (object);
}

static void
trappa_priority_grid_view_constructed (GObject *object)
{
  TrappaPriorityOptions options;

  G_OBJECT_CLASS (trappa_priority_grid_view_parent_class)->constructed (object);
  trappa_priority_options_init (&options);
  trappa_chart_view_set_options (TRAPPA_CHART_VIEW (object), &options);
}

static void
trappa_priority_grid_view_class_init (TrappaPriorityGridViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->constructed = trappa_priority_grid_view_constructed;
  G_OBJECT_CLASS (klass)->finalize = trappa_priority_grid_view_finalize;
  TRAPPA_CHART_VIEW_CLASS (klass)->kind = "priority";
  TRAPPA_CHART_VIEW_CLASS (klass)->snapshot_layout = snapshot_layout;
  gtk_widget_class_install_action (widget_class, "grid.select-next", "i", select_next);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "grid.select-next", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "grid.select-next", "i", -1);
  gtk_widget_class_set_css_name (widget_class, "priority-grid");
}

static void
trappa_priority_grid_view_init (TrappaPriorityGridView *self)
{
  self->frames = trappa_priority_frame_cache_new ();
}

GtkWidget *
trappa_priority_grid_view_new (void)
{
  return g_object_new (TRAPPA_TYPE_PRIORITY_GRID_VIEW, NULL);
}

void
trappa_priority_grid_view_set_options (TrappaPriorityGridView      *self,
                                       const TrappaPriorityOptions *options)
{
  g_return_if_fail (TRAPPA_IS_PRIORITY_GRID_VIEW (self));
  trappa_chart_view_set_options (TRAPPA_CHART_VIEW (self), options);
}

const TrappaPriorityOptions *
trappa_priority_grid_view_get_options (TrappaPriorityGridView *self)
{
  g_return_val_if_fail (TRAPPA_IS_PRIORITY_GRID_VIEW (self), NULL);
  return trappa_chart_view_get_options (TRAPPA_CHART_VIEW (self));
}
