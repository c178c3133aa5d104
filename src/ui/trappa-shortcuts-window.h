/* trappa-shortcuts-window.h: the Keyboard Shortcuts window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Shows the Keyboard Shortcuts window over @parent. */
void trappa_shortcuts_window_present (GtkWindow *parent);

G_END_DECLS
