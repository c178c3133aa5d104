/* test-plan-index.c: the plan's id index agrees with a walk of the plan
 * after random edits, undos and redos
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-measure.h"
#include "trappa-priority.h"

typedef struct
{
  TrappaPlan *plan;
  GHashTable *seen;     /* every id ever in the plan → TRUE */
  GHashTable *walked;   /* id → item, from a walk */
} Check;

static gboolean
check_item (TrappaItem *item,
            gpointer    user_data)
{
  Check *c = user_data;
  const char *id = trappa_item_get_id (item);
  TrappaItem *parent = NULL, *walk_parent = NULL;
  GListStore *list = NULL, *walk_list = NULL;
  guint position = 0, walk_position = 0;

  g_assert_cmpstr (id, !=, "");
  g_assert_false (g_hash_table_contains (c->walked, id));
  g_hash_table_insert (c->walked, (gpointer) id, item);
  g_hash_table_add (c->seen, g_strdup (id));
  g_assert_true (trappa_plan_lookup (c->plan, id) == item);
  if (item == TRAPPA_ITEM (c->plan))
    return TRUE;

  g_assert_true (trappa_item_find_parent (TRAPPA_ITEM (c->plan), item, &walk_parent, &walk_list, &walk_position));
  g_assert_true (trappa_plan_find_parent (c->plan, item, &parent, &list, &position));
  g_assert_true (parent == walk_parent);
  g_assert_true (list == walk_list);
  g_assert_cmpuint (position, ==, walk_position);
  return TRUE;
}

static void
check_index (Check *c)
{
  GHashTableIter iter;
  gpointer id;

  g_hash_table_remove_all (c->walked);
  trappa_item_foreach (TRAPPA_ITEM (c->plan), check_item, c);
  /* Ids that left the plan are not found. */
  g_hash_table_iter_init (&iter, c->seen);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    if (!g_hash_table_contains (c->walked, id))
      g_assert_null (trappa_plan_lookup (c->plan, id));
}

/* Any record of @type in the plan, or NULL. */
static TrappaItem *
pick (Check *c,
      GRand *rand,
      GType  type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, c->walked);
  while (g_hash_table_iter_next (&iter, NULL, &item))
    if (G_TYPE_CHECK_INSTANCE_TYPE (item, type))
      g_ptr_array_add (found, item);
  if (found->len == 0)
    return NULL;
  g_ptr_array_sort (found, (GCompareFunc) g_strcmp0); /* same run, same order */
  return found->pdata[g_rand_int_range (rand, 0, found->len)];
}

/* With @in_group, no undo or redo (they need no edit open). */
static void
random_edit (Check    *c,
             GRand    *rand,
             gboolean  in_group)
{
  TrappaPlan *plan = c->plan;
  TrappaItem *measure = pick (c, rand, TRAPPA_TYPE_MEASURE);
  TrappaItem *area = pick (c, rand, TRAPPA_TYPE_TARGET_AREA);

  switch (g_rand_int_range (rand, 0, in_group ? 7 : 9))
    {
    case 0:
      {
        g_autoptr(TrappaMeasure) added = trappa_measure_new ("Nytt");

        if (area != NULL)
          g_object_set (added, "target-area", trappa_item_get_id (area), NULL);
        trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", g_rand_int_range (rand, -1, 4),
                            TRAPPA_ITEM (added));
      }
      break;
    case 1:
      {
        g_autoptr(TrappaTargetArea) added = trappa_target_area_new ("Område");

        trappa_plan_insert (plan, TRAPPA_ITEM (plan), "target-areas", -1, TRAPPA_ITEM (added));
      }
      break;
    case 2:
      if (measure != NULL)
        trappa_measure_set_score (TRAPPA_MEASURE (measure), plan, "",
                                  trappa_priority_axis_name (g_rand_int_range (rand, 0, TRAPPA_N_AXES)),
                                  g_rand_int_range (rand, 0, 101), NULL);
      break;
    case 3:
      if (measure != NULL)
        trappa_plan_remove (plan, measure);
      break;
    case 4:
      /* Removing an area takes its measures along. */
      if (area != NULL)
        trappa_plan_remove (plan, area);
      break;
    case 5:
      if (measure != NULL)
        trappa_plan_move (plan, measure, 0);
      break;
    case 6:
      {
        /* A paste: several at once, in one splice. */
        g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
        guint n = g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures")));

        for (guint i = g_rand_int_range (rand, 1, 6); i > 0; i--)
          g_ptr_array_add (added, trappa_measure_new ("Limt inn"));
        g_assert_true (trappa_plan_try_insert_all (plan, TRAPPA_ITEM (plan), "measures",
                                                   g_rand_int_range (rand, 0, n + 1),
                                                   (TrappaItem * const *) added->pdata, added->len,
                                                   NULL, NULL));
      }
      break;
    case 7:
      trappa_plan_undo (plan);
      break;
    default:
      trappa_plan_redo (plan);
      break;
    }
}

static void
test_index_matches_walk (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) walked = g_hash_table_new (g_str_hash, g_str_equal);
  Check c = { plan, seen, walked };

  check_index (&c);
  for (guint i = 0; i < 600; i++)
    {
      /* Several edits as one undo step, now and then. */
      gboolean group = g_rand_int_range (rand, 0, 5) == 0;

      if (group)
        trappa_plan_begin_edit (plan, "Group");
      random_edit (&c, rand, group);
      if (group)
        {
          random_edit (&c, rand, TRUE);
          trappa_plan_end_edit (plan);
        }
      check_index (&c);
    }
  /* All the way back and forward again. */
  while (trappa_plan_undo (plan))
    ;
  check_index (&c);
  while (trappa_plan_redo (plan))
    ;
  check_index (&c);
}

/* New ids count on past the highest "prefix-N" the plan has held, and
 * are never one already taken. */
static void
test_new_ids (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autofree char *first = trappa_plan_make_id (plan, "measure");
  g_autofree char *again = trappa_plan_make_id (plan, "measure");
  g_autoptr(TrappaMeasure) taken = trappa_measure_new ("Teke");
  g_autoptr(TrappaMeasure) added = trappa_measure_new ("Ny");
  g_autoptr(TrappaMeasure) coded = trappa_measure_new ("Laga i kode");

  g_assert_cmpstr (first, ==, "measure-1");
  g_assert_cmpstr (again, ==, "measure-1");
  g_object_set (taken, "id", "measure-2", NULL);
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_ITEM (taken));
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_ITEM (added));
  g_assert_cmpstr (trappa_item_get_id (TRAPPA_ITEM (added)), ==, "measure-3");
  g_clear_pointer (&first, g_free);
  first = trappa_plan_make_id (plan, "measure");
  g_assert_cmpstr (first, ==, "measure-4");
  /* An id that left the plan is not given again. */
  g_assert_true (trappa_plan_undo (plan));
  g_clear_pointer (&first, g_free);
  first = trappa_plan_make_id (plan, "measure");
  g_assert_cmpstr (first, ==, "measure-4");
  g_assert_true (trappa_plan_redo (plan));
  /* One given to a record on its way in is skipped. */
  g_object_set (coded, "id", "measure-4", NULL);
  {
    g_autoptr(TrappaMeasure) other = trappa_measure_new ("Til");
    TrappaItem *both[] = { TRAPPA_ITEM (other), TRAPPA_ITEM (coded) };

    trappa_plan_insert_all (plan, TRAPPA_ITEM (plan), "measures", both, 2);
    g_assert_cmpstr (trappa_item_get_id (both[0]), ==, "measure-5");
  }
  /* A changed id is found under its new name only. */
  g_assert_true (trappa_plan_set_string (plan, TRAPPA_ITEM (taken), "id", "tiltak-x", NULL));
  g_assert_true (trappa_plan_lookup (plan, "tiltak-x") == TRAPPA_ITEM (taken));
  g_assert_null (trappa_plan_lookup (plan, "measure-2"));
  g_assert_true (trappa_plan_undo (plan));
  g_assert_true (trappa_plan_lookup (plan, "measure-2") == TRAPPA_ITEM (taken));
  g_assert_null (trappa_plan_lookup (plan, "tiltak-x"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/trappa/model/index/matches-walk", test_index_matches_walk);
  g_test_add_func ("/trappa/model/index/new-ids", test_new_ids);
  return g_test_run ();
}
