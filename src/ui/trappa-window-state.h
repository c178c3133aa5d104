/* trappa-window-state.h: the main window's size, state and pane kept
 * between runs in GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Gives @window the size (never larger than the screen) and maximized
 * state kept in @settings and keeps them again when it closes. Call before
 * the window is shown. With a NULL @settings it gets a default size and
 * nothing is kept. */
void trappa_window_state_track      (GtkWindow *window,
                                     GSettings *settings);

/* Shows the pane of @stack kept in @settings ("last-pane") if it still
 * exists, and keeps every pane the user moves to. NULL @settings: no-op. */
void trappa_window_state_track_pane (GtkStack  *stack,
                                     GSettings *settings);

G_END_DECLS
