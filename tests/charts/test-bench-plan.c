/* test-bench-plan.c: the benchmark's generated plan fills the needs
 * charts at every size
 *
 * bench-perf times the gap chart and the staircases on plans from
 * trappa-bench-plan.c; a plan whose needs the model cannot compute would
 * time an empty chart. Here every generated step has a need in every year
 * of every scenario, the plan keeps the rules across records, and the gap
 * chart has a group for each housing step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-bench-plan.h"
#include "trappa-chart-kind.h"
#include "trappa-gap-layout.h"
#include "trappa-needs-figures.h"
#include "trappa-plan-constraints.h"

static void
count_problem (const TrappaPlanProblem *problem,
               gpointer                 user_data)
{
  (*(guint *) user_data)++;
}

static guint
n_items (TrappaItem *parent,
         const char *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (parent, list)));
}

static void
check_needs (TrappaPlan *plan,
             const char *scenario)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaNeedsFigures) figures = trappa_needs_figures_get (plan, scenario, &error);
  guint n_steps = 0;

  g_assert_no_error (error);
  g_assert_true (trappa_needs_figures_has_series (figures));
  g_assert_cmpuint (trappa_needs_figures_get_messages (figures)->len, ==, 0);
  for (guint k = 0; k < n_items (TRAPPA_ITEM (plan), "staircases"); k++)
    {
      g_autoptr(TrappaItem) staircase = g_list_model_get_item (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan),
                                                                                                    "staircases")), k);
      n_steps += n_items (staircase, "steps");
    }
  g_assert_cmpuint (trappa_needs_figures_get_n_steps (figures), ==, n_steps);
  for (guint i = 0; i < n_steps; i++)
    {
      const TrappaNeedsStep *step = trappa_needs_figures_get_step_at (figures, i);

      g_assert_cmpint (step->rule, !=, TRAPPA_NEEDS_RULE_NONE);
      for (gint64 y = trappa_needs_figures_get_base_year (figures); y <= trappa_needs_figures_get_horizon (figures); y++)
        g_assert_true (trappa_needs_step_is_known (step, y));
    }
}

static void
test_fills_needs (gconstpointer data)
{
  guint n = GPOINTER_TO_UINT (data);
  g_autoptr(TrappaPlan) plan = trappa_bench_plan_new (n);
  TrappaStaircase *housing = trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING);
  const TrappaChartKind *gap = trappa_chart_kind_find ("gap", NULL);
  TrappaChartRequest request = { .plan = plan };
  g_autoptr(GError) error = NULL;
  TrappaGapLayout *layout;
  guint problems = 0;

  trappa_plan_constraints_check (plan, count_problem, &problems);
  g_assert_cmpuint (problems, ==, 0);
  g_assert_cmpuint (n_items (TRAPPA_ITEM (plan), "measures"), ==, n);
  g_assert_cmpuint (n_items (TRAPPA_ITEM (plan), "population-series"), ==, 3);
  check_needs (plan, NULL);
  check_needs (plan, "HHMH");

  layout = gap->layout (gap, &request, 1920, 1080, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (layout->groups->len, ==, n_items (TRAPPA_ITEM (housing), "steps"));
  gap->free (layout);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_data_func ("/trappa/bench-plan/needs/20", GUINT_TO_POINTER (20), test_fills_needs);
  g_test_add_data_func ("/trappa/bench-plan/needs/1000", GUINT_TO_POINTER (1000), test_fills_needs);
  return g_test_run ();
}
