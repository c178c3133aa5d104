/* test-needs-choice.c: the staircases' "Need in" year, under Xvfb
 *
 * Alver in a window: the housing pane's steps table and staircase chart
 * show the needs model's figure for the chosen year (by default the plan
 * period's end), both follow a new year, and the activity pane shows the
 * year chosen in the housing pane.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "trappa-chart-view.h"
#include "trappa-format.h"
#include "trappa-needs-choice.h"
#include "trappa-needs-figures.h"
#include "trappa-plan-file.h"
#include "trappa-staircase-layout.h"
#include "trappa-window-private.h"
#include "ui-test-util.h"

/* The need column's cell of @item below @root. */
static GtkWidget *
need_cell (GtkWidget  *root,
           TrappaItem *item)
{
  if (TRAPPA_IS_RECORD_CELL (root))
    {
      const TrappaRecordColumn *column = g_object_get_data (G_OBJECT (root), "trappa-column");

      return trappa_record_cell_get_item (TRAPPA_RECORD_CELL (root)) == item &&
             column->text_func == trappa_needs_choice_step_need ? root : NULL;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = need_cell (child, item);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char *
need_text (GtkWidget  *pane,
           TrappaItem *step)
{
  GtkWidget *cell = need_cell (pane, step);

  g_assert_nonnull (cell);
  return gtk_label_get_text (GTK_LABEL (trappa_record_cell_get_editor (TRAPPA_RECORD_CELL (cell))));
}

/* Every step of @kind: its need column and its place in the chart hold
 * the needs model's need with adopted measures in @year. */
static void
assert_pane_shows (GtkWidget  *pane,
                   TrappaPlan *plan,
                   const char *kind,
                   gint64      year)
{
  g_autoptr(TrappaNeedsFigures) figures = trappa_needs_figures_get (plan, NULL, NULL);
  TrappaChartView *chart = TRAPPA_CHART_VIEW (ui_test_find_descendant (pane, TRAPPA_TYPE_CHART_VIEW));
  TrappaStaircaseLayout *layout;
  GListModel *steps = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (trappa_plan_get_staircase (plan, kind)),
                                                          "steps"));
  guint known = 0;

  ui_test_settle (pane);
  layout = trappa_chart_view_get_layout (chart);
  g_assert_nonnull (layout);
  g_assert_cmpuint (layout->steps->len, ==, g_list_model_get_n_items (steps));
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(TrappaItem) step = g_list_model_get_item (steps, i);
      const TrappaNeedsYear *y = trappa_needs_step_get_year (trappa_needs_figures_get_step (figures, trappa_item_get_id (step)), year);
      TrappaStepLayout *sl = g_ptr_array_index (layout->steps, trappa_staircase_layout_find (layout, trappa_item_get_id (step)));

      g_assert_nonnull (y);
      g_assert_cmpint (sl->figures.year, ==, year);
      g_assert_cmpint (sl->figures.demand_known, ==, y->known);
      if (y->known)
        {
          g_autofree char *expected = trappa_format_count (y->need_adopted);

          g_assert_cmpstr (need_text (pane, step), ==, expected);
          g_assert_cmpint (sl->figures.demand, ==, y->need_adopted);
          known++;
        }
      else
        g_assert_cmpstr (need_text (pane, step), ==, "–");
    }
  g_assert_cmpuint (known, >, 0);
}

/* Opens Alver in @window and waits until it is read (a slow build, e.g.
 * under ASan, reads it after the first frames). */
static TrappaPlan *
open_alver (TrappaWindow *window)
{
  g_autofree char *example = g_build_filename (SOURCE_EXAMPLESDIR, "alver.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (example);
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  TrappaPlan *plan;

  trappa_window_open (window, file);
  while ((plan = trappa_document_get_plan (trappa_window_get_document (window))) == NULL ||
         g_strcmp0 (trappa_item_get_string (TRAPPA_ITEM (plan), "municipality"), "Alver") != 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  ui_test_settle (GTK_WIDGET (window));
  return plan;
}

static void
test_year (void)
{
  TrappaWindow *window = trappa_window_new (NULL);
  GtkWidget *housing, *activity;
  TrappaNeedsChoice *choice;
  GtkSpinButton *year;
  TrappaPlan *plan;
  gint64 period_end, base_year;
  GtkWidget *column_view;
  g_autoptr(GtkColumnViewColumn) column = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
  gtk_window_present (GTK_WINDOW (window));
  plan = open_alver (window);
  housing = trappa_window_get_pane (window, "housing");
  gtk_stack_set_visible_child_name (window->stack, "housing");
  ui_test_settle (GTK_WIDGET (window));
  period_end = trappa_item_get_int (TRAPPA_ITEM (plan), "period-end");
  base_year = trappa_item_get_int (TRAPPA_ITEM (plan), "base-year");

  choice = TRAPPA_NEEDS_CHOICE (ui_test_find_descendant (housing, TRAPPA_TYPE_NEEDS_CHOICE));
  year = GTK_SPIN_BUTTON (ui_test_find_descendant (GTK_WIDGET (choice), GTK_TYPE_SPIN_BUTTON));
  g_assert_cmpstr (trappa_needs_choice_get_scenario (choice), ==, "MMMM");
  g_assert_cmpint (trappa_needs_choice_get_year (choice), ==, period_end);
  assert_pane_shows (housing, plan, TRAPPA_STAIRCASE_HOUSING, period_end);
  column_view = ui_test_find_descendant (housing, GTK_TYPE_COLUMN_VIEW);
  column = g_list_model_get_item (gtk_column_view_get_columns (GTK_COLUMN_VIEW (column_view)), 2);
  g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, "Need in 2035");

  /* The base year: the need is units today + uncovered need now. */
  gtk_spin_button_set_value (year, base_year);
  assert_pane_shows (housing, plan, TRAPPA_STAIRCASE_HOUSING, base_year);
  g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, "Need in 2023");
  /* No year outside what the model covers. */
  gtk_spin_button_set_value (year, base_year - 5);
  g_assert_cmpint (trappa_needs_choice_get_year (choice), ==, base_year);

  /* The activity staircase shows the same year. */
  gtk_spin_button_set_value (year, 2030);
  activity = trappa_window_get_pane (window, "activity");
  gtk_stack_set_visible_child_name (window->stack, "activity");
  ui_test_settle (activity);
  g_assert_cmpint (trappa_needs_choice_get_year (TRAPPA_NEEDS_CHOICE (ui_test_find_descendant (activity, TRAPPA_TYPE_NEEDS_CHOICE))),
                   ==, 2030);
  assert_pane_shows (activity, plan, TRAPPA_STAIRCASE_ACTIVITY, 2030);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_run_for (50);
}

static const char *
grid_text (GtkGrid *grid,
           int      column,
           int      row)
{
  GtkWidget *label = gtk_grid_get_child_at (grid, column, row);

  return label != NULL ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

/* Under the mapping table, its sums per step beside the model's
 * base-year need: Kommunal utleigebustad's rows hold 60 + 90 + 30 units
 * and 5 + 12 uncovered, so its need in 2023 is 197; Bustad med
 * oppfølging's one row 40 + 8 = 48. */
static void
test_mapping_sums (void)
{
  TrappaWindow *window = trappa_window_new (NULL);
  GtkWidget *housing;
  GtkGrid *sums;

  gtk_window_present (GTK_WINDOW (window));
  open_alver (window);
  housing = trappa_window_get_pane (window, "housing");
  ui_test_settle (GTK_WIDGET (window));
  sums = GTK_GRID (ui_test_find_descendant (housing, GTK_TYPE_GRID));
  g_assert_nonnull (sums);
  g_assert_cmpstr (grid_text (sums, 5, 0), ==, "Need in 2023");
  g_assert_cmpstr (grid_text (sums, 0, 1), ==, "Kommunal utleigebustad");
  g_assert_cmpstr (grid_text (sums, 1, 1), ==, "180");
  g_assert_cmpstr (grid_text (sums, 2, 1), ==, "17");
  g_assert_cmpstr (grid_text (sums, 3, 1), ==, "50");
  g_assert_cmpstr (grid_text (sums, 5, 1), ==, "197");
  g_assert_cmpstr (grid_text (sums, 0, 2), ==, "Bustad med oppfølging");
  g_assert_cmpstr (grid_text (sums, 5, 2), ==, "48");
  /* Five steps have rows; Ordinær bustad none. */
  g_assert_nonnull (grid_text (sums, 0, 5));
  g_assert_null (grid_text (sums, 0, 6));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_run_for (50);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  trappa_plan_file_init ();

  g_test_add_func ("/trappa/ui/needs-choice/year", test_year);
  g_test_add_func ("/trappa/ui/needs-choice/mapping-sums", test_mapping_sums);
  return g_test_run ();
}
