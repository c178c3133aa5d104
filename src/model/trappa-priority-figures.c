/* trappa-priority-figures.c: a measure's scores and dots as the priority
 * grid and the ranking show them, kept from one edit to the next
 *
 * Summing up every score of every measure was most of a card move with
 * 1,000 measures, done twice (the grid, the ranking), although a move
 * changes one measure. The figures are kept with the plan, per group
 * shown, and a measure's are dropped just before one of its scores or
 * dot votes, or either list, changes (the plan's "will-change", which
 * every edit, undo and redo emits).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-priority-figures"

#include "trappa-dot-vote.h"
#include "trappa-priority-figures.h"

/* The merged figures' key among the groups' ids (no record id has a space). */
#define MERGED_KEY "all groups"

typedef struct
{
  /* group id or MERGED_KEY → (TrappaMeasure → TrappaPriorityFigures) */
  GHashTable *groups;
  /* the scores and dots lists of every measure asked about → the measure */
  GHashTable *lists;
  gsize       stamp;      /* counts the changes to measures */
  gsize       reordered;  /* the stamp when measures last came, went or moved */
  GHashTable *touched;    /* TrappaMeasure → the stamp of its last change */
} Figures;

static void
figures_free (gpointer data)
{
  Figures *self = data;

  g_hash_table_unref (self->groups);
  g_hash_table_unref (self->lists);
  g_hash_table_unref (self->touched);
  g_free (self);
}

static void
forget (Figures  *self,
        gpointer  measure)
{
  GHashTableIter iter;
  gpointer measures;

  g_hash_table_iter_init (&iter, self->groups);
  while (g_hash_table_iter_next (&iter, NULL, &measures))
    g_hash_table_remove (measures, measure);
}

static void
touch (Figures  *self,
       gpointer  measure)
{
  g_hash_table_replace (self->touched, g_object_ref (measure), GSIZE_TO_POINTER (++self->stamp));
}

static void
on_will_change (TrappaPlan *plan,
                TrappaItem *item,
                GParamSpec *pspec,
                GListStore *list,
                Figures    *self)
{
  gpointer measure;
  GType type;

  if (list == NULL && item != NULL && TRAPPA_IS_MEASURE (item))
    {
      touch (self, item);
      return;
    }
  /* A score or dot vote being edited: its list says whose it is. */
  if (list == NULL && item != NULL && (TRAPPA_IS_SCORE (item) || TRAPPA_IS_DOT_VOTE (item)))
    trappa_plan_find_parent (plan, item, NULL, &list, NULL);
  if (list == NULL)
    return;
  measure = g_hash_table_lookup (self->lists, list);
  type = g_list_model_get_item_type (G_LIST_MODEL (list));
  if (measure != NULL)
    {
      forget (self, measure);
      touch (self, measure);
    }
  /* The measures, or the scores of one never asked about: whose, it does
   * not say. */
  else if (type == TRAPPA_TYPE_MEASURE || type == TRAPPA_TYPE_SCORE || type == TRAPPA_TYPE_DOT_VOTE)
    self->reordered = ++self->stamp;
}

static GQuark figures_quark (void);
G_DEFINE_QUARK (trappa-priority-figures, figures)

static gpointer
figures_new (void)
{
  Figures *self = g_new0 (Figures, 1);

  self->groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  self->lists = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->touched = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  return self;
}

static Figures *
figures_of (TrappaPlan *plan)
{
  return trappa_plan_keep (plan, figures_quark (), figures_new, figures_free, G_CALLBACK (on_will_change));
}

const TrappaPriorityFigures *
trappa_priority_figures_get (TrappaPlan    *plan,
                             TrappaMeasure *measure,
                             const char    *group_id)
{
  Figures *self;
  const char *key = group_id != NULL ? group_id : MERGED_KEY;
  GHashTable *measures;
  TrappaPriorityFigures *figures;

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), NULL);
  g_return_val_if_fail (TRAPPA_IS_MEASURE (measure), NULL);

  self = figures_of (plan);
  measures = g_hash_table_lookup (self->groups, key);
  if (measures == NULL)
    {
      measures = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
      g_hash_table_insert (self->groups, g_strdup (key), measures);
    }
  figures = g_hash_table_lookup (measures, measure);
  if (figures != NULL)
    return figures;

  figures = g_new (TrappaPriorityFigures, 1);
  trappa_priority_measure_summaries (measure, group_id, figures->summaries);
  figures->dots = trappa_measure_get_dots (measure, group_id);
  g_hash_table_insert (measures, g_object_ref (measure), figures);
  for (guint i = 0; i < 2; i++)
    {
      GListStore *list = trappa_item_get_list (TRAPPA_ITEM (measure), i == 0 ? "scores" : "dots");

      if (!g_hash_table_contains (self->lists, list))
        g_hash_table_insert (self->lists, list, g_object_ref (measure));
    }
  return figures;
}

gsize
trappa_priority_figures_stamp (TrappaPlan *plan)
{
  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), 0);
  return figures_of (plan)->stamp;
}

gboolean
trappa_priority_figures_changed_since (TrappaPlan *plan,
                                       gsize       stamp,
                                       GPtrArray  *changed)
{
  Figures *self;
  GHashTableIter iter;
  gpointer measure, when;

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), FALSE);

  self = figures_of (plan);
  g_ptr_array_set_size (changed, 0);
  if (self->reordered > stamp)
    return FALSE;
  g_hash_table_iter_init (&iter, self->touched);
  while (g_hash_table_iter_next (&iter, &measure, &when))
    if (GPOINTER_TO_SIZE (when) > stamp)
      g_ptr_array_add (changed, measure);
  return TRUE;
}
