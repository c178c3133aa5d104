/* trappa-priority-grid-view.c: the priority grid as a widget
 *
 * Thin over the charts layer: the layout is computed for the widget's size
 * and thrown away on every plan change, resize, option or style change;
 * the painter draws it. While a card is dragged only the cached layout's
 * copy of that card moves; the plan changes once, when the card is dropped,
 * so one drag is one undo step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-priority-grid-view"

#include <math.h>
#include <glib/gi18n.h>

#include "trappa-priority-grid-view.h"
#include "trappa-priority-painter.h"
#include "trappa-chart-style-watch.h"
#include "trappa-chart-widget.h"

/* Less movement than this is a click, not a drag. */
#define CLICK_SLOP 3.0
/* The scores read out do not depend on the size: the accessible
 * description is laid out at the natural size whatever is on screen. */
#define DESCRIBE_WIDTH 900
#define DESCRIBE_HEIGHT 600

struct _TrappaPriorityGridView
{
  GtkWidget              parent_instance;

  TrappaPlan            *plan;
  TrappaPriorityOptions  options;   /* strings owned */
  char                  *selected;
  GSettings             *settings;
  TrappaPriorityLayout  *layout;

  /* The card being dragged: its id, where it was, how far it moved. */
  char                  *drag_id;
  cairo_rectangle_t      drag_card;
  double                 drag_anchor_x, drag_anchor_y;
  double                 drag_dx, drag_dy;
};

G_DEFINE_FINAL_TYPE (TrappaPriorityGridView, trappa_priority_grid_view, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_PLAN, PROP_SELECTED, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
invalidate (TrappaPriorityGridView *self)
{
  g_clear_pointer (&self->layout, trappa_priority_layout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The description reads out every shown card's title and scores, the
 * figures the tooltips show; the selection does not change it. */
static void
update_accessible (TrappaPriorityGridView *self)
{
  g_autoptr(TrappaPriorityLayout) layout = NULL;
  g_autofree char *text = NULL;

  if (self->plan == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  layout = trappa_priority_layout_new (self->plan, &self->options, DESCRIBE_WIDTH, DESCRIBE_HEIGHT);
  text = trappa_priority_layout_describe_figures (layout);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

static void
on_plan_changed (TrappaPriorityGridView *self)
{
  invalidate (self);
  update_accessible (self);
}

/* The dragged card follows the pointer in the cached layout. */
static void
apply_drag (TrappaPriorityGridView *self)
{
  int index;
  TrappaPriorityCard *card;

  if (self->drag_id == NULL || self->layout == NULL)
    return;
  index = trappa_priority_layout_find (self->layout, self->drag_id);
  if (index < 0)
    return;
  card = self->layout->cards->pdata[index];
  card->card.x = self->drag_card.x + self->drag_dx;
  card->card.y = self->drag_card.y + self->drag_dy;
  card->anchor_x = self->drag_anchor_x + self->drag_dx;
  card->anchor_y = self->drag_anchor_y + self->drag_dy;
}

TrappaPriorityLayout *
trappa_priority_grid_view_get_layout (TrappaPriorityGridView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  g_return_val_if_fail (TRAPPA_IS_PRIORITY_GRID_VIEW (self), NULL);

  if (self->plan == NULL || width <= 0 || height <= 0)
    return NULL;
  if (self->layout != NULL && (self->layout->width != width || self->layout->height != height))
    g_clear_pointer (&self->layout, trappa_priority_layout_free);
  if (self->layout == NULL)
    {
      TrappaPriorityOptions options = self->options;

      options.selected = self->selected;
      options.style = trappa_chart_style_current (self->settings);
      self->layout = trappa_priority_layout_new (self->plan, &options, width, height);
      apply_drag (self);
    }
  return self->layout;
}

static const char *
shown_group (TrappaPriorityGridView *self)
{
  return self->options.group_id != NULL ? self->options.group_id : "";
}

/* Sets the two shown scores of @measure_id as one undoable edit. */
static void
set_scores (TrappaPriorityGridView *self,
            const char             *measure_id,
            gint64                  x_score,
            gint64                  y_score)
{
  TrappaItem *measure = trappa_plan_lookup (self->plan, measure_id);

  if (measure == NULL || !TRAPPA_IS_MEASURE (measure))
    return;
  trappa_plan_begin_edit (self->plan, _("Move Card"));
  trappa_measure_set_score (TRAPPA_MEASURE (measure), self->plan, shown_group (self),
                            trappa_priority_axis_name (self->options.x_axis), x_score, NULL);
  trappa_measure_set_score (TRAPPA_MEASURE (measure), self->plan, shown_group (self),
                            trappa_priority_axis_name (self->options.y_axis), y_score, NULL);
  trappa_plan_end_edit (self->plan);
}

gboolean
trappa_priority_grid_view_drag_begin (TrappaPriorityGridView *self,
                                      double                  x,
                                      double                  y)
{
  TrappaPriorityLayout *layout = trappa_priority_grid_view_get_layout (self);
  TrappaPriorityCard *card;
  int index;

  g_clear_pointer (&self->drag_id, g_free);
  if (layout == NULL || (index = trappa_priority_layout_hit (layout, x, y)) < 0)
    return FALSE;

  card = layout->cards->pdata[index];
  trappa_priority_grid_view_set_selected (self, card->id);
  if (self->options.merged)
    return FALSE;

  /* The layout was rebuilt for the new selection: take the card from it. */
  layout = trappa_priority_grid_view_get_layout (self);
  card = layout->cards->pdata[trappa_priority_layout_find (layout, self->selected)];
  self->drag_id = g_strdup (card->id);
  self->drag_card = card->card;
  /* A card in the tray is dropped where its middle is. */
  self->drag_anchor_x = card->placed ? card->anchor_x : card->card.x + card->card.width / 2;
  self->drag_anchor_y = card->placed ? card->anchor_y : card->card.y + card->card.height / 2;
  self->drag_dx = self->drag_dy = 0;
  return TRUE;
}

void
trappa_priority_grid_view_drag_update (TrappaPriorityGridView *self,
                                       double                  dx,
                                       double                  dy)
{
  if (self->drag_id == NULL)
    return;
  self->drag_dx = dx;
  self->drag_dy = dy;
  apply_drag (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
trappa_priority_grid_view_drag_end (TrappaPriorityGridView *self,
                                    double                  dx,
                                    double                  dy)
{
  g_autofree char *id = g_steal_pointer (&self->drag_id);
  TrappaPriorityLayout *layout = self->layout;
  double x = self->drag_anchor_x + dx, y = self->drag_anchor_y + dy;
  gint64 x_score, y_score;
  int index;

  if (id == NULL || layout == NULL)
    return;
  index = trappa_priority_layout_find (layout, id);
  if (index < 0 || hypot (dx, dy) < CLICK_SLOP)
    {
      invalidate (self);
      return;
    }
  /* A card from the tray is placed only when dropped on the grid. */
  if (!((TrappaPriorityCard *) layout->cards->pdata[index])->placed &&
      !(x >= layout->plot.x && x <= layout->plot.x + layout->plot.width &&
        y >= layout->plot.y && y <= layout->plot.y + layout->plot.height))
    {
      invalidate (self);
      return;
    }
  trappa_priority_layout_scores_at (layout, x, y, &x_score, &y_score);
  invalidate (self);
  set_scores (self, id, x_score, y_score);
}

static void
on_drag_begin (GtkGestureDrag         *gesture,
               double                  x,
               double                  y,
               TrappaPriorityGridView *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (trappa_priority_grid_view_drag_begin (self, x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  else
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

static void
on_drag_update (GtkGestureDrag         *gesture,
                double                  dx,
                double                  dy,
                TrappaPriorityGridView *self)
{
  trappa_priority_grid_view_drag_update (self, dx, dy);
}

static void
on_drag_end (GtkGestureDrag         *gesture,
             double                  dx,
             double                  dy,
             TrappaPriorityGridView *self)
{
  trappa_priority_grid_view_drag_end (self, dx, dy);
}

static void
on_drag_cancel (GtkGesture             *gesture,
                GdkEventSequence       *sequence,
                TrappaPriorityGridView *self)
{
  g_clear_pointer (&self->drag_id, g_free);
  invalidate (self);
}

/* "grid.move" (ii): the arrow keys, in score units. */
static void
move_selected (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TrappaPriorityGridView *self = TRAPPA_PRIORITY_GRID_VIEW (widget);
  TrappaItem *measure;
  TrappaScoreSummary sx, sy;
  int dx, dy;

  if (self->plan == NULL || self->selected == NULL || self->options.merged)
    return;
  measure = trappa_plan_lookup (self->plan, self->selected);
  if (measure == NULL || !TRAPPA_IS_MEASURE (measure))
    return;

  g_variant_get (parameter, "(ii)", &dx, &dy);
  trappa_priority_measure_summary (TRAPPA_MEASURE (measure), shown_group (self), self->options.x_axis, &sx);
  trappa_priority_measure_summary (TRAPPA_MEASURE (measure), shown_group (self), self->options.y_axis, &sy);
  set_scores (self, self->selected,
              CLAMP ((gint64) sx.mean + dx, 0, TRAPPA_SCORE_MAX),
              CLAMP ((gint64) sy.mean + dy, 0, TRAPPA_SCORE_MAX));
}

/* "grid.select-next" (i): Page Down and Page Up walk through the cards
 * shown, in the plan's order (the drawing order puts the selected last). */
static void
select_next (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TrappaPriorityGridView *self = TRAPPA_PRIORITY_GRID_VIEW (widget);
  TrappaPriorityLayout *layout = trappa_priority_grid_view_get_layout (self);
  GListModel *measures;
  int step = g_variant_get_int32 (parameter) < 0 ? -1 : 1, n, current = -1;

  if (layout == NULL)
    return;
  measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (self->plan), "measures"));
  n = g_list_model_get_n_items (measures);
  for (int i = 0; i < n && current < 0; i++)
    {
      g_autoptr(TrappaItem) measure = g_list_model_get_item (measures, i);

      if (g_strcmp0 (trappa_item_get_id (measure), self->selected) == 0)
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
          trappa_priority_grid_view_set_selected (self, trappa_item_get_id (measure));
          return;
        }
    }
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  TrappaPriorityGridView *self = TRAPPA_PRIORITY_GRID_VIEW (widget);
  TrappaPriorityLayout *layout = trappa_priority_grid_view_get_layout (self);
  g_autofree char *text = NULL;
  int index;

  if (layout == NULL)
    return FALSE;
  index = keyboard ? trappa_priority_layout_find (layout, self->selected)
                   : trappa_priority_layout_hit (layout, x, y);
  if (index < 0)
    return FALSE;
  text = trappa_priority_layout_describe (layout, index);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
paint_grid (cairo_t  *cr,
            int       width,
            int       height,
            gpointer  user_data)
{
  TrappaPriorityLayout *layout = trappa_priority_grid_view_get_layout (user_data);

  if (layout != NULL)
    trappa_priority_painter_draw (cr, layout);
}

static void
trappa_priority_grid_view_snapshot (GtkWidget   *widget,
                                    GtkSnapshot *snapshot)
{
  trappa_chart_widget_paint (widget, snapshot, paint_grid, widget);
}

static void
trappa_priority_grid_view_measure (GtkWidget      *widget,
                                   GtkOrientation  orientation,
                                   int             for_size,
                                   int            *minimum,
                                   int            *natural,
                                   int            *minimum_baseline,
                                   int            *natural_baseline)
{
  /* Small enough for a 1024×768 projector beside the ranked list. */
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 300 : 280;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 900 : 600;
}

static void
clear_options (TrappaPriorityOptions *options)
{
  g_free ((char *) options->group_id);
  g_free ((char *) options->target_area);
  g_free ((char *) options->step);
  g_free ((char *) options->status);
}

static void
trappa_priority_grid_view_dispose (GObject *object)
{
  TrappaPriorityGridView *self = TRAPPA_PRIORITY_GRID_VIEW (object);

  trappa_priority_grid_view_set_plan (self, NULL);
  trappa_chart_style_unwatch (self, G_CALLBACK (invalidate), &self->settings);
  g_clear_pointer (&self->layout, trappa_priority_layout_free);
  G_OBJECT_CLASS (trappa_priority_grid_view_parent_class)->dispose (object);
}

static void
trappa_priority_grid_view_finalize (GObject *object)
{
  TrappaPriorityGridView *self = TRAPPA_PRIORITY_GRID_VIEW (object);

  clear_options (&self->options);
  g_free (self->selected);
  g_free (self->drag_id);
  G_OBJECT_CLASS (trappa_priority_grid_view_parent_class)->finalize (object);
}

static void
trappa_priority_grid_view_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  TrappaPriorityGridView *self = TRAPPA_PRIORITY_GRID_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_SELECTED:
      g_value_set_string (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trappa_priority_grid_view_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  TrappaPriorityGridView *self = TRAPPA_PRIORITY_GRID_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      trappa_priority_grid_view_set_plan (self, g_value_get_object (value));
      break;
    case PROP_SELECTED:
      trappa_priority_grid_view_set_selected (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_move_binding (GtkWidgetClass *widget_class,
                  guint           keyval,
                  int             dx,
                  int             dy)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0, "grid.move", "(ii)", dx, dy);
  gtk_widget_class_add_binding_action (widget_class, keyval, GDK_SHIFT_MASK, "grid.move", "(ii)",
                                       dx * 10, dy * 10);
}

static void
trappa_priority_grid_view_class_init (TrappaPriorityGridViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trappa_priority_grid_view_dispose;
  object_class->finalize = trappa_priority_grid_view_finalize;
  object_class->get_property = trappa_priority_grid_view_get_property;
  object_class->set_property = trappa_priority_grid_view_set_property;
  widget_class->measure = trappa_priority_grid_view_measure;
  widget_class->snapshot = trappa_priority_grid_view_snapshot;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, TRAPPA_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_string ("selected", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "grid.move", "(ii)", move_selected);
  gtk_widget_class_install_action (widget_class, "grid.select-next", "i", select_next);
  add_move_binding (widget_class, GDK_KEY_Left, -1, 0);
  add_move_binding (widget_class, GDK_KEY_Right, 1, 0);
  add_move_binding (widget_class, GDK_KEY_Up, 0, 1);
  add_move_binding (widget_class, GDK_KEY_Down, 0, -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "grid.select-next", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "grid.select-next", "i", -1);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "priority-grid");
}

static void
trappa_priority_grid_view_init (TrappaPriorityGridView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *drag = gtk_gesture_drag_new ();

  trappa_priority_options_init (&self->options);
  self->options.group_id = g_strdup ("");
  self->settings = trappa_chart_widget_init (widget, G_CALLBACK (on_query_tooltip), G_CALLBACK (invalidate));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Priority grid: arrow keys move the selected card, "
                                    "Page Up and Page Down select another"), -1);

  /* Touch too: a drag gesture takes any pointer. */
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  g_signal_connect (drag, "cancel", G_CALLBACK (on_drag_cancel), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));
}

GtkWidget *
trappa_priority_grid_view_new (void)
{
  return g_object_new (TRAPPA_TYPE_PRIORITY_GRID_VIEW, NULL);
}

void
trappa_priority_grid_view_set_plan (TrappaPriorityGridView *self,
                                    TrappaPlan             *plan)
{
  g_return_if_fail (TRAPPA_IS_PRIORITY_GRID_VIEW (self));

  if (!trappa_chart_widget_set_plan (self, &self->plan, plan, G_CALLBACK (on_plan_changed)))
    return;
  g_clear_pointer (&self->drag_id, g_free);
  trappa_priority_grid_view_set_selected (self, NULL);
  on_plan_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

TrappaPlan *
trappa_priority_grid_view_get_plan (TrappaPriorityGridView *self)
{
  g_return_val_if_fail (TRAPPA_IS_PRIORITY_GRID_VIEW (self), NULL);
  return self->plan;
}

void
trappa_priority_grid_view_set_options (TrappaPriorityGridView      *self,
                                       const TrappaPriorityOptions *options)
{
  g_return_if_fail (TRAPPA_IS_PRIORITY_GRID_VIEW (self));

  TrappaPriorityOptions old = self->options;

  /* Copied before the old strings go: @options may point into them. */
  self->options = *options;
  self->options.group_id = g_strdup (options->group_id != NULL ? options->group_id : "");
  self->options.target_area = g_strdup (options->target_area);
  self->options.step = g_strdup (options->step);
  self->options.status = g_strdup (options->status);
  self->options.selected = NULL;
  clear_options (&old);
  on_plan_changed (self);
}

const TrappaPriorityOptions *
trappa_priority_grid_view_get_options (TrappaPriorityGridView *self)
{
  g_return_val_if_fail (TRAPPA_IS_PRIORITY_GRID_VIEW (self), NULL);
  return &self->options;
}

const char *
trappa_priority_grid_view_get_selected (TrappaPriorityGridView *self)
{
  g_return_val_if_fail (TRAPPA_IS_PRIORITY_GRID_VIEW (self), NULL);
  return self->selected;
}

void
trappa_priority_grid_view_set_selected (TrappaPriorityGridView *self,
                                        const char             *measure_id)
{
  g_return_if_fail (TRAPPA_IS_PRIORITY_GRID_VIEW (self));

  if (g_strcmp0 (self->selected, measure_id) == 0)
    return;
  g_free (self->selected);
  self->selected = g_strdup (measure_id);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}
