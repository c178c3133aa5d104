/* trappa-action-plan.c: the action plan (handlingsplan) as figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-action-plan"

#include <glib/gi18n-lib.h>

#include "trappa-action-plan.h"
#include "trappa-action-plan-roll.h"
#include "trappa-measure.h"
#include "trappa-year-amounts.h"

static const char * const cost_fields[TRAPPA_N_COSTS] = { "investment-by-year", "operating-by-year" };
static const char * const single_fields[TRAPPA_N_COSTS] = { "investment-cost", "operating-cost" };

gint64
trappa_action_plan_first_year (TrappaPlan *plan)
{
  gint64 start = trappa_item_get_int (TRAPPA_ITEM (plan), "action-plan-start");

  return start > 0 ? start : trappa_item_get_int (TRAPPA_ITEM (plan), "period-start");
}

gboolean
trappa_action_plan_check_years (TrappaPlan    *plan,
                                const GValue  *current,
                                const GValue  *value,
                                GError       **error)
{
  gint64 first = trappa_action_plan_first_year (plan);
  g_autoptr(GArray) before = trappa_year_amounts_parse (g_value_get_string (current), NULL);
  g_autoptr(GArray) after = trappa_year_amounts_parse (g_value_get_string (value), error);

  if (after == NULL)
    return FALSE;
  for (guint i = 0; i < after->len && first > 0; i++)
    {
      const TrappaYearAmount *entry = &g_array_index (after, TrappaYearAmount, i);
      gint64 old;

      if (entry->year >= first && entry->year < first + TRAPPA_ACTION_PLAN_YEARS)
        continue;
      if (before != NULL && trappa_year_amounts_lookup (before, entry->year, &old) && old == entry->amount)
        continue;
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("%d is outside the action plan’s years %d–%d"),
                   (int) entry->year, (int) first, (int) (first + TRAPPA_ACTION_PLAN_YEARS - 1));
      return FALSE;
    }
  return TRUE;
}

gint64
trappa_deadline_year (const char *deadline)
{
  gint64 year = 0;

  /* A deadline is free text; the plans write "2027" or "2026-06-30". */
  for (const char *p = deadline; *p != '\0'; p++)
    {
      gsize digits = 0;

      while (g_ascii_isdigit (p[digits]))
        digits++;
      if (digits == 4)
        {
          year = g_ascii_strtoll (p, NULL, 10);
          break;
        }
      p += digits > 0 ? digits - 1 : 0;
    }
  return year;
}

/* @measure's cost of @kind in each of the @n years from @year on: its
 * fields read once, not once a year. */
static void
costs_in_years (TrappaItem     *measure,
                TrappaCostKind  kind,
                gint64          first_year,
                gint64          year,
                guint           n,
                gint64         *costs)
{
  const char *by_year = trappa_item_get_string (measure, cost_fields[kind]);
  gint64 single, start;

  if (*by_year != '\0')
    {
      g_autoptr(GArray) amounts = trappa_year_amounts_parse (by_year, NULL);

      for (guint i = 0; i < n; i++)
        {
          costs[i] = 0;
          if (amounts != NULL)
            trappa_year_amounts_lookup (amounts, year + i, &costs[i]);
        }
      return;
    }

  single = trappa_item_get_int (measure, single_fields[kind]);
  start = MAX (trappa_deadline_year (trappa_item_get_string (measure, "deadline")), first_year);
  for (guint i = 0; i < n; i++)
    if (kind == TRAPPA_COST_INVESTMENT)
      costs[i] = year + i == start ? single : 0;
    else
      costs[i] = year + i >= start ? single : 0;
}

gint64
trappa_measure_cost_in_year (TrappaItem     *measure,
                             TrappaCostKind  kind,
                             gint64          first_year,
                             gint64          year)
{
  gint64 cost;

  costs_in_years (measure, kind, first_year, year, 1, &cost);
  return cost;
}

GHashTable *
trappa_action_plan_closed (TrappaPlan *plan)
{
  GListModel *revisions = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "action-plan-revisions"));
  GHashTable *closed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (revisions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) revision = g_list_model_get_item (revisions, i);
      const char * const *done = trappa_item_get_strv (revision, "done-measures");

      for (guint j = 0; done[j] != NULL; j++)
        g_hash_table_add (closed, g_strdup (done[j]));
    }
  return closed;
}

static void
area_free (gpointer data)
{
  TrappaActionPlanArea *area = data;

  if (area == NULL)
    return;
  g_ptr_array_unref (area->rows);
  g_free (area);
}

static TrappaActionPlanArea *
area_new (TrappaItem *item)
{
  TrappaActionPlanArea *area = g_new0 (TrappaActionPlanArea, 1);

  area->area = item;
  area->rows = g_ptr_array_new_with_free_func (g_free);
  return area;
}

static gboolean
is_shown (TrappaItem *measure,
          GHashTable *closed,
          gboolean    with_proposals)
{
  if (g_hash_table_contains (closed, trappa_item_get_id (measure)))
    return FALSE;
  return with_proposals ||
         g_strcmp0 (trappa_item_get_string (measure, "status"), TRAPPA_MEASURE_STATUS_PROPOSED) != 0;
}

/* Rows of one strategy together, where it first appears; a stable order
 * otherwise, so the table reads as the plan lists its measures. */
static void
group_by_strategy (TrappaActionPlanArea *area)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();  /* the groups' rows, as they first appear */

  for (guint i = 0; i < area->rows->len; i++)
    {
      TrappaActionPlanRow *row = area->rows->pdata[i];
      const char *strategy = trappa_item_get_string (row->measure, "strategy");
      GPtrArray *group = g_hash_table_lookup (groups, strategy);

      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (groups, (gpointer) strategy, group);
          g_ptr_array_add (order, group);
        }
      g_ptr_array_add (group, row);
    }
  /* Emptied without freeing the rows, which the groups hold. */
  g_free (g_ptr_array_steal (area->rows, NULL));
  for (guint g = 0; g < order->len; g++)
    {
      GPtrArray *group = order->pdata[g];

      for (guint i = 0; i < group->len; i++)
        g_ptr_array_add (area->rows, group->pdata[i]);
    }
}

static void
add_row (TrappaActionPlan     *self,
         TrappaActionPlanArea *area,
         TrappaItem           *measure)
{
  TrappaActionPlanRow *row = g_new0 (TrappaActionPlanRow, 1);

  row->measure = measure;
  for (guint k = 0; k < TRAPPA_N_COSTS && self->first_year > 0; k++)
    {
      costs_in_years (measure, k, self->first_year, self->first_year, TRAPPA_ACTION_PLAN_YEARS, row->cost[k]);
      for (guint y = 0; y < TRAPPA_ACTION_PLAN_YEARS; y++)
        {
          area->total[k][y] += row->cost[k][y];
          self->total[k][y] += row->cost[k][y];
        }
    }
  g_ptr_array_add (area->rows, row);
}

TrappaActionPlan *
trappa_action_plan_new (TrappaPlan *plan,
                        gboolean    with_proposals)
{
  TrappaActionPlan *self = g_new0 (TrappaActionPlan, 1);
  GListModel *areas = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "target-areas"));
  GListModel *measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures"));
  g_autoptr(GHashTable) closed = trappa_action_plan_closed (plan);
  g_autoptr(GHashTable) by_area = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (area_free);
  guint n_areas = g_list_model_get_n_items (areas);
  guint n_measures = g_list_model_get_n_items (measures);

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), NULL);

  self->first_year = trappa_action_plan_first_year (plan);
  for (guint i = 0; i < n_areas; i++)
    {
      g_autoptr(TrappaItem) item = g_list_model_get_item (areas, i);
      TrappaActionPlanArea *area = area_new (item);

      g_ptr_array_add (all, area);
      g_hash_table_insert (by_area, (gpointer) trappa_item_get_id (item), area);
    }
  /* Measures whose area is not (or no longer) in the plan come last. */
  g_ptr_array_add (all, area_new (NULL));

  for (guint i = 0; i < n_measures; i++)
    {
      g_autoptr(TrappaItem) measure = g_list_model_get_item (measures, i);
      TrappaActionPlanArea *area = g_hash_table_lookup (by_area, trappa_item_get_string (measure, "target-area"));

      if (is_shown (measure, closed, with_proposals))
        add_row (self, area != NULL ? area : all->pdata[all->len - 1], measure);
    }

  self->areas = g_ptr_array_new_with_free_func (area_free);
  for (guint i = 0; i < all->len; i++)
    {
      TrappaActionPlanArea *area = all->pdata[i];

      if (area->rows->len == 0)
        continue;
      group_by_strategy (area);
      g_ptr_array_add (self->areas, area);
      all->pdata[i] = NULL;
    }
  return self;
}

void
trappa_action_plan_free (TrappaActionPlan *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->areas);
  g_free (self);
}
