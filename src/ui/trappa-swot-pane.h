/* trappa-swot-pane.h: the SWOT analysis
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-tool-pane.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_SWOT_PANE (trappa_swot_pane_get_type ())
G_DECLARE_FINAL_TYPE (TrappaSwotPane, trappa_swot_pane, TRAPPA, SWOT_PANE, TrappaToolPane)

G_END_DECLS
