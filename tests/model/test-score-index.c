/* test-score-index.c: the scores trappa_score_index_of() keeps for a plan
 * are those a fresh reading gives, after random edits, undos and redos
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-score-index.h"

#define N_MEASURES 6
#define N_GROUPS   3

static void
assert_kept_as_fresh (TrappaPlan *plan)
{
  GListModel *measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures"));

  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(TrappaMeasure) measure = g_list_model_get_item (measures, i);
      g_autoptr(GArray) fresh = g_array_new (FALSE, FALSE, sizeof (TrappaGroupScores));
      GArray *kept = trappa_score_index_of (plan, measure);

      trappa_score_index_fill (fresh, measure);
      g_assert_cmpuint (kept->len, ==, fresh->len);
      for (guint g = 0; g < fresh->len; g++)
        {
          TrappaGroupScores *a = &g_array_index (kept, TrappaGroupScores, g);
          TrappaGroupScores *b = &g_array_index (fresh, TrappaGroupScores, g);

          g_assert_cmpstr (a->group_id, ==, b->group_id);
          for (guint x = 0; x < TRAPPA_N_AXES; x++)
            g_assert_true (a->axes[x] == b->axes[x]);
        }
    }
}

static TrappaItem *
random_item (TrappaItem *parent,
             const char *list,
             GRand      *rand)
{
  GListModel *items = G_LIST_MODEL (trappa_item_get_list (parent, list));
  guint n = g_list_model_get_n_items (items);
  g_autoptr(TrappaItem) item = n > 0 ? g_list_model_get_item (items, g_rand_int_range (rand, 0, n)) : NULL;

  return item; /* owned by the list */
}

static void
random_edit (TrappaPlan *plan,
             GRand      *rand)
{
  TrappaItem *measure = random_item (TRAPPA_ITEM (plan), "measures", rand);
  TrappaItem *group = random_item (TRAPPA_ITEM (plan), "workshop-groups", rand);
  const char *group_id = g_rand_boolean (rand) && group != NULL ? trappa_item_get_id (group) : "";
  const char *axis = trappa_priority_axis_name (g_rand_int_range (rand, 0, TRAPPA_N_AXES));
  TrappaItem *score = measure != NULL ? random_item (measure, "scores", rand) : NULL;

  switch (g_rand_int_range (rand, 0, 9))
    {
    case 0: /* scores added as an import adds them, the kept ones included */
      if (measure != NULL)
        {
          g_autoptr(TrappaScore) a = trappa_score_new (group_id, axis, g_rand_int_range (rand, 0, 101));
          g_autoptr(TrappaScore) b = trappa_score_new ("", "kunnskap", 3);
          TrappaItem *added[] = { TRAPPA_ITEM (a), TRAPPA_ITEM (b) };

          trappa_score_index_insert (plan, TRAPPA_MEASURE (measure), added, G_N_ELEMENTS (added));
        }
      break;
    case 1:
      if (measure != NULL)
        trappa_measure_set_score (TRAPPA_MEASURE (measure), plan, group_id, axis, g_rand_int_range (rand, 0, 101), NULL);
      break;
    case 2:
      if (score != NULL)
        trappa_plan_remove (plan, score);
      break;
    case 3: /* regrouped, and moved to another axis */
      if (score != NULL)
        trappa_plan_set_string (plan, score, g_rand_boolean (rand) ? "group" : "axis",
                                g_rand_boolean (rand) ? group_id : axis, NULL);
      break;
    case 4: /* a group removed takes its scores */
      if (group != NULL && g_rand_int_range (rand, 0, 4) == 0)
        trappa_plan_remove (plan, group);
      break;
    case 5:
      if (measure != NULL && g_rand_int_range (rand, 0, 4) == 0)
        trappa_plan_remove (plan, measure);
      break;
    case 6:
      trappa_plan_undo (plan);
      break;
    case 7:
      trappa_plan_redo (plan);
      break;
    default: /* a value changes where the index points */
      if (score != NULL)
        trappa_plan_set_int (plan, score, "value", g_rand_int_range (rand, 0, 101), NULL);
      break;
    }
}

static void
test_kept_as_fresh (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < N_GROUPS; i++)
    {
      g_autoptr(TrappaWorkshopGroup) group = trappa_workshop_group_new ("Gruppe");

      trappa_plan_insert (plan, TRAPPA_ITEM (plan), "workshop-groups", -1, TRAPPA_ITEM (group));
    }
  for (guint i = 0; i < N_MEASURES; i++)
    {
      g_autoptr(TrappaMeasure) measure = trappa_measure_new ("Tiltak");

      trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_ITEM (measure));
    }
  for (guint round = 0; round < 3000; round++)
    {
      random_edit (plan, rand);
      /* Most rounds read the index, so that it is kept across edits. */
      if (round % 3 != 0)
        assert_kept_as_fresh (plan);
      if (round % 500 == 499)
        {
          g_autoptr(TrappaMeasure) measure = trappa_measure_new ("Tiltak");

          trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_ITEM (measure));
        }
    }
  assert_kept_as_fresh (plan);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trappa/model/score-index/kept-as-fresh", test_kept_as_fresh);
  return g_test_run ();
}
