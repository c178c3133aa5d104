/* trappa-presentation-window.h: the priority grid or a staircase full
 * screen for the projector
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-priority-grid-view.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_PRESENTATION_WINDOW (trappa_presentation_window_get_type ())
G_DECLARE_FINAL_TYPE (TrappaPresentationWindow, trappa_presentation_window,
                      TRAPPA, PRESENTATION_WINDOW, GtkWindow)

/* A full-screen window over @parent showing @source's grid (same plan,
 * axes, group and filters, large type) with the selection kept in step.
 * No editing chrome; the leader still moves cards (mouse, touch, arrow
 * keys). Keys: G the grid, S the housing staircase, A the activity
 * staircase; Esc or F5 leaves ("presentation.leave"). */
GtkWidget              *trappa_presentation_window_new      (GtkWindow              *parent,
                                                             TrappaPriorityGridView *source);
TrappaPriorityGridView *trappa_presentation_window_get_grid (TrappaPresentationWindow *self);

G_END_DECLS
