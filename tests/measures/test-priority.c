/* test-priority.c: score ↔ position, merging groups' scores, ranking, and
 * scores as undoable records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "trappa-priority.h"

static TrappaMeasure *
add_measure (TrappaPlan *plan,
             const char *title)
{
  g_autoptr(TrappaMeasure) measure = trappa_measure_new (title);

  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_ITEM (measure));
  return measure; /* owned by the plan */
}

static TrappaWorkshopGroup *
add_group (TrappaPlan *plan,
           const char *name)
{
  g_autoptr(TrappaWorkshopGroup) group = trappa_workshop_group_new (name);

  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "workshop-groups", -1, TRAPPA_ITEM (group));
  return group;
}

static void
set_score (TrappaPlan    *plan,
           TrappaMeasure *measure,
           const char    *group,
           TrappaAxis     axis,
           gint64         value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (trappa_measure_set_score (measure, plan, group,
                                           trappa_priority_axis_name (axis), value, &error));
  g_assert_no_error (error);
}

static void
test_mapping_edges (void)
{
  /* Horizontal: 0 at the start, 100 at the end. */
  g_assert_cmpfloat (trappa_priority_score_to_position (0, 40, 400, FALSE), ==, 40);
  g_assert_cmpfloat (trappa_priority_score_to_position (100, 40, 400, FALSE), ==, 440);
  g_assert_cmpfloat (trappa_priority_score_to_position (50, 40, 400, FALSE), ==, 240);
  /* Vertical: high scores on top. */
  g_assert_cmpfloat (trappa_priority_score_to_position (100, 10, 200, TRUE), ==, 10);
  g_assert_cmpfloat (trappa_priority_score_to_position (0, 10, 200, TRUE), ==, 210);
  /* Out-of-range scores clamp. */
  g_assert_cmpfloat (trappa_priority_score_to_position (-5, 40, 400, FALSE), ==, 40);
  g_assert_cmpfloat (trappa_priority_score_to_position (170, 40, 400, FALSE), ==, 440);

  /* The inverse, and the edges: outside the span clamps. */
  g_assert_cmpint (trappa_priority_position_to_score (40, 40, 400, FALSE), ==, 0);
  g_assert_cmpint (trappa_priority_position_to_score (440, 40, 400, FALSE), ==, 100);
  g_assert_cmpint (trappa_priority_position_to_score (-1000, 40, 400, FALSE), ==, 0);
  g_assert_cmpint (trappa_priority_position_to_score (1e9, 40, 400, FALSE), ==, 100);
  g_assert_cmpint (trappa_priority_position_to_score (10, 10, 200, TRUE), ==, 100);
  g_assert_cmpint (trappa_priority_position_to_score (210, 10, 200, TRUE), ==, 0);
  g_assert_cmpint (trappa_priority_position_to_score (5, 10, 200, TRUE), ==, 100);
  /* A degenerate span or a NaN gives the middle, never garbage. */
  g_assert_cmpint (trappa_priority_position_to_score (5, 10, 0, FALSE), ==, TRAPPA_SCORE_NEUTRAL);
  g_assert_cmpint (trappa_priority_position_to_score (NAN, 10, 100, FALSE), ==, TRAPPA_SCORE_NEUTRAL);

  /* Every whole score survives the round trip. */
  for (int s = 0; s <= 100; s++)
    {
      double x = trappa_priority_score_to_position (s, 17, 333, FALSE);
      double y = trappa_priority_score_to_position (s, 17, 333, TRUE);

      g_assert_cmpint (trappa_priority_position_to_score (x, 17, 333, FALSE), ==, s);
      g_assert_cmpint (trappa_priority_position_to_score (y, 17, 333, TRUE), ==, s);
    }
}

static void
test_axes (void)
{
  TrappaAxis x, y;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (trappa_priority_axis_from_name ("kunnskap"), ==, TRAPPA_AXIS_KNOWLEDGE);
  g_assert_cmpint (trappa_priority_axis_from_name ("nope"), ==, -1);
  g_assert_cmpint (trappa_priority_axis_from_name (NULL), ==, -1);

  g_assert_true (trappa_priority_parse_axes ("innflytelse, haster", &x, &y, &error));
  g_assert_no_error (error);
  g_assert_cmpint (x, ==, TRAPPA_AXIS_INFLUENCE);
  g_assert_cmpint (y, ==, TRAPPA_AXIS_URGENCY);

  g_assert_false (trappa_priority_parse_axes ("haster,haster", &x, &y, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (trappa_priority_parse_axes ("haster", &x, &y, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (trappa_priority_parse_axes ("haster,pris", &x, &y, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "pris"));
}

static void
test_summarize (void)
{
  const double values[] = { 20, 40, 60, 80 };
  const double one[] = { 73 };
  TrappaScoreSummary s;

  trappa_priority_summarize (values, 4, &s);
  g_assert_cmpuint (s.n, ==, 4);
  g_assert_cmpfloat_with_epsilon (s.mean, 50, 1e-9);
  g_assert_cmpfloat_with_epsilon (s.spread, sqrt (500), 1e-9);
  g_assert_cmpfloat (s.min, ==, 20);
  g_assert_cmpfloat (s.max, ==, 80);

  /* One group only: no spread. */
  trappa_priority_summarize (one, 1, &s);
  g_assert_cmpuint (s.n, ==, 1);
  g_assert_cmpfloat (s.mean, ==, 73);
  g_assert_cmpfloat (s.spread, ==, 0);

  /* Nobody scored: the middle, marked by n == 0. */
  trappa_priority_summarize (NULL, 0, &s);
  g_assert_cmpuint (s.n, ==, 0);
  g_assert_cmpfloat (s.mean, ==, TRAPPA_SCORE_NEUTRAL);
  g_assert_cmpfloat (s.spread, ==, 0);
}

static void
test_merge_groups (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  TrappaMeasure *m = add_measure (plan, "Startlån");
  const char *a = trappa_item_get_id (TRAPPA_ITEM (add_group (plan, "Gruppe A")));
  const char *b = trappa_item_get_id (TRAPPA_ITEM (add_group (plan, "Gruppe B")));
  const char *c = trappa_item_get_id (TRAPPA_ITEM (add_group (plan, "Gruppe C")));
  TrappaScoreSummary s;

  set_score (plan, m, a, TRAPPA_AXIS_URGENCY, 90);
  set_score (plan, m, b, TRAPPA_AXIS_URGENCY, 30);
  /* Group C scored only the cost: it is missing on urgency. */
  set_score (plan, m, c, TRAPPA_AXIS_COST, 10);

  trappa_priority_measure_summary (m, NULL, TRAPPA_AXIS_URGENCY, &s);
  g_assert_cmpuint (s.n, ==, 2);
  g_assert_cmpfloat (s.mean, ==, 60);
  g_assert_cmpfloat (s.spread, ==, 30);

  trappa_priority_measure_summary (m, b, TRAPPA_AXIS_URGENCY, &s);
  g_assert_cmpuint (s.n, ==, 1);
  g_assert_cmpfloat (s.mean, ==, 30);

  trappa_priority_measure_summary (m, c, TRAPPA_AXIS_URGENCY, &s);
  g_assert_cmpuint (s.n, ==, 0);
  g_assert_cmpfloat (s.mean, ==, TRAPPA_SCORE_NEUTRAL);

  trappa_priority_measure_summary (m, NULL, TRAPPA_AXIS_COST, &s);
  g_assert_cmpuint (s.n, ==, 1);
  g_assert_cmpfloat (s.mean, ==, 10);
  g_assert_cmpfloat (s.spread, ==, 0);

  /* The whole room's own score is not one more group in the merge. */
  set_score (plan, m, "", TRAPPA_AXIS_URGENCY, 0);
  trappa_priority_measure_summary (m, NULL, TRAPPA_AXIS_URGENCY, &s);
  g_assert_cmpuint (s.n, ==, 2);
  g_assert_cmpfloat (s.mean, ==, 60);
  trappa_priority_measure_summary (m, "", TRAPPA_AXIS_URGENCY, &s);
  g_assert_cmpuint (s.n, ==, 1);
  g_assert_cmpfloat (s.mean, ==, 0);

  /* Removing a group removes its scores with it, undoably. */
  trappa_plan_remove (plan, trappa_plan_lookup (plan, a));
  trappa_priority_measure_summary (m, NULL, TRAPPA_AXIS_URGENCY, &s);
  g_assert_cmpuint (s.n, ==, 1);
  g_assert_cmpfloat (s.mean, ==, 30);
  g_assert_true (trappa_plan_undo (plan));
  trappa_priority_measure_summary (m, NULL, TRAPPA_AXIS_URGENCY, &s);
  g_assert_cmpuint (s.n, ==, 2);
}

static void
test_scores_are_records (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  TrappaMeasure *m = add_measure (plan, "Housing First");
  GListModel *scores = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (m), "scores"));
  g_autoptr(GError) error = NULL;

  set_score (plan, m, "", TRAPPA_AXIS_URGENCY, 80);
  set_score (plan, m, "", TRAPPA_AXIS_COST, 20);
  g_assert_cmpuint (g_list_model_get_n_items (scores), ==, 2);

  /* Setting again changes the record, it adds none. */
  set_score (plan, m, "", TRAPPA_AXIS_URGENCY, 85);
  g_assert_cmpuint (g_list_model_get_n_items (scores), ==, 2);
  g_assert_cmpint (trappa_item_get_int (TRAPPA_ITEM (trappa_measure_find_score (m, "", "haster")), "value"), ==, 85);

  g_assert_true (trappa_plan_undo (plan));
  g_assert_cmpint (trappa_item_get_int (TRAPPA_ITEM (trappa_measure_find_score (m, "", "haster")), "value"), ==, 80);
  g_assert_true (trappa_plan_undo (plan));
  g_assert_null (trappa_measure_find_score (m, "", "kostbart"));
  g_assert_true (trappa_plan_redo (plan));
  g_assert_nonnull (trappa_measure_find_score (m, "", "kostbart"));

  g_assert_false (trappa_measure_set_score (m, plan, "", "pris", 10, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (trappa_measure_set_score (m, plan, "", "haster", 101, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_assert_cmpint (trappa_item_get_int (TRAPPA_ITEM (trappa_measure_find_score (m, "", "haster")), "value"), ==, 80);
}

static void
test_effect_step_survives (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  TrappaStaircase *housing = trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING);
  g_autoptr(TrappaStep) step = trappa_step_new ();
  TrappaMeasure *m = add_measure (plan, "Nye omsorgsbustader");

  trappa_plan_insert (plan, TRAPPA_ITEM (housing), "steps", -1, TRAPPA_ITEM (step));
  g_assert_true (trappa_plan_set_string (plan, TRAPPA_ITEM (m), "effect-step",
                                         trappa_item_get_id (TRAPPA_ITEM (step)), NULL));
  g_assert_cmpstr (trappa_measure_get_effect_step (m), ==, trappa_item_get_id (TRAPPA_ITEM (step)));

  /* Removing the step clears the effect; the measure stays. */
  trappa_plan_remove (plan, TRAPPA_ITEM (step));
  g_assert_null (trappa_measure_get_effect_step (m));
  g_assert_true (trappa_plan_lookup (plan, trappa_item_get_id (TRAPPA_ITEM (m))) == TRAPPA_ITEM (m));
}

static TrappaMeasure *
scored (TrappaPlan *plan,
        const char *title,
        gint64      urgency,
        gint64      cost,
        gint64      influence,
        gint64      knowledge)
{
  TrappaMeasure *m = add_measure (plan, title);
  gint64 values[] = { urgency, cost, influence, knowledge };

  for (guint a = 0; a < TRAPPA_N_AXES; a++)
    if (values[a] >= 0)
      set_score (plan, m, "", a, values[a]);
  return m;
}

static void
test_rank_weights (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  GListModel *measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures"));
  TrappaMeasure *cheap = scored (plan, "Cheap", 40, 100, 20, 20);
  TrappaMeasure *urgent = scored (plan, "Urgent", 100, 10, 20, 20);
  TrappaMeasure *unscored = scored (plan, "Unscored", -1, -1, -1, -1);
  TrappaPriorityWeights w = { { 1, 0, 0, 0 } };
  g_autoptr(GArray) r1 = NULL;
  g_autoptr(GArray) r2 = NULL;
  g_autoptr(GArray) r3 = NULL;
  g_autofree char *formula = NULL;
  const double s[TRAPPA_N_AXES] = { 100, 0, 50, 50 };

  /* Urgency only. */
  r1 = trappa_priority_rank (measures, "", &w);
  g_assert_cmpuint (r1->len, ==, 3);
  g_assert_true (g_array_index (r1, TrappaRankEntry, 0).measure == urgent);
  g_assert_true (g_array_index (r1, TrappaRankEntry, 1).measure == unscored);
  g_assert_cmpuint (g_array_index (r1, TrappaRankEntry, 1).n_scored, ==, 0);
  g_assert_cmpfloat (g_array_index (r1, TrappaRankEntry, 1).priority, ==, TRAPPA_SCORE_NEUTRAL);
  g_assert_true (g_array_index (r1, TrappaRankEntry, 2).measure == cheap);

  /* Cost weighs three times urgency: (1·40 + 3·100)/4 = 85 against
   * (1·100 + 3·10)/4 = 32.5. */
  w.weight[TRAPPA_AXIS_COST] = 3;
  r2 = trappa_priority_rank (measures, "", &w);
  g_assert_true (g_array_index (r2, TrappaRankEntry, 0).measure == cheap);
  g_assert_cmpfloat (g_array_index (r2, TrappaRankEntry, 0).priority, ==, 85);
  g_assert_cmpfloat (g_array_index (r2, TrappaRankEntry, 2).priority, ==, 32.5);
  g_assert_cmpuint (g_array_index (r2, TrappaRankEntry, 0).n_scored, ==, 4);

  /* All weights zero: every priority 0, the list order kept. */
  w = (TrappaPriorityWeights) { { 0, 0, 0, 0 } };
  r3 = trappa_priority_rank (measures, "", &w);
  g_assert_true (g_array_index (r3, TrappaRankEntry, 0).measure == cheap);
  g_assert_true (g_array_index (r3, TrappaRankEntry, 1).measure == urgent);
  g_assert_cmpfloat (g_array_index (r3, TrappaRankEntry, 0).priority, ==, 0);

  /* Negative weights count as zero. */
  w = (TrappaPriorityWeights) { { 1, -5, 0, 0 } };
  g_assert_cmpfloat (trappa_priority_combine (s, &w), ==, 100);

  trappa_priority_weights_init (&w);
  formula = trappa_priority_formula (&w);
  g_assert_nonnull (strstr (formula, "2 × Urgency"));
  g_assert_true (g_str_has_suffix (formula, ") / 6"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/trappa/measures/priority/mapping-edges", test_mapping_edges);
  g_test_add_func ("/trappa/measures/priority/axes", test_axes);
  g_test_add_func ("/trappa/measures/priority/summarize", test_summarize);
  g_test_add_func ("/trappa/measures/priority/merge-groups", test_merge_groups);
  g_test_add_func ("/trappa/measures/measure/scores-are-records", test_scores_are_records);
  g_test_add_func ("/trappa/measures/measure/effect-step-survives", test_effect_step_survives);
  g_test_add_func ("/trappa/measures/priority/rank-weights", test_rank_weights);
  return g_test_run ();
}
