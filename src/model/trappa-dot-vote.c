/* trappa-dot-vote.c: the dots a workshop group gave a measure in live dot
 * voting
 *
 * A record kind like the scores: the plan file, undo, diff and merge
 * handle it by introspection.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-dot-vote"

#include "trappa-dot-vote.h"

TRAPPA_DEFINE_RECORD (TrappaDotVote, trappa_dot_vote)

static void
trappa_dot_vote_class_init (TrappaDotVoteClass *klass)
{
  static GParamSpec *props[3];

  props[1] = trappa_param_spec_rules (trappa_param_spec_reference ("group", TRAPPA_TYPE_WORKSHOP_GROUP),
                                      "workshop-groups", TRAPPA_ON_DELETE_CASCADE);
  props[2] = trappa_param_spec_count ("count", TRAPPA_MAX_COUNT);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "dot-vote", props);
}

TrappaDotVote *
trappa_dot_vote_new (const char *group_id,
                     gint64      count)
{
  return g_object_new (TRAPPA_TYPE_DOT_VOTE,
                       "group", group_id != NULL ? group_id : "",
                       "count", count,
                       NULL);
}

/* The group's record, owned by the measure, or NULL. */
static TrappaItem *
find_dots (TrappaMeasure *measure,
           const char    *group_id)
{
  GListModel *dots = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (measure), "dots"));

  for (guint i = 0; i < g_list_model_get_n_items (dots); i++)
    {
      g_autoptr(TrappaItem) record = g_list_model_get_item (dots, i);

      if (g_str_equal (trappa_item_get_string (record, "group"), group_id))
        return record;
    }
  return NULL;
}

gint64
trappa_measure_get_dots (TrappaMeasure *measure,
                         const char    *group_id)
{
  GListModel *dots;
  TrappaItem *record;
  gint64 sum = 0;

  g_return_val_if_fail (TRAPPA_IS_MEASURE (measure), 0);
  if (group_id != NULL)
    {
      record = find_dots (measure, group_id);
      return record != NULL ? trappa_item_get_int (record, "count") : 0;
    }
  dots = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (measure), "dots"));
  for (guint i = 0; i < g_list_model_get_n_items (dots); i++)
    {
      g_autoptr(TrappaItem) each = g_list_model_get_item (dots, i);

      sum += trappa_item_get_int (each, "count");
    }
  return sum;
}

gboolean
trappa_measure_set_dots (TrappaMeasure  *measure,
                         TrappaPlan     *plan,
                         const char     *group_id,
                         gint64          count,
                         GError        **error)
{
  TrappaItem *record;
  g_autoptr(TrappaDotVote) added = NULL;

  g_return_val_if_fail (TRAPPA_IS_MEASURE (measure), FALSE);
  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (group_id != NULL, FALSE);
  g_return_val_if_fail (count >= 0 && count <= TRAPPA_MAX_COUNT, FALSE);

  record = find_dots (measure, group_id);
  if (record != NULL)
    return trappa_plan_set_int (plan, record, "count", count, error);
  if (count == 0)
    return TRUE;
  added = trappa_dot_vote_new (group_id, count);
  trappa_plan_insert (plan, TRAPPA_ITEM (measure), "dots", -1, TRAPPA_ITEM (added));
  return TRUE;
}
