/* trappa-national-goal.h: the national strategy's goals as a checklist
 * (seed 003, appendix 1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

/* One goal of the national strategy and how the plan answers it. Plan
 * list "national-goals". Fields, in file order:
 *
 *   code       the goal's number in the strategy ("BFV 1")
 *   goal       the goal's text (never empty)
 *   approach   how the plan addresses it
 *   measures   references to the TrappaMeasures that address it;
 *              removing a measure clears it here, never removes the goal
 *   status     TRAPPA_GOAL_* */
#define TRAPPA_TYPE_NATIONAL_GOAL (trappa_national_goal_get_type ())
G_DECLARE_FINAL_TYPE (TrappaNationalGoal, trappa_national_goal, TRAPPA, NATIONAL_GOAL, TrappaItem)

#define TRAPPA_GOAL_OPEN      "open"       /* not answered yet */
#define TRAPPA_GOAL_PARTLY    "partly"
#define TRAPPA_GOAL_ADDRESSED "addressed"

TrappaNationalGoal *trappa_national_goal_new (void);

/* The statuses, NULL-terminated, and each one's translated label. */
const char * const *trappa_national_goal_statuses     (void);
const char         *trappa_national_goal_status_label (const char *status);

G_END_DECLS
