/* trappa-milestones-pane.h: the plan's milestones (M0, M1 …)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-pane.h"
#include "trappa-record-table.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_MILESTONES_PANE (trappa_milestones_pane_get_type ())
G_DECLARE_FINAL_TYPE (TrappaMilestonesPane, trappa_milestones_pane, TRAPPA, MILESTONES_PANE, TrappaPane)

/* Shows and edits the milestones of the plan in its "plan" property. */
GtkWidget         *trappa_milestones_pane_new       (void);

/* The table of milestones (for tests). */
TrappaRecordTable *trappa_milestones_pane_get_table (TrappaMilestonesPane *self);

G_END_DECLS
