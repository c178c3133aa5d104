/* trappa-needs-figures.h: every need, supply and gap figure of a plan, for
 * one population scenario
 *
 * The one needs model (docs/needs.md): per step and year the need without
 * measures, with adopted measures and with proposals too, the supply and
 * the gap. Every pane, chart, export and the command line reads these
 * figures, so they all agree. trappa_needs_figures_get() computes them
 * once per plan change and scenario and shares the result.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"
#include "trappa-population.h"

G_BEGIN_DECLS

/* Where a step's need comes from. */
typedef enum
{
  TRAPPA_NEEDS_RULE_NONE,      /* no mapping rows and no coverage setting */
  TRAPPA_NEEDS_RULE_MAPPED,    /* its mapping rows, per target group */
  TRAPPA_NEEDS_RULE_COVERAGE,  /* its coverage setting */
} TrappaNeedsRule;

typedef struct
{
  gint64   year;
  gboolean known;            /* FALSE: the series lacks a band's population */
  gint64   need;             /* without measures, rounded half up */
  gint64   need_adopted;     /* with adopted compensating measures */
  gint64   need_proposed;    /* with proposed ones too */
  gint64   supply;           /* units today + units added by adopted measures */
  gint64   supply_proposed;  /* + units added by proposals */
  gint64   gap;              /* need_adopted − supply, at least 0 */
  gint64   gap_proposed;     /* need_proposed − supply_proposed, at least 0 */
} TrappaNeedsYear;

typedef struct
{
  char            *step_id;
  const char      *kind;           /* TRAPPA_STAIRCASE_* */
  TrappaNeedsRule  rule;
  gint64           units_today;
  gint64           uncovered_now;  /* Σ of the mapping rows */
  gint64           mapped_period;  /* units today + Σ rows' need in the period;
                                    * −1 without mapping rows */
  GArray          *years;          /* TrappaNeedsYear, base year to horizon */
} TrappaNeedsStep;

#define TRAPPA_TYPE_NEEDS_FIGURES (trappa_needs_figures_get_type ())
G_DECLARE_FINAL_TYPE (TrappaNeedsFigures, trappa_needs_figures, TRAPPA, NEEDS_FIGURES, GObject)

/* The plan's figures for @scenario (NULL: the first series; a plan with no
 * series still has base-year figures). Shared: computed again only after
 * the plan has changed. NULL with an error naming the known scenarios when
 * @scenario is not one of them. */
TrappaNeedsFigures    *trappa_needs_figures_get          (TrappaPlan          *plan,
                                                          const char          *scenario,
                                                          GError             **error);
/* Computes figures afresh, unshared (@series may be NULL). */
TrappaNeedsFigures    *trappa_needs_figures_compute      (TrappaPlan             *plan,
                                                          TrappaPopulationSeries *series);

/* The scenario code ("" without a series), the series' name and source. */
const char            *trappa_needs_figures_get_scenario (TrappaNeedsFigures  *self);
const char            *trappa_needs_figures_get_source   (TrappaNeedsFigures  *self);
gboolean               trappa_needs_figures_has_series   (TrappaNeedsFigures  *self);
gint64                 trappa_needs_figures_get_base_year (TrappaNeedsFigures *self);
gint64                 trappa_needs_figures_get_horizon  (TrappaNeedsFigures  *self);
/* Every step of both staircases in staircase order, housing first. */
guint                  trappa_needs_figures_get_n_steps  (TrappaNeedsFigures  *self);
const TrappaNeedsStep *trappa_needs_figures_get_step_at  (TrappaNeedsFigures  *self,
                                                          guint                i);
const TrappaNeedsStep *trappa_needs_figures_get_step     (TrappaNeedsFigures  *self,
                                                          const char          *step_id);
/* What could not be computed and why (a plan without base year, …). */
GPtrArray             *trappa_needs_figures_get_messages (TrappaNeedsFigures  *self);

/* The year's figures of a step, or NULL outside base year … horizon. */
const TrappaNeedsYear *trappa_needs_step_get_year        (const TrappaNeedsStep *step,
                                                          gint64                 year);
/* Whether the step's need can be shown: a rule, and known in @year. */
gboolean               trappa_needs_step_is_known        (const TrappaNeedsStep *step,
                                                          gint64                 year);

/* The sums of the rounded figures of every step on the @kind staircase
 * (NULL: both) whose need is known in @year; FALSE when there is none. */
gboolean               trappa_needs_figures_sum          (TrappaNeedsFigures  *self,
                                                          const char          *kind,
                                                          gint64               year,
                                                          TrappaNeedsYear     *sum);

/* The rule for a population series whose first year comes after the
 * plan's base year, in words (the Needs and Gap pane, the import). */
char                  *trappa_needs_late_series_rule     (gint64               first_year,
                                                          gint64               base_year);

G_END_DECLS
