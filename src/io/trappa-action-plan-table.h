/* trappa-action-plan-table.h: the action plan as tables, for the pane,
 * the report and the export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-action-plan.h"
#include "trappa-table.h"

G_BEGIN_DECLS

#define TRAPPA_ACTION_PLAN_TABLE "action-plan"

/* The export: every open measure, proposals too, one row each with
 * Target area | Strategy | Measure | Responsible | Deadline | Status |
 * Investment YEAR (four) | Operating YEAR (four); a sum row after each
 * target area and a total row at the end. */
TrappaTable *trappa_action_plan_table_build (TrappaPlan                 *plan);

/* One target area as seed 002's table: Measure | Responsible | Deadline |
 * [Status] | the cost of each year (investment and operating together),
 * each strategy on a row of its own over its measures; a sum row. */
TrappaTable *trappa_action_plan_area_table  (const TrappaActionPlan     *plan,
                                             const TrappaActionPlanArea *area,
                                             gboolean                    with_status);

/* Per target area its investment and operating cost in each year, then
 * the totals per year. */
TrappaTable *trappa_action_plan_sums_table  (const TrappaActionPlan     *plan);

/* "Measures without a target area" for an area without a record. */
const char  *trappa_action_plan_area_name   (const TrappaActionPlanArea *area);

G_END_DECLS
