/* trappa-plan-merge.c: a three-way merge of two edited copies of a plan
 *
 * Records are matched by id. A field changed on one side only is taken;
 * changed on both sides to different values, it is a conflict. A record
 * added on one side is added; removed on one side and untouched on the
 * other, removed; removed on one side and edited on the other, a conflict.
 * A list reordered on their side only takes their order. The rules are
 * written for users in docs/merge.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-plan-merge"

#include <glib/gi18n-lib.h>

#include "trappa-field-names.h"
#include "trappa-item-clone.h"
#include "trappa-plan-diff.h"
#include "trappa-plan-merge.h"
#include "trappa-revision-history.h"

typedef enum
{
  OP_INSERT,   /* their new record after @after_id in @list of @parent_id */
  OP_SET,      /* their value of @pspec on my record */
  OP_ORDER,    /* their order of @list on my record */
  OP_REMOVE,   /* my record, which they removed */
} OpKind;

typedef struct
{
  OpKind      kind;
  char       *id;        /* the record in my plan (INSERT: the new record's) */
  GParamSpec *pspec;
  const char *list;
} Op;

struct _TrappaMerge
{
  GObject     parent_instance;

  TrappaPlan *base;
  TrappaPlan *mine;
  TrappaPlan *theirs;
  GHashTable *base_places;
  GHashTable *mine_places;
  GHashTable *their_places;
  GArray     *ops;
  GPtrArray  *conflicts;
};

G_DEFINE_FINAL_TYPE (TrappaMerge, trappa_merge, G_TYPE_OBJECT)

static void
clear_op (Op *op)
{
  g_free (op->id);
}

static void
add_op (TrappaMerge *self,
        OpKind       kind,
        const char  *id,
        GParamSpec  *pspec,
        const char  *list)
{
  Op op = { kind, g_strdup (id), pspec, list };

  g_array_append_val (self->ops, op);
}

static TrappaItem *
item_in (GHashTable *places,
         const char *id)
{
  TrappaPlace *place = g_hash_table_lookup (places, id);

  return place != NULL ? place->item : NULL;
}

static void
add_conflict (TrappaMerge        *self,
              TrappaConflictKind  kind,
              const char         *id,
              GParamSpec         *pspec)
{
  TrappaConflict *conflict = g_new0 (TrappaConflict, 1);

  conflict->kind = kind;
  conflict->base = item_in (self->base_places, id);
  conflict->mine = item_in (self->mine_places, id);
  conflict->theirs = item_in (self->their_places, id);
  conflict->pspec = pspec;
  g_ptr_array_add (self->conflicts, conflict);
}

static gboolean
fields_equal (TrappaItem  *x,
              TrappaItem  *y,
              GParamSpec **props,
              guint        n)
{
  for (guint i = 0; i < n; i++)
    if (!trappa_plan_field_is_bookkeeping (props[i]) &&
        !trappa_field_values_equal (props[i], trappa_item_peek_value (x, props[i]),
                                    trappa_item_peek_value (y, props[i])))
      return FALSE;
  return TRUE;
}

/* Whether two versions of a record and everything in it are the same. */
static gboolean
records_equal (TrappaItem *x,
               TrappaItem *y)
{
  TrappaItemClass *klass = TRAPPA_ITEM_GET_CLASS (x);
  const TrappaItemListInfo *lists;
  GParamSpec **props;
  guint n;

  if (G_OBJECT_TYPE (x) != G_OBJECT_TYPE (y))
    return FALSE;
  props = trappa_item_get_base_props (&n);
  if (!fields_equal (x, y, props, n))
    return FALSE;
  props = trappa_item_class_get_props (klass, &n);
  if (!fields_equal (x, y, props, n))
    return FALSE;

  lists = trappa_item_class_get_lists (klass, &n);
  for (guint i = 0; i < n; i++)
    {
      GListModel *lx = G_LIST_MODEL (trappa_item_get_list (x, lists[i].name));
      GListModel *ly = G_LIST_MODEL (trappa_item_get_list (y, lists[i].name));
      guint len = g_list_model_get_n_items (lx);

      if (len != g_list_model_get_n_items (ly))
        return FALSE;
      for (guint j = 0; j < len; j++)
        {
          g_autoptr(TrappaItem) cx = g_list_model_get_item (lx, j);
          g_autoptr(TrappaItem) cy = g_list_model_get_item (ly, j);

          if (!records_equal (cx, cy))
            return FALSE;
        }
    }
  return TRUE;
}

static void
merge_fields (TrappaMerge *self,
              TrappaItem  *base,
              TrappaItem  *mine,
              TrappaItem  *theirs,
              GParamSpec **props,
              guint        n)
{
  for (guint i = 0; i < n; i++)
    {
      const GValue *m = trappa_item_peek_value (mine, props[i]);
      const GValue *t = trappa_item_peek_value (theirs, props[i]);

      if (g_str_equal (props[i]->name, "id") || trappa_plan_field_is_bookkeeping (props[i]) ||
          trappa_field_values_equal (props[i], m, t))
        continue;
      if (base != NULL && trappa_field_values_equal (props[i], m, trappa_item_peek_value (base, props[i])))
        add_op (self, OP_SET, trappa_item_get_id (mine), props[i], NULL);
      else if (base == NULL || !trappa_field_values_equal (props[i], t, trappa_item_peek_value (base, props[i])))
        add_conflict (self, TRAPPA_CONFLICT_FIELD, trappa_item_get_id (mine), props[i]);
    }
}

/* @ids without those some version lacks: the order all three can agree on. */
static GPtrArray *
shared_order (GPtrArray  *ids,
              GHashTable *x,
              GHashTable *y)
{
  GPtrArray *kept = g_ptr_array_new ();

  for (guint i = 0; i < ids->len; i++)
    if (g_hash_table_contains (x, ids->pdata[i]) && g_hash_table_contains (y, ids->pdata[i]))
      g_ptr_array_add (kept, ids->pdata[i]);
  return kept;
}

static void
merge_orders (TrappaMerge *self,
              TrappaItem  *base,
              TrappaItem  *mine,
              TrappaItem  *theirs)
{
  const TrappaItemListInfo *lists;
  guint n;

  lists = trappa_item_class_get_lists (TRAPPA_ITEM_GET_CLASS (mine), &n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GPtrArray) b = trappa_item_list_ids (base, lists[i].name);
      g_autoptr(GPtrArray) m = trappa_item_list_ids (mine, lists[i].name);
      g_autoptr(GPtrArray) t = trappa_item_list_ids (theirs, lists[i].name);
      g_autoptr(GPtrArray) sb = shared_order (b, self->mine_places, self->their_places);
      g_autoptr(GPtrArray) sm = shared_order (m, self->base_places, self->their_places);
      g_autoptr(GPtrArray) st = shared_order (t, self->base_places, self->mine_places);

      if (trappa_ids_equal (sm, sb) && !trappa_ids_equal (st, sb))
        add_op (self, OP_ORDER, trappa_item_get_id (mine), NULL, lists[i].name);
    }
}

/* Whether @place's parent, there in @base, is gone from @other: then the
 * parent's removal speaks for the record. */
static gboolean
parent_removed_too (GHashTable  *base,
                    TrappaPlace *place,
                    GHashTable  *other)
{
  const char *parent_id;

  if (place->parent == NULL)
    return FALSE;
  parent_id = trappa_item_get_id (place->parent);
  return g_hash_table_contains (base, parent_id) && !g_hash_table_contains (other, parent_id);
}

static void
compare (TrappaMerge *self)
{
  g_autoptr(GPtrArray) theirs = trappa_places_in_order (self->their_places);
  g_autoptr(GPtrArray) mine = trappa_places_in_order (self->mine_places);
  /* Records whose whole subtree is already taken as theirs. */
  g_autoptr(GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < theirs->len; i++)
    {
      TrappaPlace *tp = theirs->pdata[i];
      const char *id = trappa_item_get_id (tp->item);
      TrappaItem *m = i == 0 ? TRAPPA_ITEM (self->mine) : item_in (self->mine_places, id);
      TrappaItem *b = i == 0 ? TRAPPA_ITEM (self->base) : item_in (self->base_places, id);

      if (tp->parent != NULL && g_hash_table_contains (taken, trappa_item_get_id (tp->parent)))
        g_hash_table_add (taken, (gpointer) id);
      else if (m != NULL && b == NULL && !records_equal (m, tp->item))
        {
          /* Both added a record and the plans gave both the same id: two
           * records, theirs gets a new id when it is added. */
          g_hash_table_add (taken, (gpointer) id);
          add_op (self, OP_INSERT, id, NULL, tp->list);
        }
      else if (m != NULL && G_OBJECT_TYPE (m) == G_OBJECT_TYPE (tp->item))
        {
          GParamSpec **props;
          guint n;

          props = trappa_item_get_base_props (&n);
          merge_fields (self, b, m, tp->item, props, n);
          props = trappa_item_class_get_props (TRAPPA_ITEM_GET_CLASS (m), &n);
          merge_fields (self, b, m, tp->item, props, n);
          if (b != NULL)
            merge_orders (self, b, m, tp->item);
        }
      else if (m == NULL && b != NULL)
        {
          /* I removed it (with its parent, when the parent went too). */
          if (!parent_removed_too (self->base_places, tp, self->mine_places) &&
              !records_equal (b, tp->item))
            add_conflict (self, TRAPPA_CONFLICT_MINE_REMOVED, id, NULL);
        }
      else if (m == NULL && tp->parent != NULL &&
               g_hash_table_contains (self->mine_places, trappa_item_get_id (tp->parent)))
        add_op (self, OP_INSERT, id, NULL, tp->list);
    }

  for (guint i = 1; i < mine->len; i++)
    {
      TrappaPlace *mp = mine->pdata[i];
      const char *id = trappa_item_get_id (mp->item);
      TrappaItem *b = item_in (self->base_places, id);

      if (b == NULL || g_hash_table_contains (self->their_places, id) ||
          parent_removed_too (self->base_places, mp, self->their_places))
        continue;
      if (records_equal (b, mp->item))
        add_op (self, OP_REMOVE, id, NULL, NULL);
      else
        add_conflict (self, TRAPPA_CONFLICT_THEIRS_REMOVED, id, NULL);
    }
}

static void
trappa_merge_finalize (GObject *object)
{
  TrappaMerge *self = TRAPPA_MERGE (object);

  g_clear_pointer (&self->ops, g_array_unref);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  g_clear_pointer (&self->base_places, g_hash_table_unref);
  g_clear_pointer (&self->mine_places, g_hash_table_unref);
  g_clear_pointer (&self->their_places, g_hash_table_unref);
  g_clear_object (&self->base);
  g_clear_object (&self->mine);
  g_clear_object (&self->theirs);
  G_OBJECT_CLASS (trappa_merge_parent_class)->finalize (object);
}

static void
trappa_merge_class_init (TrappaMergeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trappa_merge_finalize;
}

static void
trappa_merge_init (TrappaMerge *self)
{
  self->ops = g_array_new (FALSE, FALSE, sizeof (Op));
  g_array_set_clear_func (self->ops, (GDestroyNotify) clear_op);
  self->conflicts = g_ptr_array_new_with_free_func (g_free);
}

/* Their save becomes one this plan came from: merging the same copy
 * again then finds it as the common original (trappa-revisions.c)
 * instead of asking again what was settled. */
static void
note_theirs_merged (TrappaMerge *self)
{
  TrappaItem *mine = TRAPPA_ITEM (self->mine);
  const char *theirs = trappa_item_get_string (TRAPPA_ITEM (self->theirs), "revision");
  const char *own = trappa_item_get_string (mine, "revision");
  g_autofree char *with_own = NULL;
  g_autofree char *history = NULL;

  if (!g_uuid_string_is_valid (theirs) || g_str_equal (theirs, own))
    return;
  /* First, set directly as a save sets it, the plan's own revision: what
   * copies sent before the merge came from. Undoing the merge, even after
   * a save, restores this history and so keeps it. */
  with_own = trappa_revision_history_prepend (trappa_item_get_string (mine, "revision-history"), own);
  g_object_set (self->mine, "revision-history", with_own, NULL);
  history = trappa_revision_history_prepend (with_own, theirs);
  trappa_plan_set_string (self->mine, mine, "revision-history", history, NULL);
}

TrappaMerge *
trappa_merge_new (TrappaPlan  *base,
                  TrappaPlan  *mine,
                  TrappaPlan  *theirs,
                  GError     **error)
{
  const char *id = trappa_item_get_id (TRAPPA_ITEM (mine));
  TrappaMerge *self;

  g_return_val_if_fail (TRAPPA_IS_PLAN (base) && TRAPPA_IS_PLAN (mine) && TRAPPA_IS_PLAN (theirs), NULL);

  if (!g_str_equal (id, trappa_item_get_id (TRAPPA_ITEM (theirs))) ||
      !g_str_equal (id, trappa_item_get_id (TRAPPA_ITEM (base))))
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_OTHER_PLAN,
                   _("“%s” is another plan (its id is “%s”, this plan’s “%s”): only copies of the same plan can be merged"),
                   trappa_item_get_string (TRAPPA_ITEM (theirs), "title"),
                   trappa_item_get_id (TRAPPA_ITEM (theirs)), id);
      return NULL;
    }

  self = g_object_new (TRAPPA_TYPE_MERGE, NULL);
  self->base = g_object_ref (base);
  self->mine = g_object_ref (mine);
  self->theirs = g_object_ref (theirs);
  self->base_places = trappa_plan_places (base);
  self->mine_places = trappa_plan_places (mine);
  self->their_places = trappa_plan_places (theirs);
  compare (self);
  return self;
}

GPtrArray *
trappa_merge_get_conflicts (TrappaMerge *self)
{
  g_return_val_if_fail (TRAPPA_IS_MERGE (self), NULL);
  return self->conflicts;
}

guint
trappa_merge_get_n_changes (TrappaMerge *self)
{
  g_return_val_if_fail (TRAPPA_IS_MERGE (self), 0);
  return self->ops->len;
}

char *
trappa_conflict_title (TrappaConflict *conflict)
{
  TrappaItem *known = conflict->mine != NULL ? conflict->mine : conflict->theirs;
  g_autofree char *record = trappa_record_label (known);

  if (conflict->kind != TRAPPA_CONFLICT_FIELD)
    return g_steal_pointer (&record);
  /* TRANSLATORS: a record and one of its fields */
  return g_strdup_printf (_("%s: %s"), record,
                          trappa_field_label (trappa_item_class_get_tag (TRAPPA_ITEM_GET_CLASS (known)),
                                              conflict->pspec->name));
}

char *
trappa_conflict_side_text (TrappaMerge      *self,
                           TrappaConflict   *conflict,
                           TrappaMergeSide   side,
                           gboolean          whole)
{
  TrappaPlan *plans[] = { self->base, self->mine, self->theirs };
  TrappaItem *items[] = { conflict->base, conflict->mine, conflict->theirs };

  if (items[side] == NULL)
    return g_strdup (side == TRAPPA_MERGE_BASE ? _("not there") : _("removed"));
  if (conflict->kind != TRAPPA_CONFLICT_FIELD)
    return g_strdup (side == TRAPPA_MERGE_BASE ? _("as it was") : _("changed"));
  return (whole ? trappa_field_value_to_whole_text : trappa_field_value_to_text)
    (plans[side], items[side], conflict->pspec, trappa_item_peek_value (items[side], conflict->pspec));
}

char *
trappa_conflict_describe (TrappaMerge    *self,
                          TrappaConflict *conflict)
{
  g_autofree char *title = trappa_conflict_title (conflict);
  g_autofree char *mine = trappa_conflict_side_text (self, conflict, TRAPPA_MERGE_MINE, FALSE);
  g_autofree char *theirs = trappa_conflict_side_text (self, conflict, TRAPPA_MERGE_THEIRS, FALSE);
  g_autofree char *base = trappa_conflict_side_text (self, conflict, TRAPPA_MERGE_BASE, FALSE);

  /* TRANSLATORS: record (and field): mine X, theirs Y, before Z */
  return g_strdup_printf (_("%s: mine %s, theirs %s, before %s"), title, mine, theirs, base);
}

/* My record with @id; the plan itself too, even when it has no id. */
static TrappaItem *
mine_record (TrappaMerge *self,
             const char  *id)
{
  if (g_str_equal (id, trappa_item_get_id (TRAPPA_ITEM (self->mine))))
    return TRAPPA_ITEM (self->mine);
  return trappa_plan_lookup (self->mine, id);
}

/* An id of theirs that I use for another record is dropped, so that the
 * plan gives the record a new one. */
static gboolean
drop_taken_id (TrappaItem *item,
               gpointer    user_data)
{
  if (trappa_plan_lookup (user_data, trappa_item_get_id (item)) != NULL)
    g_object_set (item, "id", "", NULL);
  return TRUE;
}

/* Past the records only I added there, so that mine come first. */
static int
skip_my_additions (TrappaMerge *self,
                   GListModel  *list,
                   guint        position)
{
  for (; position < g_list_model_get_n_items (list); position++)
    {
      g_autoptr(TrappaItem) item = g_list_model_get_item (list, position);
      if (g_hash_table_contains (self->base_places, trappa_item_get_id (item)))
        break;
    }
  return position;
}

/* FALSE when the plan's rules refuse their record here (an age band
 * overlapping one of mine, a second staircase of a kind). */
static gboolean
insert_theirs (TrappaMerge *self,
               const char  *id)
{
  TrappaPlace *tp = g_hash_table_lookup (self->their_places, id);
  TrappaItem *parent = mine_record (self, trappa_item_get_id (tp->parent));
  g_autoptr(TrappaItem) copy = NULL;
  int position = tp->position == 0 ? 0 : -1;

  if (parent == NULL)
    return TRUE;
  /* After the record it follows in their list, when I have that one. */
  if (tp->position > 0)
    {
      GListModel *theirs = G_LIST_MODEL (trappa_item_get_list (tp->parent, tp->list));
      g_autoptr(TrappaItem) before = g_list_model_get_item (theirs, tp->position - 1);
      TrappaItem *mine_before = trappa_plan_lookup (self->mine, trappa_item_get_id (before));
      guint found;

      if (mine_before != NULL &&
          g_list_store_find (trappa_item_get_list (parent, tp->list), mine_before, &found))
        position = skip_my_additions (self, G_LIST_MODEL (trappa_item_get_list (parent, tp->list)), found + 1);
    }
  copy = trappa_item_clone (tp->item);
  trappa_item_foreach (copy, drop_taken_id, self->mine);
  return trappa_plan_try_insert (self->mine, parent, tp->list, position, copy, NULL);
}

static gboolean
set_theirs (TrappaMerge *self,
            const char  *id,
            GParamSpec  *pspec)
{
  TrappaItem *mine = mine_record (self, id);
  TrappaItem *theirs = item_in (self->their_places, id);

  if (mine == NULL || theirs == NULL)
    return FALSE;
  return trappa_plan_set_value (self->mine, mine, pspec->name,
                                trappa_item_peek_value (theirs, pspec), NULL);
}

/* My list in their order; records only I have keep their slots. */
static void
order_as_theirs (TrappaMerge *self,
                 const char  *id,
                 const char  *list)
{
  TrappaItem *mine = mine_record (self, id);
  TrappaItem *theirs = item_in (self->their_places, id);
  g_autoptr(GPtrArray) m = NULL, their_ids = NULL, t = NULL, wanted = NULL;
  guint next = 0;

  if (mine == NULL || theirs == NULL)
    return;
  m = trappa_item_list_ids (mine, list);
  their_ids = trappa_item_list_ids (theirs, list);
  t = shared_order (their_ids, self->mine_places, self->mine_places);
  wanted = g_ptr_array_new ();
  for (guint i = 0; i < m->len; i++)
    {
      gboolean shared = FALSE;

      for (guint j = 0; j < t->len && !shared; j++)
        shared = g_str_equal (t->pdata[j], m->pdata[i]);
      g_ptr_array_add (wanted, shared ? t->pdata[next++] : m->pdata[i]);
    }
  for (guint i = 0; i < wanted->len; i++)
    trappa_plan_move (self->mine, trappa_plan_lookup (self->mine, wanted->pdata[i]), i);
}

guint
trappa_merge_apply (TrappaMerge *self)
{
  /* Additions first, so that changed references can point at them;
   * removals last, as they cascade. */
  static const OpKind phases[] = { OP_INSERT, OP_SET, OP_ORDER, OP_REMOVE };
  guint refused = 0;

  g_return_val_if_fail (TRAPPA_IS_MERGE (self), 0);

  trappa_plan_begin_edit (self->mine, _("Merge changes"));
  for (guint p = 0; p < G_N_ELEMENTS (phases); p++)
    {
      for (guint i = 0; i < self->ops->len; i++)
        {
          Op *op = &g_array_index (self->ops, Op, i);
          TrappaItem *item;

          if (op->kind != phases[p])
            continue;
          switch (op->kind)
            {
            case OP_INSERT:
              refused += !insert_theirs (self, op->id);
              break;
            case OP_SET:
              refused += !set_theirs (self, op->id, op->pspec);
              break;
            case OP_ORDER:
              order_as_theirs (self, op->id, op->list);
              break;
            case OP_REMOVE:
              if ((item = trappa_plan_lookup (self->mine, op->id)) != NULL)
                trappa_plan_remove (self->mine, item);
              break;
            default:
              g_assert_not_reached ();
            }
        }
      for (guint i = 0; i < self->conflicts->len; i++)
        {
          TrappaConflict *c = self->conflicts->pdata[i];

          if (!c->take_theirs)
            continue;
          if (c->kind == TRAPPA_CONFLICT_FIELD && phases[p] == OP_SET)
            refused += !set_theirs (self, trappa_item_get_id (c->mine), c->pspec);
          else if (c->kind == TRAPPA_CONFLICT_MINE_REMOVED && phases[p] == OP_INSERT)
            insert_theirs (self, trappa_item_get_id (c->theirs));
          else if (c->kind == TRAPPA_CONFLICT_THEIRS_REMOVED && phases[p] == OP_REMOVE &&
                   trappa_plan_lookup (self->mine, trappa_item_get_id (c->mine)) != NULL)
            trappa_plan_remove (self->mine, trappa_plan_lookup (self->mine, trappa_item_get_id (c->mine)));
        }
    }
  note_theirs_merged (self);
  trappa_plan_end_edit (self->mine);
  return refused;
}
