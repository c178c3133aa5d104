/* test-figures.c: supply against demand per step, the rule of DESIGN.md
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "chart-fixtures.h"
#include "trappa-step-figures.h"

static TrappaItem *
new_step (TrappaPlan *plan,
          gint64      units,
          gint64      need)
{
  TrappaStaircase *housing = trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING);
  g_autoptr(TrappaStep) step = trappa_step_new ();
  g_autofree char *id = trappa_plan_make_id (plan, "step");

  g_object_set (step, "id", id, "name", "Ordinær bustad", "units-today", units, "need", need, NULL);
  trappa_plan_insert (plan, TRAPPA_ITEM (housing), "steps", -1, TRAPPA_ITEM (step));
  return TRAPPA_ITEM (step);
}

static void
add_row (TrappaPlan *plan,
         TrappaItem *step,
         gint64      need_period)
{
  g_autoptr(TrappaMappingRow) row = trappa_mapping_row_new ();
  g_autofree char *id = trappa_plan_make_id (plan, "row");

  g_object_set (row, "id", id, "step", trappa_item_get_id (step), "units-today", 5,
                "need-period", need_period, NULL);
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "mapping-rows", -1, TRAPPA_ITEM (row));
}

static void
test_own_need (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  TrappaItem *step = new_step (plan, 40, 55);
  TrappaStepFigures f;

  trappa_step_figures_compute (plan, step, &f);
  g_assert_cmpint (f.supply, ==, 40);
  g_assert_cmpint (f.demand, ==, 55);
  g_assert_true (f.demand_known);
  g_assert_cmpint (f.uncovered, ==, 15);

  /* Supply above the need leaves nothing uncovered, never a negative. */
  g_assert_true (trappa_plan_set_int (plan, step, "units-today", 70, NULL));
  trappa_step_figures_compute (plan, step, &f);
  g_assert_cmpint (f.uncovered, ==, 0);
}

static void
test_mapping_rows (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  TrappaItem *step = new_step (plan, 30, 0);
  TrappaItem *other = new_step (plan, 8, 0);
  TrappaStepFigures f;

  /* No need anywhere: not mapped, and nothing is made up. */
  trappa_step_figures_compute (plan, step, &f);
  g_assert_false (f.demand_known);
  g_assert_cmpint (f.demand, ==, 0);
  g_assert_cmpint (f.uncovered, ==, 0);

  add_row (plan, step, 6);
  add_row (plan, step, 4);
  add_row (plan, other, 100);
  trappa_step_figures_compute (plan, step, &f);
  g_assert_true (f.demand_known);
  g_assert_cmpint (f.demand, ==, 30 + 6 + 4);
  g_assert_cmpint (f.uncovered, ==, 10);

  /* A row with no new need still says the need was mapped. */
  trappa_step_figures_compute (plan, other, &f);
  g_assert_cmpint (f.demand, ==, 108);

  /* The step's own need wins over the rows. */
  g_assert_true (trappa_plan_set_int (plan, step, "need", 33, NULL));
  trappa_step_figures_compute (plan, step, &f);
  g_assert_cmpint (f.demand, ==, 33);
  g_assert_cmpint (f.uncovered, ==, 3);
}

static void
test_categories (void)
{
  g_autoptr(TrappaPlan) plan = chart_fixture_baerum ();
  TrappaItem *step = chart_fixture_step (plan, TRAPPA_STAIRCASE_HOUSING, 4);
  TrappaStepFigures f;

  /* Trinn 5: velferd 3 of 6, omsorg 12 of 14; the step's own fields are 0. */
  trappa_step_figures_compute (plan, step, &f);
  g_assert_cmpint (f.supply, ==, 15);
  g_assert_cmpint (f.demand, ==, 20);
  g_assert_cmpint (f.uncovered, ==, 5);
}

static void
test_text (void)
{
  g_autoptr(TrappaPlan) plan = chart_fixture_activity ();
  TrappaItem *level = chart_fixture_step (plan, TRAPPA_STAIRCASE_ACTIVITY, 2);
  TrappaStepFigures f = { 1250, 1300, TRUE, 50 };
  g_autofree char *line = trappa_step_figures_format (&f);
  g_autofree char *description = trappa_step_figures_describe (plan, level);

  g_assert_cmpstr (line, ==, "1\u00a0250 today · need 1\u00a0300 · 50 uncovered");
  f = (TrappaStepFigures) { 9, 0, FALSE, 0 };
  g_clear_pointer (&line, g_free);
  line = trappa_step_figures_format (&f);
  g_assert_cmpstr (line, ==, "9 today · need not mapped");

  /* 120 recipients at 310 000 kr a year. */
  g_assert_nonnull (strstr (description, "Omsorgsbustad utan heildøgns bemanning: 120 today · need 150 · 30 uncovered."));
  g_assert_nonnull (strstr (description, "310\u00a0000 kr per recipient, 37\u00a0200\u00a0000 kr in all"));
}

static void
test_describe_categories (void)
{
  g_autoptr(TrappaPlan) plan = chart_fixture_baerum ();
  TrappaItem *step = chart_fixture_step (plan, TRAPPA_STAIRCASE_HOUSING, 0);
  g_autofree char *text = trappa_step_figures_describe (plan, step);

  g_assert_nonnull (strstr (text, "Trinn 1: 700 today · need 735 · 35 uncovered."));
  g_assert_nonnull (strstr (text, "Velferdsbustad: 610 today, need 640."));
  g_assert_nonnull (strstr (text, "Omsorgsbustad: 90 today, need 95."));
}

static void
test_describe_limits (void)
{
  g_autoptr(TrappaPlan) plan = chart_fixture_activity ();
  TrappaItem *level = chart_fixture_step (plan, TRAPPA_STAIRCASE_ACTIVITY, 0);
  g_autofree char *text = NULL;

  /* The largest cost times the largest count passes gint64: capped, no
   * overflow into a negative. */
  g_assert_true (trappa_plan_set_int (plan, level, "annual-cost-per-unit", TRAPPA_MAX_NOK, NULL));
  g_assert_true (trappa_plan_set_int (plan, level, "units-today", TRAPPA_MAX_COUNT, NULL));
  text = trappa_step_figures_describe (plan, level);
  g_assert_nonnull (strstr (text, "Annual cost 1\u00a0000\u00a0000\u00a0000\u00a0000 kr per recipient, "
                                  "9\u00a0223\u00a0372\u00a0036\u00a0854\u00a0775\u00a0807 kr in all today."));
}

int
main (int argc, char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trappa/charts/figures/own-need", test_own_need);
  g_test_add_func ("/trappa/charts/figures/mapping-rows", test_mapping_rows);
  g_test_add_func ("/trappa/charts/figures/categories", test_categories);
  g_test_add_func ("/trappa/charts/figures/text", test_text);
  g_test_add_func ("/trappa/charts/figures/describe-categories", test_describe_categories);
  g_test_add_func ("/trappa/charts/figures/describe-limits", test_describe_limits);
  return g_test_run ();
}
