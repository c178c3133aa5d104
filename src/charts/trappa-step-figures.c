/* trappa-step-figures.c: supply against demand for one step
 *
 * The rule (see DESIGN.md) takes the most specific figure a plan gives:
 *  1. the step has categories and some category has a need: the sum of the
 *     categories' needs (Bærum counts supply and demand per category);
 *  2. the step's own need, when given;
 *  3. mapping rows for the step: today's units plus the new units the rows
 *     map for the plan period (Alver's table);
 *  4. otherwise the need is not mapped, and the chart says so rather than
 *     inventing a number.
 * A need of 0 counts as "not given": a step with units always has residents.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-step-figures"

#include <glib/gi18n.h>

#include "trappa-format.h"
#include "trappa-step-figures.h"

static gint64
sum_list (TrappaItem *parent,
          const char *list,
          const char *prop)
{
  GListModel *model = G_LIST_MODEL (trappa_item_get_list (parent, list));
  gint64 total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrappaItem) item = g_list_model_get_item (model, i);
      total += trappa_item_get_int (item, prop);
    }
  return total;
}

/* New units the mapping rows of @step call for; FALSE when it has none. */
static gboolean
mapped_need (TrappaPlan *plan,
             TrappaItem *step,
             gint64     *need)
{
  GListModel *rows = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "mapping-rows"));
  gboolean found = FALSE;

  *need = 0;
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(TrappaItem) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (trappa_item_get_string (row, "step"), trappa_item_get_id (step)) != 0)
        continue;
      found = TRUE;
      *need += trappa_item_get_int (row, "need-period");
    }
  return found;
}

void
trappa_step_figures_compute (TrappaPlan        *plan,
                             TrappaItem        *step,
                             TrappaStepFigures *figures)
{
  gint64 categories_need = sum_list (step, "categories", "need");
  gint64 own_need = trappa_item_get_int (step, "need");
  gint64 rows_need = 0;

  g_return_if_fail (TRAPPA_IS_STEP (step));

  figures->supply = trappa_step_get_units_total (TRAPPA_STEP (step));
  figures->demand_known = TRUE;
  if (categories_need > 0)
    figures->demand = categories_need;
  else if (own_need > 0)
    figures->demand = own_need;
  else if (plan != NULL && mapped_need (plan, step, &rows_need))
    figures->demand = figures->supply + rows_need;
  else
    {
      figures->demand = 0;
      figures->demand_known = FALSE;
    }
  figures->uncovered = MAX (figures->demand - figures->supply, 0);
}

char *
trappa_step_figures_format (const TrappaStepFigures *figures)
{
  g_autofree char *supply = trappa_format_count (figures->supply);
  g_autofree char *demand = trappa_format_count (figures->demand);
  g_autofree char *uncovered = trappa_format_count (figures->uncovered);

  if (!figures->demand_known)
    /* TRANSLATORS: figures printed on a staircase step */
    return g_strdup_printf (_("%s today · need not mapped"), supply);
  if (figures->uncovered == 0)
    /* TRANSLATORS: figures printed on a staircase step: units today, need */
    return g_strdup_printf (_("%s today · need %s"), supply, demand);
  /* TRANSLATORS: units today, need, and the part of the need not covered */
  return g_strdup_printf (_("%s today · need %s · %s uncovered"), supply, demand, uncovered);
}

static void
describe_categories (GString    *out,
                     TrappaItem *step)
{
  GListModel *categories = G_LIST_MODEL (trappa_item_get_list (step, "categories"));

  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(TrappaItem) category = g_list_model_get_item (categories, i);
      g_autofree char *units = trappa_format_count (trappa_item_get_int (category, "units-today"));
      g_autofree char *need = trappa_format_count (trappa_item_get_int (category, "need"));

      g_string_append_c (out, '\n');
      /* TRANSLATORS: a category of a step: name, units today, need */
      g_string_append_printf (out, _("%s: %s today, need %s."),
                              trappa_item_get_string (category, "name"), units, need);
    }
}

char *
trappa_step_figures_describe (TrappaPlan *plan,
                              TrappaItem *step)
{
  TrappaStepFigures figures;
  g_autofree char *line = NULL;
  gint64 cost = trappa_item_get_int (step, "annual-cost-per-unit");
  GString *out = g_string_new (trappa_item_get_string (step, "name"));

  trappa_step_figures_compute (plan, step, &figures);
  line = trappa_step_figures_format (&figures);
  if (out->len == 0)
    g_string_append (out, _("Unnamed step"));
  g_string_append_printf (out, ": %s.", line);
  describe_categories (out, step);
  if (cost > 0)
    {
      g_autofree char *per_unit = trappa_format_nok (cost);
      /* Each is capped, but their product can pass gint64 (10^12 × 10^7). */
      gint64 all = figures.supply > G_MAXINT64 / cost ? G_MAXINT64 : cost * figures.supply;
      g_autofree char *total = trappa_format_nok (all);

      g_string_append_c (out, '\n');
      /* TRANSLATORS: annual cost per recipient, and for all recipients today */
      g_string_append_printf (out, _("Annual cost %s per recipient, %s in all today."),
                              per_unit, total);
    }
  return g_string_free (out, FALSE);
}

gboolean
trappa_step_serves_group (TrappaPlan *plan,
                          TrappaItem *step,
                          const char *group_id)
{
  const char * const *groups = trappa_item_get_strv (step, "target-groups");
  GListModel *rows = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "mapping-rows"));

  if (group_id == NULL || group_id[0] == '\0')
    return FALSE;
  if (groups != NULL && g_strv_contains (groups, group_id))
    return TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(TrappaItem) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (trappa_item_get_string (row, "step"), trappa_item_get_id (step)) == 0 &&
          g_strcmp0 (trappa_item_get_string (row, "target-group"), group_id) == 0)
        return TRUE;
    }
  return FALSE;
}
