/* trappa-action-plan.h: the action plan (handlingsplan) as figures: its
 * four-year window, each measure's cost per budget year, the rows per
 * target area grouped by strategy, and the sums
 *
 * One place for the pane, the report and the table export, so that they
 * all show the same rows and the same totals.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

/* The action plan follows the four-year economy plan (økonomiplan). */
#define TRAPPA_ACTION_PLAN_YEARS 4

typedef enum
{
  TRAPPA_COST_INVESTMENT,   /* measure field "investment-by-year" */
  TRAPPA_COST_OPERATING,    /* measure field "operating-by-year" */
  TRAPPA_N_COSTS,
} TrappaCostKind;

/* The first year of the window: the plan's "action-plan-start", else its
 * "period-start"; 0 when neither is given (no window, no costs). */
gint64      trappa_action_plan_first_year   (TrappaPlan *plan);

/* @measure's cost of @kind in @year. From its amounts by year when it has
 * any; else its single figure (investment-cost once, operating-cost every
 * year) from its start year: the deadline's year, or @first_year when the
 * deadline gives none or lies before it (docs/file-format.md). */
gint64      trappa_measure_cost_in_year     (TrappaItem     *measure,
                                             TrappaCostKind  kind,
                                             gint64          first_year,
                                             gint64          year);

/* Whether a field of amounts by year may go from @current to @value (both
 * stored text): a year whose amount is added or changed must lie inside
 * the window; the years of earlier windows stay as they were, or go. */
gboolean    trappa_action_plan_check_years  (TrappaPlan     *plan,
                                             const GValue   *current,
                                             const GValue   *value,
                                             GError        **error);

/* The year a deadline names ("2027", "2026-06-30"), or 0. */
gint64      trappa_deadline_year            (const char     *deadline);

/* The ids of the measures a roll of the plan has marked done: they have
 * left the action plan. */
GHashTable *trappa_action_plan_closed       (TrappaPlan     *plan);

/* The records are the plan's (borrowed): use the figures before the plan
 * changes or goes. */
typedef struct
{
  TrappaItem *measure;
  gint64      cost[TRAPPA_N_COSTS][TRAPPA_ACTION_PLAN_YEARS];
} TrappaActionPlanRow;

typedef struct
{
  TrappaItem *area;         /* NULL: the measures without a target area */
  GPtrArray  *rows;         /* TrappaActionPlanRow, strategies together */
  gint64      total[TRAPPA_N_COSTS][TRAPPA_ACTION_PLAN_YEARS];
} TrappaActionPlanArea;

typedef struct
{
  gint64      first_year;
  GPtrArray  *areas;        /* TrappaActionPlanArea with rows, in the plan's
                             * order of target areas, "none" last */
  gint64      total[TRAPPA_N_COSTS][TRAPPA_ACTION_PLAN_YEARS];
} TrappaActionPlan;

/* The open measures (not closed by a roll) of @plan; only those adopted,
 * started or done unless @with_proposals. Within an area the rows keep
 * the plan's order, a strategy's rows together where it first appears.
 * Every total is the sum of the rows below it. */
TrappaActionPlan *trappa_action_plan_new    (TrappaPlan     *plan,
                                             gboolean        with_proposals);
void        trappa_action_plan_free         (TrappaActionPlan *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaActionPlan, trappa_action_plan_free)

G_END_DECLS
