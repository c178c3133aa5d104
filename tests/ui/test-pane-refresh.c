/* test-pane-refresh.c: a pane that updates what it shows in place after
 * an edit (the action plan's tables, the housing pane's sums per step,
 * the gap pane's figures) shows the same as the pane built afresh for
 * the edited plan: after a changed figure, a row or a block that goes,
 * one that comes back, and undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "trappa-action-plan-pane.h"
#include "trappa-gap-pane.h"
#include "trappa-housing-pane.h"
#include "ui-test-util.h"

/* Parts whose labels depend on scrolling or on what a popover shows. */
static gboolean
is_skipped (GtkWidget *widget)
{
  return GTK_IS_COLUMN_VIEW (widget) || GTK_IS_LIST_VIEW (widget) || GTK_IS_DROP_DOWN (widget) ||
         GTK_IS_BUTTON (widget) || GTK_IS_POPOVER (widget) || TRAPPA_IS_RECORD_CELL (widget);
}

/* Every label below @root in order: its text, its place in a grid, its
 * look and whether it is shown. */
static void
describe_labels (GtkWidget *root,
                 GString   *out)
{
  static const char * const classes[] = { "numeric", "heading", "caption-heading", "title-4", "dim-label" };

  if (is_skipped (root))
    return;
  if (GTK_IS_LABEL (root))
    {
      GtkWidget *parent = gtk_widget_get_parent (root);

      g_string_append_printf (out, "%s|%d", gtk_label_get_text (GTK_LABEL (root)), gtk_widget_get_visible (root));
      if (GTK_IS_GRID (parent))
        {
          int column, row, width, height;

          gtk_grid_query_child (GTK_GRID (parent), root, &column, &row, &width, &height);
          g_string_append_printf (out, "|%d,%d %dx%d", column, row, width, height);
        }
      for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
        if (gtk_widget_has_css_class (root, classes[i]))
          g_string_append_printf (out, " .%s", classes[i]);
      g_string_append_c (out, '\n');
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    describe_labels (child, out);
}

/* @pane, refreshed through the edits so far, shows what a new pane of its
 * kind shows for the plan. */
static void
assert_as_built (GtkWidget  *pane,
                 TrappaPlan *plan)
{
  GtkWidget *fresh = g_object_new (G_OBJECT_TYPE (pane), "plan", plan, NULL);
  GtkWindow *window = ui_test_window_new (fresh, 1400, 900);
  g_autoptr(GString) shown = g_string_new (NULL);
  g_autoptr(GString) built = g_string_new (NULL);

  ui_test_settle (pane);
  describe_labels (pane, shown);
  describe_labels (fresh, built);
  g_assert_cmpuint (built->len, >, 0);
  g_assert_cmpstr (shown->str, ==, built->str);
  ui_test_window_destroy (window);
}

static TrappaItem *
item_at (TrappaItem *parent,
         const char *list_name,
         guint       position)
{
  g_autoptr(TrappaItem) item = g_list_model_get_item (G_LIST_MODEL (trappa_item_get_list (parent, list_name)),
                                                      position);

  g_assert_nonnull (item);
  return item;  /* the plan holds it */
}

static void
set_int (TrappaPlan *plan,
         TrappaItem *item,
         const char *field,
         gint64      value)
{
  trappa_plan_begin_edit (plan, "Edit");
  g_assert_true (trappa_plan_set_int (plan, item, field, value, NULL));
  trappa_plan_end_edit (plan);
}

static void
set_string (TrappaPlan *plan,
            TrappaItem *item,
            const char *field,
            const char *value)
{
  trappa_plan_begin_edit (plan, "Edit");
  g_assert_true (trappa_plan_set_string (plan, item, field, value, NULL));
  trappa_plan_end_edit (plan);
}

/* Removes, in one step, the records of @list_name whose @field is @value. */
static void
remove_where (TrappaPlan *plan,
              const char *list_name,
              const char *field,
              const char *value)
{
  GListModel *list = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), list_name));
  guint removed = 0;

  trappa_plan_begin_edit (plan, "Remove");
  for (guint i = g_list_model_get_n_items (list); i-- > 0;)
    {
      g_autoptr(TrappaItem) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (trappa_item_get_string (item, field), value) == 0)
        {
          trappa_plan_remove (plan, item);
          removed++;
        }
    }
  trappa_plan_end_edit (plan);
  g_assert_cmpuint (removed, >, 0);
}

/* A measure's cost, a target area's goal (a label that goes), the
 * measures of an area (a whole block), then undo of each. */
static void
test_action_plan (void)
{
  TrappaWindow *window = ui_test_open_alver ();
  TrappaPlan *plan = trappa_document_get_plan (trappa_window_get_document (window));
  GtkWidget *pane = ui_test_show_pane (window, "action-plan");
  TrappaItem *measure = item_at (TRAPPA_ITEM (plan), "measures", 0);
  TrappaItem *area = trappa_plan_lookup (plan, trappa_item_get_string (measure, "target-area"));

  g_assert_nonnull (area);
  g_assert_cmpstr (trappa_item_get_string (area, "goal"), !=, "");
  assert_as_built (pane, plan);
  set_int (plan, measure, "investment-cost", trappa_item_get_int (measure, "investment-cost") + 1234567);
  assert_as_built (pane, plan);
  set_string (plan, area, "goal", "");
  assert_as_built (pane, plan);
  remove_where (plan, "measures", "target-area", trappa_item_get_id (area));
  assert_as_built (pane, plan);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (trappa_plan_undo (plan));
      assert_as_built (pane, plan);
    }
  g_assert_false (trappa_plan_get_can_undo (plan));

  ui_test_window_destroy (GTK_WINDOW (window));
}

/* A step's units today and mapping rows (its row of sums and of figures
 * goes), then undo; in the housing and the gap pane. */
static void
test_figures (gconstpointer data)
{
  TrappaWindow *window = ui_test_open_alver ();
  TrappaPlan *plan = trappa_document_get_plan (trappa_window_get_document (window));
  GtkWidget *pane = ui_test_show_pane (window, data);
  TrappaItem *staircase = TRAPPA_ITEM (trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING));
  TrappaItem *row = item_at (TRAPPA_ITEM (plan), "mapping-rows", 0);
  g_autofree char *step = g_strdup (trappa_item_get_string (row, "step"));

  g_assert_nonnull (staircase);
  assert_as_built (pane, plan);
  set_int (plan, row, "units-today", trappa_item_get_int (row, "units-today") + 7);
  assert_as_built (pane, plan);
  set_int (plan, item_at (staircase, "steps", 0), "units-today", 3);
  assert_as_built (pane, plan);
  remove_where (plan, "mapping-rows", "step", step);
  assert_as_built (pane, plan);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (trappa_plan_undo (plan));
      assert_as_built (pane, plan);
    }

  ui_test_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);
  g_test_add_func ("/trappa/ui/pane-refresh/action-plan", test_action_plan);
  g_test_add_data_func ("/trappa/ui/pane-refresh/housing", "housing", test_figures);
  g_test_add_data_func ("/trappa/ui/pane-refresh/gap", "gap", test_figures);
  return g_test_run ();
}
