/* trappa-population.h: population projection, coverage and gap-analysis records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-item.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_AGE_BAND (trappa_age_band_get_type ())
G_DECLARE_FINAL_TYPE (TrappaAgeBand, trappa_age_band, TRAPPA, AGE_BAND, TrappaItem)

#define TRAPPA_TYPE_POPULATION_SERIES (trappa_population_series_get_type ())
G_DECLARE_FINAL_TYPE (TrappaPopulationSeries, trappa_population_series, TRAPPA, POPULATION_SERIES, TrappaItem)

#define TRAPPA_TYPE_POPULATION_VALUE (trappa_population_value_get_type ())
G_DECLARE_FINAL_TYPE (TrappaPopulationValue, trappa_population_value, TRAPPA, POPULATION_VALUE, TrappaItem)

#define TRAPPA_TYPE_COVERAGE (trappa_coverage_get_type ())
G_DECLARE_FINAL_TYPE (TrappaCoverage, trappa_coverage, TRAPPA, COVERAGE, TrappaItem)

#define TRAPPA_TYPE_BEON_SCENARIO (trappa_beon_scenario_get_type ())
G_DECLARE_FINAL_TYPE (TrappaBeonScenario, trappa_beon_scenario, TRAPPA, BEON_SCENARIO, TrappaItem)

#define TRAPPA_TYPE_GAP_TEXT (trappa_gap_text_get_type ())
G_DECLARE_FINAL_TYPE (TrappaGapText, trappa_gap_text, TRAPPA, GAP_TEXT, TrappaItem)

/* Oldest single age SSB gives: 90 stands for "90 years or older". */
#define TRAPPA_MAX_AGE            150
/* Coverage ratios are stored as whole units per 10 000 inhabitants, i.e.
 * hundredths of "units per 100", so that the file holds whole numbers and
 * the arithmetic is exact. 1 000 000 = 100 units per inhabitant. */
#define TRAPPA_RATIO_SCALE        10000
#define TRAPPA_MAX_RATIO          1000000
/* An average stay in days: at most a hundred years. */
#define TRAPPA_MAX_STAY_DAYS      36500

/* Age band fields: "name", "min-age", "max-age", "open-ended" (no upper age;
 * max-age is then ignored). Population series: "scenario" (SSB's code, e.g.
 * MMMM), "name", "source", "date" (ISO 8601), list "values". Population
 * value: "band", "year", "count". Coverage: "step" (a housing step or a
 * service level), "band" ("" = all bands summed), "use-target" and
 * "target-ratio" (per TRAPPA_RATIO_SCALE). BEON scenario: "name",
 * "description", "level" (a service level), "percent" moved one level
 * down, "from-year", "stay-days" and "stay-days-below" (average stay on the
 * level and on the one below; 0: not stated). Gap text (Status i dag | Behov / tiltak | Visjon) for
 * a step or a target area: "step", "target-area" (a TrappaTargetArea),
 * "status-today", "needs-measures", "vision". Removing what a record refers
 * to removes the record (a band takes its values and coverage settings). */
TrappaAgeBand          *trappa_age_band_new          (const char *name,
                                                      gint64      min_age,
                                                      gint64      max_age,
                                                      gboolean    open_ended);
TrappaPopulationSeries *trappa_population_series_new (const char *scenario);
TrappaPopulationValue  *trappa_population_value_new  (const char *band_id,
                                                      gint64      year,
                                                      gint64      count);
TrappaCoverage         *trappa_coverage_new          (const char *step_id,
                                                      const char *band_id);
TrappaBeonScenario     *trappa_beon_scenario_new     (void);
TrappaGapText          *trappa_gap_text_new          (void);

/* Whether @age (whole years) falls in the band. */
gboolean trappa_age_band_contains (TrappaAgeBand *self,
                                   gint64         age);

G_END_DECLS
