/* trappa-figures-grid.h: a read-only grid of figures under a heading row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Empties @grid. */
void trappa_figures_grid_clear        (GtkGrid    *grid);
/* Puts @text at (@column, @row): right-aligned when @numeric, else
 * wrapped; row 0 is the heading. */
void trappa_figures_grid_attach       (GtkGrid    *grid,
                                       const char *text,
                                       int         column,
                                       int         row,
                                       gboolean    numeric);
/* A whole number, as Norwegians write it. */
void trappa_figures_grid_attach_count (GtkGrid    *grid,
                                       gint64      value,
                                       int         column,
                                       int         row);

G_END_DECLS
