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
 * sum rows bold. @table is read, not kept. */
GtkWidget *trappa_table_grid_new    (TrappaTable *table);

/* Shows @table in @grid (made by trappa_table_grid_new()) by setting the
 * texts that differ, when it has the shape the grid was made for (the
 * same columns and kinds of rows and cells); else FALSE, and @grid is
 * left as it was. */
gboolean   trappa_table_grid_update (GtkWidget   *grid,
                                     TrappaTable *table);

G_END_DECLS
