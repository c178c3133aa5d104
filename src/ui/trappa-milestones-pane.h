/* trappa-milestones-pane.h: the plan's milestones (M0, M1 …)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-tool-pane.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_MILESTONES_PANE (trappa_milestones_pane_get_type ())
G_DECLARE_FINAL_TYPE (TrappaMilestonesPane, trappa_milestones_pane, TRAPPA, MILESTONES_PANE, TrappaToolPane)

G_END_DECLS
