/* trappa-score-index.c: a measure's scores by group and axis, read once
 *
 * A measure has a few groups' scores, so a short array beats a hash
 * table. A score's fields are looked up once, and a score is not checked
 * for its type on each read: reading them by name for every score was a
 * third of an import. What trappa_score_index_of() reads is kept with the
 * plan until a change says otherwise: five groups imported one after the
 * other read the room's scores once, not five times.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-score-index"

#include "trappa-score-index.h"
#include "trappa-plan.h"

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

/* @group_ids, if given, keeps the groups' ids the index names, so that
 * comparing them later does not read the scores' own copies again. */
static void
add_score (GArray       *scores,
           TrappaScore  *score,
           GStringChunk *group_ids)
{
  const char *group = trappa_score_group (score);
  int a = trappa_score_axis (score);
  guint g = 0;

  if (a < 0)
    return; /* the reader refuses other axes */
  while (g < scores->len && !g_str_equal (g_array_index (scores, TrappaGroupScores, g).group_id, group))
    g++;
  if (g == scores->len)
    g_array_append_vals (scores, &(TrappaGroupScores) {
      .group_id = group_ids != NULL ? g_string_chunk_insert_const (group_ids, group) : group,
    }, 1);
  g_array_index (scores, TrappaGroupScores, g).axes[a] = score; /* owned by the measure */
}

static void
fill (GArray        *scores,
      TrappaMeasure *measure,
      GStringChunk  *group_ids)
{
  g_autoptr(GPtrArray) list = g_ptr_array_sized_new (64);

  trappa_item_list_peek_all (trappa_item_get_list (TRAPPA_ITEM (measure), "scores"), list);
  g_array_set_size (scores, 0);
  for (guint i = 0; i < list->len; i++)
    add_score (scores, list->pdata[i], group_ids);
}

void
trappa_score_index_fill (GArray        *scores,
                         TrappaMeasure *measure)
{
  fill (scores, measure, NULL);
}

/* What trappa_score_index_of() keeps for a plan, as the plan's data. */
typedef struct
{
  GHashTable *kept;       /* a measure's list of scores (a reference, so
                           * that its address is not another's) → GArray
                           * of TrappaGroupScores */
  GListStore   *inserting; /* the list trappa_score_index_insert() adds to */
  GStringChunk *group_ids; /* those the kept scores name, each once */
} PlanScores;

static void
plan_scores_free (gpointer data)
{
  PlanScores *self = data;

  g_hash_table_unref (self->kept);
  g_string_chunk_free (self->group_ids);
  g_free (self);
}

/* Before each change of @plan: a score's value is read where it is, and
 * the index's own insert adds its scores itself; a change of a list of
 * scores drops that list's, a score's group or axis set drops all, and
 * so does a measure added or removed (which changes no list of scores,
 * but a removed measure's list need not be held). */
static void
on_will_change (TrappaPlan *plan,
                TrappaItem *item,
                GParamSpec *pspec,
                GListStore *list,
                PlanScores *self)
{
  GType kind;

  if (list == NULL)
    {
      if (TRAPPA_IS_SCORE (item) && (pspec == NULL || !g_str_equal (pspec->name, "value")))
        g_hash_table_remove_all (self->kept);
      return;
    }
  kind = g_list_model_get_item_type (G_LIST_MODEL (list));
  if (kind == TRAPPA_TYPE_SCORE && list != self->inserting)
    g_hash_table_remove (self->kept, list);
  else if (kind == TRAPPA_TYPE_MEASURE)
    g_hash_table_remove_all (self->kept);
}

static GQuark plan_scores_quark (void);
G_DEFINE_QUARK (trappa-score-index, plan_scores)

static gpointer
plan_scores_new (void)
{
  PlanScores *self = g_new0 (PlanScores, 1);

  self->kept = g_hash_table_new_full (NULL, NULL, g_object_unref, (GDestroyNotify) g_array_unref);
  self->group_ids = g_string_chunk_new (256);
  return self;
}

static PlanScores *
plan_scores (TrappaPlan *plan)
{
  return trappa_plan_keep (plan, plan_scores_quark (), plan_scores_new, plan_scores_free, G_CALLBACK (on_will_change));
}

GArray *
trappa_score_index_of (TrappaPlan    *plan,
                       TrappaMeasure *measure)
{
  PlanScores *self = plan_scores (plan);
  GListStore *list = trappa_item_get_list (TRAPPA_ITEM (measure), "scores");
  GArray *scores = g_hash_table_lookup (self->kept, list);

  if (scores == NULL)
    {
      scores = g_array_new (FALSE, FALSE, sizeof (TrappaGroupScores));
      fill (scores, measure, self->group_ids);
      g_hash_table_insert (self->kept, g_object_ref (list), scores);
    }
  return scores;
}

void
trappa_score_index_insert (TrappaPlan         *plan,
                           TrappaMeasure      *measure,
                           TrappaItem * const *scores,
                           guint               n_scores)
{
  PlanScores *self = plan_scores (plan);
  GListStore *list = trappa_item_get_list (TRAPPA_ITEM (measure), "scores");
  GArray *kept = g_hash_table_lookup (self->kept, list);
  gboolean inserted;

  self->inserting = list;
  inserted = trappa_plan_insert_all (plan, TRAPPA_ITEM (measure), "scores", scores, n_scores);
  self->inserting = NULL;
  if (kept == NULL)
    return;
  /* Refused (a program's bug, said as a critical): made again as asked. */
  if (!inserted)
    {
      g_hash_table_remove (self->kept, list);
      return;
    }
  for (guint i = 0; i < n_scores; i++)
    add_score (kept, TRAPPA_SCORE (scores[i]), self->group_ids);
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
