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
GtkWidget *trappa_table_grid_new (TrappaTable *table);

G_END_DECLS
