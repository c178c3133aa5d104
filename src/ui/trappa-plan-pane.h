/* trappa-plan-pane.h: the plan's own fields (title, municipality, period …)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-pane.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_PLAN_PANE (trappa_plan_pane_get_type ())
G_DECLARE_FINAL_TYPE (TrappaPlanPane, trappa_plan_pane, TRAPPA, PLAN_PANE, TrappaPane)

/* Shows and edits the plan in its "plan" property. */
GtkWidget *trappa_plan_pane_new (void);

G_END_DECLS
