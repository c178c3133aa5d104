/* trappa-shortcuts-window.h: the Keyboard Shortcuts window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A window's action (a GtkWidgetActionActivateFunc, for
 * gtk_widget_class_install_action): shows the Keyboard Shortcuts window
 * over @window. */
void trappa_shortcuts_window_action (GtkWidget  *window,
                                     const char *action_name,
                                     GVariant   *parameter);

G_END_DECLS
