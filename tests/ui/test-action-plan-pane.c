/* test-action-plan-pane.c: the Action Plan pane shows Alver's target
 * areas and the model's totals; Roll asks, moves the window one year,
 * and undo puts it back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "trappa-action-plan-table.h"
#include "trappa-format.h"
#include "trappa-plan-file.h"
#include "ui-test-util.h"

/* The last grid below @root: the sums, after the target areas. */
static GtkWidget *
last_grid (GtkWidget *root)
{
  GtkWidget *found = GTK_IS_GRID (root) ? root : NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *grid = last_grid (child);

      if (grid != NULL)
        found = grid;
    }
  return found;
}

/* The sum row of the sums grid ends with the cost of each year. */
static void
assert_year_totals (GtkWidget  *pane,
                    TrappaPlan *plan)
{
  g_autoptr(TrappaActionPlan) model = trappa_action_plan_new (plan, TRUE);
  GtkGrid *grid = GTK_GRID (last_grid (pane));
  int last_row = 0;
  int last_column = 0;

  g_assert_nonnull (grid);
  while (gtk_grid_get_child_at (grid, 0, last_row + 1) != NULL)
    last_row++;
  while (gtk_grid_get_child_at (grid, last_column + 1, 0) != NULL)
    last_column++;
  for (int y = 0; y < TRAPPA_ACTION_PLAN_YEARS; y++)
    {
      gint64 total = model->total[TRAPPA_COST_INVESTMENT][y] + model->total[TRAPPA_COST_OPERATING][y];
      g_autofree char *expected = trappa_format_count (total);
      GtkWidget *cell = gtk_grid_get_child_at (grid, last_column - TRAPPA_ACTION_PLAN_YEARS + 1 + y, last_row);

      g_assert_true (GTK_IS_LABEL (cell));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (cell)), ==, expected);
    }
}

/* The pane's bar (title, filter, Roll) is the first row of its box. */
static void
click_roll (GtkWidget *pane)
{
  GtkWidget *bar = gtk_widget_get_first_child (gtk_widget_get_first_child (pane));
  GtkWidget *roll = gtk_widget_get_last_child (bar);

  g_assert_true (GTK_IS_BUTTON (roll));
  g_assert_true (gtk_widget_is_sensitive (roll));
  g_signal_emit_by_name (roll, "clicked");
}

static void
test_action_plan_pane (void)
{
  g_autofree char *path = g_build_filename (SOURCE_EXAMPLESDIR, "alver.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TrappaWindow *window = trappa_window_new (NULL);
  TrappaPlan *plan;
  GtkWidget *pane;
  gint64 first;
  g_autoptr(TrappaActionPlan) before = NULL;

  gtk_window_present (GTK_WINDOW (window));
  trappa_window_open (window, file);
  ui_test_wait_document (trappa_window_get_document (window));
  pane = ui_test_show_pane (window, "action-plan");
  ui_test_settle (GTK_WIDGET (window));
  plan = trappa_document_get_plan (trappa_window_get_document (window));
  first = trappa_action_plan_first_year (plan);
  g_assert_cmpint (first, >, 0);

  /* Every target area of Alver that has measures, by name. */
  before = trappa_action_plan_new (plan, TRUE);
  g_assert_cmpuint (before->areas->len, >, 1);
  for (guint i = 0; i < before->areas->len; i++)
    g_assert_true (ui_test_has_label (pane, trappa_action_plan_area_name (before->areas->pdata[i])));
  assert_year_totals (pane, plan);

  /* Roll asks first: Cancel changes nothing. */
  click_roll (pane);
  g_assert_nonnull (ui_test_find_dialog ());
  ui_test_respond ("cancel");
  g_assert_cmpint (trappa_action_plan_first_year (plan), ==, first);

  click_roll (pane);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (ui_test_find_dialog ()))),
                         "Revised with the economy plan");
  ui_test_respond ("roll");
  ui_test_settle (GTK_WIDGET (window));
  g_assert_cmpint (trappa_action_plan_first_year (plan), ==, first + 1);
  assert_year_totals (pane, plan);

  g_assert_true (trappa_plan_undo (plan));
  ui_test_settle (GTK_WIDGET (window));
  g_assert_cmpint (trappa_action_plan_first_year (plan), ==, first);
  assert_year_totals (pane, plan);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_run_for (50);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  trappa_plan_file_init ();
  g_test_add_func ("/trappa/ui/action-plan-pane", test_action_plan_pane);
  return g_test_run ();
}
