/* test-action-plan.c: cost per budget year, the action plan's figures
 * and rolling it on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "trappa-action-plan.h"
#include "trappa-action-plan-roll.h"
#include "trappa-measure.h"
#include "trappa-year-amounts.h"

static void
test_amounts_parse (void)
{
  g_autoptr(GArray) amounts = trappa_year_amounts_parse (" 2027:5 2025:1500000\n2026:0 ", NULL);
  g_autofree char *text = NULL;
  gint64 amount = -1;

  g_assert_nonnull (amounts);
  text = trappa_year_amounts_to_text (amounts);
  g_assert_cmpstr (text, ==, "2025:1500000 2026:0 2027:5");
  g_assert_true (trappa_year_amounts_lookup (amounts, 2026, &amount));
  g_assert_cmpint (amount, ==, 0);
  g_assert_false (trappa_year_amounts_lookup (amounts, 2028, &amount));

  trappa_year_amounts_put (amounts, 2028, 7);
  trappa_year_amounts_put (amounts, 2024, 1);
  trappa_year_amounts_put (amounts, 2026, -1);
  g_clear_pointer (&text, g_free);
  text = trappa_year_amounts_to_text (amounts);
  g_assert_cmpstr (text, ==, "2024:1 2025:1500000 2027:5 2028:7");

  g_assert_true (trappa_year_amounts_check ("", NULL));
  g_assert_true (trappa_year_amounts_check ("2025:1", NULL));
  g_assert_false (trappa_year_amounts_check ("2026:1 2025:1", NULL));
}

static void
test_amounts_refused (void)
{
  const char *bad[] = {
    "2025", "2025:", ":5", "2025:-1", "2025:1.5", "0:5", "10000:5", "2025:1000000000001",
    "2025:1 2025:2", "x:y", "2025:1kr",
  };
  g_autoptr(GString) many = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) amounts = trappa_year_amounts_parse (bad[i], &error);

      g_assert_null (amounts);
      g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
    }
  for (int year = 2000; year <= 2000 + TRAPPA_MAX_COST_YEARS; year++)
    g_string_append_printf (many, "%d:1 ", year);
  g_assert_null (trappa_year_amounts_parse (many->str, NULL));
  /* The most a field may hold fits its text limit. */
  g_assert_cmpuint (TRAPPA_MAX_COST_YEARS * strlen ("9999:1000000000000 "), <=, TRAPPA_MAX_LINE_TEXT);
}

static TrappaItem *
add_measure (TrappaPlan *plan,
             const char *area,
             const char *strategy,
             const char *status,
             const char *deadline,
             gint64      investment,
             gint64      operating)
{
  g_autoptr(TrappaMeasure) measure = trappa_measure_new ("M");

  g_object_set (measure, "target-area", area, "strategy", strategy, "status", status,
                "deadline", deadline, "investment-cost", investment, "operating-cost", operating, NULL);
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_ITEM (measure));
  return TRAPPA_ITEM (measure);
}

static TrappaPlan *
make_plan (void)
{
  TrappaPlan *plan = trappa_plan_new_empty ();
  const char *areas[] = { "a1", "a2" };

  g_object_set (plan, "period-start", (gint64) 2024, "period-end", (gint64) 2035,
                "action-plan-start", (gint64) 2025, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      g_autoptr(TrappaTargetArea) area = trappa_target_area_new (areas[i]);

      g_object_set (area, "id", areas[i], NULL);
      trappa_plan_insert (plan, TRAPPA_ITEM (plan), "target-areas", -1, TRAPPA_ITEM (area));
    }
  return plan;
}

static void
test_cost_rule (void)
{
  g_autoptr(TrappaPlan) plan = make_plan ();
  TrappaItem *m = add_measure (plan, "a1", "", TRAPPA_MEASURE_STATUS_ADOPTED, "2026-06-30", 900, 100);
  TrappaItem *early = add_measure (plan, "a1", "", TRAPPA_MEASURE_STATUS_ADOPTED, "2020", 50, 7);
  TrappaItem *none = add_measure (plan, "a1", "", TRAPPA_MEASURE_STATUS_ADOPTED, "snart", 60, 0);

  g_assert_cmpint (trappa_deadline_year ("2026-06-30"), ==, 2026);
  g_assert_cmpint (trappa_deadline_year ("innan 2027"), ==, 2027);
  g_assert_cmpint (trappa_deadline_year ("12345"), ==, 0);
  g_assert_cmpint (trappa_deadline_year (""), ==, 0);

  /* The single figures: investment in the deadline's year, operating
   * from then on. */
  g_assert_cmpint (trappa_measure_cost_in_year (m, TRAPPA_COST_INVESTMENT, 2025, 2025), ==, 0);
  g_assert_cmpint (trappa_measure_cost_in_year (m, TRAPPA_COST_INVESTMENT, 2025, 2026), ==, 900);
  g_assert_cmpint (trappa_measure_cost_in_year (m, TRAPPA_COST_OPERATING, 2025, 2025), ==, 0);
  g_assert_cmpint (trappa_measure_cost_in_year (m, TRAPPA_COST_OPERATING, 2025, 2028), ==, 100);
  /* A deadline before the window, or none: from the window's first year. */
  g_assert_cmpint (trappa_measure_cost_in_year (early, TRAPPA_COST_INVESTMENT, 2025, 2025), ==, 50);
  g_assert_cmpint (trappa_measure_cost_in_year (early, TRAPPA_COST_OPERATING, 2025, 2025), ==, 7);
  g_assert_cmpint (trappa_measure_cost_in_year (none, TRAPPA_COST_INVESTMENT, 2025, 2025), ==, 60);

  /* Amounts by year replace the single figure of their kind. */
  g_assert_true (trappa_plan_set_string (plan, m, "investment-by-year", "2025:10 2027:20", NULL));
  g_assert_cmpint (trappa_measure_cost_in_year (m, TRAPPA_COST_INVESTMENT, 2025, 2026), ==, 0);
  g_assert_cmpint (trappa_measure_cost_in_year (m, TRAPPA_COST_INVESTMENT, 2025, 2027), ==, 20);
  g_assert_cmpint (trappa_measure_cost_in_year (m, TRAPPA_COST_OPERATING, 2025, 2027), ==, 100);
}

static void
test_edit_checked (void)
{
  g_autoptr(TrappaPlan) plan = make_plan ();
  TrappaItem *m = add_measure (plan, "a1", "", TRAPPA_MEASURE_STATUS_ADOPTED, "", 0, 0);
  g_autoptr(GError) error = NULL;

  trappa_plan_clear_history (plan);
  g_assert_false (trappa_plan_set_string (plan, m, "investment-by-year", "2025:-5", &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (trappa_plan_set_string (plan, m, "investment-by-year", "2026:1 2025:1", &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  /* Only the action plan's years 2025–2028. */
  g_assert_false (trappa_plan_set_string (plan, m, "investment-by-year", "2029:1", &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "2025–2028"));
  g_clear_error (&error);
  g_assert_false (trappa_plan_get_can_undo (plan));

  g_assert_true (trappa_plan_set_string (plan, m, "investment-by-year", "2025:1 2028:4", &error));
  g_assert_no_error (error);
  g_assert_true (trappa_plan_undo (plan));
  g_assert_cmpstr (trappa_item_get_string (m, "investment-by-year"), ==, "");
  g_assert_true (trappa_plan_redo (plan));

  /* After a roll, 2025 is history: it stays as it was or goes, but does
   * not change. */
  g_assert_nonnull (trappa_action_plan_roll (plan, "2025-10-01", "", NULL));
  g_assert_true (trappa_plan_set_string (plan, m, "investment-by-year", "2025:1 2028:5 2029:6", NULL));
  g_assert_false (trappa_plan_set_string (plan, m, "investment-by-year", "2025:2 2028:5 2029:6", NULL));
  g_assert_true (trappa_plan_set_string (plan, m, "investment-by-year", "2029:6", NULL));
}

static gint64
row_sum (TrappaActionPlanArea *area,
         guint                 kind,
         guint                 year)
{
  gint64 sum = 0;

  for (guint i = 0; i < area->rows->len; i++)
    sum += ((TrappaActionPlanRow *) area->rows->pdata[i])->cost[kind][year];
  return sum;
}

static void
test_figures (void)
{
  g_autoptr(TrappaPlan) plan = make_plan ();
  TrappaItem *first = add_measure (plan, "a2", "S1", TRAPPA_MEASURE_STATUS_ADOPTED, "2025", 100, 10);
  TrappaItem *proposal = add_measure (plan, "a2", "S2", TRAPPA_MEASURE_STATUS_PROPOSED, "2026", 200, 20);
  TrappaItem *third = add_measure (plan, "a2", "S1", TRAPPA_MEASURE_STATUS_STARTED, "2027", 300, 30);

  add_measure (plan, "", "", TRAPPA_MEASURE_STATUS_DONE, "2025", 1, 1);
  add_measure (plan, "a1", "", TRAPPA_MEASURE_STATUS_ADOPTED, "", 5, 0);

  for (guint pass = 0; pass < 2; pass++)
    {
      gboolean with_proposals = pass == 1;
      g_autoptr(TrappaActionPlan) ap = trappa_action_plan_new (plan, with_proposals);
      TrappaActionPlanArea *area;

      g_assert_cmpint (ap->first_year, ==, 2025);
      g_assert_cmpuint (ap->areas->len, ==, 3);
      g_assert_true (((TrappaActionPlanArea *) ap->areas->pdata[0])->area == trappa_plan_lookup (plan, "a1"));
      g_assert_true (((TrappaActionPlanArea *) ap->areas->pdata[2])->area == NULL);
      area = ap->areas->pdata[1];
      /* S1's rows together, where S1 first appears. */
      g_assert_cmpuint (area->rows->len, ==, with_proposals ? 3 : 2);
      g_assert_true (((TrappaActionPlanRow *) area->rows->pdata[0])->measure == first);
      g_assert_true (((TrappaActionPlanRow *) area->rows->pdata[1])->measure == third);
      if (with_proposals)
        g_assert_true (((TrappaActionPlanRow *) area->rows->pdata[2])->measure == proposal);

      for (guint k = 0; k < TRAPPA_N_COSTS; k++)
        for (guint y = 0; y < TRAPPA_ACTION_PLAN_YEARS; y++)
          {
            gint64 grand = 0;

            for (guint a = 0; a < ap->areas->len; a++)
              {
                area = ap->areas->pdata[a];
                g_assert_cmpint (area->total[k][y], ==, row_sum (area, k, y));
                grand += area->total[k][y];
              }
            g_assert_cmpint (ap->total[k][y], ==, grand);
          }
      /* Investments: 2025: 100 + 1 + 5; 2026: the proposal's 200. */
      g_assert_cmpint (ap->total[TRAPPA_COST_INVESTMENT][0], ==, 106);
      g_assert_cmpint (ap->total[TRAPPA_COST_INVESTMENT][1], ==, with_proposals ? 200 : 0);
      g_assert_cmpint (ap->total[TRAPPA_COST_OPERATING][3], ==, 10 + 30 + 1 + (with_proposals ? 20 : 0));
    }
}

static void
test_roll (void)
{
  g_autoptr(TrappaPlan) plan = make_plan ();
  TrappaItem *done = add_measure (plan, "a1", "", TRAPPA_MEASURE_STATUS_DONE, "2025", 0, 0);
  TrappaItem *open = add_measure (plan, "a1", "", TRAPPA_MEASURE_STATUS_STARTED, "2026", 0, 0);
  GListModel *revisions = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "action-plan-revisions"));
  TrappaItem *revision;
  g_autoptr(GError) error = NULL;
  const char * const *ids;

  trappa_plan_clear_history (plan);
  g_assert_null (trappa_action_plan_roll (plan, "1.10.2025", "x", &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  revision = trappa_action_plan_roll (plan, "2025-10-01", "Rullert med økonomiplanen", &error);
  g_assert_no_error (error);
  g_assert_cmpint (trappa_action_plan_first_year (plan), ==, 2026);
  g_assert_cmpuint (g_list_model_get_n_items (revisions), ==, 1);
  g_assert_cmpint (trappa_item_get_int (revision, "from-year"), ==, 2025);
  g_assert_cmpint (trappa_item_get_int (revision, "to-year"), ==, 2026);
  g_assert_cmpstr (trappa_item_get_string (revision, "date"), ==, "2025-10-01");
  g_assert_cmpstr (trappa_item_get_string (revision, "text"), ==, "Rullert med økonomiplanen");
  ids = trappa_item_get_strv (revision, "done-measures");
  g_assert_cmpuint (g_strv_length ((char **) ids), ==, 1);
  g_assert_cmpstr (ids[0], ==, trappa_item_get_id (done));
  {
    g_autoptr(TrappaActionPlan) ap = trappa_action_plan_new (plan, TRUE);
    TrappaActionPlanArea *area = ap->areas->pdata[0];

    /* The done measure has left the action plan; the open one stays. */
    g_assert_cmpuint (area->rows->len, ==, 1);
    g_assert_true (((TrappaActionPlanRow *) area->rows->pdata[0])->measure == open);
  }

  /* A second roll lists only what was done since. */
  g_assert_nonnull (trappa_action_plan_roll (plan, "2026-10-01", "", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (revisions), ==, 2);
  {
    g_autoptr(TrappaItem) second = g_list_model_get_item (revisions, 1);
    g_assert_null (trappa_item_get_strv (second, "done-measures")[0]);
  }

  /* Each roll is one undo step. */
  g_assert_true (trappa_plan_undo (plan));
  g_assert_cmpint (trappa_action_plan_first_year (plan), ==, 2026);
  g_assert_true (trappa_plan_undo (plan));
  g_assert_cmpint (trappa_action_plan_first_year (plan), ==, 2025);
  g_assert_cmpuint (g_list_model_get_n_items (revisions), ==, 0);
  g_assert_false (trappa_plan_get_can_undo (plan));
  g_assert_true (trappa_plan_redo (plan));
  g_assert_cmpint (trappa_action_plan_first_year (plan), ==, 2026);
  g_assert_cmpuint (g_list_model_get_n_items (revisions), ==, 1);
}

static void
test_roll_without_window (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new_empty ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (trappa_action_plan_first_year (plan), ==, 0);
  g_assert_null (trappa_action_plan_roll (plan, "2025-10-01", "", &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_assert_false (trappa_plan_get_can_undo (plan));
}

/* The first year of the action plan lies in the plan period, whichever
 * of the three years is edited; a roll stops at the period's last year. */
static void
test_start_in_period (void)
{
  g_autoptr(TrappaPlan) plan = make_plan ();
  GListModel *revisions = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "action-plan-revisions"));
  g_autoptr(GError) error = NULL;

  trappa_plan_clear_history (plan);
  g_assert_false (trappa_plan_set_int (plan, TRAPPA_ITEM (plan), "action-plan-start", 2023, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "2024"));
  g_clear_error (&error);
  g_assert_false (trappa_plan_set_int (plan, TRAPPA_ITEM (plan), "action-plan-start", 2036, &error));
  g_assert_nonnull (strstr (error->message, "2035"));
  g_clear_error (&error);
  g_assert_false (trappa_plan_set_int (plan, TRAPPA_ITEM (plan), "period-start", 2026, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (trappa_plan_set_int (plan, TRAPPA_ITEM (plan), "period-end", 2024, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (trappa_plan_get_can_undo (plan));
  g_assert_cmpint (trappa_action_plan_first_year (plan), ==, 2025);

  /* Any year of the period, the last one too; 0 is "not given". */
  g_assert_true (trappa_action_plan_can_roll (plan, NULL));
  g_assert_true (trappa_plan_set_int (plan, TRAPPA_ITEM (plan), "action-plan-start", 2035, &error));
  g_assert_no_error (error);
  g_assert_false (trappa_action_plan_can_roll (plan, &error));
  g_assert_nonnull (strstr (error->message, "2035"));
  g_clear_error (&error);
  g_assert_null (trappa_action_plan_roll (plan, "2035-10-01", "", &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_assert_cmpuint (g_list_model_get_n_items (revisions), ==, 0);
  g_assert_cmpint (trappa_action_plan_first_year (plan), ==, 2035);
  g_assert_true (trappa_plan_undo (plan));
  g_assert_false (trappa_plan_get_can_undo (plan));
  g_assert_cmpint (trappa_action_plan_first_year (plan), ==, 2025);
  g_assert_true (trappa_plan_set_int (plan, TRAPPA_ITEM (plan), "action-plan-start", 0, NULL));
  g_assert_cmpint (trappa_action_plan_first_year (plan), ==, 2024);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trappa/model/year-amounts/parse", test_amounts_parse);
  g_test_add_func ("/trappa/model/year-amounts/refused", test_amounts_refused);
  g_test_add_func ("/trappa/model/action-plan/cost-rule", test_cost_rule);
  g_test_add_func ("/trappa/model/action-plan/edit-checked", test_edit_checked);
  g_test_add_func ("/trappa/model/action-plan/figures", test_figures);
  g_test_add_func ("/trappa/model/action-plan/roll", test_roll);
  g_test_add_func ("/trappa/model/action-plan/roll-without-window", test_roll_without_window);
  g_test_add_func ("/trappa/model/action-plan/start-in-period", test_start_in_period);
  return g_test_run ();
}
