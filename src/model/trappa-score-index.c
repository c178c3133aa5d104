/* trappa-score-index.c: a measure's scores by group and axis, read once
 *
 * A measure has a few groups' scores, so a short array beats a hash
 * table. A score's fields are looked up once, and a score is not checked
 * for its type on each read: reading them by name for every score was a
 * third of an import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-score-index"

#include "trappa-score-index.h"

static struct
{
  GParamSpec *group;
  GParamSpec *axis;
  GParamSpec *value;
} fields;

static void
fields_init (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      GObjectClass *klass = g_type_class_ref (TRAPPA_TYPE_SCORE);

      fields.group = g_object_class_find_property (klass, "group");
      fields.axis = g_object_class_find_property (klass, "axis");
      fields.value = g_object_class_find_property (klass, "value");
      g_type_class_unref (klass);
      g_once_init_leave (&done, 1);
    }
}

const char *
trappa_score_group (TrappaScore *score)
{
  fields_init ();
  return g_value_get_string (trappa_item_peek_value ((TrappaItem *) score, fields.group));
}

const char *
trappa_score_axis_name (TrappaScore *score)
{
  fields_init ();
  return g_value_get_string (trappa_item_peek_value ((TrappaItem *) score, fields.axis));
}

int
trappa_score_axis (TrappaScore *score)
{
  return trappa_priority_axis_from_name (trappa_score_axis_name (score));
}

gint64
trappa_score_value (TrappaScore *score)
{
  fields_init ();
  return g_value_get_int64 (trappa_item_peek_value ((TrappaItem *) score, fields.value));
}

void
trappa_score_index_fill (GArray        *scores,
                         TrappaMeasure *measure)
{
  g_autoptr(GPtrArray) list = g_ptr_array_sized_new (64);

  trappa_item_list_peek_all (trappa_item_get_list (TRAPPA_ITEM (measure), "scores"), list);
  g_array_set_size (scores, 0);
  for (guint i = 0; i < list->len; i++)
    {
      TrappaScore *score = list->pdata[i]; /* owned by the measure */
      const char *group = trappa_score_group (score);
      int a = trappa_score_axis (score);
      guint g = 0;

      if (a < 0)
        continue; /* the reader refuses other axes */
      while (g < scores->len && !g_str_equal (g_array_index (scores, TrappaGroupScores, g).group_id, group))
        g++;
      if (g == scores->len)
        g_array_append_vals (scores, &(TrappaGroupScores) { .group_id = group }, 1);
      g_array_index (scores, TrappaGroupScores, g).axes[a] = score;
    }
}

TrappaScore *
trappa_score_index_find (GArray     *scores,
                         const char *group_id,
                         int         axis)
{
  for (guint g = 0; axis >= 0 && g < scores->len; g++)
    if (g_str_equal (g_array_index (scores, TrappaGroupScores, g).group_id, group_id))
      return g_array_index (scores, TrappaGroupScores, g).axes[axis];
  return NULL;
}
