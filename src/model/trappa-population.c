/* trappa-population.c: population projection, coverage and gap-analysis records
 *
 * Like trappa-records.c, each kind only declares its fields (file order);
 * TrappaItem stores them, so the plan file, undo and validation need no
 * code for these kinds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-population"

#include "trappa-population.h"
#include "trappa-records.h"
#include "trappa-measure.h"

TRAPPA_DEFINE_RECORD (TrappaAgeBand, trappa_age_band)
TRAPPA_DEFINE_RECORD (TrappaPopulationSeries, trappa_population_series)
TRAPPA_DEFINE_RECORD (TrappaPopulationValue, trappa_population_value)
TRAPPA_DEFINE_RECORD (TrappaCoverage, trappa_coverage)
TRAPPA_DEFINE_RECORD (TrappaBeonScenario, trappa_beon_scenario)
TRAPPA_DEFINE_RECORD (TrappaGapText, trappa_gap_text)

static void
trappa_age_band_class_init (TrappaAgeBandClass *klass)
{
  static GParamSpec *props[5];

  props[1] = trappa_param_spec_text ("name", FALSE);
  props[2] = trappa_param_spec_count ("min-age", TRAPPA_MAX_AGE);
  props[3] = trappa_param_spec_count ("max-age", TRAPPA_MAX_AGE);
  props[4] = trappa_param_spec_flag ("open-ended");
  TRAPPA_ITEM_CLASS_INSTALL (klass, "age-band", props);
}

static void
trappa_population_series_class_init (TrappaPopulationSeriesClass *klass)
{
  static GParamSpec *props[5];

  props[1] = trappa_param_spec_text ("scenario", FALSE);
  props[2] = trappa_param_spec_text ("name", FALSE);
  props[3] = trappa_param_spec_text ("source", TRUE);
  props[4] = trappa_param_spec_text ("date", FALSE);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "population-series", props);
  trappa_item_class_add_list (TRAPPA_ITEM_CLASS (klass), "values", TRAPPA_TYPE_POPULATION_VALUE);
}

static void
trappa_population_value_class_init (TrappaPopulationValueClass *klass)
{
  static GParamSpec *props[4];

  props[1] = trappa_param_spec_rules (trappa_param_spec_reference ("band", TRAPPA_TYPE_AGE_BAND),
                                      "age-bands", TRAPPA_ON_DELETE_CASCADE);
  props[2] = trappa_param_spec_year ("year");
  props[3] = trappa_param_spec_count ("count", TRAPPA_MAX_COUNT);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "population-value", props);
}

static void
trappa_coverage_class_init (TrappaCoverageClass *klass)
{
  static GParamSpec *props[5];

  props[1] = trappa_param_spec_rules (trappa_param_spec_reference ("step", TRAPPA_TYPE_STEP),
                                      "staircases/steps", TRAPPA_ON_DELETE_CASCADE);
  props[2] = trappa_param_spec_rules (trappa_param_spec_reference ("band", TRAPPA_TYPE_AGE_BAND),
                                      "age-bands", TRAPPA_ON_DELETE_CASCADE);
  props[3] = trappa_param_spec_flag ("use-target");
  props[4] = trappa_param_spec_count ("target-ratio", TRAPPA_MAX_RATIO);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "coverage", props);
}

static void
trappa_beon_scenario_class_init (TrappaBeonScenarioClass *klass)
{
  static GParamSpec *props[8];

  props[1] = trappa_param_spec_text ("name", FALSE);
  props[2] = trappa_param_spec_text ("description", TRUE);
  props[3] = trappa_param_spec_rules (trappa_param_spec_reference ("level", TRAPPA_TYPE_STEP),
                                      "staircases[kind=" TRAPPA_STAIRCASE_ACTIVITY "]/steps",
                                      TRAPPA_ON_DELETE_CASCADE);
  props[4] = trappa_param_spec_count ("percent", 100);
  props[5] = trappa_param_spec_year ("from-year");
  /* Average stay in days on the level and on the one below: places on
   * each are converted to recipients a year with them (docs/needs.md). */
  props[6] = trappa_param_spec_count ("stay-days", TRAPPA_MAX_STAY_DAYS);
  props[7] = trappa_param_spec_count ("stay-days-below", TRAPPA_MAX_STAY_DAYS);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "beon-scenario", props);
}

static void
trappa_gap_text_class_init (TrappaGapTextClass *klass)
{
  static GParamSpec *props[6];

  props[1] = trappa_param_spec_rules (trappa_param_spec_reference ("step", TRAPPA_TYPE_STEP),
                                      "staircases/steps", TRAPPA_ON_DELETE_CASCADE);
  props[2] = trappa_param_spec_rules (trappa_param_spec_reference ("target-area", TRAPPA_TYPE_TARGET_AREA),
                                      "target-areas", TRAPPA_ON_DELETE_CASCADE);
  props[3] = trappa_param_spec_text ("status-today", TRUE);
  props[4] = trappa_param_spec_text ("needs-measures", TRUE);
  props[5] = trappa_param_spec_text ("vision", TRUE);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "gap-text", props);
}

TrappaAgeBand *
trappa_age_band_new (const char *name,
                     gint64      min_age,
                     gint64      max_age,
                     gboolean    open_ended)
{
  return g_object_new (TRAPPA_TYPE_AGE_BAND, "name", name, "min-age", min_age,
                       "max-age", max_age, "open-ended", open_ended, NULL);
}

TrappaPopulationSeries *
trappa_population_series_new (const char *scenario)
{
  return g_object_new (TRAPPA_TYPE_POPULATION_SERIES, "scenario", scenario, NULL);
}

TrappaPopulationValue *
trappa_population_value_new (const char *band_id,
                             gint64      year,
                             gint64      count)
{
  return g_object_new (TRAPPA_TYPE_POPULATION_VALUE, "band", band_id,
                       "year", year, "count", count, NULL);
}

TrappaCoverage *
trappa_coverage_new (const char *step_id,
                     const char *band_id)
{
  return g_object_new (TRAPPA_TYPE_COVERAGE, "step", step_id, "band", band_id, NULL);
}

TrappaBeonScenario *
trappa_beon_scenario_new (void)
{
  return g_object_new (TRAPPA_TYPE_BEON_SCENARIO, NULL);
}

TrappaGapText *
trappa_gap_text_new (void)
{
  return g_object_new (TRAPPA_TYPE_GAP_TEXT, NULL);
}

gboolean
trappa_age_band_contains (TrappaAgeBand *self,
                          gint64         age)
{
  TrappaItem *item = TRAPPA_ITEM (self);

  if (age < trappa_item_get_int (item, "min-age"))
    return FALSE;
  return trappa_item_get_boolean (item, "open-ended") ||
         age <= trappa_item_get_int (item, "max-age");
}
