/* trappa-table-grid.c: a TrappaTable shown read-only
 *
 * For figures that are derived, not edited (the action plan's rows and
 * sums): the cells are texts as the report writes them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-table-grid"

#include "trappa-table-grid.h"

static GtkWidget *
cell_label (const char *text,
            gboolean    numeric,
            gboolean    bold)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1 : 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), !numeric);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  if (bold)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

GtkWidget *
trappa_table_grid_new (TrappaTable *table)
{
  GtkWidget *grid = gtk_grid_new ();
  guint n_rows = trappa_table_get_n_rows (table);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  for (guint c = 0; c < table->n_columns; c++)
    {
      /* A column is numeric when its first row of figures is: headers
       * of figures sit over them. */
      guint figures = 0;
      const TrappaCell *first;

      while (figures < n_rows && trappa_table_get_row_kind (table, figures) == TRAPPA_ROW_GROUP)
        figures++;
      first = figures < n_rows ? trappa_table_get_cell (table, figures, c) : NULL;
      gboolean numeric = first != NULL && first->kind != TRAPPA_CELL_TEXT && first->kind != TRAPPA_CELL_DATE;

      gtk_grid_attach (GTK_GRID (grid), cell_label (table->header[c], numeric, TRUE), c, 0, 1, 1);
    }
  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < table->n_columns; c++)
      {
        const TrappaCell *cell = trappa_table_get_cell (table, r, c);
        g_autofree char *text = trappa_cell_to_text (cell);
        gboolean numeric = cell->kind != TRAPPA_CELL_TEXT && cell->kind != TRAPPA_CELL_DATE;

        if (trappa_table_get_row_kind (table, r) == TRAPPA_ROW_GROUP)
          {
            /* A group's name across the table, over the rows it heads. */
            GtkWidget *label = cell_label (text, FALSE, FALSE);

            gtk_label_set_max_width_chars (GTK_LABEL (label), -1);
            gtk_widget_add_css_class (label, "caption-heading");
            gtk_grid_attach (GTK_GRID (grid), label, 0, r + 1, table->n_columns, 1);
            break;
          }
        gtk_grid_attach (GTK_GRID (grid), cell_label (text, numeric, trappa_table_row_is_total (table, r)),
                         c, r + 1, 1, 1);
      }
  return grid;
}
