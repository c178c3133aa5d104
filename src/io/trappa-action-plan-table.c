/* trappa-action-plan-table.c: the action plan as tables
 *
 * No arithmetic here: every figure and sum is TrappaActionPlan's, so the
 * pane, the report and the export agree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-action-plan-table"

#include "trappa-action-plan-table.h"
#include "trappa-measure.h"

/* Words of exported tables in the plan's language (see trappa_plan_tables_build_for). */
#include "trappa-plan-words.h"

const char *
trappa_action_plan_area_name (const TrappaActionPlanArea *area)
{
  return area->area != NULL ? trappa_item_get_string (area->area, "name") : _("Measures without a target area");
}

/* A column per year, titled "@label YEAR", or "YEAR (kr)" without one. */
static void
add_year_titles (GStrvBuilder           *header,
                 const TrappaActionPlan *plan,
                 const char             *label)
{
  for (guint y = 0; y < TRAPPA_ACTION_PLAN_YEARS; y++)
    {
      int year = (int) (plan->first_year + y);
      /* TRANSLATORS: a column title: a kind of cost and a year, "Investment 2025" */
      g_autofree char *title = label != NULL ? g_strdup_printf (_("%s %d"), label, year)
                                             /* TRANSLATORS: a column title, the cost in kroner in a year */
                                             : g_strdup_printf (_("%d (kr)"), year);

      g_strv_builder_add (header, title);
    }
}

static TrappaTable *
table_with_years (const char             *name,
                  const char             *title,
                  const char * const     *columns,
                  const TrappaActionPlan *plan,
                  const char * const     *labels,
                  guint                   n_labels)
{
  g_autoptr(GStrvBuilder) header = g_strv_builder_new ();
  g_auto(GStrv) titles = NULL;

  g_strv_builder_addv (header, (const char **) columns);
  for (guint l = 0; l < n_labels; l++)
    add_year_titles (header, plan, labels[l]);
  titles = g_strv_builder_end (header);
  return trappa_table_new (name, title, (const char * const *) titles);
}

/* Both kinds of cost, or (@together) their sum; under a "YEAR (kr)"
 * title the amounts are plain numbers, which keeps four years on a page. */
static void
add_costs (TrappaTable  *table,
           const gint64  cost[TRAPPA_N_COSTS][TRAPPA_ACTION_PLAN_YEARS],
           gboolean      together)
{
  for (guint k = 0; k < (together ? 1 : TRAPPA_N_COSTS); k++)
    for (guint y = 0; y < TRAPPA_ACTION_PLAN_YEARS; y++)
      if (together)
        trappa_table_add_number (table, TRAPPA_CELL_COUNT,
                                 cost[TRAPPA_COST_INVESTMENT][y] + cost[TRAPPA_COST_OPERATING][y]);
      else
        trappa_table_add_number (table, TRAPPA_CELL_NOK, cost[k][y]);
}

static void
add_blanks (TrappaTable *table,
            guint        n)
{
  for (guint i = 0; i < n; i++)
    trappa_table_add_text (table, "");
}

TrappaTable *
trappa_action_plan_table_build (TrappaPlan *plan)
{
  g_autoptr(TrappaActionPlan) ap = trappa_action_plan_new (plan, TRUE);
  const char *columns[] = {
    _("Target area"), _("Strategy"), _("Measure"), _("Responsible"), _("Deadline"), _("Status"), NULL
  };
  const char *labels[] = { _("Investment"), _("Operating cost") };
  TrappaTable *table = table_with_years (TRAPPA_ACTION_PLAN_TABLE, _("Action plan"), columns, ap,
                                         labels, G_N_ELEMENTS (labels));

  for (guint a = 0; a < ap->areas->len; a++)
    {
      const TrappaActionPlanArea *area = ap->areas->pdata[a];
      g_autofree char *sum = g_strdup_printf (_("Sum %s"), trappa_action_plan_area_name (area));

      for (guint r = 0; r < area->rows->len; r++)
        {
          const TrappaActionPlanRow *row = area->rows->pdata[r];

          trappa_table_add_row (table);
          trappa_table_add_text (table, trappa_action_plan_area_name (area));
          trappa_table_add_text (table, trappa_item_get_string (row->measure, "strategy"));
          trappa_table_add_text (table, trappa_item_get_string (row->measure, "title"));
          trappa_table_add_text (table, trappa_item_get_string (row->measure, "responsible"));
          trappa_table_add_date (table, trappa_item_get_string (row->measure, "deadline"));
          trappa_table_add_text (table, trappa_measure_status_label (trappa_item_get_string (row->measure, "status")));
          add_costs (table, row->cost, FALSE);
        }
      trappa_table_add_total_row (table);
      trappa_table_add_text (table, sum);
      add_blanks (table, G_N_ELEMENTS (columns) - 2);
      add_costs (table, area->total, FALSE);
    }
  trappa_table_add_total_row (table);
  trappa_table_add_text (table, _("Total"));
  add_blanks (table, G_N_ELEMENTS (columns) - 2);
  add_costs (table, ap->total, FALSE);
  return table;
}

TrappaTable *
trappa_action_plan_area_table (const TrappaActionPlan     *plan,
                               const TrappaActionPlanArea *area,
                               gboolean                    with_status)
{
  const char *columns[] = {
    _("Measure"), _("Responsible"), _("Deadline"), with_status ? _("Status") : NULL, NULL
  };
  const char *year_only[] = { NULL };
  TrappaTable *table = table_with_years (TRAPPA_ACTION_PLAN_TABLE, trappa_action_plan_area_name (area),
                                         columns, plan, year_only, 1);
  guint n_text = with_status ? 4 : 3;
  const char *previous = NULL;

  for (guint r = 0; r < area->rows->len; r++)
    {
      const TrappaActionPlanRow *row = area->rows->pdata[r];
      const char *strategy = trappa_item_get_string (row->measure, "strategy");

      /* The strategy on a row of its own over its measures: as a column
       * it left too little room for four years on a portrait page. */
      if (*strategy != '\0' && g_strcmp0 (strategy, previous) != 0)
        {
          g_autofree char *text = g_strdup_printf (_("Strategy: %s"), strategy);

          trappa_table_add_group_row (table);
          trappa_table_add_text (table, text);
          add_blanks (table, n_text - 1 + TRAPPA_ACTION_PLAN_YEARS);
        }
      previous = strategy;
      trappa_table_add_row (table);
      trappa_table_add_text (table, trappa_item_get_string (row->measure, "title"));
      trappa_table_add_text (table, trappa_item_get_string (row->measure, "responsible"));
      trappa_table_add_date (table, trappa_item_get_string (row->measure, "deadline"));
      if (with_status)
        trappa_table_add_text (table, trappa_measure_status_label (trappa_item_get_string (row->measure, "status")));
      add_costs (table, row->cost, TRUE);
    }
  trappa_table_add_total_row (table);
  trappa_table_add_text (table, _("Sum"));
  add_blanks (table, n_text - 1);
  add_costs (table, area->total, TRUE);
  return table;
}

static void
add_sum_rows (TrappaTable  *table,
              const char   *name,
              const gint64  cost[TRAPPA_N_COSTS][TRAPPA_ACTION_PLAN_YEARS],
              gboolean      total)
{
  const char *kinds[TRAPPA_N_COSTS] = { _("Investment"), _("Operating cost") };

  for (guint k = 0; k < TRAPPA_N_COSTS; k++)
    {
      if (total)
        trappa_table_add_total_row (table);
      else
        trappa_table_add_row (table);
      trappa_table_add_text (table, k == 0 ? name : "");
      trappa_table_add_text (table, kinds[k]);
      for (guint y = 0; y < TRAPPA_ACTION_PLAN_YEARS; y++)
        trappa_table_add_number (table, TRAPPA_CELL_COUNT, cost[k][y]);
    }
}

TrappaTable *
trappa_action_plan_sums_table (const TrappaActionPlan *plan)
{
  const char *columns[] = { _("Target area"), _("Cost"), NULL };
  const char *year_only[] = { NULL };
  TrappaTable *table = table_with_years ("action-plan-sums", _("Cost per year"), columns, plan, year_only, 1);

  for (guint a = 0; a < plan->areas->len; a++)
    {
      const TrappaActionPlanArea *area = plan->areas->pdata[a];

      add_sum_rows (table, trappa_action_plan_area_name (area), area->total, FALSE);
    }
  add_sum_rows (table, _("Total"), plan->total, TRUE);
  trappa_table_add_total_row (table);
  trappa_table_add_text (table, "");
  trappa_table_add_text (table, _("Sum"));
  add_costs (table, plan->total, TRUE);
  return table;
}
