/* test-planning-tools.c: the participation, mobilisation and meeting
 * plans, the success factors and the national goals in the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-measure.h"
#include "trappa-national-goal.h"
#include "trappa-participation.h"
#include "trappa-ros.h"
#include "trappa-success-factor.h"

static TrappaItem *
insert (TrappaPlan *plan,
        const char *list,
        gpointer    item)
{
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), list, -1, item);
  g_object_unref (item);
  return item; /* owned by the plan */
}

/* Removing a measure clears it from a goal's list, never removes the
 * goal; one undo brings both back. */
static void
test_goal_measure_cleared (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  TrappaItem *first = insert (plan, "measures", trappa_measure_new ("Housing First-team"));
  TrappaItem *second = insert (plan, "measures", trappa_measure_new ("Bustadkontor"));
  TrappaItem *goal = insert (plan, "national-goals", trappa_national_goal_new ());
  const char *ids[] = { trappa_item_get_id (first), trappa_item_get_id (second), NULL };
  g_autofree char *first_id = g_strdup (ids[0]);

  g_assert_true (trappa_plan_set_strv (plan, goal, "measures", ids, NULL));
  trappa_plan_remove (plan, first);
  g_assert_true (trappa_plan_lookup (plan, trappa_item_get_id (goal)) == goal);
  g_assert_cmpuint (g_strv_length ((char **) trappa_item_get_strv (goal, "measures")), ==, 1);
  g_assert_cmpstr (trappa_item_get_strv (goal, "measures")[0], ==, trappa_item_get_id (second));

  g_assert_true (trappa_plan_undo (plan));
  g_assert_cmpuint (g_strv_length ((char **) trappa_item_get_strv (goal, "measures")), ==, 2);
  g_assert_cmpstr (trappa_item_get_strv (goal, "measures")[0], ==, first_id);
}

/* Bad values are refused and change nothing. */
static void
test_refused (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  TrappaItem *item = insert (plan, "meeting-plan", trappa_meeting_item_new ());
  TrappaItem *factor = insert (plan, "success-factors", trappa_success_factor_new (TRAPPA_FACTOR_COMPETENCE));
  TrappaItem *mobilisation = insert (plan, "mobilisation-plan", trappa_mobilisation_new ());
  g_autoptr(GError) error = NULL;

  g_assert_false (trappa_plan_set_int (plan, item, "minutes", TRAPPA_MEETING_MAX_MINUTES + 1, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (trappa_item_get_int (item, "minutes"), ==, 0);
  g_assert_false (trappa_plan_set_string (plan, factor, "status", "blue", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpstr (trappa_item_get_string (factor, "status"), ==, TRAPPA_LIGHT_NONE);
  g_assert_false (trappa_plan_set_string (plan, mobilisation, "target-group", "", &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (trappa_item_get_string (mobilisation, "target-group"), !=, "");
}

/* The first record of a factor counts; a factor without one is not
 * assessed. Every light has its own word and its own shape. */
static void
test_success_factors (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  const char * const *lights = trappa_success_lights ();
  TrappaItem *first = insert (plan, "success-factors", trappa_success_factor_new (TRAPPA_FACTOR_RESOURCES));

  insert (plan, "success-factors", trappa_success_factor_new (TRAPPA_FACTOR_RESOURCES));
  g_assert_true (trappa_success_factor_find (plan, TRAPPA_FACTOR_RESOURCES) == first);
  g_assert_null (trappa_success_factor_find (plan, TRAPPA_FACTOR_STRATEGY));
  g_assert_cmpuint (g_strv_length ((char **) trappa_success_factors ()), ==, 6);

  for (guint i = 0; lights[i] != NULL; i++)
    for (guint j = i + 1; lights[j] != NULL; j++)
      {
        g_assert_cmpstr (trappa_success_light_label (lights[i]), !=, trappa_success_light_label (lights[j]));
        g_assert_cmpstr (trappa_success_light_shape (lights[i]), !=, trappa_success_light_shape (lights[j]));
      }
}

/* A record is named by its name or title, else its first required text:
 * a reference to a measure shows its title, never its id. */
static void
test_names (void)
{
  g_autoptr(TrappaMeasure) measure = trappa_measure_new ("Housing First-team");
  g_autoptr(TrappaRisk) risk = trappa_risk_new ();
  g_autoptr(TrappaNationalGoal) goal = trappa_national_goal_new ();
  g_autoptr(TrappaMeetingItem) item = trappa_meeting_item_new ();
  g_autoptr(TrappaSuccessFactor) factor = trappa_success_factor_new (TRAPPA_FACTOR_COMPETENCE);

  g_assert_cmpstr (trappa_item_get_name (TRAPPA_ITEM (measure)), ==, "Housing First-team");
  g_object_set (risk, "hazard", "For få fagfolk", NULL);
  g_assert_cmpstr (trappa_item_get_name (TRAPPA_ITEM (risk)), ==, "For få fagfolk");
  g_object_set (goal, "goal", "Rask busetjing av flyktningar", NULL);
  g_assert_cmpstr (trappa_item_get_name (TRAPPA_ITEM (goal)), ==, "Rask busetjing av flyktningar");
  g_assert_cmpstr (trappa_item_class_get_name_field (TRAPPA_ITEM_GET_CLASS (item)), ==, "what");
  g_assert_cmpstr (trappa_item_class_get_name_field (TRAPPA_ITEM_GET_CLASS (factor)), ==, "id");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trappa/model/planning-tools/goal-measure-cleared", test_goal_measure_cleared);
  g_test_add_func ("/trappa/model/planning-tools/refused", test_refused);
  g_test_add_func ("/trappa/model/planning-tools/success-factors", test_success_factors);
  g_test_add_func ("/trappa/model/planning-tools/names", test_names);
  return g_test_run ();
}
