/* test-needs-figures.c: the needs model on a small plan worked out by hand,
 * the needs table export of it, and typed needs of format 1.0
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "trappa-measure.h"
#include "trappa-priority.h"
#include "trappa-needs.h"
#include "trappa-needs-figures.h"
#include "trappa-needs-table.h"
#include "trappa-plan-file.h"
#include "trappa-population.h"
#include "trappa-table-file.h"

/* The plan (unlike the seeds): base year 2030, plan period 2031–2038,
 * horizon 2040; the series "TEST" has the years 2030, 2032, 2036 and 2040
 * only (the years between are unknown, and not checked).
 *
 *   band          2030  2032  2036  2040
 *   young 0–17    1000  1010  1020  1050
 *   adult 18–66   4000  4100  4300  4500
 *   old   80+      400   430   500   600
 *   whole         5400  5540  5820  6150   (all three summed)
 *
 * Target groups: born → young, rus → adult, eldre → old, demens → old,
 * flyktning → no band: the whole population.
 *
 * Seven housing steps (units today; mapping rows as group units+uncovered):
 *   s1 ordinaer      0   no rows, no coverage: need not mapped
 *   s2 utleige     100   flyktning 60+4, rus 40+6   (need-period 8 and 6)
 *   s3 oppfolging   20   rus 20+5
 *   s4 avlastning   10   born 10+2
 *   s5 omsorg       50   eldre 50+10
 *   s6 heildogn     30   eldre 20+4, demens 10+6
 *   s7 sjukeheim    40   no rows: coverage target 10 per 100 of old (1000)
 *
 * Measures:
 *   m1 adopted (vedteke)   −20 % on s6 for demens from 2032
 *   m2 adopted (i gang)    −10 % on s2 for rus from 2036
 *   m3 proposal (forslag)  −25 % on s5 for eldre from 2036
 *   m4 adopted (ferdig)    +10 units on s5 from 2032
 *
 * s2: flyktning 64 × whole / 5400, rus 46 × adult / 4000
 *   2030  64 + 46 = 110                              gap 110 − 100 = 10
 *   2032  64 × 5540 / 5400 = 65.659… + 46 × 4100 / 4000 = 47.15
 *         = 112.809… → 113                           gap 13
 *   2036  68.977… + 49.45 = 118.427… → 118; with m2: 68.977… + 49.45 × 0.9
 *         = 68.977… + 44.505 = 113.482… → 113         gap 13
 *   2040  72.888… + 51.75 = 124.638… → 125; with m2: 72.888… + 46.575
 *         = 119.463… → 119                            gap 19
 * s3: rus 25 × adult / 4000: 25, 25.625 → 26, 26.875 → 27, 28.125 → 28;
 *     gap 5, 6, 7, 8 (m2 is on s2 only)
 * s4: born 12 × young / 1000: 12, 12.12 → 12, 12.24 → 12, 12.6 → 13;
 *     gap 2, 2, 2, 3
 * s5: eldre 60 × old / 400: 60, 64.5 → 65 (half up), 75, 90;
 *     supply 50, then 60 from 2032 (m4); gap 10, 5, 15, 30.
 *     With the proposal m3 too: 2036 75 × 0.75 = 56.25 → 56,
 *     2040 90 × 0.75 = 67.5 → 68 (half up); 2030 and 2032 as without.
 * s6: eldre 24 × old / 400 + demens 16 × old / 400
 *   without measures 40 × old / 400: 40, 43, 50, 60
 *   with m1 on demens: 2032 25.8 + 17.2 × 0.8 = 25.8 + 13.76 = 39.56 → 40;
 *     2036 30 + 16 = 46; 2040 36 + 19.2 = 55.2 → 55; gap 10, 10, 16, 25
 * s7: 1000 × old / 10 000: 40, 43, 50, 60; gap 0, 3, 10, 20
 *
 * Base year: the gaps 10 + 5 + 2 + 10 + 10 + 0 = 37 are the mapped
 * uncovered need 4 + 6 + 5 + 2 + 10 + 4 + 6 = 37.
 * Totals add up: the housing steps with adopted measures in 2032 are
 * 113 + 26 + 12 + 65 + 40 + 43 = 299, the sum of the rounded step figures
 * (the unrounded sum, 297.61…, would round to 298). */

typedef struct
{
  const char *step;
  gint64      year, need, adopted, proposed, supply, gap;
} Row;

static const Row expected[] = {
  { "s2", 2030, 110, 110, 110, 100, 10 }, { "s2", 2032, 113, 113, 113, 100, 13 },
  { "s2", 2036, 118, 113, 113, 100, 13 }, { "s2", 2040, 125, 119, 119, 100, 19 },
  { "s3", 2030, 25, 25, 25, 20, 5 },      { "s3", 2032, 26, 26, 26, 20, 6 },
  { "s3", 2036, 27, 27, 27, 20, 7 },      { "s3", 2040, 28, 28, 28, 20, 8 },
  { "s4", 2030, 12, 12, 12, 10, 2 },      { "s4", 2032, 12, 12, 12, 10, 2 },
  { "s4", 2036, 12, 12, 12, 10, 2 },      { "s4", 2040, 13, 13, 13, 10, 3 },
  { "s5", 2030, 60, 60, 60, 50, 10 },     { "s5", 2032, 65, 65, 65, 60, 5 },
  { "s5", 2036, 75, 75, 56, 60, 15 },     { "s5", 2040, 90, 90, 68, 60, 30 },
  { "s6", 2030, 40, 40, 40, 30, 10 },     { "s6", 2032, 43, 40, 40, 30, 10 },
  { "s6", 2036, 50, 46, 46, 30, 16 },     { "s6", 2040, 60, 55, 55, 30, 25 },
  { "s7", 2030, 40, 40, 40, 40, 0 },      { "s7", 2032, 43, 43, 43, 40, 3 },
  { "s7", 2036, 50, 50, 50, 40, 10 },     { "s7", 2040, 60, 60, 60, 40, 20 },
};

static const gint64 years[] = { 2030, 2032, 2036, 2040 };

static void
insert (TrappaPlan *plan,
        TrappaItem *parent,
        const char *list,
        gpointer    record)
{
  trappa_plan_insert (plan, parent, list, -1, record);
  g_object_unref (record);
}

static void
add_band (TrappaPlan   *plan,
          const char   *id,
          gint64        min,
          gint64        max,
          const gint64  counts[4])
{
  TrappaAgeBand *band = trappa_age_band_new (id, min, max, max == 0);
  TrappaPopulationSeries *series = trappa_needs_find_series (plan, "TEST");

  g_object_set (band, "id", id, NULL);
  insert (plan, TRAPPA_ITEM (plan), "age-bands", band);
  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    insert (plan, TRAPPA_ITEM (series), "values", trappa_population_value_new (id, years[i], counts[i]));
}

static void
add_group (TrappaPlan *plan,
           const char *id,
           const char *band)
{
  TrappaTargetGroup *group = trappa_target_group_new ();
  const char *bands[] = { band, NULL };

  g_object_set (group, "id", id, "name", id, "age-band", band != NULL ? bands : NULL, NULL);
  insert (plan, TRAPPA_ITEM (plan), "target-groups", group);
}

static void
add_step (TrappaPlan *plan,
          const char *id,
          gint64      units)
{
  TrappaStep *step = trappa_step_new ();

  g_object_set (step, "id", id, "name", id, "units-today", units, NULL);
  insert (plan, TRAPPA_ITEM (trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING)), "steps", step);
}

static void
add_row (TrappaPlan *plan,
         const char *step,
         const char *group,
         gint64      units,
         gint64      uncovered,
         gint64      need_period)
{
  TrappaMappingRow *row = trappa_mapping_row_new ();
  g_autofree char *id = g_strdup_printf ("row-%s-%s", step, group);

  g_object_set (row, "id", id, "step", step, "target-group", group, "units-today", units,
                "uncovered-now", uncovered, "need-period", need_period, NULL);
  insert (plan, TRAPPA_ITEM (plan), "mapping-rows", row);
}

static void
add_measure (TrappaPlan *plan,
             const char *id,
             const char *status,
             const char *step,
             const char *group,
             gint64      percent,
             gint64      units,
             gint64      year)
{
  TrappaMeasure *measure = trappa_measure_new (id);
  const char *groups[] = { group, NULL };

  g_object_set (measure, "id", id, "status", status, "effect-step", step,
                "effect-kind", percent > 0 ? TRAPPA_EFFECT_NEED_REDUCED : TRAPPA_EFFECT_UNITS_ADDED,
                "effect-percent", percent, "effect-units", units, "effect-year", year,
                "target-groups", group != NULL ? groups : NULL, NULL);
  insert (plan, TRAPPA_ITEM (plan), "measures", measure);
}

static TrappaPlan *
hand_worked_plan (void)
{
  static const gint64 young[] = { 1000, 1010, 1020, 1050 };
  static const gint64 adult[] = { 4000, 4100, 4300, 4500 };
  static const gint64 old[] = { 400, 430, 500, 600 };
  TrappaPlan *plan = trappa_plan_new ();
  TrappaPopulationSeries *series = trappa_population_series_new ("TEST");
  TrappaCoverage *coverage = trappa_coverage_new ("s7", "old");

  g_object_set (plan, "base-year", 2030, "period-start", 2031, "period-end", 2038, "horizon", 2040, NULL);
  g_object_set (series, "id", "pop-test", "source", "Worked by hand", NULL);
  insert (plan, TRAPPA_ITEM (plan), "population-series", series);
  add_band (plan, "young", 0, 17, young);
  add_band (plan, "adult", 18, 66, adult);
  add_band (plan, "old", 80, 0, old);
  add_group (plan, "born", "young");
  add_group (plan, "rus", "adult");
  add_group (plan, "eldre", "old");
  add_group (plan, "demens", "old");
  add_group (plan, "flyktning", NULL);
  add_step (plan, "s1", 0);
  add_step (plan, "s2", 100);
  add_step (plan, "s3", 20);
  add_step (plan, "s4", 10);
  add_step (plan, "s5", 50);
  add_step (plan, "s6", 30);
  add_step (plan, "s7", 40);
  add_row (plan, "s2", "flyktning", 60, 4, 8);
  add_row (plan, "s2", "rus", 40, 6, 6);
  add_row (plan, "s3", "rus", 20, 5, 0);
  add_row (plan, "s4", "born", 10, 2, 0);
  add_row (plan, "s5", "eldre", 50, 10, 0);
  add_row (plan, "s6", "eldre", 20, 4, 0);
  add_row (plan, "s6", "demens", 10, 6, 0);
  g_object_set (coverage, "id", "cov-s7", "use-target", TRUE, "target-ratio", (gint64) 1000, NULL);
  insert (plan, TRAPPA_ITEM (plan), "coverages", coverage);
  add_measure (plan, "m1", TRAPPA_MEASURE_STATUS_ADOPTED, "s6", "demens", 20, 0, 2032);
  add_measure (plan, "m2", TRAPPA_MEASURE_STATUS_STARTED, "s2", "rus", 10, 0, 2036);
  add_measure (plan, "m3", TRAPPA_MEASURE_STATUS_PROPOSED, "s5", "eldre", 25, 0, 2036);
  add_measure (plan, "m4", TRAPPA_MEASURE_STATUS_DONE, "s5", NULL, 0, 10, 2032);
  return plan;
}

static void
test_hand_worked (void)
{
  g_autoptr(TrappaPlan) plan = hand_worked_plan ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaNeedsFigures) figures = trappa_needs_figures_get (plan, "TEST", &error);
  TrappaNeedsYear sum;
  gint64 uncovered = 0, base_gaps = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (trappa_needs_figures_get_n_steps (figures), ==, 7);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const Row *e = &expected[i];
      const TrappaNeedsYear *y = trappa_needs_step_get_year (trappa_needs_figures_get_step (figures, e->step), e->year);

      g_test_message ("%s %" G_GINT64_FORMAT, e->step, e->year);
      g_assert_nonnull (y);
      g_assert_true (y->known);
      g_assert_cmpint (y->need, ==, e->need);
      g_assert_cmpint (y->need_adopted, ==, e->adopted);
      g_assert_cmpint (y->need_proposed, ==, e->proposed);
      g_assert_cmpint (y->supply, ==, e->supply);
      g_assert_cmpint (y->gap, ==, e->gap);
    }

  /* s1 has no mapped need; a year the series lacks is unknown. */
  g_assert_cmpint (trappa_needs_figures_get_step (figures, "s1")->rule, ==, TRAPPA_NEEDS_RULE_NONE);
  g_assert_false (trappa_needs_step_is_known (trappa_needs_figures_get_step (figures, "s1"), 2030));
  g_assert_false (trappa_needs_step_is_known (trappa_needs_figures_get_step (figures, "s2"), 2031));
  g_assert_cmpint (trappa_needs_figures_get_step (figures, "s7")->rule, ==, TRAPPA_NEEDS_RULE_COVERAGE);

  /* Base-year gap = mapped uncovered need, step by step and in all. */
  for (guint i = 0; i < trappa_needs_figures_get_n_steps (figures); i++)
    {
      const TrappaNeedsStep *s = trappa_needs_figures_get_step_at (figures, i);
      const TrappaNeedsYear *y = trappa_needs_step_get_year (s, 2030);

      if (s->rule != TRAPPA_NEEDS_RULE_MAPPED)
        continue;
      g_assert_cmpint (y->gap, ==, s->uncovered_now);
      uncovered += s->uncovered_now;
      base_gaps += y->gap;
    }
  g_assert_cmpint (uncovered, ==, 37);
  g_assert_cmpint (base_gaps, ==, 37);
  g_assert_cmpint (trappa_needs_figures_get_step (figures, "s2")->mapped_period, ==, 114);
  g_assert_cmpuint (trappa_needs_figures_get_messages (figures)->len, ==, 0);

  /* Totals are sums of the rounded step figures. */
  g_assert_true (trappa_needs_figures_sum (figures, TRAPPA_STAIRCASE_HOUSING, 2032, &sum));
  g_assert_cmpint (sum.need_adopted, ==, 299);
  g_assert_cmpint (sum.supply, ==, 100 + 20 + 10 + 60 + 30 + 40 + 0);
  g_assert_cmpint (sum.gap, ==, 13 + 6 + 2 + 5 + 10 + 3);
}

/* The figures are computed once per plan change and shared; an edit
 * brings new ones. */
static void
test_shared (void)
{
  g_autoptr(TrappaPlan) plan = hand_worked_plan ();
  g_autoptr(TrappaNeedsFigures) first = trappa_needs_figures_get (plan, NULL, NULL);
  g_autoptr(TrappaNeedsFigures) again = trappa_needs_figures_get (plan, "TEST", NULL);
  g_autoptr(TrappaNeedsFigures) after = NULL;

  g_assert_true (first == again);
  /* More units today lower the gap, never raise the need. */
  g_assert_true (trappa_plan_set_int (plan, trappa_plan_lookup (plan, "s3"), "units-today", 22, NULL));
  after = trappa_needs_figures_get (plan, NULL, NULL);
  g_assert_true (after != first);
  g_assert_cmpint (trappa_needs_step_get_year (trappa_needs_figures_get_step (after, "s3"), 2030)->need, ==, 25);
  g_assert_cmpint (trappa_needs_step_get_year (trappa_needs_figures_get_step (after, "s3"), 2030)->gap, ==, 3);
  trappa_plan_clear_history (plan);
}

/* A score (a card moved on the priority grid) moves no need: the shared
 * figures stay, through its undo too; the next other edit drops them. */
static void
test_kept_for_scores (void)
{
  g_autoptr(TrappaPlan) plan = hand_worked_plan ();
  TrappaMeasure *measure = TRAPPA_MEASURE (trappa_plan_lookup (plan, "m1"));
  g_autoptr(TrappaNeedsFigures) first = trappa_needs_figures_get (plan, NULL, NULL);
  g_autoptr(TrappaNeedsFigures) scored = NULL;
  g_autoptr(TrappaNeedsFigures) rescored = NULL;
  g_autoptr(TrappaNeedsFigures) undone = NULL;
  g_autoptr(TrappaNeedsFigures) after = NULL;

  g_assert_true (trappa_measure_set_score (measure, plan, "", trappa_priority_axis_name (0), 4, NULL));
  scored = trappa_needs_figures_get (plan, NULL, NULL);
  g_assert_true (scored == first);
  g_assert_true (trappa_measure_set_score (measure, plan, "", trappa_priority_axis_name (0), 2, NULL));
  rescored = trappa_needs_figures_get (plan, NULL, NULL);
  g_assert_true (rescored == first);
  g_assert_true (trappa_plan_undo (plan));
  g_assert_true (trappa_plan_undo (plan));
  undone = trappa_needs_figures_get (plan, NULL, NULL);
  g_assert_true (undone == first);
  g_assert_true (trappa_plan_set_int (plan, TRAPPA_ITEM (measure), "effect-percent", 50, NULL));
  after = trappa_needs_figures_get (plan, NULL, NULL);
  g_assert_true (after != first);
  trappa_plan_clear_history (plan);
}

/* Nor do the gap pane's texts and BEON scenarios: added, edited and
 * removed, the shared figures stay; a step's units drop them. */
static void
test_kept_for_gap_texts (void)
{
  g_autoptr(TrappaPlan) plan = hand_worked_plan ();
  g_autoptr(TrappaNeedsFigures) first = trappa_needs_figures_get (plan, NULL, NULL);
  g_autoptr(TrappaGapText) text = trappa_gap_text_new ();
  g_autoptr(TrappaBeonScenario) scenario = trappa_beon_scenario_new ();
  g_autoptr(TrappaNeedsFigures) edited = NULL;
  g_autoptr(TrappaNeedsFigures) after = NULL;

  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "gap-texts", -1, TRAPPA_ITEM (text));
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "beon-scenarios", -1, TRAPPA_ITEM (scenario));
  g_assert_true (trappa_plan_set_string (plan, TRAPPA_ITEM (text), "status-today", "Lite", NULL));
  g_assert_true (trappa_plan_set_string (plan, TRAPPA_ITEM (scenario), "name", "Heim", NULL));
  trappa_plan_remove (plan, TRAPPA_ITEM (text));
  edited = trappa_needs_figures_get (plan, NULL, NULL);
  g_assert_true (edited == first);
  g_assert_true (trappa_plan_set_int (plan, trappa_plan_lookup (plan, "s3"), "units-today", 22, NULL));
  after = trappa_needs_figures_get (plan, NULL, NULL);
  g_assert_true (after != first);
  trappa_plan_clear_history (plan);
}

/* The needs table is the model's figures, row for row, and its CSV is
 * what the issue asks: ";", a byte-order mark, a header, no grouping. */
static void
test_table (void)
{
  g_autoptr(TrappaPlan) plan = hand_worked_plan ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaTable) table = trappa_needs_table_build (plan, "TEST", &error);
  g_autofree char *dir = g_dir_make_tmp ("trappa-needs-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "needs.csv", NULL);
  g_autofree char *csv = NULL;
  guint checked = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (table->n_columns, ==, 9);
  /* Seven steps, 2030 to 2040. */
  g_assert_cmpuint (trappa_table_get_n_rows (table), ==, 7 * 11);
  for (guint r = 0; r < trappa_table_get_n_rows (table); r++)
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        const Row *e = &expected[i];
        const gint64 numbers[] = { e->year, e->need, e->adopted, e->proposed, e->supply, e->gap };

        if (g_strcmp0 (trappa_table_get_cell (table, r, 0)->text, e->step) != 0 ||
            trappa_table_get_cell (table, r, 3)->number != e->year)
          continue;
        g_assert_cmpstr (trappa_table_get_cell (table, r, 2)->text, ==, "TEST");
        for (guint c = 0; c < G_N_ELEMENTS (numbers); c++)
          g_assert_cmpint (trappa_table_get_cell (table, r, 3 + c)->number, ==, numbers[c]);
        checked++;
      }
  g_assert_cmpuint (checked, ==, G_N_ELEMENTS (expected));

  g_assert_true (trappa_table_file_export_command_for (plan, TRAPPA_NEEDS_TABLE, "TEST", path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF" "Step id;Step;Scenario;Year;Need without measures;"
                                        "Need with adopted measures;Need with proposals too;Supply;Gap\r\n"));
  g_assert_nonnull (strstr (csv, "\r\ns1;s1;TEST;2030;;;;0;\r\n"));
  g_assert_nonnull (strstr (csv, "\r\ns5;s5;TEST;2040;90;90;68;60;30\r\n"));
  g_assert_nonnull (strstr (csv, "\r\ns2;s2;TEST;2040;125;119;119;100;19\r\n"));

  /* An unknown scenario is refused, naming the known one; only the needs
   * table takes a scenario. */
  g_assert_false (trappa_table_file_export_command_for (plan, TRAPPA_NEEDS_TABLE, "MMMM", path, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "TEST"));
  g_clear_error (&error);
  g_assert_false (trappa_table_file_export_command_for (plan, "steps", "TEST", path, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_remove (path);
  g_rmdir (dir);
  trappa_plan_clear_history (plan);
}

/* Format 1.0: a typed need on a step without mapping rows becomes a
 * mapping row holding it; on a step with rows, words in its description;
 * categories' needs are summed and listed. Saved again, no need is typed. */
static void
test_typed_need (void)
{
  static const char old[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"https://trappa.no/ns/plan/1\" format-version=\"1.0\" id=\"plan\">\n"
    "  <base-year>2024</base-year>\n"
    "  <horizon>2030</horizon>\n"
    "  <staircases>\n"
    "    <staircase id=\"housing\">\n"
    "      <kind>housing</kind>\n"
    "      <steps>\n"
    "        <step id=\"a\" example=\"true\"><name>A</name><units-today>40</units-today><need>55</need></step>\n"
    "        <step id=\"b\"><name>B</name><units-today>30</units-today><need>20</need></step>\n"
    "        <step id=\"c\"><name>C</name><description>Mapped.</description><units-today>10</units-today><need>99</need></step>\n"
    "        <step id=\"d\"><name>D</name><categories>\n"
    "          <category id=\"d1\"><name>Velferd</name><units-today>6</units-today><need>8</need></category>\n"
    "          <category id=\"d2\"><name>Omsorg</name><units-today>4</units-today><need>7</need></category>\n"
    "        </categories></step>\n"
    "      </steps>\n"
    "    </staircase>\n"
    "  </staircases>\n"
    "  <mapping-rows>\n"
    "    <mapping-row id=\"row-1\"><step>c</step><units-today>10</units-today><uncovered-now>3</uncovered-now></mapping-row>\n"
    "  </mapping-rows>\n"
    "</plan>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (old, sizeof old - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) plan = trappa_plan_file_parse (bytes, "old.trappa", NULL, &error);
  g_autoptr(TrappaNeedsFigures) figures = NULL;
  g_autoptr(GBytes) saved = NULL;
  GListModel *rows;
  TrappaItem *row;
  const char *text;

  g_assert_no_error (error);
  g_assert_false (trappa_plan_get_modified (plan));
  rows = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "mapping-rows"));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 4);

  /* a: 40 units, need 55 → a row of 40 + 15; the example flag goes along. */
  row = g_list_model_get_item (rows, 1);
  g_assert_cmpstr (trappa_item_get_string (row, "step"), ==, "a");
  g_assert_cmpint (trappa_item_get_int (row, "units-today"), ==, 40);
  g_assert_cmpint (trappa_item_get_int (row, "uncovered-now"), ==, 15);
  g_assert_true (trappa_item_get_boolean (row, "example"));
  g_assert_nonnull (strstr (trappa_item_get_string (row, "remark"), "55"));
  g_object_unref (row);
  /* b: need below the units → a row of 20 + 0: the need stays 20. */
  row = g_list_model_get_item (rows, 2);
  g_assert_cmpint (trappa_item_get_int (row, "units-today"), ==, 20);
  g_assert_cmpint (trappa_item_get_int (row, "uncovered-now"), ==, 0);
  g_object_unref (row);
  /* d: categories 8 + 7 = 15 over 10 units, each listed. */
  row = g_list_model_get_item (rows, 3);
  text = trappa_item_get_string (row, "remark");
  g_assert_nonnull (strstr (text, "15"));
  g_assert_nonnull (strstr (text, "Velferd: need 8"));
  g_assert_nonnull (strstr (text, "Omsorg: need 7"));
  g_assert_cmpint (trappa_item_get_int (row, "uncovered-now"), ==, 5);
  g_object_unref (row);
  /* c keeps its row; the typed 99 is kept in words. */
  text = trappa_item_get_string (trappa_plan_lookup (plan, "c"), "description");
  g_assert_true (g_str_has_prefix (text, "Mapped.\n\n"));
  g_assert_nonnull (strstr (text, "99"));

  figures = trappa_needs_figures_get (plan, NULL, NULL);
  g_assert_cmpint (trappa_needs_step_get_year (trappa_needs_figures_get_step (figures, "a"), 2024)->need, ==, 55);
  g_assert_cmpint (trappa_needs_step_get_year (trappa_needs_figures_get_step (figures, "b"), 2024)->need, ==, 20);
  g_assert_cmpint (trappa_needs_step_get_year (trappa_needs_figures_get_step (figures, "c"), 2024)->need, ==, 13);
  g_assert_cmpint (trappa_needs_step_get_year (trappa_needs_figures_get_step (figures, "d"), 2024)->gap, ==, 5);

  /* Saved as the current version (1.1 or later) with no typed need left. */
  saved = trappa_plan_file_serialize (plan);
  text = g_bytes_get_data (saved, NULL);
  g_assert_nonnull (strstr (text, "format-version=\"1." G_STRINGIFY (TRAPPA_PLAN_FORMAT_MINOR) "\""));
  g_assert_null (strstr (text, "<need>"));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trappa/needs/figures/hand-worked", test_hand_worked);
  g_test_add_func ("/trappa/needs/figures/shared", test_shared);
  g_test_add_func ("/trappa/needs/figures/kept-for-scores", test_kept_for_scores);
  g_test_add_func ("/trappa/needs/figures/kept-for-gap-texts", test_kept_for_gap_texts);
  g_test_add_func ("/trappa/needs/figures/table", test_table);
  g_test_add_func ("/trappa/needs/figures/typed-need", test_typed_need);
  return g_test_run ();
}
