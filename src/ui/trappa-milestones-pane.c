/* trappa-milestones-pane.c: the plan's milestones (M0, M1 …)
 *
 * The milestones of a project mandate (Alver's M0–M8: what is done by
 * when, and who approves it) in one record table, so they are added,
 * removed, reordered and undone as every other list of the plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-milestones-pane"

#include <glib/gi18n.h>

#include "trappa-milestones-pane.h"

/* Code and title first, so they stay in view on a narrow screen. */
static const TrappaRecordColumn columns[] = {
  { "code", N_("Code"), 60, FALSE, NULL, NULL, FALSE },
  { "title", N_("Milestone"), 260, TRUE, NULL, NULL, FALSE },
  { "due", N_("Due"), 110, FALSE, NULL, NULL, FALSE },
  { "due-date", N_("Due date"), 100, FALSE, NULL, NULL, FALSE },
  { "approver", N_("Approved by"), 160, FALSE, NULL, NULL, FALSE },
  { "done", N_("Done"), 60, FALSE, NULL, NULL, FALSE },
};

static const TrappaToolPaneInfo info = {
  .heading = N_("Milestones"),
  .description = N_("What the planning work delivers, by when, and who approves it."),
  .list = "milestones",
  .item_type = trappa_milestone_get_type,
  .chart = NULL,
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
};

TRAPPA_DEFINE_TOOL_PANE (TrappaMilestonesPane, trappa_milestones_pane, info)
