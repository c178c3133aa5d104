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
#include "trappa-culled-grid.h"

/* The table shown, and its cells' labels in table order (one for a
 * group row). */
#define TABLE_KEY  "trappa-table-shown"
#define LABELS_KEY "trappa-table-labels"

static gboolean
cell_is_numeric (const TrappaCell *cell)
{
  return cell->kind != TRAPPA_CELL_TEXT && cell->kind != TRAPPA_CELL_DATE;
}

static gboolean
cells_equal (const TrappaCell *a,
             const TrappaCell *b)
{
  return a->kind == b->kind && a->number == b->number && a->decimals == b->decimals &&
         g_strcmp0 (a->text, b->text) == 0;
}

static guint
cells_in_row (TrappaTable *table,
              guint        row)
{
  return trappa_table_get_row_kind (table, row) == TRAPPA_ROW_GROUP ? 1 : table->n_columns;
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

/* Whether @b would be laid out as @a is: the same columns and titles,
 * kinds of rows, and figures where @a has them. */
static gboolean
same_shape (TrappaTable *a,
            TrappaTable *b)
{
  guint n_rows = trappa_table_get_n_rows (a);

  if (a->n_columns != b->n_columns || n_rows != trappa_table_get_n_rows (b))
    return FALSE;
  for (guint c = 0; c < a->n_columns; c++)
    if (g_strcmp0 (a->header[c], b->header[c]) != 0 || column_is_numeric (a, c) != column_is_numeric (b, c))
      return FALSE;
  for (guint r = 0; r < n_rows; r++)
    {
      if (trappa_table_get_row_kind (a, r) != trappa_table_get_row_kind (b, r))
        return FALSE;
      for (guint c = 0; c < cells_in_row (a, r); c++)
        if (cell_is_numeric (trappa_table_get_cell (a, r, c)) != cell_is_numeric (trappa_table_get_cell (b, r, c)))
          return FALSE;
    }
  return TRUE;
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

static GtkWidget *
attach_cell (GtkGrid     *grid,
             TrappaTable *table,
             guint        row,
             guint        column)
{
  const TrappaCell *cell = trappa_table_get_cell (table, row, column);
  g_autofree char *text = trappa_cell_to_text (cell);
  GtkWidget *label;

  if (trappa_table_get_row_kind (table, row) == TRAPPA_ROW_GROUP)
    {
      /* A group's name across the table, over the rows it heads. */
      label = cell_label (text, FALSE, FALSE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), -1);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_grid_attach (grid, label, 0, row + 1, table->n_columns, 1);
      return label;
    }
  label = cell_label (text, cell_is_numeric (cell), trappa_table_row_is_total (table, row));
  gtk_grid_attach (grid, label, column, row + 1, 1, 1);
  return label;
}

/* Builds @grid's labels for @table, which it keeps. */
static void
fill (GtkGrid     *grid,
      TrappaTable *table)
{
  GPtrArray *labels = g_ptr_array_new ();
  guint n_rows = trappa_table_get_n_rows (table);

  for (guint c = 0; c < table->n_columns; c++)
    gtk_grid_attach (grid, cell_label (table->header[c], column_is_numeric (table, c), TRUE), c, 0, 1, 1);
  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < cells_in_row (table, r); c++)
      g_ptr_array_add (labels, attach_cell (grid, table, r, c));
  g_object_set_data_full (G_OBJECT (grid), LABELS_KEY, labels, (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data_full (G_OBJECT (grid), TABLE_KEY, table, (GDestroyNotify) trappa_table_free);
}

GtkWidget *
trappa_table_grid_new (TrappaTable *table)
{
  /* Its labels are attached row by row, and the action plan's run to
   * thousands, most out of view. */
  GtkWidget *grid = trappa_culled_grid_new ();

  g_return_val_if_fail (table != NULL, NULL);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  fill (GTK_GRID (grid), table);
  return grid;
}

void
trappa_table_grid_show (GtkWidget   *grid,
                        TrappaTable *table)
{
  TrappaTable *shown;
  GPtrArray *labels;
  GtkWidget *child;
  guint n_rows, i = 0;

  g_return_if_fail (GTK_IS_GRID (grid));
  g_return_if_fail (table != NULL);

  shown = g_object_get_data (G_OBJECT (grid), TABLE_KEY);
  if (shown == NULL || !same_shape (shown, table))
    {
      while ((child = gtk_widget_get_first_child (grid)) != NULL)
        gtk_grid_remove (GTK_GRID (grid), child);
      fill (GTK_GRID (grid), table);
      return;
    }
  labels = g_object_get_data (G_OBJECT (grid), LABELS_KEY);
  n_rows = trappa_table_get_n_rows (table);
  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < cells_in_row (table, r); c++, i++)
      {
        const TrappaCell *cell = trappa_table_get_cell (table, r, c);

        if (!cells_equal (cell, trappa_table_get_cell (shown, r, c)))
          {
            g_autofree char *text = trappa_cell_to_text (cell);

            gtk_label_set_text (labels->pdata[i], text);
          }
      }
  g_object_set_data_full (G_OBJECT (grid), TABLE_KEY, table, (GDestroyNotify) trappa_table_free);
}
