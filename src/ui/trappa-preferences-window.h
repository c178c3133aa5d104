/* trappa-preferences-window.h: what users may change, kept in GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TRAPPA_TYPE_PREFERENCES_WINDOW (trappa_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (TrappaPreferencesWindow, trappa_preferences_window, TRAPPA, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* A window whose rows change @settings (the app's, see trappa-settings.h)
 * at once; transient for @parent, which may be NULL. */
GtkWidget *trappa_preferences_window_new (GSettings *settings,
                                          GtkWindow *parent);

G_END_DECLS
