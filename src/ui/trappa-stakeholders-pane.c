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

struct _TrappaStakeholdersPane
{
  TrappaToolPane parent_instance;
};

G_DEFINE_FINAL_TYPE (TrappaStakeholdersPane, trappa_stakeholders_pane, TRAPPA_TYPE_TOOL_PANE)

static const TrappaRecordColumn columns[] = {
  { "name", N_("Stakeholder"), 200, TRUE, NULL, NULL, FALSE },
  { "role", N_("Role"), 160, FALSE, NULL, NULL, FALSE },
  { "influence", N_("Influence"), 80, FALSE, NULL, NULL, FALSE },
  { "interest", N_("Interest"), 80, FALSE, NULL, NULL, FALSE },
  { "needs", N_("What they need"), 200, FALSE, NULL, NULL, FALSE },
  { "involvement", N_("How they are involved"), 200, FALSE, NULL, NULL, FALSE },
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

static void
trappa_stakeholders_pane_class_init (TrappaStakeholdersPaneClass *klass)
{
  TRAPPA_TOOL_PANE_CLASS (klass)->info = &info;
}

static void
trappa_stakeholders_pane_init (TrappaStakeholdersPane *self)
{
}
