/* test-model.c: every kind of edit, its undo and redo, and the unsaved flag
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-plan.h"

static TrappaStep *
add_step (TrappaPlan *plan,
          const char *name,
          gint64      units)
{
  TrappaStaircase *housing = trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING);
  g_autoptr(TrappaStep) step = trappa_step_new ();

  g_object_set (step, "name", name, "units-today", units, NULL);
  trappa_plan_insert (plan, TRAPPA_ITEM (housing), "steps", -1, TRAPPA_ITEM (step));
  return step; /* owned by the plan */
}

static guint
n_items (TrappaItem *parent,
         const char *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (parent, list)));
}

static void
test_new_plan (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();

  g_assert_nonnull (trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING));
  g_assert_nonnull (trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_ACTIVITY));
  g_assert_false (trappa_plan_get_modified (plan));
  g_assert_false (trappa_plan_get_can_undo (plan));
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (plan), "language"), ==, "nn");
}

static void
test_example_flag (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  TrappaStep *step = add_step (plan, "A", 1);

  g_assert_false (trappa_item_get_boolean (TRAPPA_ITEM (step), "example"));
  g_assert_true (trappa_plan_set_boolean (plan, TRAPPA_ITEM (step), "example", TRUE, NULL));
  g_assert_true (trappa_item_get_boolean (TRAPPA_ITEM (step), "example"));
  g_assert_cmpint (trappa_item_get_int (TRAPPA_ITEM (step), "units-today"), ==, 1);
  g_assert_true (trappa_plan_undo (plan));
  g_assert_false (trappa_item_get_boolean (TRAPPA_ITEM (step), "example"));
}

static void
test_set_undo_redo (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  TrappaStep *step = add_step (plan, "Ordinær bustad", 10);
  g_autoptr(GError) error = NULL;

  trappa_plan_mark_saved (plan);
  g_assert_false (trappa_plan_get_modified (plan));

  g_assert_true (trappa_plan_set_int (plan, TRAPPA_ITEM (step), "units-today", 42, &error));
  g_assert_no_error (error);
  g_assert_cmpint (trappa_item_get_int (TRAPPA_ITEM (step), "units-today"), ==, 42);
  g_assert_true (trappa_plan_get_modified (plan));

  g_assert_true (trappa_plan_undo (plan));
  g_assert_cmpint (trappa_item_get_int (TRAPPA_ITEM (step), "units-today"), ==, 10);
  g_assert_false (trappa_plan_get_modified (plan));
  g_assert_true (trappa_plan_get_can_redo (plan));

  g_assert_true (trappa_plan_redo (plan));
  g_assert_cmpint (trappa_item_get_int (TRAPPA_ITEM (step), "units-today"), ==, 42);
  g_assert_true (trappa_plan_get_modified (plan));
  g_assert_false (trappa_plan_get_can_redo (plan));

  /* The same value again is no edit. */
  trappa_plan_mark_saved (plan);
  g_assert_true (trappa_plan_set_int (plan, TRAPPA_ITEM (step), "units-today", 42, NULL));
  g_assert_false (trappa_plan_get_modified (plan));

  g_assert_true (trappa_plan_set_string (plan, TRAPPA_ITEM (step), "name", "Trinn 1", NULL));
  g_assert_true (trappa_plan_undo (plan));
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (step), "name"), ==, "Ordinær bustad");
  g_assert_false (trappa_plan_get_modified (plan));
}

static void
test_invalid_values (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  TrappaStep *step = add_step (plan, "A", 1);
  g_autoptr(TrappaMappingRow) row = trappa_mapping_row_new ();
  struct { const char *prop; gint64 value; } bad[] = {
    { "units-today", -1 },
    { "units-today", TRAPPA_MAX_COUNT + 1 },
    { "annual-cost-per-unit", TRAPPA_MAX_NOK + 1 },
  };

  trappa_plan_mark_saved (plan);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (trappa_plan_set_int (plan, TRAPPA_ITEM (step), bad[i].prop, bad[i].value, &error));
      g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
    }
  g_assert_cmpint (trappa_item_get_int (TRAPPA_ITEM (step), "units-today"), ==, 1);
  g_assert_false (trappa_plan_get_modified (plan));

  {
    g_autoptr(GError) error = NULL;
    trappa_plan_insert (plan, TRAPPA_ITEM (plan), "mapping-rows", -1, TRAPPA_ITEM (row));
    g_assert_false (trappa_plan_set_string (plan, TRAPPA_ITEM (row), "build", "demolish", &error));
    g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  }
  {
    g_autoptr(GError) error = NULL;
    g_assert_false (trappa_plan_set_string (plan, TRAPPA_ITEM (step), "no-such-field", "x", &error));
    g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  }
  {
    g_autoptr(GError) error = NULL;
    g_assert_false (trappa_plan_set_string (plan, TRAPPA_ITEM (step), "name", "\xff\xfe", &error));
    g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_ENCODING);
  }
}

static void
test_insert_remove_move (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  TrappaItem *housing = TRAPPA_ITEM (trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING));
  TrappaStep *a = add_step (plan, "A", 1);
  TrappaStep *b = add_step (plan, "B", 2);
  TrappaStep *c = add_step (plan, "C", 3);
  GListModel *steps = G_LIST_MODEL (trappa_item_get_list (housing, "steps"));
  g_autoptr(TrappaStep) first = NULL;

  g_assert_cmpuint (n_items (housing, "steps"), ==, 3);
  g_assert_cmpstr (trappa_item_get_id (TRAPPA_ITEM (a)), ==, "step-1");
  g_assert_cmpstr (trappa_item_get_id (TRAPPA_ITEM (c)), ==, "step-3");

  g_assert_true (trappa_plan_move (plan, TRAPPA_ITEM (c), 0));
  first = g_list_model_get_item (steps, 0);
  g_assert_true (first == c);
  g_clear_object (&first);
  g_assert_true (trappa_plan_undo (plan));
  first = g_list_model_get_item (steps, 0);
  g_assert_true (first == a);
  g_clear_object (&first);

  g_object_ref (b);
  trappa_plan_remove (plan, TRAPPA_ITEM (b));
  g_assert_cmpuint (n_items (housing, "steps"), ==, 2);
  g_assert_null (trappa_plan_lookup (plan, "step-2"));
  g_assert_true (trappa_plan_undo (plan));
  g_assert_true (trappa_plan_lookup (plan, "step-2") == TRAPPA_ITEM (b));
  first = g_list_model_get_item (steps, 1);
  g_assert_true (first == b);
  g_object_unref (b);

  /* A new item never reuses an id that is in the plan. */
  {
    TrappaStep *d = add_step (plan, "D", 4);
    g_assert_cmpstr (trappa_item_get_id (TRAPPA_ITEM (d)), ==, "step-4");
    g_assert_true (trappa_plan_undo (plan));
    g_assert_cmpuint (n_items (housing, "steps"), ==, 3);
    g_assert_true (trappa_plan_redo (plan));
    g_assert_cmpuint (n_items (housing, "steps"), ==, 4);
  }
}

static void
test_remove_cascades (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  TrappaItem *root = TRAPPA_ITEM (plan);
  TrappaItem *activity = TRAPPA_ITEM (trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_ACTIVITY));
  TrappaStep *step = add_step (plan, "A", 1);
  g_autoptr(TrappaTargetGroup) group = trappa_target_group_new ();
  g_autoptr(TrappaMappingRow) row = trappa_mapping_row_new ();
  g_autoptr(TrappaStep) level = trappa_step_new ();
  const char *step_id = trappa_item_get_id (TRAPPA_ITEM (step));

  trappa_plan_insert (plan, root, "target-groups", -1, TRAPPA_ITEM (group));
  g_object_set (row, "step", step_id, "target-group", trappa_item_get_id (TRAPPA_ITEM (group)), NULL);
  trappa_plan_insert (plan, root, "mapping-rows", -1, TRAPPA_ITEM (row));
  trappa_plan_insert (plan, activity, "steps", -1, TRAPPA_ITEM (level));
  trappa_plan_set_strv (plan, TRAPPA_ITEM (level), "housing-steps",
                        (const char *[]) { step_id, NULL }, NULL);

  trappa_plan_begin_edit (plan, "Remove step");
  trappa_plan_remove (plan, TRAPPA_ITEM (step));
  trappa_plan_end_edit (plan);

  /* The row needs the step, so it goes; the level only loses the link. */
  g_assert_cmpuint (n_items (root, "mapping-rows"), ==, 0);
  g_assert_cmpuint (g_strv_length ((GStrv) trappa_item_get_strv (TRAPPA_ITEM (level), "housing-steps")), ==, 0);
  g_assert_cmpstr (trappa_plan_get_undo_label (plan), ==, "Remove step");

  g_assert_true (trappa_plan_undo (plan));
  g_assert_cmpuint (n_items (root, "mapping-rows"), ==, 1);
  g_assert_true (g_strv_contains (trappa_item_get_strv (TRAPPA_ITEM (level), "housing-steps"), "step-1"));
}

static void
test_categories_total (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  TrappaStep *step = add_step (plan, "Trinn 1", 5);
  const char *names[] = { "Velferdsbolig", "Omsorgsbolig" };
  gint64 units[] = { 400, 30 };

  g_assert_cmpint (trappa_step_get_units_total (step), ==, 5);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(TrappaCategory) category = trappa_category_new ();
      g_object_set (category, "name", names[i], "units-today", units[i], NULL);
      trappa_plan_insert (plan, TRAPPA_ITEM (step), "categories", -1, TRAPPA_ITEM (category));
    }
  g_assert_cmpint (trappa_step_get_units_total (step), ==, 430);
}

static void
count_changed (TrappaPlan *plan,
               guint      *count)
{
  (*count)++;
}

static void
test_changed_signal_and_groups (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  TrappaStep *step = add_step (plan, "A", 1);
  guint changed = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (count_changed), &changed);
  trappa_plan_begin_edit (plan, "Two edits");
  trappa_plan_set_int (plan, TRAPPA_ITEM (step), "units-today", 2, NULL);
  trappa_plan_set_int (plan, TRAPPA_ITEM (step), "need", 3, NULL);
  trappa_plan_end_edit (plan);
  g_assert_cmpuint (changed, ==, 1);

  g_assert_true (trappa_plan_undo (plan));
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpint (trappa_item_get_int (TRAPPA_ITEM (step), "units-today"), ==, 1);
  g_assert_cmpint (trappa_item_get_int (TRAPPA_ITEM (step), "need"), ==, 0);

  /* A new edit after undo drops the redo stack. */
  trappa_plan_set_int (plan, TRAPPA_ITEM (step), "units-today", 9, NULL);
  g_assert_false (trappa_plan_get_can_redo (plan));
  g_assert_false (trappa_plan_redo (plan));

  /* An empty group is no edit. */
  trappa_plan_begin_edit (plan, "Nothing");
  trappa_plan_end_edit (plan);
  g_assert_cmpstr (trappa_plan_get_undo_label (plan), !=, "Nothing");
}

static void
test_saved_point_lost (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  TrappaStep *step = add_step (plan, "A", 1);

  trappa_plan_set_int (plan, TRAPPA_ITEM (step), "units-today", 2, NULL);
  trappa_plan_mark_saved (plan);
  trappa_plan_undo (plan);
  g_assert_true (trappa_plan_get_modified (plan));
  /* A different edit replaces the saved state's branch: never back. */
  trappa_plan_set_int (plan, TRAPPA_ITEM (step), "units-today", 3, NULL);
  g_assert_true (trappa_plan_get_modified (plan));
  trappa_plan_undo (plan);
  g_assert_true (trappa_plan_get_modified (plan));
}

static void
test_subtree_ids (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  TrappaStep *step = add_step (plan, "A", 1);
  g_autoptr(TrappaStep) with_children = trappa_step_new ();
  GListStore *categories = trappa_item_get_list (TRAPPA_ITEM (with_children), "categories");
  g_autoptr(TrappaCategory) first = trappa_category_new ();
  g_autoptr(TrappaCategory) second = trappa_category_new ();

  g_list_store_append (categories, first);
  g_list_store_append (categories, second);
  trappa_plan_insert (plan, TRAPPA_ITEM (trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING)),
                      "steps", -1, TRAPPA_ITEM (with_children));

  g_assert_cmpstr (trappa_item_get_id (TRAPPA_ITEM (step)), ==, "step-1");
  g_assert_cmpstr (trappa_item_get_id (TRAPPA_ITEM (with_children)), ==, "step-2");
  g_assert_cmpstr (trappa_item_get_id (TRAPPA_ITEM (first)), ==, "category-1");
  g_assert_cmpstr (trappa_item_get_id (TRAPPA_ITEM (second)), ==, "category-2");
}

static void
test_plan_freed_with_history (void)
{
  TrappaPlan *plan = trappa_plan_new ();

  /* An edit of the plan's own field must not keep the plan alive. */
  g_assert_true (trappa_plan_set_string (plan, TRAPPA_ITEM (plan), "title", "Ny plan", NULL));
  g_assert_true (trappa_plan_undo (plan));
  g_assert_true (trappa_plan_redo (plan));
  g_assert_finalize_object (plan);
}

/* A date field keeps ISO text: anything else is refused, unchanged. */
static void
test_date_field (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(TrappaItem) milestone = g_object_new (TRAPPA_TYPE_MILESTONE, NULL);
  g_autoptr(GError) error = NULL;
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (milestone), "due-date");

  g_assert_true (trappa_param_spec_is_date (pspec));
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "milestones", -1, milestone);
  g_assert_true (trappa_plan_set_string (plan, milestone, "due-date", "2025-06-20", &error));
  g_assert_no_error (error);
  g_assert_false (trappa_plan_set_string (plan, milestone, "due-date", "20.06.2025", &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_assert_cmpstr (trappa_item_get_string (milestone, "due-date"), ==, "2025-06-20");
  g_clear_error (&error);
  g_assert_false (trappa_plan_set_string (plan, milestone, "due-date", "2025-02-30", &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_true (trappa_plan_set_string (plan, milestone, "due-date", "", &error));
  g_assert_no_error (error);
  /* Other text fields stay free text. */
  g_assert_false (trappa_param_spec_is_date (g_object_class_find_property (G_OBJECT_GET_CLASS (milestone), "due")));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/trappa/model/plan/new", test_new_plan);
  g_test_add_func ("/trappa/model/item/date-field", test_date_field);
  g_test_add_func ("/trappa/model/edit/set-undo-redo", test_set_undo_redo);
  g_test_add_func ("/trappa/model/item/example-flag", test_example_flag);
  g_test_add_func ("/trappa/model/edit/invalid-values", test_invalid_values);
  g_test_add_func ("/trappa/model/edit/insert-remove-move", test_insert_remove_move);
  g_test_add_func ("/trappa/model/edit/remove-cascades", test_remove_cascades);
  g_test_add_func ("/trappa/model/step/categories-total", test_categories_total);
  g_test_add_func ("/trappa/model/edit/changed-signal-and-groups", test_changed_signal_and_groups);
  g_test_add_func ("/trappa/model/edit/saved-point-lost", test_saved_point_lost);

  g_test_add_func ("/trappa/model/edit/subtree-ids", test_subtree_ids);
  g_test_add_func ("/trappa/model/plan/freed-with-history", test_plan_freed_with_history);

  return g_test_run ();
}
