/* trappa-history.c: the undo and redo stacks of a plan
 *
 * Edits are recorded as three primitive changes (set a property, insert
 * a run of records into a list, remove a run from a list) grouped under a
 * label. Undo applies the inverse of each change in reverse order; redo
 * replays them. A run is one splice either way, so that a list's views
 * hear of a paste of many rows, and of its undo, once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-history"

#include "trappa-history.h"

typedef enum { CHANGE_SET, CHANGE_INSERT, CHANGE_REMOVE } ChangeKind;

typedef struct
{
  ChangeKind  kind;
  TrappaItem *item;      /* CHANGE_SET: a reference, unless it is the owner */
  gpointer    owner;
  GParamSpec *pspec;     /* CHANGE_SET */
  GValue      old_value;
  GValue      new_value;
  GListStore *list;      /* CHANGE_INSERT, CHANGE_REMOVE: */
  guint       position;  /* where the run starts */
  GPtrArray  *items;     /* the run, held */
} Change;

typedef struct
{
  char      *label;
  GPtrArray *changes;
  guint64    serial;
} Group;

struct _TrappaHistory
{
  gpointer   owner;
  TrappaHistoryApplied will_apply;
  TrappaHistoryApplied applied;
  GPtrArray *undo;       /* of Group, oldest first */
  GPtrArray *redo;       /* of Group, next to redo last */
  Group     *open;
  guint      depth;
  guint64    next_serial;
  guint64    saved_serial; /* serial of the top undo group when saved; 0: empty */
};

static void
change_free (gpointer data)
{
  Change *change = data;

  if (change->item != change->owner)
    g_clear_object (&change->item);
  g_clear_object (&change->list);
  g_clear_pointer (&change->items, g_ptr_array_unref);
  if (G_IS_VALUE (&change->old_value))
    g_value_unset (&change->old_value);
  if (G_IS_VALUE (&change->new_value))
    g_value_unset (&change->new_value);
  g_free (change);
}

static void
group_free (Group *group)
{
  g_free (group->label);
  g_ptr_array_unref (group->changes);
  g_free (group);
}

TrappaHistory *
trappa_history_new (gpointer             owner,
                    TrappaHistoryApplied will_apply,
                    TrappaHistoryApplied applied)
{
  TrappaHistory *self = g_new0 (TrappaHistory, 1);

  self->owner = owner;
  self->will_apply = will_apply;
  self->applied = applied;
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  self->next_serial = 1;
  return self;
}

void
trappa_history_free (TrappaHistory *self)
{
  g_clear_pointer (&self->open, group_free);
  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);
  g_free (self);
}

void
trappa_history_begin (TrappaHistory *self,
                      const char    *label)
{
  if (self->depth++ > 0)
    return;

  self->open = g_new0 (Group, 1);
  self->open->label = g_strdup (label);
  self->open->changes = g_ptr_array_new_with_free_func (change_free);
}

/* Returns TRUE when the outermost group closed with changes in it. */
gboolean
trappa_history_end (TrappaHistory *self)
{
  Group *group;

  g_return_val_if_fail (self->depth > 0, FALSE);
  if (--self->depth > 0)
    return FALSE;

  group = g_steal_pointer (&self->open);
  if (group->changes->len == 0)
    {
      group_free (group);
      return FALSE;
    }

  group->serial = self->next_serial++;
  g_ptr_array_add (self->undo, group);
  g_ptr_array_set_size (self->redo, 0);
  return TRUE;
}

static Change *
record (TrappaHistory *self,
        ChangeKind     kind)
{
  Change *change = g_new0 (Change, 1);

  g_return_val_if_fail (self->open != NULL, change);
  change->kind = kind;
  change->owner = self->owner;
  g_ptr_array_add (self->open->changes, change);
  return change;
}

void
trappa_history_record_set (TrappaHistory *self,
                           TrappaItem    *item,
                           GParamSpec    *pspec,
                           const GValue  *old_value,
                           const GValue  *new_value)
{
  Change *change = record (self, CHANGE_SET);

  change->item = (gpointer) item == self->owner ? item : g_object_ref (item);
  change->pspec = pspec;
  g_value_init (&change->old_value, G_VALUE_TYPE (old_value));
  g_value_copy (old_value, &change->old_value);
  g_value_init (&change->new_value, G_VALUE_TYPE (new_value));
  g_value_copy (new_value, &change->new_value);
}

static void
record_list_change (TrappaHistory      *self,
                    ChangeKind          kind,
                    GListStore         *list,
                    guint               position,
                    TrappaItem * const *items,
                    guint               n_items)
{
  Change *change = record (self, kind);

  change->list = g_object_ref (list);
  change->position = position;
  change->items = g_ptr_array_new_full (n_items, g_object_unref);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (change->items, g_object_ref (items[i]));
}

void
trappa_history_record_insert (TrappaHistory      *self,
                              GListStore         *list,
                              guint               position,
                              TrappaItem * const *items,
                              guint               n_items)
{
  record_list_change (self, CHANGE_INSERT, list, position, items, n_items);
}

void
trappa_history_record_remove (TrappaHistory      *self,
                              GListStore         *list,
                              guint               position,
                              TrappaItem * const *items,
                              guint               n_items)
{
  record_list_change (self, CHANGE_REMOVE, list, position, items, n_items);
}

static void
apply (TrappaHistory *self,
       Change        *change,
       gboolean       forward)
{
  gboolean insert = (change->kind == CHANGE_INSERT) == forward;

  switch (change->kind)
    {
    case CHANGE_SET:
      self->will_apply (self->owner, change->item, change->pspec, NULL, FALSE);
      g_object_set_property (G_OBJECT (change->item), change->pspec->name,
                             forward ? &change->new_value : &change->old_value);
      self->applied (self->owner, change->item, change->pspec, NULL, FALSE);
      break;

    case CHANGE_INSERT:
    case CHANGE_REMOVE:
      self->will_apply (self->owner, NULL, NULL, change->list, insert);
      g_list_store_splice (change->list, change->position,
                           insert ? 0 : change->items->len,
                           insert ? change->items->pdata : NULL,
                           insert ? change->items->len : 0);
      for (guint i = 0; i < change->items->len; i++)
        self->applied (self->owner, change->items->pdata[i], NULL, change->list, insert);
      break;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
move_group (TrappaHistory *self,
            GPtrArray     *from,
            GPtrArray     *to,
            gboolean       forward)
{
  Group *group;

  if (from->len == 0)
    return FALSE;

  group = g_ptr_array_steal_index (from, from->len - 1);
  if (forward)
    for (guint i = 0; i < group->changes->len; i++)
      apply (self, g_ptr_array_index (group->changes, i), TRUE);
  else
    for (guint i = group->changes->len; i > 0; i--)
      apply (self, g_ptr_array_index (group->changes, i - 1), FALSE);
  g_ptr_array_add (to, group);
  return TRUE;
}

gboolean
trappa_history_undo (TrappaHistory *self)
{
  g_return_val_if_fail (self->depth == 0, FALSE);
  return move_group (self, self->undo, self->redo, FALSE);
}

gboolean
trappa_history_redo (TrappaHistory *self)
{
  g_return_val_if_fail (self->depth == 0, FALSE);
  return move_group (self, self->redo, self->undo, TRUE);
}

gboolean
trappa_history_can_undo (TrappaHistory *self)
{
  return self->undo->len > 0;
}

gboolean
trappa_history_can_redo (TrappaHistory *self)
{
  return self->redo->len > 0;
}

static const char *
top_label (GPtrArray *stack)
{
  return stack->len > 0 ? ((Group *) g_ptr_array_index (stack, stack->len - 1))->label : NULL;
}

const char *
trappa_history_get_undo_label (TrappaHistory *self)
{
  return top_label (self->undo);
}

const char *
trappa_history_get_redo_label (TrappaHistory *self)
{
  return top_label (self->redo);
}

static guint64
top_serial (TrappaHistory *self)
{
  return self->undo->len > 0
    ? ((Group *) g_ptr_array_index (self->undo, self->undo->len - 1))->serial
    : 0;
}

void
trappa_history_mark_saved (TrappaHistory *self)
{
  self->saved_serial = top_serial (self);
}

void
trappa_history_mark_unsaved (TrappaHistory *self)
{
  /* A serial no group reaches: unsaved whatever is undone or redone. */
  self->saved_serial = G_MAXUINT64;
}

gboolean
trappa_history_is_at_saved (TrappaHistory *self)
{
  return top_serial (self) == self->saved_serial;
}

void
trappa_history_clear (TrappaHistory *self)
{
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  self->saved_serial = 0;
}
