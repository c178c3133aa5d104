/* test-edit-rules.c: every plan the editing API accepts saves and opens
 * again
 *
 * Random edits, many of them into a broken rule (a period ending before
 * it starts, overlapping age bands, a second staircase of a kind, a step
 * of the wrong staircase), undo and redo: whatever the plan accepts, the
 * file reader accepts once saved. Run with --seed to repeat a failure.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-plan-constraints.h"
#include "trappa-plan-file.h"
#include "trappa-population.h"
#include "trappa-measure.h"

#define ROUNDS      6
#define EDITS       300
#define SAVE_EVERY  25

/* A random record of @list (any depth below the plan for "steps"). */
static TrappaItem *
pick (TrappaPlan *plan,
      const char *list)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GListModel *staircases = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "staircases"));
  TrappaItem *chosen;

  if (g_str_equal (list, "steps"))
    for (guint i = 0; i < g_list_model_get_n_items (staircases); i++)
      {
        g_autoptr(TrappaItem) staircase = g_list_model_get_item (staircases, i);
        GListModel *steps = G_LIST_MODEL (trappa_item_get_list (staircase, "steps"));

        for (guint j = 0; j < g_list_model_get_n_items (steps); j++)
          {
            g_autoptr(TrappaItem) step = g_list_model_get_item (steps, j);

            g_ptr_array_add (found, step);
          }
      }
  else
    {
      GListModel *records = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), list));

      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(TrappaItem) record = g_list_model_get_item (records, i);

          g_ptr_array_add (found, record);
        }
    }
  if (found->len == 0)
    return NULL;
  /* Held by the plan. */
  chosen = found->pdata[g_test_rand_int_range (0, found->len)];
  return chosen;
}

static gint64
random_year (void)
{
  return g_test_rand_bit () && g_test_rand_bit () ? 0 : g_test_rand_int_range (1990, 2060);
}

static gint64
random_age (void)
{
  return g_test_rand_int_range (0, TRAPPA_MAX_AGE + 1);
}

static const char *
random_id (TrappaPlan *plan,
           const char *list)
{
  TrappaItem *record = pick (plan, list);

  return record != NULL && g_test_rand_bit () ? trappa_item_get_id (record) : "";
}

static void
add (TrappaPlan *plan,
     TrappaItem *parent,
     const char *list,
     gpointer    record)
{
  g_autoptr(TrappaItem) item = record;

  if (g_test_rand_bit ())
    trappa_plan_constraints_fit_new (plan, parent, list, item);
  trappa_plan_try_insert (plan, parent, list, -1, item, NULL);
}

static void
random_edit (TrappaPlan *plan)
{
  TrappaItem *root = TRAPPA_ITEM (plan);
  TrappaItem *record;
  const char *kinds[] = { TRAPPA_STAIRCASE_HOUSING, TRAPPA_STAIRCASE_ACTIVITY };

  switch (g_test_rand_int_range (0, 16))
    {
    case 0:
      trappa_plan_set_int (plan, root, g_test_rand_bit () ? "period-start" : "period-end", random_year (), NULL);
      break;
    case 1:
      add (plan, root, "age-bands",
           trappa_age_band_new ("Band", random_age (), random_age (), g_test_rand_bit ()));
      break;
    case 2:
      if ((record = pick (plan, "age-bands")) != NULL)
        trappa_plan_set_int (plan, record, g_test_rand_bit () ? "min-age" : "max-age", random_age (), NULL);
      break;
    case 3:
      if ((record = pick (plan, "age-bands")) != NULL)
        trappa_plan_set_boolean (plan, record, "open-ended", g_test_rand_bit (), NULL);
      break;
    case 4:
      add (plan, root, "staircases", trappa_staircase_new (kinds[g_test_rand_bit ()]));
      break;
    case 5:
      if ((record = pick (plan, "staircases")) != NULL)
        trappa_plan_set_string (plan, record, "kind", kinds[g_test_rand_bit ()], NULL);
      break;
    case 6:
      if ((record = pick (plan, "staircases")) != NULL)
        add (plan, record, "steps", trappa_step_new ());
      break;
    case 7:
      if ((record = pick (plan, "steps")) != NULL)
        {
          const char *ids[] = { random_id (plan, "steps"), NULL };

          trappa_plan_set_strv (plan, record, "housing-steps", ids[0][0] != '\0' ? ids : NULL, NULL);
        }
      break;
    case 8:
      if (g_test_rand_bit ())
        add (plan, root, "mapping-rows", trappa_mapping_row_new ());
      else if ((record = pick (plan, "mapping-rows")) != NULL)
        trappa_plan_set_string (plan, record, "step", random_id (plan, "steps"), NULL);
      break;
    case 9:
      if (g_test_rand_bit ())
        add (plan, root, "beon-scenarios", trappa_beon_scenario_new ());
      else if ((record = pick (plan, "beon-scenarios")) != NULL)
        trappa_plan_set_string (plan, record, "level", random_id (plan, "steps"), NULL);
      break;
    case 10:
      if (g_test_rand_bit ())
        add (plan, root, "measures", trappa_measure_new ("Tiltak"));
      else if ((record = pick (plan, "measures")) != NULL)
        trappa_plan_set_string (plan, record, "effect-step", random_id (plan, "steps"), NULL);
      break;
    case 11:
      {
        const char *lists[] = { "age-bands", "staircases", "steps", "mapping-rows" };

        if ((record = pick (plan, lists[g_test_rand_int_range (0, G_N_ELEMENTS (lists))])) != NULL)
          trappa_plan_remove (plan, record);
      }
      break;
    case 12:
      {
        const char *lists[] = { "age-bands", "staircases", "steps", "measures" };
        const char *ids[] = { "tg-\xd0\xb0", "", "1x", random_id (plan, "steps"), random_id (plan, "age-bands"), "ny-id" };

        if ((record = pick (plan, lists[g_test_rand_int_range (0, G_N_ELEMENTS (lists))])) != NULL)
          trappa_plan_set_string (plan, record, "id", ids[g_test_rand_int_range (0, G_N_ELEMENTS (ids))], NULL);
      }
      break;
    case 13:
      if ((record = pick (plan, "steps")) != NULL)
        {
          const char *id = random_id (plan, "steps");
          const char *twice[] = { id, id, NULL };

          trappa_plan_set_strv (plan, record, "housing-steps", id[0] != '\0' ? twice : NULL, NULL);
        }
      break;
    case 14:
      trappa_plan_undo (plan);
      break;
    default:
      trappa_plan_redo (plan);
      break;
    }
}

static void
count_problem (const TrappaPlanProblem *problem,
               gpointer                 user_data)
{
  g_test_message ("broken rule: %s", problem->message);
  (*(guint *) user_data)++;
}

static void
assert_saves_and_opens (TrappaPlan *plan)
{
  g_autoptr(GBytes) bytes = trappa_plan_file_serialize (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) again = trappa_plan_file_parse (bytes, "edited.trappa", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (again);
}

static void
test_random_edits (void)
{
  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autoptr(TrappaPlan) plan = round % 2 == 0 ? trappa_plan_new () : trappa_plan_new_empty ();

      for (guint i = 1; i <= EDITS; i++)
        {
          guint problems = 0;

          random_edit (plan);
          trappa_plan_constraints_check (plan, count_problem, &problems);
          g_assert_cmpuint (problems, ==, 0);
          if (i % SAVE_EVERY == 0)
            assert_saves_and_opens (plan);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();

  g_test_add_func ("/trappa/io/edit-rules/random-edits", test_random_edits);
  return g_test_run ();
}
