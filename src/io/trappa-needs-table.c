/* trappa-needs-table.c: the needs figures as a table to export
 *
 * No arithmetic here: every figure is the needs model's, so the exported
 * table agrees with the panes and the charts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-needs-table"

#include "trappa-needs-figures.h"
#include "trappa-needs-table.h"

/* Words of exported tables in the plan's language (see trappa_plan_tables_build_for). */
#include "trappa-plan-words.h"

static void
add_year (TrappaTable           *table,
          TrappaItem            *step,
          const char            *scenario,
          const TrappaNeedsYear *y)
{
  const gint64 needs[] = { y->need, y->need_adopted, y->need_proposed };

  trappa_table_add_row (table);
  trappa_table_add_text (table, trappa_item_get_id (step));
  trappa_table_add_text (table, trappa_item_get_string (step, "name"));
  trappa_table_add_text (table, scenario);
  trappa_table_add_number (table, TRAPPA_CELL_YEAR, y->year);
  for (guint i = 0; i < G_N_ELEMENTS (needs); i++)
    if (y->known)
      trappa_table_add_number (table, TRAPPA_CELL_COUNT, needs[i]);
    else
      trappa_table_add_text (table, "");
  trappa_table_add_number (table, TRAPPA_CELL_COUNT, y->supply);
  if (y->known)
    trappa_table_add_number (table, TRAPPA_CELL_COUNT, y->gap);
  else
    trappa_table_add_text (table, "");
}

TrappaTable *
trappa_needs_table_build (TrappaPlan  *plan,
                          const char  *scenario,
                          GError     **error)
{
  g_autoptr(TrappaNeedsFigures) figures = trappa_needs_figures_get (plan, scenario, error);
  const char *header[] = {
    _("Step id"), _("Step"), _("Scenario"), _("Year"), _("Need without measures"),
    _("Need with adopted measures"), _("Need with proposals too"), _("Supply"), _("Gap"), NULL
  };
  TrappaTable *table;

  if (figures == NULL)
    return NULL;
  table = trappa_table_new (TRAPPA_NEEDS_TABLE, _("Needs"), header);
  for (guint i = 0; i < trappa_needs_figures_get_n_steps (figures); i++)
    {
      const TrappaNeedsStep *s = trappa_needs_figures_get_step_at (figures, i);
      TrappaItem *step = trappa_plan_lookup (plan, s->step_id);

      for (guint y = 0; y < s->years->len; y++)
        add_year (table, step, trappa_needs_figures_get_scenario (figures),
                  &g_array_index (s->years, TrappaNeedsYear, y));
    }
  return table;
}
