/* test-chart-view.c: the staircase chart in its panes, under Xvfb
 *
 * Edits go through the pane's table as a user makes them; the chart's
 * layout follows each edit and each undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "chart-fixtures.h"
#include "trappa-activity-pane.h"
#include "trappa-chart-view.h"
#include "trappa-housing-pane.h"
#include "trappa-staircase-layout.h"
#include "ui-test-util.h"

typedef struct
{
  TrappaPlan               *plan;
  GtkWindow                *window;
  TrappaActivityPane       *pane;
  TrappaChartView          *chart;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->plan = chart_fixture_activity ();
  f->window = GTK_WINDOW (gtk_window_new ());
  f->pane = g_object_new (TRAPPA_TYPE_ACTIVITY_PANE, NULL);
  gtk_window_set_default_size (f->window, 1280, 800);
  gtk_window_set_child (f->window, GTK_WIDGET (f->pane));
  g_object_set (f->pane, "plan", f->plan, NULL);
  gtk_window_present (f->window);
  f->chart = TRAPPA_CHART_VIEW (ui_test_find_descendant (GTK_WIDGET (f->pane), TRAPPA_TYPE_CHART_VIEW));
  ui_test_settle (GTK_WIDGET (f->pane));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_assert_finalize_object (f->plan);
}

static TrappaStepLayout *
chart_step (Fixture *f,
            guint    k)
{
  TrappaStaircaseLayout *layout = trappa_chart_view_get_layout (f->chart);

  g_assert_nonnull (layout);
  g_assert_cmpuint (k, <, layout->steps->len);
  return g_ptr_array_index (layout->steps, k);
}

static void
test_edit_and_undo (Fixture       *f,
                    gconstpointer  data)
{
  TrappaItem *level = chart_fixture_step (f->plan, TRAPPA_STAIRCASE_ACTIVITY, 2);
  TrappaRecordCell *cell = ui_test_find_cell (GTK_WIDGET (f->pane), level, "units-today");
  double width_before = chart_step (f, 2)->supply.width;
  g_autofree char *numbers_before = g_strdup (pango_layout_get_text (chart_step (f, 2)->numbers->layout));

  /* The chart sits beside the table at a legible size. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->chart)), >=, 300);
  g_assert_cmpfloat (((TrappaStaircaseLayout *) trappa_chart_view_get_layout (f->chart))->font_px, >=, 14);
  g_assert_cmpint (chart_step (f, 2)->figures.supply, ==, 120);
  g_assert_cmpint (chart_step (f, 2)->figures.uncovered, ==, 30);

  /* 120 → 140 recipients in the table: the bar grows, less is uncovered. */
  g_assert_nonnull (cell);
  ui_test_type_in_cell (cell, "140");
  ui_test_settle (GTK_WIDGET (f->pane));
  g_assert_cmpint (trappa_item_get_int (level, "units-today"), ==, 140);
  g_assert_cmpint (chart_step (f, 2)->figures.supply, ==, 140);
  g_assert_cmpint (chart_step (f, 2)->figures.uncovered, ==, 10);
  g_assert_cmpfloat (chart_step (f, 2)->supply.width, >, width_before);
  g_assert_cmpstr (pango_layout_get_text (chart_step (f, 2)->numbers->layout), !=, numbers_before);

  g_assert_true (trappa_plan_undo (f->plan));
  ui_test_settle (GTK_WIDGET (f->pane));
  g_assert_cmpint (chart_step (f, 2)->figures.supply, ==, 120);
  g_assert_cmpfloat_with_epsilon (chart_step (f, 2)->supply.width, width_before, 1e-9);
  g_assert_cmpstr (pango_layout_get_text (chart_step (f, 2)->numbers->layout), ==, numbers_before);

  /* A removed level leaves the chart at once, and comes back on undo. */
  trappa_plan_remove (f->plan, level);
  g_assert_cmpuint (((TrappaStaircaseLayout *) trappa_chart_view_get_layout (f->chart))->steps->len, ==, 5);
  g_assert_true (trappa_plan_undo (f->plan));
  g_assert_cmpuint (((TrappaStaircaseLayout *) trappa_chart_view_get_layout (f->chart))->steps->len, ==, 6);
}

static void
test_selection (Fixture       *f,
                gconstpointer  data)
{
  TrappaRecordTable *table =
    TRAPPA_RECORD_TABLE (ui_test_find_descendant (GTK_WIDGET (f->pane), TRAPPA_TYPE_RECORD_TABLE));
  TrappaItem *level4 = chart_fixture_step (f->plan, TRAPPA_STAIRCASE_ACTIVITY, 4);
  TrappaItem *level1 = chart_fixture_step (f->plan, TRAPPA_STAIRCASE_ACTIVITY, 1);
  TrappaStepLayout *sl = chart_step (f, 4);

  /* The point at the middle of step 5 is step 5; activating it selects
   * its row in the table. */
  g_assert_cmpint (trappa_staircase_layout_hit (((TrappaStaircaseLayout *) trappa_chart_view_get_layout (f->chart)),
                                                sl->rect.x + sl->rect.width / 2,
                                                sl->rect.y + sl->rect.height / 2), ==, 4);
  g_signal_emit_by_name (f->chart, "item-activated", trappa_item_get_id (level4));
  g_assert_true (trappa_record_table_get_selected (table) == level4);

  /* Selecting a row marks its step on the chart. */
  trappa_record_table_select (table, level1);
  g_assert_cmpstr (trappa_chart_view_get_selected (f->chart), ==, trappa_item_get_id (level1));

  /* The keys' actions: two steps up from step 2, past the top and back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.move-focus", "i", 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.move-focus", "i", 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.activate", NULL));
  g_assert_true (trappa_record_table_get_selected (table) ==
                 chart_fixture_step (f->plan, TRAPPA_STAIRCASE_ACTIVITY, 3));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.move-focus", "i", 1000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.activate", NULL));
  g_assert_cmpstr (trappa_chart_view_get_selected (f->chart), ==,
                   trappa_item_get_id (chart_fixture_step (f->plan, TRAPPA_STAIRCASE_ACTIVITY, 5)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.move-focus", "i", -1000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.activate", NULL));
  g_assert_true (trappa_record_table_get_selected (table) ==
                 chart_fixture_step (f->plan, TRAPPA_STAIRCASE_ACTIVITY, 0));
}

/* The first widget under @root (itself included) of @type whose label, if
 * it is a label, starts with @prefix; NULL when there is none. */
static GtkWidget *
find (GtkWidget  *root,
      GType       type,
      const char *prefix)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (prefix == NULL || g_str_has_prefix (gtk_label_get_text (GTK_LABEL (root)), prefix)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find (child, type, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

#define find_widget(root, type) find ((root), (type), NULL)
#define find_label(root, prefix) find ((root), GTK_TYPE_LABEL, (prefix))

static void
test_target_group (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(TrappaTargetGroup) group = trappa_target_group_new ();
  g_autoptr(TrappaStep) housing_step = trappa_step_new ();
  TrappaItem *level = chart_fixture_step (f->plan, TRAPPA_STAIRCASE_ACTIVITY, 3);
  const char *groups[] = { "tg-demens", NULL };
  GtkDropDown *choice;

  g_object_set (group, "id", "tg-demens", "name", "Personar med demens", NULL);
  g_object_set (housing_step, "id", "housing-1", "name", "Bustad med oppfølging", NULL);
  trappa_plan_insert (f->plan, TRAPPA_ITEM (trappa_plan_get_staircase (f->plan, TRAPPA_STAIRCASE_HOUSING)),
                      "steps", -1, TRAPPA_ITEM (housing_step));
  trappa_plan_insert (f->plan, TRAPPA_ITEM (f->plan), "target-groups", -1, TRAPPA_ITEM (group));
  g_assert_true (trappa_plan_set_strv (f->plan, level, "target-groups", groups, NULL));

  /* The pane's choice lists "None" and the group; choosing it marks the
   * level that serves the group, and only that one. */
  choice = GTK_DROP_DOWN (find_widget (GTK_WIDGET (f->pane), GTK_TYPE_DROP_DOWN));
  g_assert_nonnull (choice);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (choice)), ==, 2);
  gtk_drop_down_set_selected (choice, 1);
  for (guint k = 0; k < 6; k++)
    g_assert_cmpint (chart_step (f, k)->highlighted, ==, k == 3);
  g_assert_true (gtk_widget_get_visible (find_label (GTK_WIDGET (f->pane), "On no step")));

  /* The group on a housing step shows there too, live. */
  g_assert_true (trappa_plan_set_strv (f->plan, TRAPPA_ITEM (housing_step), "target-groups", groups, NULL));
  g_assert_nonnull (find_label (GTK_WIDGET (f->pane), "On the housing staircase: Bustad med oppfølging"));

  gtk_drop_down_set_selected (choice, 0);
  g_assert_false (chart_step (f, 3)->highlighted);
}

static void
test_dark (Fixture       *f,
           gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_assert_false (((TrappaStaircaseLayout *) trappa_chart_view_get_layout (f->chart))->style & TRAPPA_CHART_STYLE_DARK);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ui_test_settle (GTK_WIDGET (f->pane));
  g_assert_true (((TrappaStaircaseLayout *) trappa_chart_view_get_layout (f->chart))->style & TRAPPA_CHART_STYLE_DARK);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  ui_test_settle (GTK_WIDGET (f->pane));
  g_assert_false (((TrappaStaircaseLayout *) trappa_chart_view_get_layout (f->chart))->style & TRAPPA_CHART_STYLE_DARK);
}

static void
test_housing_pane (void)
{
  TrappaPlan *plan = chart_fixture_baerum ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *pane = trappa_housing_pane_new ();
  TrappaChartView *chart;
  TrappaItem *step = chart_fixture_step (plan, TRAPPA_STAIRCASE_HOUSING, 0);
  GListModel *categories = G_LIST_MODEL (trappa_item_get_list (step, "categories"));
  g_autoptr(TrappaItem) velferd = g_list_model_get_item (categories, 0);
  TrappaStepLayout *sl;

  gtk_window_set_default_size (window, 1280, 800);
  gtk_window_set_child (window, pane);
  g_object_set (pane, "plan", plan, NULL);
  gtk_window_present (window);
  ui_test_settle (pane);

  chart = TRAPPA_CHART_VIEW (find_widget (pane, TRAPPA_TYPE_CHART_VIEW));
  g_assert_nonnull (chart);
  sl = g_ptr_array_index (((TrappaStaircaseLayout *) trappa_chart_view_get_layout (chart))->steps, 0);
  g_assert_cmpint (sl->figures.supply, ==, 700);
  g_assert_cmpuint (((TrappaStaircaseLayout *) trappa_chart_view_get_layout (chart))->side_boxes->len, ==, 2);

  /* A category's count edited: the step's supply follows, and undo. */
  g_assert_true (trappa_plan_set_int (plan, velferd, "units-today", 640, NULL));
  sl = g_ptr_array_index (((TrappaStaircaseLayout *) trappa_chart_view_get_layout (chart))->steps, 0);
  g_assert_cmpint (sl->figures.supply, ==, 730);
  g_assert_true (trappa_plan_undo (plan));
  sl = g_ptr_array_index (((TrappaStaircaseLayout *) trappa_chart_view_get_layout (chart))->steps, 0);
  g_assert_cmpint (sl->figures.supply, ==, 700);

  gtk_window_destroy (window);
  g_assert_finalize_object (plan);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/trappa/charts/view/edit-undo", Fixture, NULL, fixture_set_up, test_edit_and_undo, fixture_tear_down);
  g_test_add ("/trappa/charts/view/selection", Fixture, NULL, fixture_set_up, test_selection, fixture_tear_down);
  g_test_add ("/trappa/charts/view/target-group", Fixture, NULL, fixture_set_up, test_target_group, fixture_tear_down);
  g_test_add ("/trappa/charts/view/dark", Fixture, NULL, fixture_set_up, test_dark, fixture_tear_down);
  g_test_add_func ("/trappa/charts/view/housing-pane", test_housing_pane);
  return g_test_run ();
}
