/* trappa-ros-pane.c: the risk and vulnerability analysis (ROS)
 *
 * The risks in a table, each scored for likelihood and consequence before
 * and after its mitigating measures, with the risk number (the product)
 * beside each pair; the risk matrix under it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-ros-pane"

#include <glib/gi18n.h>

#include "trappa-ros.h"
#include "trappa-ros-pane.h"

static char *
score_text (TrappaItem *risk,
            gboolean    after)
{
  gint64 score = trappa_risk_get_score (TRAPPA_RISK (risk), after);

  switch (trappa_risk_level_of (score))
    {
    case TRAPPA_RISK_HIGH:
      /* TRANSLATORS: a risk number and its level in the risk table */
      return g_strdup_printf (_("%d high"), (int) score);
    case TRAPPA_RISK_MEDIUM:
      return g_strdup_printf (_("%d medium"), (int) score);
    case TRAPPA_RISK_LOW:
    default:
      return g_strdup_printf (_("%d low"), (int) score);
    }
}

static char *
risk_before (TrappaPlan *plan,
             TrappaItem *risk)
{
  return score_text (risk, FALSE);
}

static char *
risk_after (TrappaPlan *plan,
            TrappaItem *risk)
{
  return score_text (risk, TRUE);
}

/* The hazard first, so it stays in view on a narrow screen; the scores'
 * columns as wide as their titles in Bokmål ("Sannsynlighet etter"). */
static const TrappaRecordColumn columns[] = {
  { "hazard", N_("Hazard"), 220, TRUE, NULL, NULL, FALSE },
  { "cause", N_("Cause"), 160, TRUE, NULL, NULL, FALSE },
  { "likelihood", N_("Likelihood"), 105, FALSE, NULL, NULL, FALSE },
  { "consequence", N_("Consequence"), 100, FALSE, NULL, NULL, FALSE },
  { NULL, N_("Risk"), 90, FALSE, NULL, risk_before, TRUE },
  { "measures", N_("Measures"), 160, TRUE, NULL, NULL, FALSE },
  { "likelihood-after", N_("Likelihood after"), 145, FALSE, NULL, NULL, FALSE },
  { "consequence-after", N_("Consequence after"), 130, FALSE, NULL, NULL, FALSE },
  { NULL, N_("Risk after"), 105, FALSE, NULL, risk_after, TRUE },
  { "responsible", N_("Responsible"), 140, FALSE, NULL, NULL, FALSE },
};

static const TrappaToolPaneInfo info = {
  .heading = N_("Risk and Vulnerability Analysis"),
  .description = N_("What may go wrong in the plan work, how likely it is and how bad it would be "
                    "(1–5), before and after the measures that reduce it. Risk = likelihood × consequence."),
  .list = "risks",
  .item_type = trappa_risk_get_type,
  .chart = "ros",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
};

TRAPPA_DEFINE_TOOL_PANE (TrappaRosPane, trappa_ros_pane, info)
