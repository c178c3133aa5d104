/* trappa-plan-snapshot.c: a copy of a plan as it was at one moment, taken in steps
 *
 * Saving serialises a copy of the plan in a worker thread, so that the
 * plan itself is only ever touched by its own thread. Copying a plan of
 * 10,000 measures takes longer than a frame, so it is done in short steps
 * between which the user goes on editing. Before each change the plan
 * says what is about to change ("will-change"); what the copy has not
 * reached yet is then kept as it was: the field's value, or the list's
 * records. Records are copied with their fields in one go and their
 * lists' records are taken at that moment, so nothing else can change
 * under the copy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-plan-snapshot"

#include "trappa-plan-snapshot.h"

typedef struct
{
  GPtrArray  *records;   /* the plan's, as the list held them */
  guint       next;
  GListStore *into;      /* the copy's list */
} Frame;

struct _TrappaPlanSnapshot
{
  TrappaPlan *plan;
  gulong      will_change_id;
  TrappaPlan *copy;
  GArray     *stack;       /* of Frame: the lists being copied */
  GHashTable *old_values;  /* record → (GParamSpec → GValue) before its first change */
  GHashTable *old_lists;   /* GListStore → GPtrArray of its records before its first change */
};

static void
frame_clear (gpointer data)
{
  Frame *frame = data;

  g_ptr_array_unref (frame->records);
}

static void
value_free (gpointer data)
{
  g_value_unset (data);
  g_free (data);
}

static GPtrArray *
records_of (GListStore *list)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  GPtrArray *records = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (records, g_list_model_get_item (G_LIST_MODEL (list), i));
  return records;
}

static void
on_will_change (TrappaPlan         *plan,
                TrappaItem         *item,
                GParamSpec         *pspec,
                GListStore         *list,
                TrappaPlanSnapshot *self)
{
  GHashTable *values;
  GValue *value;

  /* Only the first change counts: it has the value the copy wants. */
  if (list != NULL)
    {
      if (!g_hash_table_contains (self->old_lists, list))
        g_hash_table_insert (self->old_lists, g_object_ref (list), records_of (list));
      return;
    }

  values = g_hash_table_lookup (self->old_values, item);
  if (values == NULL)
    {
      values = g_hash_table_new_full (NULL, NULL, NULL, value_free);
      g_hash_table_insert (self->old_values, g_object_ref (item), values);
    }
  if (g_hash_table_contains (values, pspec))
    return;
  value = g_new0 (GValue, 1);
  g_value_init (value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_copy (trappa_item_peek_value (item, pspec), value);
  g_hash_table_insert (values, pspec, value);
}

/* A copy of @record's fields as they were; its lists are copied later,
 * from the records they hold now. */
static TrappaItem *
copy_record (TrappaPlanSnapshot *self,
             TrappaItem         *record)
{
  TrappaItem *copy = g_object_new (G_OBJECT_TYPE (record), NULL);
  GHashTable *values = g_hash_table_lookup (self->old_values, record);
  const TrappaItemListInfo *lists;
  guint n;

  trappa_item_copy_fields (copy, record);
  if (values != NULL)
    {
      GHashTableIter iter;
      gpointer pspec, value;

      /* The copy is in no plan: setting it directly is allowed. */
      g_hash_table_iter_init (&iter, values);
      while (g_hash_table_iter_next (&iter, &pspec, &value))
        g_object_set_property (G_OBJECT (copy), ((GParamSpec *) pspec)->name, value);
    }

  lists = trappa_item_class_get_lists (TRAPPA_ITEM_GET_CLASS (record), &n);
  for (guint i = 0; i < n; i++)
    {
      GListStore *list = trappa_item_get_list (record, lists[i].name);
      gpointer old = NULL;
      Frame frame = { 0 };

      if (!g_hash_table_steal_extended (self->old_lists, list, NULL, &old))
        old = records_of (list);
      else
        g_object_unref (list);
      frame.records = old;
      frame.into = trappa_item_get_list (copy, lists[i].name);
      g_array_append_val (self->stack, frame);
    }
  return copy;
}

TrappaPlanSnapshot *
trappa_plan_snapshot_new (TrappaPlan *plan)
{
  TrappaPlanSnapshot *self;

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), NULL);

  self = g_new0 (TrappaPlanSnapshot, 1);
  self->plan = g_object_ref (plan);
  self->stack = g_array_new (FALSE, FALSE, sizeof (Frame));
  g_array_set_clear_func (self->stack, frame_clear);
  self->old_values = g_hash_table_new_full (NULL, NULL, g_object_unref,
                                            (GDestroyNotify) g_hash_table_unref);
  self->old_lists = g_hash_table_new_full (NULL, NULL, g_object_unref,
                                           (GDestroyNotify) g_ptr_array_unref);
  /* The plan's own fields now: a save stamps its revision directly. */
  self->copy = TRAPPA_PLAN (copy_record (self, TRAPPA_ITEM (plan)));
  trappa_plan_set_source_format_minor (self->copy, trappa_plan_get_source_format_minor (plan));
  self->will_change_id = g_signal_connect (plan, "will-change", G_CALLBACK (on_will_change), self);
  return self;
}

gboolean
trappa_plan_snapshot_step (TrappaPlanSnapshot *self,
                           gint64              deadline)
{
  g_return_val_if_fail (self != NULL, FALSE);

  while (self->stack->len > 0)
    {
      Frame *top = &g_array_index (self->stack, Frame, self->stack->len - 1);
      GListStore *into = top->into;
      g_autoptr(TrappaItem) copy = NULL;

      if (top->next == top->records->len)
        {
          g_array_set_size (self->stack, self->stack->len - 1);
          continue;
        }
      /* copy_record() pushes onto the stack: @top is not used after. */
      copy = copy_record (self, top->records->pdata[top->next++]);
      g_list_store_append (into, copy);
      if (g_get_monotonic_time () >= deadline)
        break;
    }
  if (self->stack->len > 0)
    return FALSE;

  /* Complete: later changes no longer matter. */
  g_clear_signal_handler (&self->will_change_id, self->plan);
  g_hash_table_remove_all (self->old_values);
  g_hash_table_remove_all (self->old_lists);
  return TRUE;
}

TrappaPlan *
trappa_plan_snapshot_steal (TrappaPlanSnapshot *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->stack->len == 0, NULL);
  return g_steal_pointer (&self->copy);
}

void
trappa_plan_snapshot_free (TrappaPlanSnapshot *self)
{
  g_clear_signal_handler (&self->will_change_id, self->plan);
  g_clear_object (&self->plan);
  g_clear_object (&self->copy);
  g_array_unref (self->stack);
  g_hash_table_unref (self->old_values);
  g_hash_table_unref (self->old_lists);
  g_free (self);
}
