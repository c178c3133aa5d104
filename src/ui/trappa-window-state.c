/* trappa-window-state.c: the main window's size, state and pane kept
 * between runs in GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-window-state"

#include "trappa-window-state.h"

/* Without settings: fits a 1920×1080 screen with room around it (the
 * schema's default too). */
#define FALLBACK_WIDTH  1600
#define FALLBACK_HEIGHT 1000

/* Without a window manager (a projector laptop's kiosk session, Xvfb) the
 * window keeps the size asked for, so never ask for more than the screen:
 * a size kept on a 1920×1080 monitor must not overflow a 1024×768 projector. */
static void
set_size_within_screen (GtkWindow *window,
                        int        width,
                        int        height)
{
  GdkDisplay *display = gdk_display_get_default ();
  GListModel *monitors = display != NULL ? gdk_display_get_monitors (display) : NULL;
  g_autoptr(GdkMonitor) monitor = NULL;
  GdkRectangle area = { 0, 0, width, height };

  if (monitors != NULL && g_list_model_get_n_items (monitors) > 0)
    {
      monitor = g_list_model_get_item (monitors, 0);
      gdk_monitor_get_geometry (monitor, &area);
    }
  gtk_window_set_default_size (window, MIN (width, area.width), MIN (height, area.height));
}

static gboolean
on_close_request (GtkWindow *window,
                  GSettings *settings)
{
  int width = 0;
  int height = 0;

  /* GTK 4 keeps the default size at the last unmaximized size, which is
   * what the next run should open with. */
  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (settings);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (settings);

  return GDK_EVENT_PROPAGATE;
}

static void
on_visible_child_name (GtkStack   *stack,
                       GParamSpec *pspec,
                       GSettings  *settings)
{
  const char *name = gtk_stack_get_visible_child_name (stack);

  if (name != NULL)
    g_settings_set_string (settings, "last-pane", name);
}

void
trappa_window_state_track (GtkWindow *window,
                           GSettings *settings)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (settings == NULL)
    {
      set_size_within_screen (window, FALLBACK_WIDTH, FALLBACK_HEIGHT);
      return;
    }

  set_size_within_screen (window,
                          g_settings_get_int (settings, "window-width"),
                          g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (window);

  g_signal_connect_data (window, "close-request", G_CALLBACK (on_close_request),
                         g_object_ref (settings), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
}

void
trappa_window_state_track_pane (GtkStack  *stack,
                                GSettings *settings)
{
  g_autofree char *name = NULL;

  g_return_if_fail (GTK_IS_STACK (stack));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (settings == NULL)
    return;

  name = g_settings_get_string (settings, "last-pane");
  /* A pane kept by a newer version, or renamed since, is skipped. */
  if (name[0] != '\0' && gtk_stack_get_child_by_name (stack, name) != NULL)
    gtk_stack_set_visible_child_name (stack, name);

  g_signal_connect_data (stack, "notify::visible-child-name", G_CALLBACK (on_visible_child_name),
                         g_object_ref (settings), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
}
