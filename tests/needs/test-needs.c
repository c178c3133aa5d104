/* test-needs.c: coverage, projected need, gap and BEON against a fixture
 * worked out by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <string.h>

#include "trappa-needs-figures.h"

#include "needs-fixture.h"

/* The fixture: base year 2024, plan period 2025–2027, horizon 2028, so the
 * default gap years are 2028 (2025 + 3), 2027 and 2028. The steps have no
 * mapping rows, so their need follows their coverage setting. Measures
 * are adopted (vedteke). Every figure is rounded half up once.
 *
 *   year         2024  2025  2026  2027  2028
 *   67–79        2000  2050  2100  2160  2200
 *   80+           400   430   455   480   510
 *
 * Housing step "omsorg" (30 units today) depends on 80+ and keeps today's
 * coverage: 30 / 400 = 7.50 per 100 (750 per 10 000).
 *   need = 30 × pop / 400:
 *     2024 30 · 2025 32.25 → 32 · 2026 34.125 → 34 · 2027 36 · 2028 38.25 → 38
 *   measure "build": +4 units on omsorg from 2026  → supply 30 30 34 34 34
 *   measure "prevent": −10 % on omsorg from 2027 → need with measures
 *     2027 36 × 0.9 = 32.4 → 32 · 2028 38.25 × 0.9 = 34.425 → 34
 *   gap = need with measures − supply: 0 2 0 0 0
 *
 * Housing step "heildogn" (12 units) depends on 67–79 with a target ratio
 * of 0.55 per 100 (55 per 10 000); today 12 / 2000 = 0.60 per 100 (60).
 *   need = 55 × pop / 10 000:
 *     2024 11 · 2025 11.275 → 11 · 2026 11.55 → 12 · 2027 11.88 → 12 · 2028 12.1 → 12
 *   measure "daytime": −5 % from effect year 0, i.e. the period start 2025:
 *     2025 10.711… → 11 · 2026 10.9725 → 11 · 2027 11.286 → 11 · 2028 11.495 → 11
 *   measure "more": +2 units from 2028 → supply 12 12 12 12 14; gap 0 everywhere.
 *
 * Service levels (activity staircase), lowest first, with annual cost per
 * recipient: heime 300 × 150 000, bustad 40 × 600 000, sjukeheim 50 × 1 400 000.
 * Sjukeheim keeps today's coverage of 80+: 50 × pop / 400 =
 *   50 · 53.75 → 54 · 56.875 → 57 · 60 · 63.75 → 64; bustad has no mapped
 *   need, so it stays at 40.
 * BEON "10 % of sjukeheim served in bustad from 2026": moved = ⌊10 % × places⌋
 *   = 0 0 5 6 6 (6.4 → 6); cost before 2026 = 57 × 1.4 M + 40 × 0.6 M
 *   = 103 800 000; after = 52 × 1.4 M + 45 × 0.6 M = 99 800 000 (5 × 800 000
 *   less); 2028: 64 × 1.4 M + 24 M = 113 600 000 → 58 × 1.4 M + 46 × 0.6 M
 *   = 108 800 000. */

static const TrappaNeedsStep *
step_of (Fixture    *f,
         const char *step)
{
  g_autoptr(TrappaNeedsFigures) figures = trappa_needs_figures_get (f->plan, NULL, NULL);
  const TrappaNeedsStep *s = trappa_needs_figures_get_step (figures, step);

  /* The plan's cache keeps the figures alive until the next change. */
  g_assert_nonnull (s);
  return s;
}

typedef struct
{
  gint64 need, need_adopted, supply, gap;
} Expected;

static void
assert_years (const TrappaNeedsStep *s,
              const Expected        *expected)
{
  g_assert_cmpuint (s->years->len, ==, NEEDS_N_YEARS);
  for (guint i = 0; i < NEEDS_N_YEARS; i++)
    {
      const TrappaNeedsYear *y = trappa_needs_step_get_year (s, needs_years[i]);

      g_assert_nonnull (y);
      g_assert_true (y->known);
      g_assert_cmpint (y->year, ==, needs_years[i]);
      g_assert_cmpint (y->need, ==, expected[i].need);
      g_assert_cmpint (y->need_adopted, ==, expected[i].need_adopted);
      g_assert_cmpint (y->supply, ==, expected[i].supply);
      g_assert_cmpint (y->gap, ==, expected[i].gap);
    }
}

static void
test_coverage_today (Fixture       *f,
                     gconstpointer  data)
{
  gint64 ratio = -1;

  g_assert_true (trappa_needs_coverage_today (f->plan, trappa_needs_find_coverage (f->plan, "omsorg"),
                                              f->series, &ratio));
  g_assert_cmpint (ratio, ==, 750);
  g_assert_true (trappa_needs_coverage_today (f->plan, trappa_needs_find_coverage (f->plan, "heildogn"),
                                              f->series, &ratio));
  g_assert_cmpint (ratio, ==, 60);
  g_assert_cmpint (step_of (f, "omsorg")->rule, ==, TRAPPA_NEEDS_RULE_COVERAGE);
  g_assert_cmpint (step_of (f, "bustad")->rule, ==, TRAPPA_NEEDS_RULE_NONE);

  /* Rounded half up: 1 / 3 per 100 = 33.33… per 10 000 → 33; 2 / 3 → 67. */
  g_assert_true (trappa_needs_coverage_ratio (1, 300, &ratio));
  g_assert_cmpint (ratio, ==, 33);
  g_assert_true (trappa_needs_coverage_ratio (2, 300, &ratio));
  g_assert_cmpint (ratio, ==, 67);
  g_assert_false (trappa_needs_coverage_ratio (5, 0, &ratio));
}

static void
test_need_without_measures (Fixture       *f,
                            gconstpointer  data)
{
  static const Expected e_omsorg[] = {
    { 30, 30, 30, 0 }, { 32, 32, 30, 2 }, { 34, 34, 30, 4 }, { 36, 36, 30, 6 }, { 38, 38, 30, 8 },
  };
  static const Expected e_heildogn[] = {
    { 11, 11, 12, 0 }, { 11, 11, 12, 0 }, { 12, 12, 12, 0 }, { 12, 12, 12, 0 }, { 12, 12, 12, 0 },
  };

  assert_years (step_of (f, "omsorg"), e_omsorg);
  assert_years (step_of (f, "heildogn"), e_heildogn);
}

static void
test_need_with_measures (Fixture       *f,
                         gconstpointer  data)
{
  static const Expected e_omsorg[] = {
    { 30, 30, 30, 0 }, { 32, 32, 30, 2 }, { 34, 34, 34, 0 }, { 36, 32, 34, 0 }, { 38, 34, 34, 0 },
  };
  static const Expected e_heildogn[] = {
    { 11, 11, 12, 0 }, { 11, 11, 12, 0 }, { 12, 11, 12, 0 }, { 12, 11, 12, 0 }, { 12, 11, 14, 0 },
  };
  gint64 gap_years[3];

  needs_fixture_add_measures (f);
  assert_years (step_of (f, "omsorg"), e_omsorg);
  assert_years (step_of (f, "heildogn"), e_heildogn);
  g_assert_null (trappa_needs_step_get_year (step_of (f, "omsorg"), 2023));
  g_assert_null (trappa_needs_step_get_year (step_of (f, "omsorg"), 2029));

  trappa_needs_default_years (f->plan, gap_years);
  g_assert_cmpint (gap_years[0], ==, 2028);
  g_assert_cmpint (gap_years[1], ==, 2027);
  g_assert_cmpint (gap_years[2], ==, 2028);
}

static void
test_compensating_compound (Fixture       *f,
                            gconstpointer  data)
{
  const TrappaNeedsStep *omsorg;

  /* 70 % and 60 % compound: 34.125 × 0.3 × 0.4 = 4.095 → 4, never below 0. */
  needs_fixture_add_measure (f, "omsorg", TRAPPA_EFFECT_NEED_REDUCED, 0, 70, 2026);
  needs_fixture_add_measure (f, "omsorg", TRAPPA_EFFECT_NEED_REDUCED, 0, 60, 2026);
  omsorg = step_of (f, "omsorg");
  g_assert_cmpint (trappa_needs_step_get_year (omsorg, 2025)->need_adopted, ==, 32);
  g_assert_cmpint (trappa_needs_step_get_year (omsorg, 2026)->need_adopted, ==, 4);
  g_assert_cmpint (trappa_needs_step_get_year (omsorg, 2026)->gap, ==, 0);
  /* 100 % takes it all. */
  needs_fixture_add_measure (f, "omsorg", TRAPPA_EFFECT_NEED_REDUCED, 0, 100, 2027);
  g_assert_cmpint (trappa_needs_step_get_year (step_of (f, "omsorg"), 2027)->need_adopted, ==, 0);
}

static void
test_all_bands_and_missing_years (Fixture       *f,
                                  gconstpointer  data)
{
  TrappaCoverage *all = trappa_needs_find_coverage (f->plan, "omsorg");
  g_autoptr(GError) error = NULL;
  GListStore *values = trappa_item_get_list (TRAPPA_ITEM (f->series), "values");
  g_autoptr(TrappaItem) removed = NULL;
  gint64 count = 0, ratio = 0;

  /* No band: both bands summed, 2400 in 2024; 30 / 2400 = 1.25 per 100. */
  g_assert_true (trappa_plan_set_string (f->plan, TRAPPA_ITEM (all), "band", "", &error));
  g_assert_no_error (error);
  g_assert_true (trappa_needs_population (f->plan, f->series, NULL, 2024, &count));
  g_assert_cmpint (count, ==, 2400);
  g_assert_true (trappa_needs_coverage_today (f->plan, all, f->series, &ratio));
  g_assert_cmpint (ratio, ==, 125);
  /* 2028: 30 × 2710 / 2400 = 33.875 → 34 */
  g_assert_cmpint (trappa_needs_step_get_year (step_of (f, "omsorg"), 2028)->need, ==, 34);

  /* A year the series lacks is marked unknown, not zero need. The values
   * are b67 and b80 per year: remove 2026's b80 (index 5). */
  removed = g_list_model_get_item (G_LIST_MODEL (values), 5);
  trappa_plan_remove (f->plan, removed);
  g_assert_false (trappa_needs_step_is_known (step_of (f, "omsorg"), 2026));
  g_assert_true (trappa_needs_step_is_known (step_of (f, "omsorg"), 2027));
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaNeedsFigures) figures = trappa_needs_figures_get (f->plan, "HHMH", &error);

  /* An unknown scenario is refused, naming the known ones. */
  g_assert_null (figures);
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "HHMH"));
  g_assert_nonnull (strstr (error->message, "MMMM"));
  g_clear_error (&error);

  /* No population in the base year 2020: growth is counted from the
   * series' first year, 2024, and until then the need is today's. */
  g_assert_true (trappa_plan_set_int (f->plan, TRAPPA_ITEM (f->plan), "base-year", 2020, NULL));
  g_assert_cmpint (trappa_needs_step_get_year (step_of (f, "omsorg"), 2022)->need, ==, 30);
  g_assert_cmpint (trappa_needs_step_get_year (step_of (f, "omsorg"), 2024)->need, ==, 30);
  g_assert_cmpint (trappa_needs_step_get_year (step_of (f, "omsorg"), 2025)->need, ==, 32);
  figures = trappa_needs_figures_get (f->plan, NULL, NULL);
  g_assert_nonnull (strstr (trappa_needs_figures_get_messages (figures)->pdata[0], "starts in 2024"));
  g_clear_object (&figures);

  /* A horizon before the base year: no years, and a message saying why. */
  g_assert_true (trappa_plan_undo (f->plan));
  g_assert_true (trappa_plan_set_int (f->plan, TRAPPA_ITEM (f->plan), "horizon", 2000, NULL));
  figures = trappa_needs_figures_get (f->plan, NULL, NULL);
  g_assert_cmpuint (step_of (f, "omsorg")->years->len, ==, 0);
  g_assert_cmpuint (trappa_needs_figures_get_messages (figures)->len, ==, 1);
}

static TrappaBeonScenario *
add_beon (Fixture    *f,
          const char *level,
          gint64      percent,
          gint64      from_year)
{
  g_autoptr(TrappaBeonScenario) beon = trappa_beon_scenario_new ();

  g_object_set (beon, "name", "BEON", "level", level, "percent", percent,
                "from-year", from_year, NULL);
  trappa_plan_insert (f->plan, TRAPPA_ITEM (f->plan), "beon-scenarios", -1, TRAPPA_ITEM (beon));
  return beon;
}

static void
test_beon (Fixture       *f,
           gconstpointer  data)
{
  TrappaBeonScenario *beon = add_beon (f, "sjukeheim", 10, 2026);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaBeonResult) r = trappa_needs_beon (f->plan, beon, f->series, &error);
  /* No average stays stated: a place for a place. */
  static const TrappaBeonYear expected[] = {
    { 2024, 50, 40, 0, 94000000, 94000000, 0, 0 },
    { 2025, 54, 40, 0, 99600000, 99600000, 0, 0 },
    { 2026, 57, 40, 5, 103800000, 99800000, 5, 5 },
    { 2027, 60, 40, 6, 108000000, 103200000, 6, 6 },
    { 2028, 64, 40, 6, 113600000, 108800000, 6, 6 },
  };

  g_assert_no_error (error);
  g_assert_cmpstr (r->from_level_id, ==, "sjukeheim");
  g_assert_cmpstr (r->to_level_id, ==, "bustad");
  g_assert_cmpuint (r->years->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const TrappaBeonYear *y = &g_array_index (r->years, TrappaBeonYear, i);

      g_assert_cmpint (y->year, ==, expected[i].year);
      g_assert_cmpint (y->from_places, ==, expected[i].from_places);
      g_assert_cmpint (y->to_places, ==, expected[i].to_places);
      g_assert_cmpint (y->moved, ==, expected[i].moved);
      g_assert_cmpint (y->cost_before, ==, expected[i].cost_before);
      g_assert_cmpint (y->cost_after, ==, expected[i].cost_after);
      g_assert_cmpint (y->freed, ==, expected[i].freed);
      g_assert_cmpint (y->needed, ==, expected[i].needed);
    }
}

/* Stated stays: sjukeheim 730 days, bustad 30 days. 2026: 57 places, 10 %
 * freed = 5 places; they serve ⌊5 × 365 ÷ 730⌋ = ⌊2.5⌋ = 2 recipients a
 * year, who need ⌈2 × 30 ÷ 365⌉ = ⌈0.16⌉ = 1 place in bustad; cost after
 * = 52 × 1.4 M + 41 × 0.6 M = 97 400 000 (before 103 800 000). 2028: 64
 * places, 6 freed, ⌊3⌋ = 3 recipients, ⌈0.25⌉ = 1 place: 58 × 1.4 M +
 * 41 × 0.6 M = 105 800 000. */
static void
test_beon_stays (Fixture       *f,
                 gconstpointer  data)
{
  TrappaBeonScenario *beon = add_beon (f, "sjukeheim", 10, 2026);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaBeonResult) r = NULL;
  g_autofree char *rule = NULL;
  const TrappaBeonYear *y;

  g_assert_true (trappa_plan_set_int (f->plan, TRAPPA_ITEM (beon), "stay-days", 730, NULL));
  g_assert_true (trappa_plan_set_int (f->plan, TRAPPA_ITEM (beon), "stay-days-below", 30, NULL));
  r = trappa_needs_beon (f->plan, beon, f->series, &error);
  g_assert_no_error (error);
  g_assert_true (r->stays_stated);
  y = &g_array_index (r->years, TrappaBeonYear, 2);
  g_assert_cmpint (y->freed, ==, 5);
  g_assert_cmpint (y->moved, ==, 2);
  g_assert_cmpint (y->needed, ==, 1);
  g_assert_cmpint (y->cost_before, ==, 103800000);
  g_assert_cmpint (y->cost_after, ==, 97400000);
  y = &g_array_index (r->years, TrappaBeonYear, 4);
  g_assert_cmpint (y->freed, ==, 6);
  g_assert_cmpint (y->moved, ==, 3);
  g_assert_cmpint (y->needed, ==, 1);
  g_assert_cmpint (y->cost_after, ==, 105800000);
  rule = trappa_needs_beon_rule (beon, r);
  g_assert_nonnull (strstr (rule, "730 days"));
}

static void
test_beon_errors (Fixture       *f,
                  gconstpointer  data)
{
  TrappaBeonScenario *lowest = add_beon (f, "heime", 10, 2026);
  TrappaBeonScenario *nowhere = add_beon (f, "", 10, 2026);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaBeonResult) r = trappa_needs_beon (f->plan, lowest, f->series, &error);

  g_assert_null (r);
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "heime"));
  g_clear_error (&error);

  r = trappa_needs_beon (f->plan, nowhere, f->series, &error);
  g_assert_null (r);
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_DANGLING_REFERENCE);
}

static void
test_age_band (void)
{
  g_autoptr(TrappaAgeBand) band = trappa_age_band_new ("67–79", 67, 79, FALSE);
  g_autoptr(TrappaAgeBand) open = trappa_age_band_new ("80+", 80, 0, TRUE);

  g_assert_false (trappa_age_band_contains (band, 66));
  g_assert_true (trappa_age_band_contains (band, 67));
  g_assert_true (trappa_age_band_contains (band, 79));
  g_assert_false (trappa_age_band_contains (band, 80));
  g_assert_false (trappa_age_band_contains (open, 79));
  g_assert_true (trappa_age_band_contains (open, 120));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/trappa/needs/" path, Fixture, NULL, needs_fixture_set_up, func, needs_fixture_tear_down)
  ADD ("coverage/today", test_coverage_today);
  ADD ("need/without-measures", test_need_without_measures);
  ADD ("need/with-measures", test_need_with_measures);
  ADD ("need/compensating-compound", test_compensating_compound);
  ADD ("need/all-bands-and-missing-years", test_all_bands_and_missing_years);
  ADD ("need/errors", test_errors);
  ADD ("beon/move-one-level-down", test_beon);
  ADD ("beon/errors", test_beon_errors);
  ADD ("beon/stays", test_beon_stays);
#undef ADD
  g_test_add_func ("/trappa/needs/age-band/contains", test_age_band);

  return g_test_run ();
}
