/* trappa-desktop-actions.h: the application's About and Preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Adds "app.about" and "app.preferences" (Ctrl+,) to @application; call
 * from its startup. Preferences is disabled when the settings schema is
 * not installed, as there is nothing to keep the choices in. */
void trappa_desktop_actions_install (GtkApplication *application);

G_END_DECLS
