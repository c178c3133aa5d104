/* trappa-needs.h: coverage, projected need, supply and gap, the BEON scenario
 *
 * Pure arithmetic over the plan's records: no state, no GTK. The formulas
 * and the rounding are documented in docs/needs.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"
#include "trappa-population.h"

G_BEGIN_DECLS

/* What one measure does to one step from @year on: a building measure adds
 * units to the supply, a compensating measure lowers the step's ratio (and
 * so its need) by a percentage. Percentages of several measures on a step
 * add up, to at most 100. */
typedef struct
{
  const char *step_id;
  gint64      year;
  gint64      units_added;
  gint64      need_percent;
} TrappaNeedsEffect;

typedef struct
{
  gint64   year;
  gboolean known;          /* FALSE when the series lacks this year */
  gint64   population;     /* of the coverage's band */
  gint64   need;           /* without measures, whole units rounded up */
  gint64   need_with;      /* with compensating measures, never below 0 */
  gint64   additions;      /* units added by measures up to and in this year */
  gint64   supply;         /* units today + additions */
  gint64   gap;            /* need_with − supply, 0 when supply covers it */
  gint64   gap_without;    /* need − units today, 0 when covered */
} TrappaNeedsYear;

typedef struct
{
  char   *step_id;
  gint64  units_today;
  gint64  base_year;
  gint64  base_population;
  gint64  coverage_today;  /* per TRAPPA_RATIO_SCALE, rounded to nearest */
  gint64  ratio;           /* the ratio used for the need */
  GArray *years;           /* TrappaNeedsYear, base year to horizon */
} TrappaNeedsProjection;

void                   trappa_needs_projection_free (TrappaNeedsProjection *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaNeedsProjection, trappa_needs_projection_free)

/* units per TRAPPA_RATIO_SCALE inhabitants, rounded half up; FALSE when
 * @population is 0 (no ratio can be formed). */
gboolean trappa_needs_coverage_ratio  (gint64       units,
                                       gint64       population,
                                       gint64      *ratio);

/* Population of a band (NULL or "" = all bands summed) in @year. FALSE when
 * the series has no value for that band and year. */
gboolean trappa_needs_population      (TrappaPlan             *plan,
                                       TrappaPopulationSeries *series,
                                       const char             *band_id,
                                       gint64                  year,
                                       gint64                 *count);

/* The series of a scenario, or the plan's first series for NULL. */
TrappaPopulationSeries *trappa_needs_find_series   (TrappaPlan  *plan,
                                                    const char  *scenario);
/* The coverage setting of a step or service level, or NULL. */
TrappaCoverage         *trappa_needs_find_coverage (TrappaPlan  *plan,
                                                    const char  *step_id);

/* The expected effects of the plan's measures (borrowing their strings:
 * keep the plan alive while using them). A measure whose effect year is 0
 * counts from the start of the plan period. */
GArray  *trappa_needs_collect_effects (TrappaPlan  *plan);

/* The default plan years of the gap analysis: end of the four-year action
 * plan (period start + 3), end of the plan period, and the needs horizon. */
void     trappa_needs_default_years   (TrappaPlan  *plan,
                                       gint64       years[3]);

/* Need, supply and gap of the coverage's step per year from the plan's base
 * year to its horizon. The ratio is the target ratio when "use-target" is
 * set, otherwise today's (units today ÷ base-year population, exact). Fails
 * with a message when the step is missing, the base year has no population
 * or the years make no sense. */
TrappaNeedsProjection *trappa_needs_project (TrappaPlan              *plan,
                                             TrappaCoverage          *coverage,
                                             TrappaPopulationSeries  *series,
                                             const TrappaNeedsEffect *effects,
                                             guint                    n_effects,
                                             GError                 **error);

/* Projections of the coverage settings of the plan whose step is on the
 * @kind staircase (NULL: any), in the order of its "coverages" list, with
 * the plan's measures. A setting that cannot be projected is left out and,
 * when @messages is not NULL, its message added there. Empty when @series
 * is NULL. */
GPtrArray *trappa_needs_project_all (TrappaPlan              *plan,
                                     TrappaPopulationSeries  *series,
                                     const char              *kind,
                                     GPtrArray               *messages);

/* The kind of staircase (TRAPPA_STAIRCASE_*) @step_id is on, or NULL. */
const char *trappa_needs_step_kind  (TrappaPlan              *plan,
                                     const char              *step_id);

const TrappaNeedsYear *
         trappa_needs_projection_get_year (const TrappaNeedsProjection *self,
                                           gint64                       year);

typedef struct
{
  gint64 year;
  gint64 from_places;      /* level k before the move */
  gint64 to_places;        /* level k − 1 before the move */
  gint64 moved;            /* recipients served one level lower */
  gint64 cost_before;      /* annual cost of both levels, NOK */
  gint64 cost_after;
} TrappaBeonYear;

typedef struct
{
  char   *from_level_id;
  char   *to_level_id;
  GArray *years;           /* TrappaBeonYear, base year to horizon */
} TrappaBeonResult;

void     trappa_beon_result_free      (TrappaBeonResult *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaBeonResult, trappa_beon_result_free)

/* "What if X % of those on service level k were served on level k − 1":
 * places on both levels and their annual cost, year by year. The level's
 * recipients follow its coverage setting when it has one and the series
 * covers the year, otherwise they stay at today's. Moved recipients are
 * whole people, rounded down. */
TrappaBeonResult *trappa_needs_beon (TrappaPlan              *plan,
                                     TrappaBeonScenario      *scenario,
                                     TrappaPopulationSeries  *series,
                                     GError                 **error);

G_END_DECLS
