/* trappa-figures-grid.c: a read-only grid of figures under a heading row
 *
 * The Needs and Gap pane's figures and the mapping table's sums per step.
 * Filled anew after each edit, it keeps the labels at the places filled
 * again and sets their text, so an edit costs a few texts set, not a grid
 * of new labels measured and laid out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-figures-grid"

#include "trappa-figures-grid.h"
#include "trappa-format.h"

/* The labels attached since trappa_figures_grid_begin(), and the last
 * of them: the labels stay in the order they are attached, the order a
 * screen reader reads them in. And the labels there were at begin by
 * their place: gtk_grid_get_child_at() walks every child, which made
 * filling a grid of a thousand figures take a million steps. */
#define KEPT_KEY   "trappa-figures-kept"
#define LAST_KEY   "trappa-figures-last"
#define PLACES_KEY "trappa-figures-places"

static gpointer
place_key (int column,
           int row)
{
  return GINT_TO_POINTER (row * 1024 + column);
}

void
trappa_figures_grid_begin (GtkGrid *grid)
{
  GHashTable *places = g_hash_table_new (NULL, NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (grid)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int column, row;

      gtk_grid_query_child (grid, child, &column, &row, NULL, NULL);
      g_hash_table_insert (places, place_key (column, row), child);
    }
  g_object_set_data_full (G_OBJECT (grid), PLACES_KEY, places, (GDestroyNotify) g_hash_table_unref);
  g_object_set_data_full (G_OBJECT (grid), KEPT_KEY, g_hash_table_new (NULL, NULL),
                          (GDestroyNotify) g_hash_table_unref);
  g_object_set_data (G_OBJECT (grid), LAST_KEY, NULL);
}

void
trappa_figures_grid_end (GtkGrid *grid)
{
  GHashTable *kept = g_object_get_data (G_OBJECT (grid), KEPT_KEY);
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (grid));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (kept == NULL || !g_hash_table_contains (kept, child))
        gtk_grid_remove (grid, child);
      child = next;
    }
  g_object_set_data (G_OBJECT (grid), PLACES_KEY, NULL);
  g_object_set_data (G_OBJECT (grid), KEPT_KEY, NULL);
  g_object_set_data (G_OBJECT (grid), LAST_KEY, NULL);
}

static void
keep (GtkGrid   *grid,
      GtkWidget *label)
{
  gtk_widget_insert_after (label, GTK_WIDGET (grid), g_object_get_data (G_OBJECT (grid), LAST_KEY));
  g_object_set_data (G_OBJECT (grid), LAST_KEY, label);
  g_hash_table_add (g_object_get_data (G_OBJECT (grid), KEPT_KEY), label);
}

/* A label of the same kind already at the place takes the new text. */
static gboolean
reuse_label (GtkGrid    *grid,
             const char *text,
             int         column,
             int         row,
             gboolean    numeric)
{
  GHashTable *places = g_object_get_data (G_OBJECT (grid), PLACES_KEY);
  GtkWidget *child = g_hash_table_lookup (places, place_key (column, row));

  if (child == NULL)
    return FALSE;
  g_hash_table_remove (places, place_key (column, row));
  if (gtk_widget_has_css_class (child, "numeric") != numeric)
    {
      gtk_grid_remove (grid, child);
      return FALSE;
    }
  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) != 0)
    gtk_label_set_text (GTK_LABEL (child), text);
  keep (grid, child);
  return TRUE;
}

void
trappa_figures_grid_attach (GtkGrid    *grid,
                            const char *text,
                            int         column,
                            int         row,
                            gboolean    numeric)
{
  GtkWidget *label;

  g_return_if_fail (g_object_get_data (G_OBJECT (grid), KEPT_KEY) != NULL);

  if (reuse_label (grid, text, column, row, numeric))
    return;
  label = gtk_label_new (text);
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
  keep (grid, label);
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
