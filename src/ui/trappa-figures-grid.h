/* trappa-figures-grid.h: a read-only grid of figures under a heading row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Starts filling @grid anew: the figures attached until
 * trappa_figures_grid_end() reuse the labels at their places, and
 * trappa_figures_grid_end() removes the labels not attached again. */
void trappa_figures_grid_begin        (GtkGrid    *grid);
void trappa_figures_grid_end          (GtkGrid    *grid);
/* Puts @text at (@column, @row): right-aligned when @numeric, else
 * wrapped; row 0 is the heading. Only between begin and end. */
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
