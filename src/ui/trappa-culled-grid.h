/* trappa-culled-grid.h: a grid that draws only the rows its scrolled
 * window shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TRAPPA_TYPE_CULLED_GRID (trappa_culled_grid_get_type ())
G_DECLARE_FINAL_TYPE (TrappaCulledGrid, trappa_culled_grid, TRAPPA, CULLED_GRID, GtkGrid)

/* A GtkGrid whose children must be attached from the top row down (a
 * child's row never above the previous child's); outside a viewport it
 * draws them all. */
GtkWidget *trappa_culled_grid_new (void);

G_END_DECLS
