/* trappa-table-grid.c: a TrappaTable shown read-only
 *
 * For figures that are derived, not edited (the action plan's rows and
 * sums): the cells are texts as the report writes them. A grid is
 * updated in place when the table keeps its shape, so an edit that
 * changes one figure sets one label instead of building thousands.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-table-grid"

#include "trappa-table-grid.h"

/* What a grid was built for: its columns' titles, and per row its kind
 * and which cells are figures. */
#define SHAPE_KEY "trappa-table-shape"

static gboolean
cell_is_numeric (const TrappaCell *cell)
{
  return cell->kind != TRAPPA_CELL_TEXT && cell->kind != TRAPPA_CELL_DATE;
}

/* A column is numeric when its first row of figures is: headers of
 * figures sit over them. */
static gboolean
column_is_numeric (TrappaTable *table,
                   guint        column)
{
  guint n_rows = trappa_table_get_n_rows (table);
  guint figures = 0;

  while (figures < n_rows && trappa_table_get_row_kind (table, figures) == TRAPPA_ROW_GROUP)
    figures++;
  return figures < n_rows && cell_is_numeric (trappa_table_get_cell (table, figures, column));
}

static char *
shape_of (TrappaTable *table)
{
  GString *shape = g_string_new (NULL);
  guint n_rows = trappa_table_get_n_rows (table);

  for (guint c = 0; c < table->n_columns; c++)
    g_string_append_printf (shape, "%s%c\x1f", table->header[c], column_is_numeric (table, c) ? 'n' : 't');
  for (guint r = 0; r < n_rows; r++)
    {
      TrappaRowKind kind = trappa_table_get_row_kind (table, r);

      g_string_append_c (shape, kind == TRAPPA_ROW_GROUP ? 'g' : kind == TRAPPA_ROW_TOTAL ? 's' : 'p');
      for (guint c = 0; kind != TRAPPA_ROW_GROUP && c < table->n_columns; c++)
        g_string_append_c (shape, cell_is_numeric (trappa_table_get_cell (table, r, c)) ? 'n' : 't');
    }
  return g_string_free (shape, FALSE);
}

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

static void
attach_cell (GtkGrid     *grid,
             TrappaTable *table,
             guint        row,
             guint        column,
             const char  *text)
{
  GtkWidget *label;

  if (trappa_table_get_row_kind (table, row) == TRAPPA_ROW_GROUP)
    {
      /* A group's name across the table, over the rows it heads. */
      label = cell_label (text, FALSE, FALSE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), -1);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_grid_attach (grid, label, 0, row + 1, table->n_columns, 1);
      return;
    }
  label = cell_label (text, cell_is_numeric (trappa_table_get_cell (table, row, column)),
                      trappa_table_row_is_total (table, row));
  gtk_grid_attach (grid, label, column, row + 1, 1, 1);
}

/* The cells in the order they are attached (a group row has one label):
 * attached to @grid, or with @child, the first cell's label, set where
 * their text differs. */
static void
fill_cells (GtkGrid     *grid,
            TrappaTable *table,
            GtkWidget   *child)
{
  guint n_rows = trappa_table_get_n_rows (table);

  for (guint r = 0; r < n_rows; r++)
    {
      guint n_cells = trappa_table_get_row_kind (table, r) == TRAPPA_ROW_GROUP ? 1 : table->n_columns;

      for (guint c = 0; c < n_cells; c++)
        {
          g_autofree char *text = trappa_cell_to_text (trappa_table_get_cell (table, r, c));

          if (child == NULL)
            attach_cell (grid, table, r, c, text);
          else
            {
              if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) != 0)
                gtk_label_set_text (GTK_LABEL (child), text);
              child = gtk_widget_get_next_sibling (child);
            }
        }
    }
}

GtkWidget *
trappa_table_grid_new (TrappaTable *table)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  for (guint c = 0; c < table->n_columns; c++)
    gtk_grid_attach (GTK_GRID (grid), cell_label (table->header[c], column_is_numeric (table, c), TRUE), c, 0, 1, 1);
  fill_cells (GTK_GRID (grid), table, NULL);
  g_object_set_data_full (G_OBJECT (grid), SHAPE_KEY, shape_of (table), g_free);
  return grid;
}

gboolean
trappa_table_grid_update (GtkWidget   *grid,
                          TrappaTable *table)
{
  g_autofree char *shape = NULL;
  GtkWidget *child;

  g_return_val_if_fail (GTK_IS_GRID (grid), FALSE);

  shape = shape_of (table);
  if (g_strcmp0 (shape, g_object_get_data (G_OBJECT (grid), SHAPE_KEY)) != 0)
    return FALSE;
  /* Past the header, which the shape holds. */
  child = gtk_widget_get_first_child (grid);
  for (guint c = 0; c < table->n_columns; c++)
    child = gtk_widget_get_next_sibling (child);
  if (child != NULL)
    fill_cells (GTK_GRID (grid), table, child);
  return TRUE;
}
