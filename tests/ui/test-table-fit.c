/* test-table-fit.c: tables at 1024 × 768, under Xvfb
 *
 * In the Measures pane of the example plan the key columns (title,
 * responsible, deadline, both costs) are in view and the selected
 * measure's form is whole, not scrolled or squashed; a text cell that is
 * not being edited ends its text in "…" where it is cut, and shows it
 * whole while edited.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) style = NULL;

  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  style = gtk_css_provider_new ();
  /* The application's style, as AdwApplication loads it: sizes depend on it. */
  gtk_css_provider_load_from_resource (style, "/no/trappa/Trappa/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (style),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add_func ("/trappa/ui/table-fit/measures-key-columns", test_measures_key_columns);
  g_test_add_func ("/trappa/ui/table-fit/text-cell-ellipsized", test_text_cell_ellipsized);
  return g_test_run ();
}
