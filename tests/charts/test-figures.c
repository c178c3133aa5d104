/* test-figures.c: supply against demand per step, the rule of DESIGN.md
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "chart-fixtures.h"
#include "trappa-step-figures.h"

static TrappaItem *
new_step (TrappaPlan *plan,
          gint64      units)
{
  TrappaStaircase *housing = trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING);
  g_autoptr(TrappaStep) step = trappa_step_new ();
  g_autofree char *id = trappa_plan_make_id (plan, "step");

  g_object_set (step, "id", id, "name", "Ordinær bustad", "units-today", units, NULL);
  trappa_plan_insert (plan, TRAPPA_ITEM (housing), "steps", -1, TRAPPA_ITEM (step));
  return TRAPPA_ITEM (step);
}

static void
add_row (TrappaPlan *plan,
         TrappaItem *step,
         gint64      uncovered)
{
  g_autoptr(TrappaMappingRow) row = trappa_mapping_row_new ();
  g_autofree char *id = trappa_plan_make_id (plan, "row");

  g_object_set (row, "id", id, "step", trappa_item_get_id (step), "units-today", 5,
                "uncovered-now", uncovered, "need-period", 100, NULL);
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "mapping-rows", -1, TRAPPA_ITEM (row));
}

/* The need is the needs model's: a plan with no population has it for the
 * base year only, which the figures then name. */
static void
test_mapping_rows (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  TrappaItem *step = new_step (plan, 30);
  TrappaItem *other = new_step (plan, 8);
  gint64 base_year = trappa_item_get_int (TRAPPA_ITEM (plan), "base-year");
  TrappaStepFigures f;

  /* No need anywhere: not mapped, and nothing is made up. */
  trappa_step_figures_compute (plan, step, &f);
  g_assert_false (f.demand_known);
  g_assert_cmpint (f.demand, ==, 0);
  g_assert_cmpint (f.uncovered, ==, 0);

  /* Rows of 5 units with 6 and 4 uncovered: 11 + 9 = 20; the rows' need
   * in the period is not mixed in, and the step's 30 units are its supply. */
  add_row (plan, step, 6);
  add_row (plan, step, 4);
  add_row (plan, other, 0);
  trappa_step_figures_compute (plan, step, &f);
  g_assert_true (f.demand_known);
  g_assert_cmpint (f.year, ==, base_year);
  g_assert_cmpint (f.supply, ==, 30);
  g_assert_cmpint (f.demand, ==, 20);
  g_assert_cmpint (f.uncovered, ==, 0);

  /* A row with nothing uncovered still maps the need: its units. */
  trappa_step_figures_compute (plan, other, &f);
  g_assert_true (f.demand_known);
  g_assert_cmpint (f.demand, ==, 5);
  g_assert_cmpint (f.uncovered, ==, 0);

  /* The units the rows map: what is uncovered is the rows' uncovered need,
   * and more units today lower it, never the need. */
  g_assert_true (trappa_plan_set_int (plan, step, "units-today", 10, NULL));
  trappa_step_figures_compute (plan, step, &f);
  g_assert_cmpint (f.demand, ==, 20);
  g_assert_cmpint (f.uncovered, ==, 10);
  g_assert_true (trappa_plan_set_int (plan, step, "units-today", 14, NULL));
  trappa_step_figures_compute (plan, step, &f);
  g_assert_cmpint (f.demand, ==, 20);
  g_assert_cmpint (f.uncovered, ==, 6);
}

static void
test_categories (void)
{
  g_autoptr(TrappaPlan) plan = chart_fixture_baerum ();
  TrappaItem *step = chart_fixture_step (plan, TRAPPA_STAIRCASE_HOUSING, 4);
  TrappaStepFigures f;

  /* Trinn 5: velferd 3 of 6, omsorg 12 of 14, typed per category in
   * format 1.0: kept as one mapping row of the step, 15 units + 5 uncovered. */
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
  TrappaStepFigures f = { 1250, 2035, 1300, TRUE, 50 };
  g_autofree char *line = trappa_step_figures_format (&f);
  g_autofree char *description = trappa_step_figures_describe (plan, level, NULL, 0);
  g_autofree char *expected = g_strdup_printf ("Omsorgsbustad utan heildøgns bemanning: 120 today · need in %d: 150 · 30 uncovered.",
                                               (int) trappa_item_get_int (TRAPPA_ITEM (plan), "base-year"));

  g_assert_cmpstr (line, ==, "1\u00a0250 today · need in 2035: 1\u00a0300 · 50 uncovered");
  f = (TrappaStepFigures) { 9, 2035, 0, FALSE, 0 };
  g_clear_pointer (&line, g_free);
  line = trappa_step_figures_format (&f);
  g_assert_cmpstr (line, ==, "9 today · need not mapped");
  f = (TrappaStepFigures) { 9, 2030, 9, TRUE, 0 };
  g_clear_pointer (&line, g_free);
  line = trappa_step_figures_format (&f);
  g_assert_cmpstr (line, ==, "9 today · need in 2030: 9");

  /* 120 recipients at 310 000 kr a year. */
  g_assert_nonnull (strstr (description, expected));
  g_assert_nonnull (strstr (description, "310\u00a0000 kr per recipient, 37\u00a0200\u00a0000 kr in all"));
}

static void
test_describe_categories (void)
{
  g_autoptr(TrappaPlan) plan = chart_fixture_baerum ();
  TrappaItem *step = chart_fixture_step (plan, TRAPPA_STAIRCASE_HOUSING, 0);
  g_autofree char *text = trappa_step_figures_describe (plan, step, NULL, 0);
  g_autofree char *expected = g_strdup_printf ("Trinn 1: 700 today · need in %d: 735 · 35 uncovered.",
                                               (int) trappa_item_get_int (TRAPPA_ITEM (plan), "base-year"));

  g_assert_nonnull (strstr (text, expected));
  g_assert_nonnull (strstr (text, "Velferdsbustad: 610 today."));
  g_assert_nonnull (strstr (text, "Omsorgsbustad: 90 today."));
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
  text = trappa_step_figures_describe (plan, level, NULL, 0);
  g_assert_nonnull (strstr (text, "Annual cost 1\u00a0000\u00a0000\u00a0000\u00a0000 kr per recipient, "
                                  "9\u00a0223\u00a0372\u00a0036\u00a0854\u00a0775\u00a0807 kr in all today."));
}

int
main (int argc, char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trappa/charts/figures/mapping-rows", test_mapping_rows);
  g_test_add_func ("/trappa/charts/figures/categories", test_categories);
  g_test_add_func ("/trappa/charts/figures/text", test_text);
  g_test_add_func ("/trappa/charts/figures/describe-categories", test_describe_categories);
  g_test_add_func ("/trappa/charts/figures/describe-limits", test_describe_limits);
  return g_test_run ();
}
