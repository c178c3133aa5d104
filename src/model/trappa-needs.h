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

/* The default plan years of the gap analysis: end of the four-year action
 * plan (period start + 3), end of the plan period, and the needs horizon. */
void     trappa_needs_default_years   (TrappaPlan  *plan,
                                       gint64       years[3]);

/* Today's coverage of a coverage setting: its step's units per
 * TRAPPA_RATIO_SCALE inhabitants of its band in the base year, rounded half
 * up. FALSE when the base year has no population for the band. */
gboolean trappa_needs_coverage_today  (TrappaPlan             *plan,
                                       TrappaCoverage         *coverage,
                                       TrappaPopulationSeries *series,
                                       gint64                 *ratio);

/* Whether a measure's status counts as adopted (vedteke, i gang, ferdig):
 * only adopted measures add supply or lower the need; proposals are a
 * figure of their own. */
gboolean trappa_needs_status_is_adopted (const char *status);

/* The kind of staircase (TRAPPA_STAIRCASE_*) @step_id is on, or NULL. */
const char *trappa_needs_step_kind  (TrappaPlan              *plan,
                                     const char              *step_id);

typedef struct
{
  gint64 year;
  gint64 from_places;      /* level k before the move */
  gint64 to_places;        /* level k − 1 before the move */
  gint64 moved;            /* recipients a year served one level lower */
  gint64 cost_before;      /* annual cost of both levels, NOK */
  gint64 cost_after;
  gint64 freed;            /* places freed on level k */
  gint64 needed;           /* places they need on level k − 1 */
} TrappaBeonYear;

typedef struct
{
  char     *from_level_id;
  char     *to_level_id;
  gboolean  stays_stated;  /* FALSE: one place for one place */
  GArray   *years;         /* TrappaBeonYear, base year to horizon */
} TrappaBeonResult;

void     trappa_beon_result_free      (TrappaBeonResult *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaBeonResult, trappa_beon_result_free)

/* "What if X % of those on service level k were served on level k − 1":
 * places on both levels and their annual cost, year by year, in one unit.
 * A level's places are the needs model's need without measures where it
 * knows it, otherwise today's. X % of level k's places are freed (whole
 * places, rounded down); with both average stays stated they serve
 * freed × 365 ÷ stay recipients a year (rounded down), who need
 * recipients × stay below ÷ 365 places on level k − 1 (rounded up);
 * without, a place moves for a place. Costs are per place and year. */
TrappaBeonResult *trappa_needs_beon (TrappaPlan              *plan,
                                     TrappaBeonScenario      *scenario,
                                     TrappaPopulationSeries  *series,
                                     GError                 **error);

/* The rule of @result in words, to print beside its figures. */
char             *trappa_needs_beon_rule (TrappaBeonScenario *scenario,
                                          const TrappaBeonResult *result);

G_END_DECLS
