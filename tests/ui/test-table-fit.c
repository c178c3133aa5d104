/* test-table-fit.c: tables at 1024 × 768, under Xvfb
 *
 * In the Measures pane of the example plan the key columns (title,
 * responsible, deadline, both costs) are in view and the selected
 * measure's form is whole, not scrolled or squashed; a text cell that is
 * not being edited ends its text in "…" where it is cut, and shows it
 * whole while edited. The Coverage table and both staircases' Steps
 * tables in Nynorsk and Bokmål: their key columns (every coverage column,
 * ratios included; a step's name, units today and need) in view, and no
 * column narrower than its title's longest word.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <libintl.h>
#include <locale.h>

#include "trappa-measures-pane.h"
#include "trappa-window.h"
#include "ui-test-util.h"

/* The label over a text cell's entry, or NULL. */
static GtkLabel *
cover_of (TrappaRecordCell *cell)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (cell)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      return GTK_LABEL (child);
  return NULL;
}

static TrappaWindow *
open_alver (void)
{
  g_autofree char *path = g_build_filename (SOURCE_EXAMPLESDIR, "alver.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TrappaWindow *window = trappa_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  gtk_window_present (GTK_WINDOW (window));
  trappa_window_open (window, file);
  ui_test_wait_document (trappa_window_get_document (window));
  ui_test_settle (GTK_WIDGET (window));
  return window;
}

static void
test_measures_key_columns (void)
{
  TrappaWindow *window = open_alver ();
  GtkWidget *pane = ui_test_show_pane (window, "measures");
  GtkColumnView *view = GTK_COLUMN_VIEW (ui_test_find_descendant (pane, GTK_TYPE_COLUMN_VIEW));
  GListModel *columns = gtk_column_view_get_columns (view);
  const char *key[] = { "Measure", "Responsible", "Deadline", "Investment (NOK)", "Annual cost (NOK)" };
  GtkWidget *form = ui_test_find_descendant (pane, GTK_TYPE_GRID);
  GtkWidget *scroller = gtk_widget_get_ancestor (form, GTK_TYPE_SCROLLED_WINDOW);
  int used = 0, natural = 0;

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1024);
  /* The key columns come first and fit the width shown. */
  for (guint i = 0; i < G_N_ELEMENTS (key); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, key[i]);
      used += gtk_column_view_column_get_fixed_width (column);
    }
  g_assert_cmpint (used, <=, gtk_widget_get_width (GTK_WIDGET (view)));

  /* The form of the selected measure is whole in its part of the pane. */
  gtk_widget_measure (form, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (form), NULL, &natural, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_height (scroller), >=, natural);
  g_assert_cmpint (gtk_widget_get_height (form) + gtk_widget_get_margin_top (form) + gtk_widget_get_margin_bottom (form),
                   >=, natural);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_run_for (50);
}

static void
test_text_cell_ellipsized (void)
{
  static const TrappaRecordColumn title = { "title", "Measure", 120, FALSE, NULL, NULL, FALSE };
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(TrappaMeasure) measure = trappa_measure_new ("Kvardagsrehabilitering i heile kommunen med eige team");
  GtkWidget *cell = trappa_record_cell_new (TRAPPA_TYPE_MEASURE, &title);
  GtkWidget *other = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *editor = trappa_record_cell_get_editor (TRAPPA_RECORD_CELL (cell));
  GtkLabel *cover = cover_of (TRAPPA_RECORD_CELL (cell));

  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_ITEM (measure));
  trappa_record_cell_bind (TRAPPA_RECORD_CELL (cell), plan, TRAPPA_ITEM (measure));
  gtk_widget_set_size_request (cell, 120, -1);
  gtk_widget_set_hexpand (cell, FALSE);
  gtk_box_append (GTK_BOX (box), cell);
  gtk_box_append (GTK_BOX (box), other);
  gtk_window_set_child (window, box);
  gtk_window_set_default_size (window, 200, 60);
  gtk_window_present (window);
  gtk_widget_grab_focus (other);
  ui_test_settle (GTK_WIDGET (window));

  /* Not edited: the label shows the text, cut after "…". */
  g_assert_nonnull (cover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (cover)));
  g_assert_cmpstr (gtk_label_get_text (cover), ==, "Kvardagsrehabilitering i heile kommunen med eige team");
  g_assert_cmpint (gtk_label_get_ellipsize (cover), ==, PANGO_ELLIPSIZE_END);
  g_assert_true (pango_layout_is_ellipsized (gtk_label_get_layout (cover)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (cover)), <=, gtk_widget_get_width (cell));
  g_assert_true (gtk_widget_has_css_class (editor, "trappa-covered"));

  /* Edited: the entry shows the whole text, typed changes follow. */
  gtk_widget_grab_focus (editor);
  ui_test_settle (GTK_WIDGET (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (cover)));
  g_assert_false (gtk_widget_has_css_class (editor, "trappa-covered"));
  gtk_editable_set_text (GTK_EDITABLE (editor), "Kort");
  gtk_widget_grab_focus (other);
  ui_test_settle (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (cover)));
  g_assert_cmpstr (gtk_label_get_text (cover), ==, "Kort");
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (measure), "title"), ==, "Kort");
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (cover)));

  gtk_window_destroy (window);
  ui_test_run_for (50);
}

/* gettext reads LANGUAGE again only once its text domain changes. */
static void
set_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  textdomain ("trappa-test-table-fit");
  textdomain (GETTEXT_PACKAGE);
}

typedef struct
{
  const char *pane;
  guint       table;    /* the pane's nth table */
  guint       n_key;    /* its first columns that must show */
} KeyColumns;

/* The @n-th column view below @root, in the order of the widget tree. */
static GtkColumnView *
nth_view (GtkWidget *root,
          guint     *n)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkColumnView *found;

      if (GTK_IS_COLUMN_VIEW (child) && (*n)-- == 0)
        return GTK_COLUMN_VIEW (child);
      found = nth_view (child, n);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_key_columns (gconstpointer data)
{
  const char *language = data;
  static const KeyColumns tables[] = {
    { "population", 1, 5 },   /* age bands, then coverage */
    { "housing", 0, 3 },
    { "activity", 0, 3 },
  };
  TrappaWindow *window;

  set_language (language);
  window = open_alver ();
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      GtkWidget *pane = ui_test_show_pane (window, tables[t].pane);
      guint n = tables[t].table;
      GtkColumnView *view = nth_view (pane, &n);
      GListModel *columns;
      int used = 0;

      g_assert_nonnull (view);
      ui_test_settle (GTK_WIDGET (window));
      columns = gtk_column_view_get_columns (view);
      for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
          g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (view), NULL);
          g_auto(GStrv) words = g_strsplit (gtk_column_view_column_get_title (column), " ", -1);

          g_test_message ("%s %s: %s %d", language, tables[t].pane, gtk_column_view_column_get_title (column),
                          gtk_column_view_column_get_fixed_width (column));
          /* Translated: no English title left. */
          if (i == 0)
            g_assert_false (g_str_has_prefix (gtk_column_view_column_get_title (column), "Step") ||
                            g_str_has_prefix (gtk_column_view_column_get_title (column), "Service"));
          for (guint w = 0; words[w] != NULL; w++)
            {
              int width;

              pango_layout_set_text (layout, words[w], -1);
              pango_layout_get_pixel_size (layout, &width, NULL);
              g_assert_cmpint (gtk_column_view_column_get_fixed_width (column), >=, width * 0.9);
            }
          if (i < tables[t].n_key)
            used += gtk_column_view_column_get_fixed_width (column);
        }
      g_assert_cmpint (used, <=, gtk_widget_get_width (GTK_WIDGET (view)));
    }
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_run_for (50);
  set_language ("C");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) style = NULL;

  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  adw_init ();
  style = gtk_css_provider_new ();
  /* The application's style, as AdwApplication loads it: sizes depend on it. */
  gtk_css_provider_load_from_resource (style, "/no/trappa/Trappa/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (style),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add_func ("/trappa/ui/table-fit/measures-key-columns", test_measures_key_columns);
  g_test_add_func ("/trappa/ui/table-fit/text-cell-ellipsized", test_text_cell_ellipsized);
  g_test_add_data_func ("/trappa/ui/table-fit/key-columns-nn", "nn", test_key_columns);
  g_test_add_data_func ("/trappa/ui/table-fit/key-columns-nb", "nb", test_key_columns);
  return g_test_run ();
}
