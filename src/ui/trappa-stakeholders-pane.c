/* trappa-stakeholders-pane.c: the stakeholder analysis (interessentanalyse)
 *
 * Who is affected by the plan or can affect it, what they need and how
 * they are involved, with the influence × interest grid under the table:
 * the room drags the cards, as on a whiteboard.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-stakeholders-pane"

#include <glib/gi18n.h>

#include "trappa-ros.h"
#include "trappa-stakeholders-pane.h"

static const TrappaRecordColumn columns[] = {
  { "name", N_("Stakeholder"), 200, TRUE, NULL, NULL, FALSE },
  { "role", N_("Role"), 160, FALSE, NULL, NULL, FALSE },
  { "influence", N_("Influence"), 95, FALSE, NULL, NULL, FALSE },
  { "interest", N_("Interest"), 90, FALSE, NULL, NULL, FALSE },
  { "needs", N_("What they need"), 200, TRUE, NULL, NULL, FALSE },
  { "involvement", N_("How they are involved"), 200, TRUE, NULL, NULL, FALSE },
};

static const TrappaToolPaneInfo info = {
  .heading = N_("Stakeholder Analysis"),
  .description = N_("Who the plan affects or who can affect it: their influence and interest (1–5), "
                    "what they need and how they are involved."),
  .list = "stakeholders",
  .item_type = trappa_stakeholder_get_type,
  .chart = "stakeholders",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
};

TRAPPA_DEFINE_TOOL_PANE (TrappaStakeholdersPane, trappa_stakeholders_pane, info)
