/* trappa-chart-view.c: any chart of the chart-kind table as a widget
 *
 * Thin by design, on the model of sysprof's chart and layers: the kind
 * (charts/) lays out, paints, hit-tests, describes and moves its items;
 * this widget only keeps the layout for its size and style, turns pointer
 * and keys into the kind's calls and holds what every chart shares
 * (export, copy, tooltips, focus, accessibility). While an item is dragged
 * only the cached layout's copy moves; the plan changes once, on the drop,
 * so one drag is one undo step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-chart-view"

#include <math.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "trappa-chart-picture.h"
#include "trappa-chart-style-watch.h"
#include "trappa-chart-view.h"
#include "trappa-file-chooser.h"

/* Less movement than this is a click, not a drag. */
#define CLICK_SLOP 3.0

typedef struct
{
  const TrappaChartKind *kind;
  TrappaPlan            *plan;
  gpointer               options;   /* the kind's, owned; NULL: defaults */
  char                  *selected;
  int                    focused;   /* the item the arrow keys are on */
  gpointer               layout;    /* NULL: stale */
  gpointer               stale;     /* the layout dropped last, for the kind's relayout */
  int                    layout_width, layout_height;
  TrappaChartPicture    *picture;   /* what the last frame painted */
  GSettings             *settings;  /* may be NULL (no schema) */
  GtkWidget             *menu_button;
  GtkFileChooserNative  *chooser;
  gboolean               presenting; /* projector: large type, no chrome */
  gboolean               described;  /* the accessible description is current */
  guint                  describe_id; /* describes the chart after an edit's frame */

  /* The item being dragged and how far it has moved so far. */
  char                  *drag_id;
  gpointer               drag_layout;
  double                 drag_dx, drag_dy;
} TrappaChartViewPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (TrappaChartView, trappa_chart_view, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_KIND, PROP_PLAN, PROP_SELECTED, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { ITEM_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

#define PRIV(self) ((TrappaChartViewPrivate *) trappa_chart_view_get_instance_private (self))

static TrappaChartRequest
request_of (TrappaChartView *self)
{
  TrappaChartViewPrivate *priv = PRIV (self);

  return (TrappaChartRequest) {
    .plan = priv->plan,
    .style = trappa_chart_style_current (priv->settings) |
             (priv->presenting ? TRAPPA_CHART_STYLE_PRESENTING : 0),
    .selected = priv->selected,
    .options = priv->options,
  };
}

static void
free_stale (TrappaChartView *self)
{
  TrappaChartViewPrivate *priv = PRIV (self);

  if (priv->stale != NULL)
    priv->kind->free (g_steal_pointer (&priv->stale));
}

/* A kind that can take over parts of a layout (the priority grid's
 * cards) gets it when it lays out again. */
static void
clear_layout (TrappaChartView *self)
{
  TrappaChartViewPrivate *priv = PRIV (self);

  if (priv->layout == NULL)
    return;
  if (priv->kind->relayout == NULL)
    {
      priv->kind->free (g_steal_pointer (&priv->layout));
      return;
    }
  free_stale (self);
  priv->stale = g_steal_pointer (&priv->layout);
}

static void
invalidate (TrappaChartView *self)
{
  clear_layout (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The name says what the chart is and which keys work; the description
 * reads out the whole chart, the same words the tooltips use. A view not
 * on screen (a hidden pane's) describes itself when shown: laying out
 * every chart of every pane on each edit took most of a frame. */
static void
update_accessible (TrappaChartView *self)
{
  TrappaChartViewPrivate *priv = PRIV (self);
  TrappaChartRequest request = request_of (self);
  gpointer layout = NULL, own = NULL;
  g_autofree char *text = NULL;

  priv->described = gtk_widget_get_mapped (GTK_WIDGET (self));
  if (!priv->described)
    return;
  /* The layout the view paints once it has a size: one layout an edit. */
  if (priv->plan != NULL && priv->kind->describe != NULL)
    layout = trappa_chart_view_get_layout (self);
  if (layout == NULL && priv->plan != NULL && priv->kind->describe != NULL)
    layout = own = priv->kind->layout (priv->kind, &request, priv->kind->default_width,
                                       priv->kind->default_height, NULL);
  if (layout == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  text = priv->kind->describe (layout, &request, -1);
  if (own != NULL)
    priv->kind->free (own);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

static void
on_plan_changed (TrappaChartView *self)
{
  invalidate (self);
  update_accessible (self);
}

static gboolean
describe_when_idle (gpointer data)
{
  TrappaChartView *self = data;

  PRIV (self)->describe_id = 0;
  update_accessible (self);
  return G_SOURCE_REMOVE;
}

/* An edit is drawn first and described after its frame: describing every
 * card of a grid of 10,000 measures took a fifth of a card move. */
static void
on_plan_edited (TrappaChartView *self)
{
  TrappaChartViewPrivate *priv = PRIV (self);

  invalidate (self);
  if (priv->describe_id == 0)
    priv->describe_id = g_idle_add_full (G_PRIORITY_LOW, describe_when_idle, self, NULL);
}

gpointer
trappa_chart_view_get_layout (TrappaChartView *self)
{
  TrappaChartViewPrivate *priv;
  int width, height;

  g_return_val_if_fail (TRAPPA_IS_CHART_VIEW (self), NULL);

  priv = PRIV (self);
  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  if (priv->plan == NULL || width <= 0 || height <= 0)
    return NULL;
  if (priv->layout != NULL && (priv->layout_width != width || priv->layout_height != height))
    clear_layout (self);
  if (priv->layout == NULL)
    {
      TrappaChartRequest request = request_of (self);

      priv->layout = priv->stale != NULL
                     ? priv->kind->relayout (priv->kind, &request, width, height, g_steal_pointer (&priv->stale))
                     : priv->kind->layout (priv->kind, &request, width, height, NULL);
      priv->layout_width = width;
      priv->layout_height = height;
    }
  return priv->layout;
}

static int
item_at (TrappaChartView *self,
         double           x,
         double           y)
{
  TrappaChartViewPrivate *priv = PRIV (self);
  gpointer layout = trappa_chart_view_get_layout (self);

  return layout != NULL && priv->kind->hit != NULL ? priv->kind->hit (layout, x, y) : -1;
}

static void
activate_item (TrappaChartView *self,
               int              index)
{
  TrappaChartViewPrivate *priv = PRIV (self);
  gpointer layout = trappa_chart_view_get_layout (self);
  g_autofree char *id = NULL;

  if (layout == NULL || index < 0 || priv->kind->item_id == NULL ||
      priv->kind->item_id (layout, index) == NULL)
    return;
  id = g_strdup (priv->kind->item_id (layout, index));
  trappa_chart_view_set_selected (self, id);
  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, id);
}

gboolean
trappa_chart_view_drag_begin (TrappaChartView *self,
                              double           x,
                              double           y)
{
  TrappaChartViewPrivate *priv;
  gpointer layout;
  int index;

  g_return_val_if_fail (TRAPPA_IS_CHART_VIEW (self), FALSE);

  priv = PRIV (self);
  g_clear_pointer (&priv->drag_id, g_free);
  index = item_at (self, x, y);
  if (index < 0)
    return FALSE;
  priv->focused = index;
  activate_item (self, index);
  if (priv->kind->drag == NULL)
    return FALSE;
  /* The layout was rebuilt for the new selection: take the item from it. */
  layout = trappa_chart_view_get_layout (self);
  index = trappa_chart_kind_find_item (priv->kind, layout, priv->selected);
  if (index < 0 || !priv->kind->drag (layout, index, 0, 0))
    return FALSE;
  priv->drag_id = g_strdup (priv->selected);
  priv->drag_layout = layout;
  priv->drag_dx = priv->drag_dy = 0;
  return TRUE;
}

/* Moves the dragged item to (@dx, @dy) from where it started; a layout
 * rebuilt meanwhile (a resize, an edit elsewhere) gets the whole way. */
static int
apply_drag (TrappaChartView *self,
            double           dx,
            double           dy)
{
  TrappaChartViewPrivate *priv = PRIV (self);
  gpointer layout = trappa_chart_view_get_layout (self);
  int index = trappa_chart_kind_find_item (priv->kind, layout, priv->drag_id);

  if (index < 0)
    return -1;
  if (layout != priv->drag_layout)
    {
      priv->drag_layout = layout;
      priv->drag_dx = priv->drag_dy = 0;
    }
  priv->kind->drag (layout, index, dx - priv->drag_dx, dy - priv->drag_dy);
  priv->drag_dx = dx;
  priv->drag_dy = dy;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return index;
}

void
trappa_chart_view_drag_update (TrappaChartView *self,
                               double           dx,
                               double           dy)
{
  g_return_if_fail (TRAPPA_IS_CHART_VIEW (self));

  if (PRIV (self)->drag_id != NULL)
    apply_drag (self, dx, dy);
}

void
trappa_chart_view_drag_end (TrappaChartView *self,
                            double           dx,
                            double           dy)
{
  TrappaChartViewPrivate *priv;
  TrappaChartRequest request;
  int index;

  g_return_if_fail (TRAPPA_IS_CHART_VIEW (self));

  priv = PRIV (self);
  if (priv->drag_id == NULL)
    return;
  index = apply_drag (self, dx, dy);
  g_clear_pointer (&priv->drag_id, g_free);
  priv->drag_layout = NULL;
  request = request_of (self);
  /* A drop edits the plan, which redraws; a click or a drop on nothing
   * puts the item back. */
  if (index < 0 || hypot (dx, dy) < CLICK_SLOP ||
      !priv->kind->drop (priv->layout, &request, index))
    invalidate (self);
}

static void
on_drag_begin (GtkGestureDrag  *gesture,
               double           x,
               double           y,
               TrappaChartView *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_gesture_set_state (GTK_GESTURE (gesture),
                         trappa_chart_view_drag_begin (self, x, y)
                         ? GTK_EVENT_SEQUENCE_CLAIMED : GTK_EVENT_SEQUENCE_DENIED);
}

static void
on_drag_update (GtkGestureDrag  *gesture,
                double           dx,
                double           dy,
                TrappaChartView *self)
{
  trappa_chart_view_drag_update (self, dx, dy);
}

static void
on_drag_end (GtkGestureDrag  *gesture,
             double           dx,
             double           dy,
             TrappaChartView *self)
{
  trappa_chart_view_drag_end (self, dx, dy);
}

static void
on_drag_cancel (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                TrappaChartView  *self)
{
  g_clear_pointer (&PRIV (self)->drag_id, g_free);
  invalidate (self);
}

static void
move_focus_by (TrappaChartView *self,
               int              steps)
{
  TrappaChartViewPrivate *priv = PRIV (self);
  int last = trappa_chart_kind_n_items (priv->kind, trappa_chart_view_get_layout (self)) - 1;

  if (last < 0)
    return;
  priv->focused = CLAMP (priv->focused + steps, 0, last);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* "chart.move" (ii): the arrow keys, right and up positive. A kind that
 * moves its items moves the selected one; any other moves the focus ring
 * (up a staircase is up and to the right, as it is drawn). */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TrappaChartView *self = TRAPPA_CHART_VIEW (widget);
  TrappaChartViewPrivate *priv = PRIV (self);
  int dx, dy;

  g_variant_get (parameter, "(ii)", &dx, &dy);
  if (priv->kind->nudge != NULL && priv->selected != NULL && priv->plan != NULL)
    {
      TrappaChartRequest request = request_of (self);

      priv->kind->nudge (&request, priv->selected, dx, dy);
    }
  else
    move_focus_by (self, dx + dy);
}

/* "chart.move-focus" (i): Home and End. */
static void
move_focus_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  move_focus_by (TRAPPA_CHART_VIEW (widget), g_variant_get_int32 (parameter));
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TrappaChartView *self = TRAPPA_CHART_VIEW (widget);

  activate_item (self, PRIV (self)->focused);
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  TrappaChartView *self = TRAPPA_CHART_VIEW (widget);
  TrappaChartViewPrivate *priv = PRIV (self);
  gpointer layout = trappa_chart_view_get_layout (self);
  TrappaChartRequest request = request_of (self);
  g_autofree char *text = NULL;
  int index;

  if (layout == NULL || priv->kind->describe == NULL)
    return FALSE;
  index = keyboard ? priv->focused : item_at (self, x, y);
  if (index < 0 || index >= trappa_chart_kind_n_items (priv->kind, layout))
    return FALSE;
  text = priv->kind->describe (layout, &request, index);
  if (text == NULL || text[0] == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
show_error (TrappaChartView *self,
            const char      *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              _("Could not export the chart"), message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_export_response (TrappaChartView *self,
                    int              response)
{
  TrappaChartViewPrivate *priv = PRIV (self);
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (priv->chooser));
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autoptr(GError) error = NULL;
  TrappaChartFormat format;

  g_clear_object (&priv->chooser);
  if (response != GTK_RESPONSE_ACCEPT || path == NULL || priv->plan == NULL)
    return;
  /* A name typed without an extension gets ".png". */
  if (!trappa_chart_format_from_path (path, &format, NULL))
    {
      g_autofree char *with_png = g_strconcat (path, ".png", NULL);

      g_free (g_steal_pointer (&path));
      path = g_steal_pointer (&with_png);
      format = TRAPPA_CHART_FORMAT_PNG;
    }
  if (!trappa_chart_view_write (self, path, format, &error))
    show_error (self, error->message);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TrappaChartView *self = TRAPPA_CHART_VIEW (widget);
  TrappaChartViewPrivate *priv = PRIV (self);
  g_autofree char *name = g_strconcat (priv->kind->name, ".png", NULL);

  if (priv->plan == NULL)
    return;
  if (priv->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (priv->chooser));
  g_clear_object (&priv->chooser);
  priv->chooser = trappa_file_chooser_new (widget, _("Export Chart"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (priv->chooser), name);
  g_signal_connect_swapped (priv->chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (priv->chooser));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (!trappa_chart_view_copy (TRAPPA_CHART_VIEW (widget), &error))
    show_error (TRAPPA_CHART_VIEW (widget), error->message);
}

static void
on_table_selection (TrappaRecordTable *table,
                    GParamSpec        *pspec,
                    TrappaChartView   *self)
{
  TrappaItem *item = trappa_record_table_get_selected (table);

  trappa_chart_view_set_selected (self, item != NULL ? trappa_item_get_id (item) : NULL);
}

static void
on_item_activated_select_row (TrappaChartView   *self,
                              const char        *id,
                              TrappaRecordTable *table)
{
  TrappaPlan *plan = PRIV (self)->plan;

  trappa_record_table_select (table, plan != NULL ? trappa_plan_lookup (plan, id) : NULL);
}

static void
trappa_chart_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  TrappaChartViewPrivate *priv = PRIV (TRAPPA_CHART_VIEW (widget));
  gboolean across = orientation == GTK_ORIENTATION_HORIZONTAL;
  int child_min, child_nat;

  /* Small enough for a 1024×768 projector beside a list. */
  gtk_widget_measure (priv->menu_button, orientation, for_size, &child_min, &child_nat, NULL, NULL);
  *minimum = MAX (child_min, across ? 280 : 240);
  *natural = MAX (child_nat, across ? 800 : 560);
}

static void
trappa_chart_view_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  TrappaChartViewPrivate *priv = PRIV (TRAPPA_CHART_VIEW (widget));
  int button_w, button_h;

  gtk_widget_measure (priv->menu_button, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &button_w, NULL, NULL);
  gtk_widget_measure (priv->menu_button, GTK_ORIENTATION_VERTICAL, -1, NULL, &button_h, NULL, NULL);
  gtk_widget_size_allocate (priv->menu_button,
                            &(GtkAllocation) { width - button_w - 6, 6, button_w, button_h }, -1);
}

static void
trappa_chart_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  TrappaChartView *self = TRAPPA_CHART_VIEW (widget);
  TrappaChartViewPrivate *priv = PRIV (self);
  gpointer layout = trappa_chart_view_get_layout (self);

  if (layout != NULL && TRAPPA_CHART_VIEW_GET_CLASS (self)->snapshot_layout != NULL)
    TRAPPA_CHART_VIEW_GET_CLASS (self)->snapshot_layout (self, snapshot, layout,
                                                         priv->layout_width, priv->layout_height);
  else if (layout != NULL)
    trappa_chart_picture_snapshot (priv->picture, snapshot, priv->kind, layout, priv->layout_width,
                                   priv->layout_height,
                                   trappa_chart_kind_find_item (priv->kind, layout, priv->selected),
                                   gtk_widget_has_visible_focus (widget) && !priv->presenting ? priv->focused : -1);
  gtk_widget_snapshot_child (widget, priv->menu_button, snapshot);
}

static void
trappa_chart_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (trappa_chart_view_parent_class)->map (widget);
  if (!PRIV (TRAPPA_CHART_VIEW (widget))->described)
    update_accessible (TRAPPA_CHART_VIEW (widget));
}

static void
trappa_chart_view_constructed (GObject *object)
{
  TrappaChartView *self = TRAPPA_CHART_VIEW (object);
  TrappaChartViewPrivate *priv = PRIV (self);
  const char *kind = TRAPPA_CHART_VIEW_GET_CLASS (self)->kind;

  G_OBJECT_CLASS (trappa_chart_view_parent_class)->constructed (object);
  if (kind != NULL)
    priv->kind = trappa_chart_kind_find (kind, NULL);
  /* A kind not in the table is a programming error. */
  g_assert (priv->kind != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(priv->kind->label), -1);
}

static void
trappa_chart_view_dispose (GObject *object)
{
  TrappaChartView *self = TRAPPA_CHART_VIEW (object);
  TrappaChartViewPrivate *priv = PRIV (self);

  trappa_chart_view_set_plan (self, NULL);
  g_clear_handle_id (&priv->describe_id, g_source_remove);
  trappa_chart_style_unwatch (self, G_CALLBACK (invalidate), &priv->settings);
  if (priv->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_func (priv->chooser, on_export_response, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (priv->chooser));
      g_clear_object (&priv->chooser);
    }
  g_clear_pointer (&priv->menu_button, gtk_widget_unparent);
  clear_layout (self);
  free_stale (self);
  G_OBJECT_CLASS (trappa_chart_view_parent_class)->dispose (object);
}

static void
trappa_chart_view_finalize (GObject *object)
{
  TrappaChartViewPrivate *priv = PRIV (TRAPPA_CHART_VIEW (object));

  if (priv->options != NULL)
    priv->kind->free_options (priv->options);
  g_free (priv->selected);
  g_free (priv->drag_id);
  trappa_chart_picture_free (priv->picture);
  G_OBJECT_CLASS (trappa_chart_view_parent_class)->finalize (object);
}

static void
trappa_chart_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TrappaChartView *self = TRAPPA_CHART_VIEW (object);
  TrappaChartViewPrivate *priv = PRIV (self);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_string (value, priv->kind->name);
      break;
    case PROP_PLAN:
      g_value_set_object (value, priv->plan);
      break;
    case PROP_SELECTED:
      g_value_set_string (value, priv->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trappa_chart_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TrappaChartView *self = TRAPPA_CHART_VIEW (object);
  TrappaChartViewPrivate *priv = PRIV (self);

  switch (prop_id)
    {
    case PROP_KIND:
      /* Construct-only: a view shows one kind for its whole life. */
      if (g_value_get_string (value) != NULL)
        priv->kind = trappa_chart_kind_find (g_value_get_string (value), NULL);
      break;
    case PROP_PLAN:
      trappa_chart_view_set_plan (self, g_value_get_object (value));
      break;
    case PROP_SELECTED:
      trappa_chart_view_set_selected (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_move_binding (GtkWidgetClass *widget_class,
                  guint           keyval,
                  guint           keypad_keyval,
                  int             dx,
                  int             dy)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0, "chart.move", "(ii)", dx, dy);
  gtk_widget_class_add_binding_action (widget_class, keypad_keyval, 0, "chart.move", "(ii)", dx, dy);
  gtk_widget_class_add_binding_action (widget_class, keyval, GDK_SHIFT_MASK, "chart.move", "(ii)",
                                       dx * 10, dy * 10);
}

static void
trappa_chart_view_class_init (TrappaChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = trappa_chart_view_constructed;
  object_class->dispose = trappa_chart_view_dispose;
  object_class->finalize = trappa_chart_view_finalize;
  object_class->get_property = trappa_chart_view_get_property;
  object_class->set_property = trappa_chart_view_set_property;
  widget_class->measure = trappa_chart_view_measure;
  widget_class->size_allocate = trappa_chart_view_size_allocate;
  widget_class->snapshot = trappa_chart_view_snapshot;
  widget_class->map = trappa_chart_view_map;

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, TRAPPA_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_string ("selected", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* An item was clicked, or chosen with Enter: a pane selects its row. */
  signals[ITEM_ACTIVATED] = g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "chart.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "chart.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "chart.move", "(ii)", move_action);
  gtk_widget_class_install_action (widget_class, "chart.move-focus", "i", move_focus_action);
  gtk_widget_class_install_action (widget_class, "chart.activate", NULL, activate_action);
  add_move_binding (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, 0, 1);
  add_move_binding (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, 1, 0);
  add_move_binding (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, 0, -1);
  add_move_binding (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, -1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "chart.move-focus", "i", -1000);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "chart.move-focus", "i", -1000);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "chart.move-focus", "i", 1000);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_End, 0, "chart.move-focus", "i", 1000);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "chart.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "chart.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "chart.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "chart.copy", NULL);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "chart");
}

static void
trappa_chart_view_init (TrappaChartView *self)
{
  TrappaChartViewPrivate *priv = PRIV (self);
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  priv->picture = trappa_chart_picture_new ();
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_widget_set_vexpand (widget, TRUE);
  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  /* Dark mode, the desktop's high contrast and the projector setting. */
  priv->settings = trappa_chart_style_watch (self, G_CALLBACK (invalidate));

  g_menu_append (menu, _("_Export Chart…"), "chart.export");
  g_menu_append (menu, _("_Copy Chart"), "chart.copy");
  priv->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (priv->menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (priv->menu_button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (priv->menu_button, _("Chart Menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart Menu"), -1);
  gtk_widget_set_parent (priv->menu_button, widget);

  /* Touch too: a drag gesture takes any pointer; a press without moving
   * is a click. */
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  g_signal_connect (drag, "cancel", G_CALLBACK (on_drag_cancel), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (gtk_widget_queue_draw), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (gtk_widget_queue_draw), self);
  gtk_widget_add_controller (widget, focus);
}

GtkWidget *
trappa_chart_view_new (const char *kind)
{
  return g_object_new (TRAPPA_TYPE_CHART_VIEW, "kind", kind, NULL);
}

const TrappaChartKind *
trappa_chart_view_get_kind (TrappaChartView *self)
{
  g_return_val_if_fail (TRAPPA_IS_CHART_VIEW (self), NULL);
  return PRIV (self)->kind;
}

void
trappa_chart_view_set_plan (TrappaChartView *self,
                            TrappaPlan      *plan)
{
  TrappaChartViewPrivate *priv;

  g_return_if_fail (TRAPPA_IS_CHART_VIEW (self));

  priv = PRIV (self);
  if (priv->plan == plan)
    return;
  if (priv->plan != NULL)
    g_signal_handlers_disconnect_by_func (priv->plan, on_plan_edited, self);
  g_set_object (&priv->plan, plan);
  if (plan != NULL)
    g_signal_connect_swapped (plan, "changed", G_CALLBACK (on_plan_edited), self);
  /* The selection is kept by id: a linked table selects in the new plan
   * before or after this, in either order. */
  g_clear_pointer (&priv->drag_id, g_free);
  priv->focused = 0;
  on_plan_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

TrappaPlan *
trappa_chart_view_get_plan (TrappaChartView *self)
{
  g_return_val_if_fail (TRAPPA_IS_CHART_VIEW (self), NULL);
  return PRIV (self)->plan;
}

void
trappa_chart_view_set_options (TrappaChartView *self,
                               gconstpointer    options)
{
  TrappaChartViewPrivate *priv;
  gpointer old;

  g_return_if_fail (TRAPPA_IS_CHART_VIEW (self));

  priv = PRIV (self);
  g_return_if_fail (options == NULL || priv->kind->copy_options != NULL);
  /* Copied before the old ones go: @options may point into them. */
  old = g_steal_pointer (&priv->options);
  if (options != NULL)
    priv->options = priv->kind->copy_options (options);
  if (old != NULL)
    priv->kind->free_options (old);
  on_plan_changed (self);
}

void
trappa_chart_view_set_presenting (TrappaChartView *self,
                                  gboolean         presenting)
{
  g_return_if_fail (TRAPPA_IS_CHART_VIEW (self));

  PRIV (self)->presenting = presenting;
  gtk_widget_set_visible (PRIV (self)->menu_button, !presenting);
  invalidate (self);
}

gconstpointer
trappa_chart_view_get_options (TrappaChartView *self)
{
  g_return_val_if_fail (TRAPPA_IS_CHART_VIEW (self), NULL);
  return PRIV (self)->options;
}

const char *
trappa_chart_view_get_selected (TrappaChartView *self)
{
  g_return_val_if_fail (TRAPPA_IS_CHART_VIEW (self), NULL);
  return PRIV (self)->selected;
}

void
trappa_chart_view_set_selected (TrappaChartView *self,
                                const char      *id)
{
  TrappaChartViewPrivate *priv;
  int index;

  g_return_if_fail (TRAPPA_IS_CHART_VIEW (self));

  priv = PRIV (self);
  if (g_strcmp0 (priv->selected, id) == 0)
    return;
  g_free (priv->selected);
  priv->selected = g_strdup (id);
  /* Some kinds draw the selection into the layout (the priority grid
   * puts the selected card on top). */
  invalidate (self);
  index = trappa_chart_kind_find_item (priv->kind, trappa_chart_view_get_layout (self), id);
  if (index >= 0)
    priv->focused = index;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

void
trappa_chart_view_link_table (TrappaChartView   *self,
                              TrappaRecordTable *table)
{
  g_return_if_fail (TRAPPA_IS_CHART_VIEW (self));
  g_return_if_fail (TRAPPA_IS_RECORD_TABLE (table));

  g_signal_connect_object (table, "notify::selected-item", G_CALLBACK (on_table_selection), self, 0);
  g_signal_connect_object (self, "item-activated", G_CALLBACK (on_item_activated_select_row), table, 0);
  on_table_selection (table, NULL, self);
}

TrappaChartStyle
trappa_chart_view_get_style (TrappaChartView *self)
{
  g_return_val_if_fail (TRAPPA_IS_CHART_VIEW (self), TRAPPA_CHART_STYLE_NORMAL);
  return trappa_chart_style_current (PRIV (self)->settings);
}

gboolean
trappa_chart_view_write (TrappaChartView    *self,
                         const char         *path,
                         TrappaChartFormat   format,
                         GError            **error)
{
  TrappaChartViewPrivate *priv;
  TrappaChartRequest request;

  g_return_val_if_fail (TRAPPA_IS_CHART_VIEW (self), FALSE);

  priv = PRIV (self);
  request = (TrappaChartRequest) { priv->plan, TRAPPA_CHART_STYLE_NORMAL, NULL, priv->options };
  return trappa_chart_write (priv->kind, &request, path, format,
                             priv->kind->default_width, priv->kind->default_height, error);
}

gboolean
trappa_chart_view_copy (TrappaChartView  *self,
                        GError          **error)
{
  TrappaChartViewPrivate *priv;
  TrappaChartRequest request;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  g_return_val_if_fail (TRAPPA_IS_CHART_VIEW (self), FALSE);

  priv = PRIV (self);
  if (priv->plan == NULL)
    return TRUE;
  request = (TrappaChartRequest) { priv->plan, TRAPPA_CHART_STYLE_NORMAL, NULL, priv->options };
  png = trappa_chart_render (priv->kind, &request, TRAPPA_CHART_FORMAT_PNG,
                             priv->kind->default_width, priv->kind->default_height,
                             _("the clipboard"), error);
  if (png == NULL || (texture = gdk_texture_new_from_bytes (png, error)) == NULL)
    return FALSE;
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), texture);
  return TRUE;
}
