/* trappa-presentation-window.c: the plan's charts full screen for the
 * projector
 *
 * One page per chart the plan has, in the chart-kind table's order (a
 * chart view presenting: large type, no menu button, no focus ring), then
 * any page added after (live voting). Page Down and Page Up are caught
 * before any chart sees them, so a presenter's clicker always turns the
 * page; the arrow keys do too, except on a chart whose items move (the
 * grid), where they move the selected card. The digits 1–9 show that page,
 * a kind's own letter (its present_key) its chart. The presenter's menu
 * (trappa-presentation-menu.c) sits in the top right corner, shown only
 * while the pointer moves, and opens with F10 or a right click.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-presentation-window"

#include <glib/gi18n.h>

#include "trappa-presentation-menu.h"
#include "trappa-presentation-window.h"
#include "trappa-settings.h"
#include "trappa-shortcuts-window.h"
#include "trappa-vote-dialog.h"

/* Type on the projector beyond the 24 px floor (the grid's font scale),
 * when the setting cannot be read. */
#define PRESENTATION_FONT_SCALE 1.6

struct _TrappaPresentationWindow
{
  GtkWindow  parent_instance;

  GtkStack               *stack;
  GPtrArray              *pages;   /* GtkWidget, in order */
  TrappaPresentationMenu *menu;
};

G_DEFINE_FINAL_TYPE (TrappaPresentationWindow, trappa_presentation_window, GTK_TYPE_WINDOW)

static guint
shown_index (TrappaPresentationWindow *self)
{
  guint index = 0;

  g_ptr_array_find (self->pages, gtk_stack_get_visible_child (self->stack), &index);
  return index;
}

static void
show_index (TrappaPresentationWindow *self,
            guint                     index)
{
  GtkWidget *page;

  if (index >= self->pages->len)
    return;
  page = self->pages->pdata[index];
  gtk_stack_set_visible_child (self->stack, page);
  gtk_widget_grab_focus (page);
}

/* Steps @by charts, stopping at the first and the last. */
static void
step (TrappaPresentationWindow *self,
      int                       by)
{
  int index = (int) shown_index (self) + by;

  show_index (self, (guint) CLAMP (index, 0, (int) self->pages->len - 1));
}

static void
leave (GtkWidget  *widget,
       const char *action_name,
       GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* "presentation.step" (i): the next (1) or previous (-1) chart. */
static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  step (TRAPPA_PRESENTATION_WINDOW (widget), g_variant_get_int32 (parameter));
}

/* "presentation.show" (s): the page of that name (a chart's kind), when
 * there is one. */
static void
show_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TrappaPresentationWindow *self = TRAPPA_PRESENTATION_WINDOW (widget);
  GtkWidget *page = gtk_stack_get_child_by_name (self->stack, g_variant_get_string (parameter, NULL));
  guint index;

  if (page != NULL && g_ptr_array_find (self->pages, page, &index))
    show_index (self, index);
}

/* "presentation.page" (i): the page at that place, counted from 0. */
static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  show_index (TRAPPA_PRESENTATION_WINDOW (widget), (guint) MAX (g_variant_get_int32 (parameter), 0));
}

/* "presentation.live-voting" (V): the room votes on the measures the grid
 * shows; the live-voting window then covers this one. */
static void
live_voting (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TrappaPriorityGridView *grid = trappa_presentation_window_get_grid (TRAPPA_PRESENTATION_WINDOW (widget));

  if (grid != NULL)
    gtk_window_present (GTK_WINDOW (trappa_vote_dialog_new_filtered (GTK_WINDOW (widget),
                                                                     trappa_chart_view_get_plan (TRAPPA_CHART_VIEW (grid)),
                                                                     trappa_priority_grid_view_get_options (grid))));
}

/* "presentation.menu" (F10): the presenter's menu. */
static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  trappa_presentation_menu_popup (TRAPPA_PRESENTATION_WINDOW (widget)->menu);
}

/* "presentation.focus-chart": the keys back to the page shown. */
static void
focus_chart_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TrappaPresentationWindow *self = TRAPPA_PRESENTATION_WINDOW (widget);

  gtk_widget_grab_focus (gtk_stack_get_visible_child (self->stack));
}

static void
on_pointer_motion (GtkEventControllerMotion *motion,
                   double                    x,
                   double                    y,
                   TrappaPresentationWindow *self)
{
  trappa_presentation_menu_pointer_moved (self->menu, x, y);
}

static void
on_secondary_click (GtkGestureClick          *click,
                    int                       n_press,
                    double                    x,
                    double                    y,
                    TrappaPresentationWindow *self)
{
  trappa_presentation_menu_popup (self->menu);
}

/* Before the chart: the clicker's keys always turn the page; the arrows
 * (@args: the step and whether it is an arrow) do unless the chart moves
 * its items with them. Not while the menu is open: they move in it. */
static gboolean
turn_page (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  TrappaPresentationWindow *self = TRAPPA_PRESENTATION_WINDOW (widget);
  TrappaChartView *shown = trappa_presentation_window_get_shown (self);
  int by;
  gboolean arrow;

  g_variant_get (args, "(ib)", &by, &arrow);
  if (trappa_presentation_menu_is_open (self->menu))
    return FALSE;
  if (arrow && shown != NULL && trappa_chart_view_get_kind (shown)->nudge != NULL)
    return FALSE;
  step (self, by);
  return TRUE;
}

static void
add_page_key (GtkShortcutController *controller,
              guint                  keyval,
              int                    by,
              gboolean               arrow)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0),
                                            gtk_callback_action_new (turn_page, NULL, NULL));

  gtk_shortcut_set_arguments (shortcut, g_variant_new ("(ib)", by, arrow));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

/* Each kind's letter shows its chart (nothing when the plan lacks it). */
static void
add_kind_keys (TrappaPresentationWindow *self)
{
  GtkShortcutController *jumps = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  guint n_kinds;
  const TrappaChartKind *const *kinds = trappa_chart_kinds (&n_kinds);

  for (guint i = 0; i < n_kinds; i++)
    if (kinds[i]->present_key != 0)
      {
        GtkShortcut *jump = gtk_shortcut_new (gtk_keyval_trigger_new (gdk_unicode_to_keyval (kinds[i]->present_key), 0),
                                              gtk_named_action_new ("presentation.show"));

        gtk_shortcut_set_arguments (jump, g_variant_new_string (kinds[i]->name));
        gtk_shortcut_controller_add_shortcut (jumps, jump);
      }
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (jumps));
}

static void
trappa_presentation_window_finalize (GObject *object)
{
  TrappaPresentationWindow *self = TRAPPA_PRESENTATION_WINDOW (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  G_OBJECT_CLASS (trappa_presentation_window_parent_class)->finalize (object);
}

static void
trappa_presentation_window_class_init (TrappaPresentationWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = trappa_presentation_window_finalize;

  gtk_widget_class_install_action (widget_class, "presentation.leave", NULL, leave);
  gtk_widget_class_install_action (widget_class, "presentation.step", "i", step_action);
  gtk_widget_class_install_action (widget_class, "presentation.show", "s", show_action);
  gtk_widget_class_install_action (widget_class, "presentation.page", "i", page_action);
  gtk_widget_class_install_action (widget_class, "presentation.live-voting", NULL, live_voting);
  gtk_widget_class_install_action (widget_class, "presentation.menu", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "presentation.shortcuts", NULL, trappa_shortcuts_window_action);
  gtk_widget_class_install_action (widget_class, "presentation.focus-chart", NULL, focus_chart_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, 0, "presentation.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, 0, "presentation.live-voting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "presentation.leave", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "presentation.leave", NULL);
  for (int digit = 1; digit <= 9; digit++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + digit, 0, "presentation.page", "i", digit - 1);
  gtk_widget_class_set_css_name (widget_class, "presentation");
}

/* Projector Style as the preferences' switch sets it, when the settings
 * are installed. */
static void
add_settings_actions (TrappaPresentationWindow *self)
{
  g_autoptr(GSettings) settings = trappa_settings_new ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GAction) projector = NULL;

  if (settings == NULL)
    return;
  projector = g_settings_create_action (settings, "projector-style");
  g_action_map_add_action (G_ACTION_MAP (group), projector);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "settings", G_ACTION_GROUP (group));
}

static void
trappa_presentation_window_init (TrappaPresentationWindow *self)
{
  GtkShortcutController *turns = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkWidget *overlay = gtk_overlay_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Presentation"));
  gtk_window_set_decorated (GTK_WINDOW (self), FALSE);
  self->pages = g_ptr_array_new ();
  self->stack = GTK_STACK (gtk_stack_new ());
  self->menu = TRAPPA_PRESENTATION_MENU (trappa_presentation_menu_new ());
  gtk_widget_set_halign (GTK_WIDGET (self->menu), GTK_ALIGN_END);
  gtk_widget_set_valign (GTK_WIDGET (self->menu), GTK_ALIGN_START);
  gtk_widget_set_margin_top (GTK_WIDGET (self->menu), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->menu), 12);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (self->stack));
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), GTK_WIDGET (self->menu));
  gtk_window_set_child (GTK_WINDOW (self), overlay);
  add_settings_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "presentation.live-voting", FALSE);

  g_signal_connect (motion, "motion", G_CALLBACK (on_pointer_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_secondary_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (turns), GTK_PHASE_CAPTURE);
  add_page_key (turns, GDK_KEY_Page_Down, 1, FALSE);
  add_page_key (turns, GDK_KEY_Page_Up, -1, FALSE);
  add_page_key (turns, GDK_KEY_Right, 1, TRUE);
  add_page_key (turns, GDK_KEY_Down, 1, TRUE);
  add_page_key (turns, GDK_KEY_Left, -1, TRUE);
  add_page_key (turns, GDK_KEY_Up, -1, TRUE);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (turns));
  add_kind_keys (self);
}

/* Whether @plan has something to draw for @kind (a staircase it lacks
 * does not get a page). */
static gboolean
plan_has_chart (TrappaPlan            *plan,
                const TrappaChartKind *kind)
{
  TrappaChartRequest request = { plan, TRAPPA_CHART_STYLE_NORMAL, NULL, NULL };
  gpointer layout = kind->layout (kind, &request, 1024, 768, NULL);

  if (layout == NULL)
    return FALSE;
  kind->free (layout);
  return TRUE;
}

/* The monitor the presentation goes on: another than @parent's when there
 * is one (the projector beside the laptop), else @parent's. */
static GdkMonitor *
projector_monitor (GtkWindow *parent)
{
  GdkSurface *surface = parent != NULL ? gtk_native_get_surface (GTK_NATIVE (parent)) : NULL;
  GdkDisplay *display = surface != NULL ? gdk_surface_get_display (surface) : gdk_display_get_default ();
  GdkMonitor *own = surface != NULL ? gdk_display_get_monitor_at_surface (display, surface) : NULL;

  return trappa_presentation_pick_monitor (gdk_display_get_monitors (display), own);
}

static GtkWidget *
add_view (TrappaPresentationWindow *self,
          TrappaPlan               *plan,
          const TrappaChartKind    *kind,
          TrappaChartView          *source)
{
  /* The grid keeps its own view (and its options' type). */
  GtkWidget *view = g_str_equal (kind->name, "priority") ? trappa_priority_grid_view_new ()
                                                          : trappa_chart_view_new (kind->name);

  trappa_chart_view_set_plan (TRAPPA_CHART_VIEW (view), plan);
  trappa_chart_view_set_presenting (TRAPPA_CHART_VIEW (view), TRUE);
  if (source != NULL && trappa_chart_view_get_kind (source) == kind)
    {
      trappa_chart_view_set_options (TRAPPA_CHART_VIEW (view), trappa_chart_view_get_options (source));
      /* The card the leader moves stays selected in both; a step picked in
       * the table is no highlight for the room. */
      if (kind->nudge != NULL)
        g_object_bind_property (source, "selected", view, "selected",
                                G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
    }
  if (TRAPPA_IS_PRIORITY_GRID_VIEW (view))
    {
      TrappaPriorityGridView *grid = TRAPPA_PRIORITY_GRID_VIEW (view);
      TrappaPriorityOptions options = *trappa_priority_grid_view_get_options (grid);
      g_autoptr(GSettings) settings = trappa_settings_new ();

      options.font_scale = settings != NULL ? g_settings_get_double (settings, "presentation-text-scale")
                                            : PRESENTATION_FONT_SCALE;
      trappa_priority_grid_view_set_options (grid, &options);
    }
  trappa_presentation_window_add_page (self, kind->name, _(kind->title), view);
  return view;
}

GtkWidget *
trappa_presentation_window_present (GtkWindow       *parent,
                                    TrappaPlan      *plan,
                                    TrappaChartView *source)
{
  TrappaPresentationWindow *self = g_object_new (TRAPPA_TYPE_PRESENTATION_WINDOW, NULL);
  guint n_kinds;
  const TrappaChartKind *const *kinds = trappa_chart_kinds (&n_kinds);
  GdkMonitor *monitor = projector_monitor (parent);
  GtkWidget *first = NULL;

  for (guint i = 0; i < n_kinds; i++)
    if (plan_has_chart (plan, kinds[i]) || (source != NULL && trappa_chart_view_get_kind (source) == kinds[i]))
      {
        GtkWidget *view = add_view (self, plan, kinds[i], source);

        if (first == NULL || (source != NULL && trappa_chart_view_get_kind (source) == kinds[i]))
          first = view;
      }

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  /* Without a window manager (a bare projector session) fullscreen is only
   * a request: the monitor's size makes sure the chart fills the screen. */
  if (monitor != NULL)
    {
      GdkRectangle area;

      gdk_monitor_get_geometry (monitor, &area);
      gtk_window_set_default_size (GTK_WINDOW (self), area.width, area.height);
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
    }
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));
  if (first != NULL)
    {
      guint index = 0;

      g_ptr_array_find (self->pages, first, &index);
      show_index (self, index);
    }
  return GTK_WIDGET (self);
}

GtkWidget *
trappa_presentation_window_new (GtkWindow              *parent,
                                TrappaPriorityGridView *source)
{
  return trappa_presentation_window_present (parent, trappa_chart_view_get_plan (TRAPPA_CHART_VIEW (source)),
                                             TRAPPA_CHART_VIEW (source));
}

void
trappa_presentation_window_add_page (TrappaPresentationWindow *self,
                                     const char               *name,
                                     const char               *title,
                                     GtkWidget                *page)
{
  g_return_if_fail (TRAPPA_IS_PRESENTATION_WINDOW (self));
  g_return_if_fail (gtk_stack_get_child_by_name (self->stack, name) == NULL);

  gtk_stack_add_named (self->stack, page, name);
  g_ptr_array_add (self->pages, page);
  trappa_presentation_menu_add_page (self->menu, name, title);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "presentation.live-voting",
                                 trappa_presentation_window_get_grid (self) != NULL);
}

TrappaPresentationMenu *
trappa_presentation_window_get_menu (TrappaPresentationWindow *self)
{
  g_return_val_if_fail (TRAPPA_IS_PRESENTATION_WINDOW (self), NULL);

  return self->menu;
}

gpointer
trappa_presentation_pick_monitor (GListModel *monitors,
                                  gpointer    own)
{
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GObject) monitor = g_list_model_get_item (monitors, i);

      if (monitor != own)
        return monitor;
    }
  return own;
}

TrappaChartView *
trappa_presentation_window_get_shown (TrappaPresentationWindow *self)
{
  GtkWidget *shown;

  g_return_val_if_fail (TRAPPA_IS_PRESENTATION_WINDOW (self), NULL);
  shown = gtk_stack_get_visible_child (self->stack);
  return TRAPPA_IS_CHART_VIEW (shown) ? TRAPPA_CHART_VIEW (shown) : NULL;
}

TrappaPriorityGridView *
trappa_presentation_window_get_grid (TrappaPresentationWindow *self)
{
  g_return_val_if_fail (TRAPPA_IS_PRESENTATION_WINDOW (self), NULL);

  for (guint i = 0; i < self->pages->len; i++)
    if (TRAPPA_IS_PRIORITY_GRID_VIEW (self->pages->pdata[i]))
      return self->pages->pdata[i];
  return NULL;
}
