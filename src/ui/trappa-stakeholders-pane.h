/* trappa-stakeholders-pane.h: the stakeholder analysis (interessentanalyse)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-tool-pane.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_STAKEHOLDERS_PANE (trappa_stakeholders_pane_get_type ())
G_DECLARE_FINAL_TYPE (TrappaStakeholdersPane, trappa_stakeholders_pane, TRAPPA, STAKEHOLDERS_PANE, TrappaToolPane)

G_END_DECLS
