/* trappa-figures-grid.c: a read-only grid of figures under a heading row
 *
 * The Needs and Gap pane's figures and the mapping table's sums per step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-figures-grid"

#include "trappa-figures-grid.h"
#include "trappa-format.h"

void
trappa_figures_grid_clear (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

void
trappa_figures_grid_attach (GtkGrid    *grid,
                            const char *text,
                            int         column,
                            int         row,
                            gboolean    numeric)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  else
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
    }
  if (row == 0)
    gtk_widget_add_css_class (label, "caption-heading");
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

void
trappa_figures_grid_attach_count (GtkGrid *grid,
                                  gint64   value,
                                  int      column,
                                  int      row)
{
  g_autofree char *text = trappa_format_count (value);

  trappa_figures_grid_attach (grid, text, column, row, TRUE);
}
