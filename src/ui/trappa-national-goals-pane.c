/* trappa-national-goals-pane.c: the national strategy's goals
 *
 * The goals of the national strategy for the housing work (Bolig for
 * velferd, seed 003 appendix 1) as a checklist: how the plan addresses
 * each, with which measures, and how far. A table; no chart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-national-goals-pane"

#include <glib/gi18n.h>

#include "trappa-national-goal.h"
#include "trappa-national-goals-pane.h"

/* In the order of trappa_national_goal_statuses(); filled in by prepare(). */
static const char *status_labels[4];

static TrappaRecordColumn columns[] = {
  { "code", N_("No."), 60, FALSE, NULL, NULL, FALSE },
  { "goal", N_("Goal"), 200, TRUE, NULL, NULL, FALSE },
  { "approach", N_("How the plan addresses it"), 200, TRUE, NULL, NULL, FALSE },
  { "measures", N_("Measures"), 180, FALSE, NULL, NULL, FALSE },
  { "status", N_("Status"), 150, FALSE, NULL, NULL, FALSE },
};

static void
prepare (void)
{
  const char * const *statuses = trappa_national_goal_statuses ();

  for (guint i = 0; statuses[i] != NULL; i++)
    status_labels[i] = trappa_national_goal_status_label (statuses[i]);
  columns[G_N_ELEMENTS (columns) - 1].choice_labels = status_labels;
}

static const TrappaToolPaneInfo info = {
  .heading = N_("National Goals"),
  .description = N_("The goals of the national strategy for the housing work, and how the plan answers "
                    "each: in words, with which measures, and how far."),
  .list = "national-goals",
  .item_type = trappa_national_goal_get_type,
  .chart = NULL,
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .prepare = prepare,
};

TRAPPA_DEFINE_TOOL_PANE (TrappaNationalGoalsPane, trappa_national_goals_pane, info)
