/* trappa-table-grid.h: a TrappaTable shown read-only, as the report
 * prints it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-table.h"

G_BEGIN_DECLS

/* A grid of labels: the header bold, numbers right-aligned and grouped,
 * sum rows bold. The grid keeps @table. */
GtkWidget *trappa_table_grid_new  (TrappaTable *table);

/* Shows @table (which @grid keeps) in @grid, made by
 * trappa_table_grid_new(): where it has the shape of the table shown
 * (columns, kinds of rows and cells) only the labels of the cells that
 * differ are set; else the grid is built again. */
void       trappa_table_grid_show (GtkWidget   *grid,
                                   TrappaTable *table);

G_END_DECLS
