/* trappa-national-goals-pane.h: the national strategy's goals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-tool-pane.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_NATIONAL_GOALS_PANE (trappa_national_goals_pane_get_type ())
G_DECLARE_FINAL_TYPE (TrappaNationalGoalsPane, trappa_national_goals_pane, TRAPPA, NATIONAL_GOALS_PANE, TrappaToolPane)

G_END_DECLS
