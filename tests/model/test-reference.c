/* test-reference.c: reference fields follow the rules their spec states
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-measure.h"
#include "trappa-reference.h"
#include "trappa-ros.h"

typedef struct
{
  TrappaPlan  *plan;
  TrappaItem  *housing_step;
  TrappaItem  *activity_step;
  TrappaItem  *group;
  TrappaItem  *row;
  TrappaItem  *measure;
} Fixture;

static TrappaItem *
insert (TrappaPlan *plan,
        TrappaItem *parent,
        const char *list,
        gpointer    item)
{
  trappa_plan_insert (plan, parent, list, -1, item);
  g_object_unref (item);
  return item; /* owned by the plan */
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  TrappaItem *housing, *activity;
  const char *steps[3] = { NULL };

  f->plan = trappa_plan_new ();
  housing = TRAPPA_ITEM (trappa_plan_get_staircase (f->plan, TRAPPA_STAIRCASE_HOUSING));
  activity = TRAPPA_ITEM (trappa_plan_get_staircase (f->plan, TRAPPA_STAIRCASE_ACTIVITY));
  f->housing_step = insert (f->plan, housing, "steps", trappa_step_new ());
  f->activity_step = insert (f->plan, activity, "steps", trappa_step_new ());
  f->group = insert (f->plan, TRAPPA_ITEM (f->plan), "target-groups", trappa_target_group_new ());
  f->row = insert (f->plan, TRAPPA_ITEM (f->plan), "mapping-rows", trappa_mapping_row_new ());
  f->measure = insert (f->plan, TRAPPA_ITEM (f->plan), "measures", trappa_measure_new ("Tiltak"));
  steps[0] = trappa_item_get_id (f->housing_step);
  steps[1] = trappa_item_get_id (f->activity_step);
  g_assert_true (trappa_plan_set_string (f->plan, f->row, "step", steps[0], NULL));
  g_assert_true (trappa_plan_set_string (f->plan, f->row, "target-group", trappa_item_get_id (f->group), NULL));
  g_assert_true (trappa_plan_set_strv (f->plan, f->measure, "steps", steps, NULL));
  g_assert_true (trappa_plan_set_string (f->plan, f->measure, "effect-step", steps[0], NULL));
  trappa_plan_clear_history (f->plan);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->plan);
}

static gboolean
in_plan (Fixture    *f,
         TrappaItem *item)
{
  return trappa_plan_lookup (f->plan, trappa_item_get_id (item)) == item;
}

/* A mapping row cascades (it means nothing without its step); the
 * measure's fields clear (the measure stays); undo restores all of it. */
static void
test_remove_follows_rules (Fixture       *f,
                           gconstpointer  data)
{
  GParamSpec *row_step = g_object_class_find_property (G_OBJECT_GET_CLASS (f->row), "step");
  GParamSpec *effect = g_object_class_find_property (G_OBJECT_GET_CLASS (f->measure), "effect-step");
  g_autofree char *step_id = g_strdup (trappa_item_get_id (f->housing_step));

  g_assert_cmpint (trappa_param_spec_get_on_delete (row_step), ==, TRAPPA_ON_DELETE_CASCADE);
  g_assert_cmpint (trappa_param_spec_get_on_delete (effect), ==, TRAPPA_ON_DELETE_CLEAR);

  trappa_plan_remove (f->plan, f->housing_step);
  g_assert_false (in_plan (f, f->housing_step));
  g_assert_false (in_plan (f, f->row));
  g_assert_true (in_plan (f, f->measure));
  g_assert_cmpstr (trappa_item_get_string (f->measure, "effect-step"), ==, "");
  g_assert_cmpuint (g_strv_length ((char **) trappa_item_get_strv (f->measure, "steps")), ==, 1);
  g_assert_cmpstr (trappa_item_get_strv (f->measure, "steps")[0], ==, trappa_item_get_id (f->activity_step));

  /* One undo step brings back the step, the row and the references. */
  g_assert_true (trappa_plan_undo (f->plan));
  g_assert_true (in_plan (f, f->housing_step));
  g_assert_true (in_plan (f, f->row));
  g_assert_cmpstr (trappa_item_get_string (f->row, "step"), ==, step_id);
  g_assert_cmpstr (trappa_item_get_string (f->measure, "effect-step"), ==, step_id);
  g_assert_cmpuint (g_strv_length ((char **) trappa_item_get_strv (f->measure, "steps")), ==, 2);

  /* Redo removes them again, as the rule said. */
  g_assert_true (trappa_plan_redo (f->plan));
  g_assert_false (in_plan (f, f->row));
  g_assert_cmpstr (trappa_item_get_string (f->measure, "effect-step"), ==, "");
}

/* Removing a target group clears a measure's list of target groups but
 * takes the mapping rows of the group along. */
static void
test_remove_group (Fixture       *f,
                   gconstpointer  data)
{
  const char *groups[] = { trappa_item_get_id (f->group), NULL };

  g_assert_true (trappa_plan_set_strv (f->plan, f->measure, "target-groups", groups, NULL));
  trappa_plan_remove (f->plan, f->group);
  g_assert_false (in_plan (f, f->row));
  g_assert_true (in_plan (f, f->measure));
  g_assert_cmpuint (g_strv_length ((char **) trappa_item_get_strv (f->measure, "target-groups")), ==, 0);
  g_assert_true (trappa_plan_undo (f->plan));
  g_assert_true (in_plan (f, f->row));
  g_assert_cmpstr (trappa_item_get_strv (f->measure, "target-groups")[0], ==, trappa_item_get_id (f->group));
}

/* Removing a target area takes its measures along (CASCADE), and a risk
 * that named one of them loses it, as if the measure had been removed
 * itself: else the plan names a measure it lacks and cannot be saved. */
static void
test_remove_cascade_unlinks (Fixture       *f,
                             gconstpointer  data)
{
  TrappaItem *area = insert (f->plan, TRAPPA_ITEM (f->plan), "target-areas", trappa_target_area_new ("Område"));
  TrappaItem *risk = insert (f->plan, TRAPPA_ITEM (f->plan), "risks", trappa_risk_new ());
  const char *measures[] = { trappa_item_get_id (f->measure), NULL };

  g_assert_true (trappa_plan_set_string (f->plan, f->measure, "target-area", trappa_item_get_id (area), NULL));
  g_assert_true (trappa_plan_set_strv (f->plan, risk, "measures", measures, NULL));
  trappa_plan_clear_history (f->plan);

  trappa_plan_remove (f->plan, area);
  g_assert_false (in_plan (f, f->measure));
  g_assert_true (in_plan (f, risk));
  g_assert_cmpuint (g_strv_length ((char **) trappa_item_get_strv (risk, "measures")), ==, 0);

  /* One undo step brings back the area, its measure and the risk's link. */
  g_assert_true (trappa_plan_undo (f->plan));
  g_assert_false (trappa_plan_get_can_undo (f->plan));
  g_assert_true (in_plan (f, area));
  g_assert_true (in_plan (f, f->measure));
  g_assert_cmpstrv (trappa_item_get_strv (risk, "measures"), measures);
}

/* A reference offers, and accepts, only the records of its scope. */
static void
test_scope (Fixture       *f,
            gconstpointer  data)
{
  GParamSpec *housing = g_object_class_find_property (G_OBJECT_GET_CLASS (f->activity_step), "housing-steps");
  GParamSpec *steps = g_object_class_find_property (G_OBJECT_GET_CLASS (f->measure), "steps");
  g_autoptr(GPtrArray) housing_lists = trappa_reference_lists (f->plan, housing);
  g_autoptr(GPtrArray) measure_lists = trappa_reference_lists (f->plan, steps);
  g_autoptr(GError) error = NULL;
  GListStore *housing_steps, *activity_steps;

  g_assert_true (trappa_plan_find_parent (f->plan, f->housing_step, NULL, &housing_steps, NULL));
  g_assert_true (trappa_plan_find_parent (f->plan, f->activity_step, NULL, &activity_steps, NULL));
  g_assert_cmpuint (housing_lists->len, ==, 1);
  g_assert_true (housing_lists->pdata[0] == housing_steps);
  g_assert_cmpuint (measure_lists->len, ==, 2);
  g_assert_true (measure_lists->pdata[0] == housing_steps);
  g_assert_true (measure_lists->pdata[1] == activity_steps);

  /* A service level serves housing steps only. */
  {
    const char *ids[] = { trappa_item_get_id (f->activity_step), NULL };

    g_assert_false (trappa_plan_set_strv (f->plan, f->activity_step, "housing-steps", ids, &error));
    g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
    g_clear_error (&error);
    g_assert_null (trappa_item_get_strv (f->activity_step, "housing-steps")[0]);
  }
  /* Nor can it name a record that is not there. */
  g_assert_false (trappa_plan_set_string (f->plan, f->row, "step", "step-99", &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  /* "" is always allowed: no reference. */
  g_assert_true (trappa_plan_set_string (f->plan, f->measure, "effect-step", "", &error));
  g_assert_no_error (error);
}

/* A year is a year because its spec says so, not because of its maximum. */
static void
test_year_field (Fixture       *f,
                 gconstpointer  data)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (f->measure);

  g_assert_true (trappa_param_spec_is_year (g_object_class_find_property (klass, "effect-year")));
  g_assert_false (trappa_param_spec_is_year (g_object_class_find_property (klass, "effect-units")));
  g_assert_false (trappa_param_spec_is_year (trappa_param_spec_count ("count", TRAPPA_MAX_YEAR)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/trappa/model/reference/remove-follows-rules", Fixture, NULL,
              fixture_set_up, test_remove_follows_rules, fixture_tear_down);
  g_test_add ("/trappa/model/reference/remove-cascade-unlinks", Fixture, NULL,
              fixture_set_up, test_remove_cascade_unlinks, fixture_tear_down);
  g_test_add ("/trappa/model/reference/remove-group", Fixture, NULL,
              fixture_set_up, test_remove_group, fixture_tear_down);
  g_test_add ("/trappa/model/reference/scope", Fixture, NULL,
              fixture_set_up, test_scope, fixture_tear_down);
  g_test_add ("/trappa/model/reference/year-field", Fixture, NULL,
              fixture_set_up, test_year_field, fixture_tear_down);
  return g_test_run ();
}
