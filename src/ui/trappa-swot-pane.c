/* trappa-swot-pane.c: the SWOT analysis
 *
 * Strengths, weaknesses, opportunities and threats of the municipality's
 * housing work, one point a row, with the four-quadrant chart under the
 * table for the projector.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-swot-pane"

#include <glib/gi18n.h>

#include "trappa-ros.h"
#include "trappa-swot-pane.h"

/* In the order of trappa_swot_quadrants(); translated by prepare(). */
static const char *quadrant_labels[] = {
  N_("Strength"), N_("Weakness"), N_("Opportunity"), N_("Threat"), NULL
};

static TrappaRecordColumn columns[] = {
  { "quadrant", N_("Quadrant"), 130, FALSE, NULL, NULL, FALSE },
  { "text", N_("Point"), 320, TRUE, NULL, NULL, FALSE },
  { "remark", N_("Remark"), 240, FALSE, NULL, NULL, FALSE },
};

static void
prepare (void)
{
  for (guint i = 0; quadrant_labels[i] != NULL; i++)
    quadrant_labels[i] = _(quadrant_labels[i]);
  columns[0].choice_labels = quadrant_labels;
}

static const TrappaToolPaneInfo info = {
  .heading = N_("SWOT Analysis"),
  .description = N_("The strengths and weaknesses of the municipality's housing work, and the "
                    "opportunities and threats around it, as the working group names them."),
  .list = "swot-points",
  .item_type = trappa_swot_point_get_type,
  .chart = "swot",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .prepare = prepare,
};

TRAPPA_DEFINE_TOOL_PANE (TrappaSwotPane, trappa_swot_pane, info)
