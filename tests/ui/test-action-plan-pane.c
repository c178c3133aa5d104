/* test-action-plan-pane.c: the Action Plan pane shows Alver's target
 * areas and the model's totals; Roll asks, moves the window one year,
 * adds a row to the Plan pane's revisions, and undo puts both back; the
 * Plan pane edits the action plan's first year within the plan period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "trappa-action-plan-revisions.h"
#include "trappa-action-plan-roll.h"
#include "trappa-action-plan-table.h"
#include "trappa-format.h"
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
static GtkWidget *
roll_button (GtkWidget *pane)
{
  return gtk_widget_get_last_child (gtk_widget_get_first_child (gtk_widget_get_first_child (pane)));
}

static void
click_roll (GtkWidget *pane)
{
  GtkWidget *roll = roll_button (pane);

  g_assert_true (GTK_IS_BUTTON (roll));
  g_assert_true (gtk_widget_is_sensitive (roll));
  g_signal_emit_by_name (roll, "clicked");
}

/* The first label below @root that begins with @prefix, or NULL. */
static GtkWidget *
find_label_starting (GtkWidget  *root,
                     const char *prefix)
{
  if (GTK_IS_LABEL (root) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (root)), prefix))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_starting (child, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_label_starting (GtkWidget  *root,
                    const char *prefix)
{
  return find_label_starting (root, prefix) != NULL;
}

static guint
count_rows (GtkWidget *root)
{
  guint n = ADW_IS_ACTION_ROW (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_rows (child);
  return n;
}

/* The rows of the Plan pane's list of revisions. */
static guint
count_revision_rows (GtkWidget *plan_pane)
{
  return count_rows (ui_test_find_descendant (plan_pane, TRAPPA_TYPE_ACTION_PLAN_REVISIONS));
}

static void
test_action_plan_pane (void)
{
  TrappaWindow *window = ui_test_open_alver ();
  TrappaPlan *plan = trappa_document_get_plan (trappa_window_get_document (window));
  GtkWidget *pane = ui_test_show_pane (window, "action-plan");
  gint64 first;
  g_autoptr(TrappaActionPlan) before = NULL;

  ui_test_settle (GTK_WIDGET (window));
  first = trappa_action_plan_first_year (plan);
  g_assert_cmpint (first, >, 0);

  /* Every target area of Alver that has measures, by name. */
  before = trappa_action_plan_new (plan, TRUE);
  g_assert_cmpuint (before->areas->len, >, 1);
  for (guint i = 0; i < before->areas->len; i++)
    g_assert_true (ui_test_has_label (pane, trappa_action_plan_area_name (before->areas->pdata[i])));
  assert_year_totals (pane, plan);

  /* A strategy heads its measures across the whole table. */
  {
    GtkWidget *strategy = find_label_starting (pane, "Strategy: ");
    GtkWidget *grid = gtk_widget_get_parent (strategy);
    int width = 0;
    int columns = 0;

    g_assert_true (GTK_IS_GRID (grid));
    gtk_grid_query_child (GTK_GRID (grid), strategy, NULL, NULL, &width, NULL);
    while (gtk_grid_get_child_at (GTK_GRID (grid), columns, 0) != NULL)
      columns++;
    g_assert_cmpint (columns, >, 4);
    g_assert_cmpint (width, ==, columns);
  }

  /* Roll asks first: Cancel changes nothing. */
  click_roll (pane);
  g_assert_nonnull (ui_test_find_dialog ());
  ui_test_respond ("cancel");
  g_assert_cmpint (trappa_action_plan_first_year (plan), ==, first);

  click_roll (pane);
  {
    AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (ui_test_find_dialog ());
    g_auto(GStrv) done = trappa_action_plan_newly_done (plan);

    /* The dialog names the measures that will leave the plan as done. */
    g_assert_cmpuint (g_strv_length (done), >, 0);
    for (guint i = 0; done[i] != NULL; i++)
      g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                                trappa_item_get_string (trappa_plan_lookup (plan, done[i]), "title")));
    gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)),
                           "Revised with the economy plan");
  }
  ui_test_respond ("roll");
  ui_test_settle (GTK_WIDGET (window));
  g_assert_cmpint (trappa_action_plan_first_year (plan), ==, first + 1);
  assert_year_totals (pane, plan);

  /* The Plan pane lists the revision: its date, the years before and
   * after, and its text. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *iso = g_date_time_format (now, "%Y-%m-%d");
    g_autofree char *date = trappa_format_date (iso);
    g_autofree char *title = g_strdup_printf ("Rolled %s: from %d–%d to %d–%d", date, (int) first, (int) first + 3,
                                              (int) first + 1, (int) first + 4);
    GtkWidget *plan_pane = ui_test_show_pane (window, "plan");

    ui_test_settle (GTK_WIDGET (window));
    g_assert_cmpuint (count_revision_rows (plan_pane), ==, 1);
    g_assert_true (ui_test_has_label (plan_pane, title));
    g_assert_true (has_label_starting (plan_pane, "Revised with the economy plan\nMeasures done: "));

    g_assert_true (trappa_plan_undo (plan));
    ui_test_settle (GTK_WIDGET (window));
    g_assert_cmpuint (count_revision_rows (plan_pane), ==, 0);
    g_assert_false (ui_test_has_label (plan_pane, title));
  }

  pane = ui_test_show_pane (window, "action-plan");
  ui_test_settle (GTK_WIDGET (window));
  g_assert_cmpint (trappa_action_plan_first_year (plan), ==, first);
  assert_year_totals (pane, plan);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_run_for (50);
}

/* The action plan's first year in the Plan pane: a year outside the
 * plan period is refused at the field, one inside it moves the action
 * plan, and undo moves it back. */
static void
test_first_year_in_plan_pane (void)
{
  TrappaWindow *window = ui_test_open_alver ();
  TrappaPlan *plan = trappa_document_get_plan (trappa_window_get_document (window));
  GtkWidget *pane = ui_test_show_pane (window, "plan");
  TrappaRecordCell *cell;
  gint64 end;

  ui_test_settle (GTK_WIDGET (window));
  end = trappa_item_get_int (TRAPPA_ITEM (plan), "period-end");
  g_assert_cmpint (trappa_action_plan_first_year (plan), ==, 2025);
  cell = ui_test_find_cell (pane, TRAPPA_ITEM (plan), "action-plan-start");
  g_assert_nonnull (cell);

  ui_test_type_in_cell (cell, "2040");
  g_assert_nonnull (trappa_record_cell_get_error (cell));
  g_assert_true (has_label_starting (pane, "The action plan starts in 2040, after the plan period ends"));
  g_assert_cmpint (trappa_action_plan_first_year (plan), ==, 2025);
  g_assert_false (trappa_plan_get_can_undo (plan));

  ui_test_type_in_cell (cell, "2027");
  g_assert_null (trappa_record_cell_get_error (cell));
  g_assert_cmpint (trappa_action_plan_first_year (plan), ==, 2027);
  g_assert_cmpint (end, >, 2027);

  /* At the period's last year there is no next year to roll on to. */
  ui_test_type_in_cell (cell, "2035");
  g_assert_null (trappa_record_cell_get_error (cell));
  {
    GtkWidget *action_plan = ui_test_show_pane (window, "action-plan");
    GtkWidget *roll = roll_button (action_plan);

    ui_test_settle (GTK_WIDGET (window));
    g_assert_false (gtk_widget_get_sensitive (roll));
    g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (roll), "2035"));
    g_assert_true (trappa_plan_undo (plan));
    ui_test_settle (GTK_WIDGET (window));
    g_assert_true (gtk_widget_get_sensitive (roll));
  }

  g_assert_true (trappa_plan_undo (plan));
  ui_test_settle (GTK_WIDGET (window));
  g_assert_cmpint (trappa_action_plan_first_year (plan), ==, 2025);
  g_assert_false (trappa_plan_get_can_undo (plan));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_run_for (50);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);
  g_test_add_func ("/trappa/ui/action-plan-pane", test_action_plan_pane);
  g_test_add_func ("/trappa/ui/action-plan-pane/first-year", test_first_year_in_plan_pane);
  return g_test_run ();
}
