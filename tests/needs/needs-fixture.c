/* needs-fixture.c: the small plan the needs tests work out by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "needs-fixture.h"

const gint64 needs_years[] = { 2024, 2025, 2026, 2027, 2028 };
static const gint64 pop_67[] = { 2000, 2050, 2100, 2160, 2200 };
static const gint64 pop_80[] = { 400, 430, 455, 480, 510 };

TrappaItem *
needs_fixture_add_step (Fixture         *f,
          TrappaStaircase *staircase,
          const char      *id,
          gint64           units,
          gint64           cost)
{
  g_autoptr(TrappaStep) step = trappa_step_new ();

  g_object_set (step, "id", id, "name", id, "units-today", units,
                "annual-cost-per-unit", cost, NULL);
  trappa_plan_insert (f->plan, TRAPPA_ITEM (staircase), "steps", -1, TRAPPA_ITEM (step));
  return TRAPPA_ITEM (step);
}

TrappaCoverage *
needs_fixture_add_coverage (Fixture    *f,
              const char *step,
              const char *band,
              gboolean    use_target,
              gint64      target)
{
  g_autoptr(TrappaCoverage) coverage = trappa_coverage_new (step, band);

  g_object_set (coverage, "use-target", use_target, "target-ratio", target, NULL);
  trappa_plan_insert (f->plan, TRAPPA_ITEM (f->plan), "coverages", -1, TRAPPA_ITEM (coverage));
  return coverage;
}

void
needs_fixture_add_measure (Fixture    *f,
             const char *step,
             const char *kind,
             gint64      units,
             gint64      percent,
             gint64      year)
{
  g_autoptr(TrappaMeasure) measure = trappa_measure_new (kind);
  g_object_set (measure, "status", TRAPPA_MEASURE_STATUS_ADOPTED, "effect-kind", kind, "effect-step", step,
                "effect-units", units, "effect-percent", percent,
                "effect-year", year, NULL);
  trappa_plan_insert (f->plan, TRAPPA_ITEM (f->plan), "measures", -1, TRAPPA_ITEM (measure));
}

void
needs_fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(TrappaAgeBand) b67 = trappa_age_band_new ("67–79", 67, 79, FALSE);
  g_autoptr(TrappaAgeBand) b80 = trappa_age_band_new ("80+", 80, 0, TRUE);
  g_autoptr(TrappaPopulationSeries) series = trappa_population_series_new ("MMMM");

  f->plan = trappa_plan_new_empty ();
  g_object_set (f->plan, "base-year", 2024, "period-start", 2025,
                "period-end", 2027, "horizon", 2028, NULL);
  f->housing = trappa_staircase_new (TRAPPA_STAIRCASE_HOUSING);
  f->activity = trappa_staircase_new (TRAPPA_STAIRCASE_ACTIVITY);
  trappa_plan_insert (f->plan, TRAPPA_ITEM (f->plan), "staircases", -1, TRAPPA_ITEM (f->housing));
  trappa_plan_insert (f->plan, TRAPPA_ITEM (f->plan), "staircases", -1, TRAPPA_ITEM (f->activity));
  g_object_unref (f->housing);
  g_object_unref (f->activity);

  g_object_set (b67, "id", "b67", NULL);
  g_object_set (b80, "id", "b80", NULL);
  trappa_plan_insert (f->plan, TRAPPA_ITEM (f->plan), "age-bands", -1, TRAPPA_ITEM (b67));
  trappa_plan_insert (f->plan, TRAPPA_ITEM (f->plan), "age-bands", -1, TRAPPA_ITEM (b80));
  for (guint i = 0; i < NEEDS_N_YEARS; i++)
    {
      g_autoptr(TrappaPopulationValue) v67 = trappa_population_value_new ("b67", needs_years[i], pop_67[i]);
      g_autoptr(TrappaPopulationValue) v80 = trappa_population_value_new ("b80", needs_years[i], pop_80[i]);

      g_list_store_append (trappa_item_get_list (TRAPPA_ITEM (series), "values"), v67);
      g_list_store_append (trappa_item_get_list (TRAPPA_ITEM (series), "values"), v80);
    }
  trappa_plan_insert (f->plan, TRAPPA_ITEM (f->plan), "population-series", -1, TRAPPA_ITEM (series));
  f->series = series;

  needs_fixture_add_step (f, f->housing, "omsorg", 30, 0);
  needs_fixture_add_step (f, f->housing, "heildogn", 12, 0);
  needs_fixture_add_step (f, f->activity, "heime", 300, 150000);
  needs_fixture_add_step (f, f->activity, "bustad", 40, 600000);
  needs_fixture_add_step (f, f->activity, "sjukeheim", 50, 1400000);
  needs_fixture_add_coverage (f, "omsorg", "b80", FALSE, 0);
  needs_fixture_add_coverage (f, "heildogn", "b67", TRUE, 55);
  needs_fixture_add_coverage (f, "sjukeheim", "b80", FALSE, 0);
}

void
needs_fixture_add_measures (Fixture *f)
{
  needs_fixture_add_measure (f, "omsorg", TRAPPA_EFFECT_UNITS_ADDED, 4, 0, 2026);
  needs_fixture_add_measure (f, "omsorg", TRAPPA_EFFECT_NEED_REDUCED, 0, 10, 2027);
  needs_fixture_add_measure (f, "heildogn", TRAPPA_EFFECT_NEED_REDUCED, 0, 5, 0);
  needs_fixture_add_measure (f, "heildogn", TRAPPA_EFFECT_UNITS_ADDED, 2, 0, 2028);
}

void
needs_fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* An undo entry for one of the plan's own fields holds the plan: clear
   * the history first (the plan then owns no reference to itself). */
  trappa_plan_clear_history (f->plan);
  g_assert_finalize_object (f->plan);
}
