/* test-constraints.c: an edit that would break a rule across records is
 * refused with a message, and the plan is left as it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-plan-constraints.h"
#include <string.h>

#include "trappa-population.h"

typedef struct
{
  TrappaPlan *plan;
  TrappaItem *root;
  TrappaItem *children;   /* age band 0–17 */
  TrappaItem *adults;     /* age band 18–66 */
  TrappaItem *housing;
  TrappaItem *activity;
  guint64     revision;
} Fixture;

static TrappaItem *
add_band (TrappaPlan *plan,
          const char *name,
          gint64      min,
          gint64      max,
          gboolean    open_ended)
{
  g_autoptr(TrappaAgeBand) band = trappa_age_band_new (name, min, max, open_ended);

  g_assert_true (trappa_plan_try_insert (plan, TRAPPA_ITEM (plan), "age-bands", -1, TRAPPA_ITEM (band), NULL));
  return TRAPPA_ITEM (band); /* held by the plan */
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->plan = trappa_plan_new ();
  f->root = TRAPPA_ITEM (f->plan);
  f->children = add_band (f->plan, "Born", 0, 17, FALSE);
  f->adults = add_band (f->plan, "Vaksne", 18, 66, FALSE);
  f->housing = TRAPPA_ITEM (trappa_plan_get_staircase (f->plan, TRAPPA_STAIRCASE_HOUSING));
  f->activity = TRAPPA_ITEM (trappa_plan_get_staircase (f->plan, TRAPPA_STAIRCASE_ACTIVITY));
  g_assert_true (trappa_plan_set_int (f->plan, f->root, "period-start", 2026, NULL));
  g_assert_true (trappa_plan_set_int (f->plan, f->root, "period-end", 2036, NULL));
  trappa_plan_clear_history (f->plan);
  f->revision = trappa_plan_get_revision (f->plan);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->plan);
}

static void
count_problem (const TrappaPlanProblem *problem,
               gpointer                 user_data)
{
  g_test_message ("problem: %s", problem->message);
  (*(guint *) user_data)++;
}

static guint
n_problems (TrappaPlan *plan)
{
  guint n = 0;

  trappa_plan_constraints_check (plan, count_problem, &n);
  return n;
}

/* Refused with @words in the message; not one edit made. */
static void
assert_refused_with (Fixture     *f,
                     gboolean     done,
                     GError      *error,
                     TrappaError  code,
                     const char  *words)
{
  g_assert_false (done);
  g_assert_error (error, TRAPPA_ERROR, (int) code);
  if (strstr (error->message, words) == NULL)
    g_error ("“%s” not in “%s”", words, error->message);
  g_assert_cmpuint (trappa_plan_get_revision (f->plan), ==, f->revision);
  g_assert_false (trappa_plan_get_can_undo (f->plan));
  g_assert_false (trappa_plan_get_modified (f->plan));
  g_assert_cmpuint (n_problems (f->plan), ==, 0);
}

static void
assert_refused (Fixture    *f,
                gboolean    done,
                GError     *error,
                const char *words)
{
  assert_refused_with (f, done, error, TRAPPA_ERROR_INVALID_VALUE, words);
}

static void
test_period (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean done;

  done = trappa_plan_set_int (f->plan, f->root, "period-end", 2020, &error);
  assert_refused (f, done, error, "The period ends in 2020, before it starts (2026)");
  g_assert_cmpint (trappa_item_get_int (f->root, "period-end"), ==, 2036);
  g_clear_error (&error);

  done = trappa_plan_set_int (f->plan, f->root, "period-start", 2040, &error);
  assert_refused (f, done, error, "The period ends in 2036, before it starts (2040)");
  g_assert_cmpint (trappa_item_get_int (f->root, "period-start"), ==, 2026);

  /* A period of one year, and one end not given yet, are fine. */
  g_assert_true (trappa_plan_set_int (f->plan, f->root, "period-end", 2026, NULL));
  g_assert_true (trappa_plan_set_int (f->plan, f->root, "period-end", 0, NULL));
  g_assert_true (trappa_plan_set_int (f->plan, f->root, "period-start", 2050, NULL));
}

static void
test_band_backwards (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean done;

  done = trappa_plan_set_int (f->plan, f->adults, "min-age", 70, &error);
  assert_refused (f, done, error, "The age band “Vaksne” has a highest age (66) below its lowest (70)");
  g_assert_cmpint (trappa_item_get_int (f->adults, "min-age"), ==, 18);
  g_clear_error (&error);

  done = trappa_plan_set_int (f->plan, f->children, "max-age", 0, NULL) &&
         trappa_plan_set_int (f->plan, f->children, "min-age", 1, &error);
  g_assert_false (done);
  g_assert_cmpint (trappa_item_get_int (f->children, "min-age"), ==, 0);

  /* Open-ended, the highest age does not count. */
  g_assert_true (trappa_plan_set_boolean (f->plan, f->adults, "open-ended", TRUE, NULL));
  g_assert_true (trappa_plan_set_int (f->plan, f->adults, "min-age", 70, NULL));
}

static void
test_bands_overlap (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaAgeBand) youth = trappa_age_band_new ("Ungdom", 10, 20, FALSE);
  g_autoptr(TrappaAgeBand) elderly = trappa_age_band_new ("Eldre", 67, 0, TRUE);
  gboolean done;

  done = trappa_plan_set_int (f->plan, f->adults, "min-age", 17, &error);
  assert_refused (f, done, error, "The age bands “Born” and “Vaksne” overlap: ages 17 to 17 are in both");
  g_clear_error (&error);

  done = trappa_plan_set_boolean (f->plan, f->children, "open-ended", TRUE, &error);
  assert_refused (f, done, error, "overlap: ages 18 to 66 are in both");
  g_clear_error (&error);

  done = trappa_plan_try_insert (f->plan, f->root, "age-bands", -1, TRAPPA_ITEM (youth), &error);
  assert_refused (f, done, error, "The age bands “Born” and “Ungdom” overlap: ages 10 to 17 are in both");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (f->root, "age-bands"))), ==, 2);
  g_assert_cmpstr (trappa_item_get_id (TRAPPA_ITEM (youth)), ==, "");

  /* Next to each other, they are apart. */
  g_assert_true (trappa_plan_try_insert (f->plan, f->root, "age-bands", -1, TRAPPA_ITEM (elderly), NULL));
}

static void
test_staircases (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaStaircase) second = trappa_staircase_new (TRAPPA_STAIRCASE_HOUSING);
  g_autoptr(TrappaStep) level = trappa_step_new ();
  g_autoptr(TrappaBeonScenario) scenario = NULL;
  gboolean done;

  done = trappa_plan_try_insert (f->plan, f->root, "staircases", -1, TRAPPA_ITEM (second), &error);
  assert_refused (f, done, error, "A plan has one housing staircase; this is a second one");
  g_clear_error (&error);

  done = trappa_plan_set_string (f->plan, f->activity, "kind", TRAPPA_STAIRCASE_HOUSING, &error);
  assert_refused (f, done, error, "A plan has one housing staircase; this is a second one");
  g_clear_error (&error);

  /* Alone, a staircase may change kind until its steps are named. */
  trappa_plan_remove (f->plan, f->housing);
  g_assert_true (trappa_plan_set_string (f->plan, f->activity, "kind", TRAPPA_STAIRCASE_HOUSING, NULL));
  g_assert_true (trappa_plan_set_string (f->plan, f->activity, "kind", TRAPPA_STAIRCASE_ACTIVITY, NULL));
  g_assert_true (trappa_plan_try_insert (f->plan, f->activity, "steps", -1, TRAPPA_ITEM (level), NULL));
  scenario = trappa_beon_scenario_new ();
  g_assert_true (trappa_plan_try_insert (f->plan, f->root, "beon-scenarios", -1, TRAPPA_ITEM (scenario), NULL));
  g_assert_true (trappa_plan_set_string (f->plan, TRAPPA_ITEM (scenario), "level",
                                         trappa_item_get_id (TRAPPA_ITEM (level)), NULL));
  trappa_plan_clear_history (f->plan);
  f->revision = trappa_plan_get_revision (f->plan);

  done = trappa_plan_set_string (f->plan, f->activity, "kind", TRAPPA_STAIRCASE_HOUSING, &error);
  assert_refused (f, done, error, "keeps its kind while other records name its steps");
}

/* A step named where only the other staircase's steps may be. */
static void
test_scope (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaStep) level = trappa_step_new ();
  const char *ids[2] = { NULL, NULL };
  gboolean done;

  g_assert_true (trappa_plan_try_insert (f->plan, f->activity, "steps", -1, TRAPPA_ITEM (level), NULL));
  trappa_plan_clear_history (f->plan);
  f->revision = trappa_plan_get_revision (f->plan);
  ids[0] = trappa_item_get_id (TRAPPA_ITEM (level));

  done = trappa_plan_set_strv (f->plan, TRAPPA_ITEM (level), "housing-steps", ids, &error);
  assert_refused (f, done, error, "cannot refer to");

  /* Set behind the plan's back, the whole-plan check finds it. */
  g_object_set (level, "housing-steps", ids, NULL);
  g_assert_cmpuint (n_problems (f->plan), ==, 1);
}

/* Ids: valid (no look-alike letters), each its record's own, and kept
 * while other records name them. */
static void
test_ids (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaTargetGroup) group = trappa_target_group_new ();
  const char *band[] = { trappa_item_get_id (f->children), NULL };
  gboolean done;

  g_assert_true (trappa_plan_try_insert (f->plan, f->root, "target-groups", -1, TRAPPA_ITEM (group), NULL));
  g_assert_true (trappa_plan_set_strv (f->plan, TRAPPA_ITEM (group), "age-band", band, NULL));
  trappa_plan_clear_history (f->plan);
  f->revision = trappa_plan_get_revision (f->plan);

  /* A Cyrillic "а". */
  done = trappa_plan_set_string (f->plan, TRAPPA_ITEM (group), "id", "tg-\xd0\xb0", &error);
  assert_refused (f, done, error, "is not a valid id");
  g_clear_error (&error);
  done = trappa_plan_set_string (f->plan, TRAPPA_ITEM (group), "id", trappa_item_get_id (f->adults), &error);
  assert_refused_with (f, done, error, TRAPPA_ERROR_DUPLICATE_ID, "is in use already");
  g_clear_error (&error);
  done = trappa_plan_set_string (f->plan, f->children, "id", "barn", &error);
  assert_refused (f, done, error, "stays while other records name it");

  g_assert_true (trappa_plan_set_string (f->plan, TRAPPA_ITEM (group), "id", "eldre", NULL));
}

/* A list of references names each record once. */
static void
test_repeats (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaStep) level = trappa_step_new ();
  g_autoptr(TrappaStep) step = trappa_step_new ();
  const char *twice[3] = { NULL, NULL, NULL };
  gboolean done;

  g_assert_true (trappa_plan_try_insert (f->plan, f->housing, "steps", -1, TRAPPA_ITEM (step), NULL));
  g_assert_true (trappa_plan_try_insert (f->plan, f->activity, "steps", -1, TRAPPA_ITEM (level), NULL));
  trappa_plan_clear_history (f->plan);
  f->revision = trappa_plan_get_revision (f->plan);
  twice[0] = twice[1] = trappa_item_get_id (TRAPPA_ITEM (step));

  done = trappa_plan_set_strv (f->plan, TRAPPA_ITEM (level), "housing-steps", twice, &error);
  assert_refused (f, done, error, "“housing-steps” lists “step-1” twice");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/trappa/model/constraints/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("period", test_period);
  ADD ("age-band-backwards", test_band_backwards);
  ADD ("age-bands-overlap", test_bands_overlap);
  ADD ("staircases", test_staircases);
  ADD ("scope", test_scope);
  ADD ("ids", test_ids);
  ADD ("repeats", test_repeats);
#undef ADD
  return g_test_run ();
}
