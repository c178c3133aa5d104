/* test-plan-insert-all.c: many records into a list at once, as one edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-plan.h"
#include "trappa-measure.h"
#include "trappa-priority.h"

static void
count (guint *counter)
{
  (*counter)++;
}

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *counter)
{
  (*counter)++;
}

static void
test_scores (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(TrappaMeasure) measure = trappa_measure_new ("Startlån");
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *list = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (measure), "scores"));
  guint changed = 0, items_changed = 0;
  g_autofree char *first_id = NULL;

  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_ITEM (measure));
  g_assert_true (trappa_measure_set_score (measure, plan, "", "haster", 40, NULL));
  trappa_plan_clear_history (plan);
  for (guint a = 0; a < TRAPPA_N_AXES; a++)
    g_ptr_array_add (scores, trappa_score_new ("", trappa_priority_axis_name (a), 10 * a));
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (count), &changed);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &items_changed);

  trappa_plan_insert_all (plan, TRAPPA_ITEM (measure), "scores", (TrappaItem * const *) scores->pdata, scores->len);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (items_changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1 + TRAPPA_N_AXES);
  /* Appended in order, each with its own id, each found where it is. */
  for (guint i = 0; i < scores->len; i++)
    {
      g_autoptr(TrappaItem) score = g_list_model_get_item (list, 1 + i);
      TrappaItem *parent = NULL;
      guint position = 0;

      g_assert_true (score == scores->pdata[i]);
      g_assert_cmpstr (trappa_item_get_id (score), !=, "");
      g_assert_true (trappa_plan_lookup (plan, trappa_item_get_id (score)) == score);
      g_assert_true (trappa_plan_find_parent (plan, score, &parent, NULL, &position));
      g_assert_true (parent == TRAPPA_ITEM (measure));
      g_assert_cmpuint (position, ==, 1 + i);
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (trappa_item_get_id (score), !=, trappa_item_get_id (scores->pdata[j]));
    }
  first_id = g_strdup (trappa_item_get_id (scores->pdata[0]));

  /* One undo step takes them all out, redo puts them back. */
  g_assert_true (trappa_plan_undo (plan));
  g_assert_false (trappa_plan_get_can_undo (plan));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_null (trappa_plan_lookup (plan, first_id));
  g_assert_true (trappa_plan_redo (plan));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1 + TRAPPA_N_AXES);
  g_assert_true (trappa_plan_lookup (plan, first_id) == scores->pdata[0]);
}

/* Into the plan's own lists the rules across records hold: each record
 * is checked with the ones before it in, still as one undo step. */
static void
test_plan_list (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(GPtrArray) measures = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *list = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures"));
  guint changed = 0;

  trappa_plan_clear_history (plan);
  g_ptr_array_add (measures, trappa_measure_new ("Eitt"));
  g_ptr_array_add (measures, trappa_measure_new ("To"));
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (count), &changed);
  trappa_plan_insert_all (plan, TRAPPA_ITEM (plan), "measures", (TrappaItem * const *) measures->pdata, 2);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_cmpstr (trappa_item_get_id (measures->pdata[0]), !=, trappa_item_get_id (measures->pdata[1]));
  g_assert_true (trappa_plan_undo (plan));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_false (trappa_plan_get_can_undo (plan));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trappa/model/insert-all/scores", test_scores);
  g_test_add_func ("/trappa/model/insert-all/plan-list", test_plan_list);
  return g_test_run ();
}
