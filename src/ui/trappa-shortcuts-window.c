/* trappa-shortcuts-window.c: the Keyboard Shortcuts window
 *
 * Built when asked for ("win.show-help-overlay", Ctrl+?, and the
 * presentation's own key), not as GtkApplication builds a help overlay:
 * for every window as it opens, which cost the first window some 40
 * requests to the X server and the build of a window nobody had asked for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-shortcuts-window"

#include "trappa-shortcuts-window.h"

void
trappa_shortcuts_window_action (GtkWidget  *window,
                                const char *action_name,
                                GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/no/trappa/Trappa/help-overlay.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  g_return_if_fail (GTK_IS_WINDOW (window));

  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (window));
  gtk_window_present (shortcuts);
}
