/* trappa-bench-plan.c: a made-up plan of any size for the benchmarks
 *
 * Built the way the file reader builds a plan (records filled, then
 * appended, ids given), not through trappa_plan_insert(), so making a
 * plan of 10,000 measures does not itself measure the edit path.
 *
 * The needs are Alver's kind (docs/needs.md): mapping rows per housing
 * step and target group, target groups following age bands, three
 * population scenarios, a coverage setting on every step without rows,
 * measures that add units or reduce a need, a BEON scenario and the gap
 * texts; so the gap and need charts and the staircases have figures at
 * every size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-bench-plan.h"
#include "trappa-population.h"
#include "trappa-priority.h"

#define BASE_YEAR 2024
#define HORIZON   2040

/* Alver's four bands; inhabitants in the base year and yearly growth in
 * per mille for each of three SSB scenarios (main, low, high). */
static const struct
{
  const char *name;
  gint64      min_age, max_age;
  gint64      count;
  int         growth[3];
} bands[] = {
  { "0–17", 0, 17, 6900, { -3, -6, 2 } },
  { "18–66", 18, 66, 18400, { 2, -1, 6 } },
  { "67–79", 67, 79, 3600, { 18, 15, 22 } },
  { "80+", 80, 0, 1300, { 45, 40, 52 } },
};

static const struct
{
  const char *scenario, *name;
} scenarios[G_N_ELEMENTS (bands[0].growth)] = {
  { "MMMM", "Hovudalternativet (MMMM)" },
  { "LLML", "Låg nasjonal vekst (LLML)" },
  { "HHMH", "Høg nasjonal vekst (HHMH)" },
};

typedef struct
{
  TrappaPlan *plan;
  GRand      *rand;
  guint       n_steps;        /* per staircase */
  guint       n_target_groups;
  guint       n_areas;
  guint       n_groups;
  gint64     *mapped_units;   /* per housing step: its rows' units today */
  gboolean   *mapped;         /* per housing step: it has rows */
} Builder;

static void
append (TrappaItem *parent,
        const char *list_name,
        TrappaItem *item,
        const char *prefix,
        guint       number)
{
  g_autofree char *id = g_strdup_printf ("%s-%u", prefix, number);

  g_object_set (item, "id", id, NULL);
  g_list_store_append (trappa_item_get_list (parent, list_name), item);
  g_object_unref (item);
}

static char *
ref (const char *prefix,
     guint       number)
{
  return g_strdup_printf ("%s-%u", prefix, number + 1);
}

/* Inhabitants of band @band in @year under scenario @s: growing by a
 * fixed share of the base year's count each year. */
static gint64
population (guint  band,
            guint  s,
            gint64 year)
{
  return bands[band].count + bands[band].count * bands[band].growth[s] * (year - BASE_YEAR) / 1000;
}

static void
add_age_bands (Builder *b)
{
  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    append (TRAPPA_ITEM (b->plan), "age-bands",
            TRAPPA_ITEM (trappa_age_band_new (bands[i].name, bands[i].min_age, bands[i].max_age,
                                              bands[i].max_age == 0)),
            "band", i + 1);
}

static void
add_population (Builder *b)
{
  guint n_values = 0;

  for (guint s = 0; s < G_N_ELEMENTS (scenarios); s++)
    {
      TrappaItem *series = TRAPPA_ITEM (trappa_population_series_new (scenarios[s].scenario));

      g_object_set (series, "name", scenarios[s].name,
                    "source", "Døme-tal forma etter SSB tabell 14288 (Framskrevet folkemengde 1. januar)",
                    "date", "2024-06-20", NULL);
      for (guint band = 0; band < G_N_ELEMENTS (bands); band++)
        for (gint64 year = BASE_YEAR; year <= HORIZON; year++)
          {
            g_autofree char *band_id = ref ("band", band);

            append (series, "values",
                    TRAPPA_ITEM (trappa_population_value_new (band_id, year, population (band, s, year))),
                    "pop", ++n_values);
          }
      append (TRAPPA_ITEM (b->plan), "population-series", series, "series", s + 1);
    }
}

/* Step @i's band (an index into bands): the oldest bands for the upper
 * steps, as in Alver, where care follows the 80+ band. */
static guint
step_band (Builder *b,
           guint    i)
{
  return MIN (1 + 3 * i / b->n_steps, G_N_ELEMENTS (bands) - 1);
}

static void
add_staircases (Builder *b)
{
  const char *kinds[] = { TRAPPA_STAIRCASE_HOUSING, TRAPPA_STAIRCASE_ACTIVITY };
  guint step = 0;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      TrappaItem *staircase = TRAPPA_ITEM (trappa_staircase_new (kinds[k]));

      g_object_set (staircase, "name", k == 0 ? "Bustadtrappa" : "Aktivitets- og meistringstrappa",
                    "unit-label", k == 0 ? "bustader" : "plassar", NULL);
      for (guint i = 0; i < b->n_steps; i++)
        {
          TrappaItem *item = TRAPPA_ITEM (trappa_step_new ());
          g_autofree char *name = g_strdup_printf ("Trinn %u", i + 1);
          g_autofree char *group = ref ("tg", g_rand_int_range (b->rand, 0, b->n_target_groups));
          const char *groups[] = { group, NULL };
          /* A mapped step has the units its rows map (docs/needs.md). */
          gint64 units = k == 0 && b->mapped[i] ? b->mapped_units[i] : g_rand_int_range (b->rand, 0, 400);

          g_object_set (item, "name", name,
                        "description", "Bustader med tenester etter behov, fordelte på bydelane.",
                        "units-today", units,
                        "annual-cost-per-unit", (gint64) g_rand_int_range (b->rand, 0, 2000) * 1000,
                        "target-groups", groups,
                        NULL);
          append (TRAPPA_ITEM (staircase), "steps", item, "step", ++step);
        }
      append (TRAPPA_ITEM (b->plan), "staircases", staircase, kinds[k], 1);
    }
}

/* Every step without mapping rows follows a band's population; every
 * third by a target ratio (1 to 20 units per 100 inhabitants). */
static void
add_coverages (Builder *b)
{
  guint n = 0;

  for (guint step = 0; step < 2 * b->n_steps; step++)
    {
      guint i = step % b->n_steps, band = step_band (b, i);
      g_autofree char *step_id = ref ("step", step);
      g_autofree char *band_id = ref ("band", band);
      TrappaItem *coverage;

      if (step < b->n_steps && b->mapped[i])
        continue;
      coverage = TRAPPA_ITEM (trappa_coverage_new (step_id, band_id));
      if (n % 3 == 2)
        g_object_set (coverage, "use-target", TRUE,
                      "target-ratio", (gint64) g_rand_int_range (b->rand, 100, 2001), NULL);
      append (TRAPPA_ITEM (b->plan), "coverages", coverage, "cov", ++n);
    }
}

static void
add_beon_and_gap_texts (Builder *b)
{
  TrappaItem *beon = TRAPPA_ITEM (trappa_beon_scenario_new ());
  g_autofree char *top = ref ("step", 2 * b->n_steps - 1);

  g_object_set (beon, "name", "BEON: 10 % av langtidsopphalda som korttid og rehabilitering",
                "level", top, "percent", (gint64) 10, "from-year", (gint64) 2026,
                "stay-days", (gint64) 730, "stay-days-below", (gint64) 21, NULL);
  append (TRAPPA_ITEM (b->plan), "beon-scenarios", beon, "beon", 1);
  for (guint i = 0; i < b->n_steps; i++)
    {
      TrappaItem *text = TRAPPA_ITEM (trappa_gap_text_new ());
      g_autofree char *step = ref ("step", i);

      g_object_set (text, "step", step,
                    "status-today", "Fleire bustader har dårleg standard eller ligg langt frå tenestene.",
                    "needs-measures", "Tilvisingsavtalar, rehabilitering og sal av lite eigna bustader.",
                    NULL);
      append (TRAPPA_ITEM (b->plan), "gap-texts", text, "gap", i + 1);
    }
}

static void
add_named (Builder    *b,
           const char *list_name,
           GType       type,
           const char *prefix,
           const char *label,
           guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %u", label, i + 1);
      TrappaItem *item = g_object_new (type, "name", name, NULL);

      append (TRAPPA_ITEM (b->plan), list_name, item, prefix, i + 1);
    }
}

/* Target groups follow the bands in turn; every fifth the whole
 * population. */
static void
add_target_groups (Builder *b)
{
  for (guint i = 0; i < b->n_target_groups; i++)
    {
      g_autofree char *name = g_strdup_printf ("Målgruppe %u", i + 1);
      g_autofree char *band = ref ("band", i % 5);
      const char *band_ids[] = { band, NULL };
      TrappaItem *group = TRAPPA_ITEM (trappa_target_group_new ());

      g_object_set (group, "name", name, NULL);
      if (i % 5 < G_N_ELEMENTS (bands))
        g_object_set (group, "age-band", band_ids, NULL);
      append (TRAPPA_ITEM (b->plan), "target-groups", group, "tg", i + 1);
    }
}

/* Rows on the lower two thirds of the housing steps, as in Alver, where
 * the upper steps (and the service levels) follow coverage settings. */
static void
add_mapping_rows (Builder *b,
                  guint    n)
{
  guint mapped_steps = MAX (2 * b->n_steps / 3, 1);

  for (guint i = 0; i < n; i++)
    {
      TrappaItem *row = TRAPPA_ITEM (trappa_mapping_row_new ());
      guint s = g_rand_int_range (b->rand, 0, mapped_steps);
      g_autofree char *step = ref ("step", s);
      g_autofree char *group = ref ("tg", g_rand_int_range (b->rand, 0, b->n_target_groups));
      gint64 units = g_rand_int_range (b->rand, 0, 60), uncovered = g_rand_int_range (b->rand, 0, 12);

      g_object_set (row, "step", step, "target-group", group,
                    "units-today", units,
                    "need-period", (gint64) g_rand_int_range (b->rand, 0, 80),
                    "uncovered-now", uncovered,
                    "uncovered-period", uncovered + g_rand_int_range (b->rand, 0, 20),
                    "cost", (gint64) g_rand_int_range (b->rand, 0, 50000) * 1000,
                    NULL);
      append (TRAPPA_ITEM (b->plan), "mapping-rows", row, "row", i + 1);
      b->mapped[s] = TRUE;
      b->mapped_units[s] += units;
    }
}

static void
add_scores (Builder    *b,
            TrappaItem *measure,
            guint       index,
            guint      *n_scores)
{
  /* The whole room scores every measure; three groups in turn each score
   * it too, as groups at a workshop share out the list. */
  for (guint g = 0; g <= MIN (b->n_groups, 3); g++)
    {
      g_autofree char *group = g > 0 ? ref ("group", (index + g) % b->n_groups) : g_strdup ("");

      for (guint a = 0; a < TRAPPA_N_AXES; a++)
        {
          TrappaItem *score = TRAPPA_ITEM (trappa_score_new (group, trappa_priority_axis_name (a),
                                                             g_rand_int_range (b->rand, 0, TRAPPA_SCORE_MAX + 1)));
          append (measure, "scores", score, "score", ++*n_scores);
        }
    }
}

static void
add_measures (Builder *b,
              guint    n)
{
  const char * const *statuses = trappa_measure_get_statuses ();
  guint n_statuses = g_strv_length ((char **) statuses);
  guint n_scores = 0;
  gint32 effect_top = 1 + MAX (400 / (gint32) n, 1);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Tiltak %u: fleire utleigebustader med oppfølging", i + 1);
      TrappaItem *measure = TRAPPA_ITEM (trappa_measure_new (title));
      g_autofree char *area = ref ("ma", g_rand_int_range (b->rand, 0, b->n_areas));
      g_autofree char *step = ref ("step", g_rand_int_range (b->rand, 0, b->n_steps));
      g_autofree char *group = ref ("tg", g_rand_int_range (b->rand, 0, b->n_target_groups));
      g_autofree char *deadline = g_strdup_printf ("%d", 2025 + g_rand_int_range (b->rand, 0, 10));
      const char *steps[] = { step, NULL }, *groups[] = { group, NULL };

      g_object_set (measure,
                    "description", "Kommunen kjøper og byggjer bustader og gir oppfølging i bustaden.",
                    "target-area", area,
                    "strategy", "Fleire skal bu trygt i eigen bustad",
                    "responsible", "Tenesteleiar NAV",
                    "deadline", deadline,
                    "investment-cost", (gint64) g_rand_int_range (b->rand, 0, 100000) * 1000,
                    "operating-cost", (gint64) g_rand_int_range (b->rand, 0, 5000) * 1000,
                    "steps", steps,
                    "target-groups", groups,
                    "status", statuses[g_rand_int_range (b->rand, 0, n_statuses)],
                    "effect-step", step,
                    "effect-year", (gint64) 2025 + g_rand_int_range (b->rand, 0, 6),
                    NULL);
      /* As in Alver, three in five add units, the rest reduce a need;
       * smaller effects in a larger plan, so the steps keep a gap. */
      if (i % 5 < 3)
        g_object_set (measure, "effect-kind", TRAPPA_EFFECT_UNITS_ADDED,
                      "effect-units", (gint64) g_rand_int_range (b->rand, 1, effect_top), NULL);
      else
        g_object_set (measure, "effect-kind", TRAPPA_EFFECT_NEED_REDUCED,
                      "effect-percent", (gint64) g_rand_int_range (b->rand, 1, effect_top), NULL);
      add_scores (b, measure, i, &n_scores);
      append (TRAPPA_ITEM (b->plan), "measures", measure, "tiltak", i + 1);
    }
}

TrappaPlan *
trappa_bench_plan_new (guint n_measures)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2040 + n_measures);
  g_autofree char *id = g_strdup_printf ("plan-bench-%u", n_measures);
  /* Alver (20 measures) has 6 steps per staircase, 12 target groups, 4
   * target areas and 2 workshop groups; the generator is more generous
   * at that size and grows from there. */
  guint n_steps = 16 + n_measures / 100;
  g_autofree gint64 *mapped_units = g_new0 (gint64, n_steps);
  g_autofree gboolean *mapped = g_new0 (gboolean, n_steps);
  Builder b = {
    .plan = trappa_plan_new_empty (),
    .rand = rand,
    .n_steps = n_steps,
    .n_target_groups = 20 + n_measures / 50,
    .n_areas = 25 + n_measures / 40,
    .n_groups = 2 + n_measures / 200,
    .mapped_units = mapped_units,
    .mapped = mapped,
  };

  g_object_set (b.plan, "id", id, "title", "Bustadplan (benchmark)",
                "municipality", "Testkommune", "base-year", (gint64) BASE_YEAR,
                "period-start", (gint64) 2025, "period-end", (gint64) 2036,
                "horizon", (gint64) HORIZON, NULL);
  add_age_bands (&b);
  add_target_groups (&b);
  add_mapping_rows (&b, 8 + n_measures / 5);
  add_staircases (&b);
  add_population (&b);
  add_coverages (&b);
  add_beon_and_gap_texts (&b);
  add_named (&b, "target-areas", TRAPPA_TYPE_TARGET_AREA, "ma", "Målområde", b.n_areas);
  add_named (&b, "workshop-groups", TRAPPA_TYPE_WORKSHOP_GROUP, "group", "Verkstadgruppe", b.n_groups);
  add_measures (&b, n_measures);
  return b.plan;
}
