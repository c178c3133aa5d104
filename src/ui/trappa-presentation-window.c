/* trappa-presentation-window.c: the priority grid or a staircase full
 * screen for the projector
 *
 * Large type (the grid's font scale, the staircase chart sizes its own text
 * to the surface), nothing to edit but the cards, and a one-line hint that
 * says how to leave.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-presentation-window"

#include <glib/gi18n.h>

#include "trappa-chart-text.h"
#include "trappa-presentation-window.h"
#include "trappa-settings.h"
#include "trappa-chart-view.h"

/* Type on the projector: readable from the back of a meeting room at
 * 1024×768. */
#define PRESENTATION_FONT_SCALE 1.6

struct _TrappaPresentationWindow
{
  GtkWindow               parent_instance;

  GtkStack               *stack;
  TrappaPriorityGridView *grid;
  GtkWidget              *housing;
  GtkWidget              *activity;
  GtkWidget              *ros;
  GtkWidget              *stakeholders;
};

G_DEFINE_FINAL_TYPE (TrappaPresentationWindow, trappa_presentation_window, GTK_TYPE_WINDOW)

static void
leave (GtkWidget  *widget,
       const char *action_name,
       GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
show_page (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  TrappaPresentationWindow *self = TRAPPA_PRESENTATION_WINDOW (widget);
  const char *page = g_variant_get_string (parameter, NULL);

  gtk_stack_set_visible_child_name (self->stack, page);
  /* The arrow keys work on the chart shown. */
  gtk_widget_grab_focus (gtk_stack_get_visible_child (self->stack));
}

static void
trappa_presentation_window_class_init (TrappaPresentationWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "presentation.leave", NULL, leave);
  gtk_widget_class_install_action (widget_class, "presentation.show", "s", show_page);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "presentation.leave", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "presentation.leave", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, 0, "presentation.show", "s", "grid");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, 0, "presentation.show", "s", "housing");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, 0, "presentation.show", "s", "activity");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, 0, "presentation.show", "s", "ros");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, 0, "presentation.show", "s", "stakeholders");
  gtk_widget_class_set_css_name (widget_class, "presentation");
}

static void
trappa_presentation_window_init (TrappaPresentationWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *hint = gtk_label_new (_("G grid · S housing staircase · A activity staircase · "
                                     "R risk matrix · I stakeholders · "
                                     "arrow keys move the selected card · Esc leaves"));

  gtk_window_set_title (GTK_WINDOW (self), _("Presentation"));
  gtk_window_set_decorated (GTK_WINDOW (self), FALSE);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  self->grid = TRAPPA_PRIORITY_GRID_VIEW (trappa_priority_grid_view_new ());
  self->housing = trappa_chart_view_new ("bustadtrapp");
  self->activity = trappa_chart_view_new ("meistringstrapp");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->grid), "grid");
  gtk_stack_add_named (self->stack, self->housing, "housing");
  gtk_stack_add_named (self->stack, self->activity, "activity");
  self->ros = trappa_chart_view_new ("ros");
  self->stakeholders = trappa_chart_view_new ("stakeholders");
  gtk_stack_add_named (self->stack, self->ros, "ros");
  gtk_stack_add_named (self->stack, self->stakeholders, "stakeholders");

  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");
  gtk_widget_set_margin_top (hint, 2);
  gtk_widget_set_margin_bottom (hint, 2);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  gtk_box_append (GTK_BOX (box), hint);
  gtk_window_set_child (GTK_WINDOW (self), box);
}

GtkWidget *
trappa_presentation_window_new (GtkWindow              *parent,
                                TrappaPriorityGridView *source)
{
  TrappaPresentationWindow *self = g_object_new (TRAPPA_TYPE_PRESENTATION_WINDOW, NULL);
  TrappaPriorityOptions options = *trappa_priority_grid_view_get_options (source);
  g_autoptr(GSettings) settings = trappa_settings_new ();
  TrappaPlan *plan = trappa_chart_view_get_plan (TRAPPA_CHART_VIEW (source));
  GdkSurface *surface = parent != NULL ? gtk_native_get_surface (GTK_NATIVE (parent)) : NULL;

  options.font_scale = settings != NULL ? g_settings_get_double (settings, "presentation-text-scale")
                                        : PRESENTATION_FONT_SCALE;
  options.min_px = TRAPPA_CHART_PRESENTATION_PX;
  options.editing = FALSE;
  trappa_chart_view_set_plan (TRAPPA_CHART_VIEW (self->grid), plan);
  trappa_priority_grid_view_set_options (self->grid, &options);
  trappa_chart_view_set_plan (TRAPPA_CHART_VIEW (self->housing), plan);
  trappa_chart_view_set_plan (TRAPPA_CHART_VIEW (self->activity), plan);
  trappa_chart_view_set_plan (TRAPPA_CHART_VIEW (self->ros), plan);
  trappa_chart_view_set_plan (TRAPPA_CHART_VIEW (self->stakeholders), plan);
  g_object_bind_property (source, "selected", self->grid, "selected",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  /* Without a window manager (a bare projector session) fullscreen is only
   * a request: the monitor's size makes sure the grid fills the screen. */
  if (surface != NULL)
    {
      GdkMonitor *monitor = gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface);
      GdkRectangle area;

      if (monitor != NULL)
        {
          gdk_monitor_get_geometry (monitor, &area);
          gtk_window_set_default_size (GTK_WINDOW (self), area.width, area.height);
        }
    }
  gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->grid));
  return GTK_WIDGET (self);
}

TrappaPriorityGridView *
trappa_presentation_window_get_grid (TrappaPresentationWindow *self)
{
  g_return_val_if_fail (TRAPPA_IS_PRESENTATION_WINDOW (self), NULL);
  return self->grid;
}
