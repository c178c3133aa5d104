/* trappa-bench-plan.c: a made-up plan of any size for the benchmarks
 *
 * Built the way the file reader builds a plan (records filled, then
 * appended, ids given), not through trappa_plan_insert(), so making a
 * plan of 10,000 measures does not itself measure the edit path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-bench-plan.h"
#include "trappa-priority.h"

typedef struct
{
  TrappaPlan *plan;
  GRand      *rand;
  guint       n_steps;        /* per staircase */
  guint       n_target_groups;
  guint       n_areas;
  guint       n_groups;
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

static void
add_staircases (Builder *b)
{
  const char *kinds[] = { TRAPPA_STAIRCASE_HOUSING, TRAPPA_STAIRCASE_ACTIVITY };
  guint step = 0;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      TrappaItem *staircase = TRAPPA_ITEM (trappa_staircase_new (kinds[k]));

      g_object_set (staircase, "name", k == 0 ? "Bustadtrappa" : "Aktivitets- og meistringstrappa", NULL);
      for (guint i = 0; i < b->n_steps; i++)
        {
          TrappaItem *item = TRAPPA_ITEM (trappa_step_new ());
          g_autofree char *name = g_strdup_printf ("Trinn %u", i + 1);

          g_object_set (item, "name", name,
                        "description", "Bustader med tenester etter behov, fordelte på bydelane.",
                        "units-today", (gint64) g_rand_int_range (b->rand, 0, 400),
                        "need", (gint64) g_rand_int_range (b->rand, 0, 450),
                        "annual-cost-per-unit", (gint64) g_rand_int_range (b->rand, 0, 2000) * 1000,
                        NULL);
          append (TRAPPA_ITEM (staircase), "steps", item, "step", ++step);
        }
      append (TRAPPA_ITEM (b->plan), "staircases", staircase, kinds[k], 1);
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

static void
add_mapping_rows (Builder *b,
                  guint    n)
{
  for (guint i = 0; i < n; i++)
    {
      TrappaItem *row = TRAPPA_ITEM (trappa_mapping_row_new ());
      g_autofree char *step = ref ("step", g_rand_int_range (b->rand, 0, b->n_steps));
      g_autofree char *group = ref ("tg", g_rand_int_range (b->rand, 0, b->n_target_groups));

      g_object_set (row, "step", step, "target-group", group,
                    "units-today", (gint64) g_rand_int_range (b->rand, 0, 60),
                    "need-period", (gint64) g_rand_int_range (b->rand, 0, 80),
                    "cost", (gint64) g_rand_int_range (b->rand, 0, 50000) * 1000,
                    NULL);
      append (TRAPPA_ITEM (b->plan), "mapping-rows", row, "row", i + 1);
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
                    "effect-kind", TRAPPA_EFFECT_UNITS_ADDED,
                    "effect-step", step,
                    "effect-units", (gint64) g_rand_int_range (b->rand, 1, 20),
                    "effect-year", (gint64) 2026,
                    NULL);
      add_scores (b, measure, i, &n_scores);
      append (TRAPPA_ITEM (b->plan), "measures", measure, "tiltak", i + 1);
    }
}

TrappaPlan *
trappa_bench_plan_new (guint n_measures)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2040 + n_measures);
  g_autofree char *id = g_strdup_printf ("plan-bench-%u", n_measures);
  Builder b = {
    .plan = trappa_plan_new_empty (),
    .rand = rand,
    /* Alver (20 measures) has 16 steps per staircase, 20 target groups,
     * 25 target areas and 2 workshop groups. */
    .n_steps = 16 + n_measures / 100,
    .n_target_groups = 20 + n_measures / 50,
    .n_areas = 25 + n_measures / 40,
    .n_groups = 2 + n_measures / 200,
  };

  g_object_set (b.plan, "id", id, "title", "Bustadplan (benchmark)",
                "municipality", "Testkommune", "base-year", (gint64) 2024,
                "period-start", (gint64) 2025, "period-end", (gint64) 2036,
                "horizon", (gint64) 2040, NULL);
  add_staircases (&b);
  add_named (&b, "target-groups", TRAPPA_TYPE_TARGET_GROUP, "tg", "Målgruppe", b.n_target_groups);
  add_mapping_rows (&b, 8 + n_measures / 5);
  add_named (&b, "target-areas", TRAPPA_TYPE_TARGET_AREA, "ma", "Målområde", b.n_areas);
  add_named (&b, "workshop-groups", TRAPPA_TYPE_WORKSHOP_GROUP, "group", "Verkstadgruppe", b.n_groups);
  add_measures (&b, n_measures);
  return b.plan;
}
