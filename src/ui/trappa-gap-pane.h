/* trappa-gap-pane.h: the gap-analysis pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-pane.h"

G_BEGIN_DECLS

/* Shows the plan in its "plan" property. */
#define TRAPPA_TYPE_GAP_PANE (trappa_gap_pane_get_type ())
G_DECLARE_FINAL_TYPE (TrappaGapPane, trappa_gap_pane, TRAPPA, GAP_PANE, TrappaPane)

G_END_DECLS
