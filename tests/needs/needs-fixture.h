/* needs-fixture.h: the small plan the needs tests work out by hand
 * (see the comment at the top of test-needs.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-measure.h"
#include "trappa-needs.h"
#include "trappa-plan.h"
#include "trappa-population.h"

typedef struct
{
  TrappaPlan             *plan;
  TrappaPopulationSeries *series;
  TrappaStaircase        *housing;
  TrappaStaircase        *activity;
} Fixture;

/* 2024 to 2028: base year to horizon. */
#define NEEDS_N_YEARS 5
extern const gint64 needs_years[NEEDS_N_YEARS];

TrappaItem     *needs_fixture_add_step     (Fixture         *f,
                                            TrappaStaircase *staircase,
                                            const char      *id,
                                            gint64           units,
                                            gint64           cost);
TrappaCoverage *needs_fixture_add_coverage (Fixture         *f,
                                            const char      *step,
                                            const char      *band,
                                            gboolean         use_target,
                                            gint64           target);
void            needs_fixture_add_measure  (Fixture         *f,
                                            const char      *step,
                                            const char      *kind,
                                            gint64           units,
                                            gint64           percent,
                                            gint64           year);
/* The plan: bands, the MMMM series, both staircases, coverage settings. */
void            needs_fixture_set_up       (Fixture         *f,
                                            gconstpointer    data);
/* The four measures of the worked example. */
void            needs_fixture_add_measures (Fixture         *f);
void            needs_fixture_tear_down    (Fixture         *f,
                                            gconstpointer    data);
