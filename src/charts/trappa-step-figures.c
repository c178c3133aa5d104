/* trappa-step-figures.c: a step's units today against its need in a year
 *
 * No arithmetic here: the need is the needs model's (src/model/
 * trappa-needs-figures.c, docs/needs.md), so the staircase shows the
 * figure the Needs and Gap pane, the gap chart and the table export show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-step-figures"


#include "trappa-format.h"
#include "trappa-needs-figures.h"
#include "trappa-step-figures.h"
#include "trappa-plan-words.h"

static void
compute_in (TrappaPlan        *plan,
            TrappaItem        *step,
            const char        *scenario,
            gint64             year,
            TrappaStepFigures *figures)
{
  g_autoptr(TrappaNeedsFigures) needs = NULL;
  const TrappaNeedsYear *y = NULL;

  *figures = (TrappaStepFigures) { .supply = trappa_step_get_units_total (TRAPPA_STEP (step)), .year = year };
  needs = plan != NULL ? trappa_needs_figures_get (plan, scenario, NULL) : NULL;
  if (needs != NULL)
    y = trappa_needs_step_get_year (trappa_needs_figures_get_step (needs, trappa_item_get_id (step)), year);
  if (y == NULL || !y->known)
    return;
  figures->demand_known = TRUE;
  figures->demand = y->need_adopted;
  figures->uncovered = MAX (figures->demand - figures->supply, 0);
}

void
trappa_step_figures_compute_at (TrappaPlan        *plan,
                                TrappaItem        *step,
                                const char        *scenario,
                                gint64             year,
                                TrappaStepFigures *figures)
{
  g_return_if_fail (TRAPPA_IS_STEP (step));

  if (year != 0 || plan == NULL)
    {
      compute_in (plan, step, scenario, year, figures);
      return;
    }
  compute_in (plan, step, scenario, trappa_item_get_int (TRAPPA_ITEM (plan), "period-end"), figures);
  if (!figures->demand_known)
    compute_in (plan, step, scenario, trappa_item_get_int (TRAPPA_ITEM (plan), "base-year"), figures);
}

void
trappa_step_figures_compute (TrappaPlan        *plan,
                             TrappaItem        *step,
                             TrappaStepFigures *figures)
{
  trappa_step_figures_compute_at (plan, step, NULL, 0, figures);
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
    /* TRANSLATORS: figures printed on a staircase step: units today, the
     * year, the need in that year */
    return g_strdup_printf (_("%s today · need in %d: %s"), supply, (int) figures->year, demand);
  /* TRANSLATORS: units today, the year, the need in that year, and the part
   * of it today's units do not cover */
  return g_strdup_printf (_("%s today · need in %d: %s · %s uncovered"), supply, (int) figures->year, demand,
                          uncovered);
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

      g_string_append_c (out, '\n');
      /* TRANSLATORS: a category of a step: name, units today */
      g_string_append_printf (out, _("%s: %s today."), trappa_item_get_string (category, "name"), units);
    }
}

char *
trappa_step_figures_describe (TrappaPlan *plan,
                              TrappaItem *step,
                              const char *scenario,
                              gint64      year)
{
  TrappaStepFigures figures;
  g_autofree char *line = NULL;
  gint64 cost = trappa_item_get_int (step, "annual-cost-per-unit");
  GString *out = g_string_new (trappa_item_get_string (step, "name"));

  trappa_step_figures_compute_at (plan, step, scenario, year, &figures);
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
