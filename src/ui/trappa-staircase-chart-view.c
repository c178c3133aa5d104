/* trappa-staircase-chart-view.c: a staircase chart as a widget
 *
 * Thin by design: the layout (charts/) decides where everything goes and
 * the painter draws it through gtk_snapshot_append_cairo, so the screen
 * shows what the exports write. The view keeps the layout for its current
 * size and throws it away on every plan change, resize or style change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-staircase-chart-view"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "trappa-chart-export.h"
#include "trappa-chart-style-watch.h"
#include "trappa-chart-widget.h"
#include "trappa-staircase-chart-view.h"
#include "trappa-settings.h"
#include "trappa-staircase-painter.h"

#define EXPORT_WIDTH  1600
#define EXPORT_HEIGHT 1000

struct _TrappaStaircaseChartView
{
  GtkWidget              parent_instance;

  GtkWidget             *menu_button;
  TrappaPlan            *plan;
  char                  *kind;
  char                  *selected_id;
  char                  *target_group;
  int                    focused;       /* step the arrow keys are on */
  TrappaStaircaseLayout *layout;        /* NULL: stale */
  GSettings             *settings;      /* may be NULL (no schema) */
  GtkFileChooserNative  *chooser;
};

G_DEFINE_FINAL_TYPE (TrappaStaircaseChartView, trappa_staircase_chart_view, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_PLAN, PROP_STAIRCASE_KIND, PROP_SELECTED_STEP, PROP_TARGET_GROUP, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { STEP_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static TrappaStaircase *
get_staircase (TrappaStaircaseChartView *self)
{
  return self->plan != NULL ? trappa_plan_get_staircase (self->plan, self->kind) : NULL;
}

static int
selected_index (TrappaStaircaseChartView *self)
{
  return self->layout != NULL ? trappa_staircase_layout_find (self->layout, self->selected_id) : -1;
}

static TrappaItem *
step_at (TrappaStaircaseChartView *self,
         int                       index)
{
  TrappaStepLayout *sl;

  if (self->layout == NULL || index < 0 || (guint) index >= self->layout->steps->len)
    return NULL;
  sl = g_ptr_array_index (self->layout->steps, index);
  return trappa_plan_lookup (self->plan, sl->id);
}

/* The accessible name is the chart's title; the description reads out
 * every step's figures, the same text the tooltips show. */
static void
update_accessible (TrappaStaircaseChartView *self)
{
  TrappaStaircase *staircase = get_staircase (self);
  GListModel *steps;
  g_autoptr(GString) description = g_string_new (NULL);
  const char *name;

  if (staircase == NULL)
    return;
  name = trappa_item_get_string (TRAPPA_ITEM (staircase), "name");
  if (name[0] == '\0')
    name = g_strcmp0 (self->kind, TRAPPA_STAIRCASE_ACTIVITY) == 0
           ? _("Activity and mastery staircase") : _("Housing staircase");
  steps = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (staircase), "steps"));
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(TrappaItem) step = g_list_model_get_item (steps, i);
      g_autofree char *text = trappa_step_figures_describe (self->plan, step);

      if (description->len > 0)
        g_string_append_c (description, '\n');
      g_string_append (description, text);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
}

static void
invalidate (TrappaStaircaseChartView *self)
{
  g_clear_pointer (&self->layout, trappa_staircase_layout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_plan_changed (TrappaStaircaseChartView *self)
{
  invalidate (self);
  update_accessible (self);
}

/* The step under a point of the widget, or -1. */
static int
hit (TrappaStaircaseChartView *self,
     double                    x,
     double                    y)
{
  TrappaStaircaseLayout *layout = trappa_staircase_chart_view_get_layout (self);

  return layout != NULL ? trappa_staircase_layout_hit (layout, x, y) : -1;
}

static void
select_index (TrappaStaircaseChartView *self,
              int                       index)
{
  TrappaItem *step = step_at (self, index);

  if (step == NULL)
    return;
  self->focused = index;
  trappa_staircase_chart_view_set_selected_step (self, step);
  g_signal_emit (self, signals[STEP_ACTIVATED], 0, step);
}

static void
on_pressed (GtkGestureClick          *gesture,
            int                       n_press,
            double                    x,
            double                    y,
            TrappaStaircaseChartView *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  select_index (self, hit (self, x, y));
}

/* Keyboard: "chart.move-focus" (an int: +1 up a step, -1 down, or the
 * first and last with ±1000) moves the focus ring, "chart.activate-step"
 * selects the focused step as a click would. */
static void
move_focus (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  TrappaStaircaseChartView *self = TRAPPA_STAIRCASE_CHART_VIEW (widget);
  TrappaStaircaseLayout *layout = trappa_staircase_chart_view_get_layout (self);
  int last = layout != NULL ? (int) layout->steps->len - 1 : -1;

  if (last < 0)
    return;
  self->focused = CLAMP (self->focused + g_variant_get_int32 (parameter), 0, last);
  gtk_widget_queue_draw (widget);
}

static void
activate_step (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TrappaStaircaseChartView *self = TRAPPA_STAIRCASE_CHART_VIEW (widget);

  select_index (self, self->focused);
}

static void
add_move_binding (GtkWidgetClass *widget_class,
                  guint           keyval,
                  guint           keypad_keyval,
                  int             steps)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0, "chart.move-focus", "i", steps);
  gtk_widget_class_add_binding_action (widget_class, keypad_keyval, 0, "chart.move-focus", "i", steps);
}

static void
on_table_selection (TrappaRecordTable        *table,
                    GParamSpec               *pspec,
                    TrappaStaircaseChartView *self)
{
  trappa_staircase_chart_view_set_selected_step (self, trappa_record_table_get_selected (table));
}

static void
on_step_activated_select_row (TrappaStaircaseChartView *self,
                              TrappaItem               *step,
                              TrappaRecordTable        *table)
{
  trappa_record_table_select (table, step);
}

static gboolean
on_query_tooltip (TrappaStaircaseChartView *self,
                  int                       x,
                  int                       y,
                  gboolean                  keyboard,
                  GtkTooltip               *tooltip)
{
  TrappaItem *step = step_at (self, keyboard ? self->focused : hit (self, x, y));
  g_autofree char *text = NULL;

  if (step == NULL)
    return FALSE;
  text = trappa_step_figures_describe (self->plan, step);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_export_response (TrappaStaircaseChartView *self,
                    int                       response)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autoptr(GError) error = NULL;
  TrappaChartFormat format;

  g_clear_object (&self->chooser);
  if (response != GTK_RESPONSE_ACCEPT || path == NULL || self->plan == NULL)
    return;
  /* A name typed without an extension gets ".png". */
  if (!trappa_chart_format_from_path (path, &format, NULL))
    {
      g_autofree char *with_png = g_strconcat (path, ".png", NULL);

      g_free (g_steal_pointer (&path));
      path = g_steal_pointer (&with_png);
      format = TRAPPA_CHART_FORMAT_PNG;
    }
  if (!trappa_chart_export (self->plan, self->kind, path, format, EXPORT_WIDTH, EXPORT_HEIGHT,
                            TRAPPA_CHART_STYLE_NORMAL, &error))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  _("Could not export the chart"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern,
            const char     *mime_type)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
export_chart (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TrappaStaircaseChartView *self = TRAPPA_STAIRCASE_CHART_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *name = g_strconcat (trappa_chart_name_for_kind (self->kind), ".png", NULL);

  if (self->chooser != NULL || self->plan == NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Export Chart"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  trappa_settings_open_in_default_folder (GTK_FILE_CHOOSER (self->chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("PNG image"), "*.png", "image/png");
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("SVG drawing"), "*.svg", "image/svg+xml");
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("PDF document"), "*.pdf", "application/pdf");
  g_signal_connect_swapped (self->chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
trappa_staircase_chart_view_measure (GtkWidget      *widget,
                                     GtkOrientation  orientation,
                                     int             for_size,
                                     int            *minimum,
                                     int            *natural,
                                     int            *minimum_baseline,
                                     int            *natural_baseline)
{
  TrappaStaircaseChartView *self = TRAPPA_STAIRCASE_CHART_VIEW (widget);
  int child_min, child_nat;

  gtk_widget_measure (self->menu_button, orientation, for_size, &child_min, &child_nat, NULL, NULL);
  *minimum = MAX (child_min, orientation == GTK_ORIENTATION_HORIZONTAL ? 280 : 240);
  *natural = MAX (child_nat, orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 520);
}

static void
trappa_staircase_chart_view_size_allocate (GtkWidget *widget,
                                           int        width,
                                           int        height,
                                           int        baseline)
{
  TrappaStaircaseChartView *self = TRAPPA_STAIRCASE_CHART_VIEW (widget);
  int button_w, button_h;

  gtk_widget_measure (self->menu_button, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &button_w, NULL, NULL);
  gtk_widget_measure (self->menu_button, GTK_ORIENTATION_VERTICAL, -1, NULL, &button_h, NULL, NULL);
  gtk_widget_size_allocate (self->menu_button,
                            &(GtkAllocation) { width - button_w - 6, 6, button_w, button_h }, -1);
  if (self->layout != NULL && (self->layout->width != width || self->layout->height != height))
    g_clear_pointer (&self->layout, trappa_staircase_layout_free);
}

static void
paint_chart (cairo_t  *cr,
             int       width,
             int       height,
             gpointer  user_data)
{
  TrappaStaircaseChartView *self = user_data;
  TrappaStaircaseLayout *layout = trappa_staircase_chart_view_get_layout (self);

  if (layout != NULL)
    trappa_staircase_painter_draw (cr, layout, selected_index (self),
                                   gtk_widget_has_visible_focus (GTK_WIDGET (self)) ? self->focused : -1);
}

static void
trappa_staircase_chart_view_snapshot (GtkWidget   *widget,
                                      GtkSnapshot *snapshot)
{
  TrappaStaircaseChartView *self = TRAPPA_STAIRCASE_CHART_VIEW (widget);

  trappa_chart_widget_paint (widget, snapshot, paint_chart, self);
  gtk_widget_snapshot_child (widget, self->menu_button, snapshot);
}

static void
trappa_staircase_chart_view_dispose (GObject *object)
{
  TrappaStaircaseChartView *self = TRAPPA_STAIRCASE_CHART_VIEW (object);

  trappa_staircase_chart_view_set_plan (self, NULL);
  trappa_chart_style_unwatch (self, G_CALLBACK (invalidate), &self->settings);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->chooser, on_export_response, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_pointer (&self->menu_button, gtk_widget_unparent);
  g_clear_pointer (&self->layout, trappa_staircase_layout_free);
  G_OBJECT_CLASS (trappa_staircase_chart_view_parent_class)->dispose (object);
}

static void
trappa_staircase_chart_view_finalize (GObject *object)
{
  TrappaStaircaseChartView *self = TRAPPA_STAIRCASE_CHART_VIEW (object);

  g_free (self->kind);
  g_free (self->selected_id);
  g_free (self->target_group);
  G_OBJECT_CLASS (trappa_staircase_chart_view_parent_class)->finalize (object);
}

static void
trappa_staircase_chart_view_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  TrappaStaircaseChartView *self = TRAPPA_STAIRCASE_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_STAIRCASE_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_SELECTED_STEP:
      g_value_set_object (value, trappa_staircase_chart_view_get_selected_step (self));
      break;
    case PROP_TARGET_GROUP:
      g_value_set_string (value, self->target_group);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trappa_staircase_chart_view_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  TrappaStaircaseChartView *self = TRAPPA_STAIRCASE_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      trappa_staircase_chart_view_set_plan (self, g_value_get_object (value));
      break;
    case PROP_STAIRCASE_KIND:
      /* Construct-only: a view shows one staircase for its whole life. */
      g_free (self->kind);
      self->kind = g_value_dup_string (value);
      break;
    case PROP_SELECTED_STEP:
      trappa_staircase_chart_view_set_selected_step (self, g_value_get_object (value));
      break;
    case PROP_TARGET_GROUP:
      trappa_staircase_chart_view_set_target_group (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trappa_staircase_chart_view_class_init (TrappaStaircaseChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trappa_staircase_chart_view_dispose;
  object_class->finalize = trappa_staircase_chart_view_finalize;
  object_class->get_property = trappa_staircase_chart_view_get_property;
  object_class->set_property = trappa_staircase_chart_view_set_property;
  widget_class->measure = trappa_staircase_chart_view_measure;
  widget_class->size_allocate = trappa_staircase_chart_view_size_allocate;
  widget_class->snapshot = trappa_staircase_chart_view_snapshot;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, TRAPPA_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAIRCASE_KIND] =
    g_param_spec_string ("staircase-kind", NULL, NULL, TRAPPA_STAIRCASE_HOUSING,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_STEP] =
    g_param_spec_object ("selected-step", NULL, NULL, TRAPPA_TYPE_ITEM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET_GROUP] =
    g_param_spec_string ("target-group", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A step was clicked, or chosen with Enter: the pane selects its rows. */
  signals[STEP_ACTIVATED] = g_signal_new ("step-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, TRAPPA_TYPE_ITEM);

  gtk_widget_class_install_action (widget_class, "chart.export", NULL, export_chart);
  gtk_widget_class_install_action (widget_class, "chart.move-focus", "i", move_focus);
  gtk_widget_class_install_action (widget_class, "chart.activate-step", NULL, activate_step);
  /* Up the staircase is up and to the right, as it is drawn. */
  add_move_binding (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, 1);
  add_move_binding (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, 1);
  add_move_binding (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, -1);
  add_move_binding (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, -1);
  add_move_binding (widget_class, GDK_KEY_Home, GDK_KEY_KP_Home, -1000);
  add_move_binding (widget_class, GDK_KEY_End, GDK_KEY_KP_End, 1000);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "chart.activate-step", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "chart.activate-step", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "chart.activate-step", NULL);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "staircase-chart");
}

static void
trappa_staircase_chart_view_init (TrappaStaircaseChartView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->kind = g_strdup (TRAPPA_STAIRCASE_HOUSING);
  self->settings = trappa_chart_widget_init (widget, G_CALLBACK (on_query_tooltip), G_CALLBACK (invalidate));

  g_menu_append (menu, _("_Export Chart…"), "chart.export");
  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->menu_button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (self->menu_button, _("Chart Menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart Menu"), -1);
  gtk_widget_set_parent (self->menu_button, widget);

  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (gtk_widget_queue_draw), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (gtk_widget_queue_draw), self);
  gtk_widget_add_controller (widget, focus);
}

GtkWidget *
trappa_staircase_chart_view_new (const char *staircase_kind)
{
  return g_object_new (TRAPPA_TYPE_STAIRCASE_CHART_VIEW, "staircase-kind", staircase_kind, NULL);
}

void
trappa_staircase_chart_view_set_plan (TrappaStaircaseChartView *self,
                                      TrappaPlan               *plan)
{
  g_return_if_fail (TRAPPA_IS_STAIRCASE_CHART_VIEW (self));

  if (!trappa_chart_widget_set_plan (self, &self->plan, plan, G_CALLBACK (on_plan_changed)))
    return;
  /* The selection is kept by id: a linked table selects in the new plan
   * before or after this, in either order. */
  self->focused = 0;
  on_plan_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

TrappaItem *
trappa_staircase_chart_view_get_selected_step (TrappaStaircaseChartView *self)
{
  g_return_val_if_fail (TRAPPA_IS_STAIRCASE_CHART_VIEW (self), NULL);

  return self->plan != NULL && self->selected_id != NULL
         ? trappa_plan_lookup (self->plan, self->selected_id) : NULL;
}

void
trappa_staircase_chart_view_set_selected_step (TrappaStaircaseChartView *self,
                                               TrappaItem               *step)
{
  const char *id = step != NULL ? trappa_item_get_id (step) : NULL;

  g_return_if_fail (TRAPPA_IS_STAIRCASE_CHART_VIEW (self));

  if (g_strcmp0 (id, self->selected_id) == 0)
    return;
  g_free (self->selected_id);
  self->selected_id = g_strdup (id);
  if (self->layout != NULL && selected_index (self) >= 0)
    self->focused = selected_index (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_STEP]);
}

void
trappa_staircase_chart_view_set_target_group (TrappaStaircaseChartView *self,
                                              const char               *group_id)
{
  g_return_if_fail (TRAPPA_IS_STAIRCASE_CHART_VIEW (self));

  if (g_strcmp0 (group_id, self->target_group) == 0)
    return;
  g_free (self->target_group);
  self->target_group = g_strdup (group_id);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_GROUP]);
}

void
trappa_staircase_chart_view_link_table (TrappaStaircaseChartView *self,
                                        TrappaRecordTable        *table)
{
  g_return_if_fail (TRAPPA_IS_STAIRCASE_CHART_VIEW (self));
  g_return_if_fail (TRAPPA_IS_RECORD_TABLE (table));

  g_signal_connect_object (table, "notify::selected-item", G_CALLBACK (on_table_selection), self, 0);
  g_signal_connect_object (self, "step-activated", G_CALLBACK (on_step_activated_select_row), table, 0);
  trappa_staircase_chart_view_set_selected_step (self, trappa_record_table_get_selected (table));
}

TrappaChartStyle
trappa_staircase_chart_view_get_style (TrappaStaircaseChartView *self)
{
  g_return_val_if_fail (TRAPPA_IS_STAIRCASE_CHART_VIEW (self), TRAPPA_CHART_STYLE_NORMAL);

  return trappa_chart_style_current (self->settings);
}

TrappaStaircaseLayout *
trappa_staircase_chart_view_get_layout (TrappaStaircaseChartView *self)
{
  TrappaStaircase *staircase;

  g_return_val_if_fail (TRAPPA_IS_STAIRCASE_CHART_VIEW (self), NULL);

  staircase = get_staircase (self);
  if (self->layout == NULL && staircase != NULL)
    {
      self->layout = trappa_staircase_layout_new (self->plan, staircase,
                                                  MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1),
                                                  MAX (gtk_widget_get_height (GTK_WIDGET (self)), 1),
                                                  trappa_staircase_chart_view_get_style (self));
      trappa_staircase_layout_mark_target_group (self->layout, self->plan, self->target_group);
    }
  return self->layout;
}
