/* trappa-plan-index.c: where every record of a plan is, by id
 *
 * Lookups, parents and new ids were walks of the whole plan (14 ms at
 * 10,000 measures, quadratic when importing scores); the index makes each
 * a hash lookup. The position in the list is found in the list itself, as
 * it shifts with every insert before it. A new id counts on from the
 * highest "prefix-N" the plan has held, so making one never probes the
 * ids below it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-plan-index"

#include <string.h>

#include "trappa-limits.h"
#include "trappa-plan-index.h"

typedef struct
{
  TrappaItem *parent;   /* NULL for the root */
  GListStore *list;
  char       *id;       /* the id it is indexed under ("" = none) */
} Place;

struct _TrappaPlanIndex
{
  GHashTable *ids;       /* id → TrappaItem */
  GHashTable *places;    /* TrappaItem → Place */
  GHashTable *owners;    /* GListStore → the TrappaItem it is a list of */
  GHashTable *next;      /* prefix → next number to try (guint *) */
  GHashTable *reserved;  /* ids of records on their way in, not yet in the plan */
};

/* The number that follows @prefix's highest, made for it on first use. */
static guint *
next_number (TrappaPlanIndex *self,
             const char      *prefix)
{
  guint *next = g_hash_table_lookup (self->next, prefix);

  if (next == NULL)
    {
      next = g_new (guint, 1);
      *next = 1;
      g_hash_table_insert (self->next, g_strdup (prefix), next);
    }
  return next;
}

/* Counts on past @id when it is "prefix-N". */
static void
count_id (TrappaPlanIndex *self,
          const char      *id)
{
  const char *dash = strrchr (id, '-');
  char prefix[TRAPPA_MAX_ID_LENGTH + 1];
  guint64 n;
  char *end;
  guint *next;

  if (dash == NULL || dash == id || (gsize) (dash - id) > TRAPPA_MAX_ID_LENGTH ||
      !g_ascii_isdigit (dash[1]))
    return;
  n = g_ascii_strtoull (dash + 1, &end, 10);
  if (*end != '\0' || n >= G_MAXUINT)
    return;
  memcpy (prefix, id, dash - id);
  prefix[dash - id] = '\0';
  next = next_number (self, prefix);
  *next = MAX (*next, (guint) n + 1);
}

static void
place_free (gpointer data)
{
  Place *place = data;

  g_free (place->id);
  g_free (place);
}

static void
add_one (TrappaPlanIndex *self,
         TrappaItem      *parent,
         GListStore      *list,
         TrappaItem      *item)
{
  Place *place = g_new0 (Place, 1);
  guint n_lists;
  const TrappaItemListInfo *lists = trappa_item_class_get_lists (TRAPPA_ITEM_GET_CLASS (item), &n_lists);

  place->parent = parent;
  place->list = list;
  place->id = g_strdup (trappa_item_get_id (item));
  g_hash_table_replace (self->places, item, place);
  /* Ids are unique in a plan the reader accepted; where a plan built in
   * code repeats one, the first stays found, as with the old walk. */
  if (*place->id != '\0' && !g_hash_table_contains (self->ids, place->id))
    g_hash_table_insert (self->ids, place->id, item);
  count_id (self, place->id);

  for (guint i = 0; i < n_lists; i++)
    {
      GListStore *children = trappa_item_get_list (item, lists[i].name);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (children));

      g_hash_table_insert (self->owners, children, item);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(TrappaItem) child = g_list_model_get_item (G_LIST_MODEL (children), j);

          add_one (self, item, children, child);
        }
    }
}

TrappaPlanIndex *
trappa_plan_index_new (TrappaItem *root)
{
  TrappaPlanIndex *self = g_new0 (TrappaPlanIndex, 1);

  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->places = g_hash_table_new_full (NULL, NULL, NULL, place_free);
  self->owners = g_hash_table_new (NULL, NULL);
  self->next = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->reserved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  add_one (self, NULL, NULL, root);
  return self;
}

void
trappa_plan_index_free (TrappaPlanIndex *self)
{
  g_hash_table_unref (self->ids);
  g_hash_table_unref (self->places);
  g_hash_table_unref (self->owners);
  g_hash_table_unref (self->next);
  g_hash_table_unref (self->reserved);
  g_free (self);
}

void
trappa_plan_index_add (TrappaPlanIndex *self,
                       GListStore      *list,
                       TrappaItem      *item)
{
  add_one (self, g_hash_table_lookup (self->owners, list), list, item);
}

static void
forget_id (TrappaPlanIndex *self,
           TrappaItem      *item,
           Place           *place)
{
  if (g_hash_table_lookup (self->ids, place->id) == item)
    g_hash_table_remove (self->ids, place->id);
}

void
trappa_plan_index_remove (TrappaPlanIndex *self,
                          TrappaItem      *item)
{
  Place *place = g_hash_table_lookup (self->places, item);
  guint n_lists;
  const TrappaItemListInfo *lists = trappa_item_class_get_lists (TRAPPA_ITEM_GET_CLASS (item), &n_lists);

  if (place == NULL)
    return;
  forget_id (self, item, place);
  g_hash_table_remove (self->places, item);

  for (guint i = 0; i < n_lists; i++)
    {
      GListModel *children = G_LIST_MODEL (trappa_item_get_list (item, lists[i].name));
      guint n = g_list_model_get_n_items (children);

      g_hash_table_remove (self->owners, children);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(TrappaItem) child = g_list_model_get_item (children, j);

          trappa_plan_index_remove (self, child);
        }
    }
}

void
trappa_plan_index_update_id (TrappaPlanIndex *self,
                             TrappaItem      *item)
{
  Place *place = g_hash_table_lookup (self->places, item);

  if (place == NULL || g_str_equal (place->id, trappa_item_get_id (item)))
    return;
  forget_id (self, item, place);
  g_free (place->id);
  place->id = g_strdup (trappa_item_get_id (item));
  if (*place->id != '\0' && !g_hash_table_contains (self->ids, place->id))
    g_hash_table_insert (self->ids, place->id, item);
  count_id (self, place->id);
}

TrappaItem *
trappa_plan_index_lookup (TrappaPlanIndex *self,
                          const char      *id)
{
  return id != NULL ? g_hash_table_lookup (self->ids, id) : NULL;
}

gboolean
trappa_plan_index_find_parent (TrappaPlanIndex  *self,
                               TrappaItem       *item,
                               TrappaItem      **parent,
                               GListStore      **list,
                               guint            *position)
{
  Place *place = g_hash_table_lookup (self->places, item);
  guint found = 0;

  /* The index follows every insert and remove: only the position is
   * searched for, and only when asked (the search is linear). */
  if (place == NULL || place->list == NULL ||
      (position != NULL && !g_list_store_find (place->list, item, &found)))
    return FALSE;
  if (parent != NULL)
    *parent = place->parent;
  if (list != NULL)
    *list = place->list;
  if (position != NULL)
    *position = found;
  return TRUE;
}

void
trappa_plan_index_reserve_id (TrappaPlanIndex *self,
                              const char      *id)
{
  if (*id != '\0')
    g_hash_table_add (self->reserved, g_strdup (id));
}

char *
trappa_plan_index_make_id (TrappaPlanIndex *self,
                           const char      *prefix,
                           gboolean         reserve)
{
  guint *next = next_number (self, prefix);
  gsize length = strlen (prefix);
  /* The prefix, a dash and a guint's digits: a GString was a third of
   * the cost of an id. */
  char *id = g_malloc (length + 1 + 10 + 1);

  memcpy (id, prefix, length);
  id[length] = '-';
  /* Past every "prefix-N" the plan held, this is free at once, unless a
   * record on its way in or made in code already carries it. */
  for (guint n = *next;; n++)
    {
      char digits[16];
      guint d = sizeof digits;

      /* By hand: printf was half the cost of an id. */
      for (guint rest = n; d == sizeof digits || rest > 0; rest /= 10)
        digits[--d] = '0' + rest % 10;
      memcpy (id + length + 1, digits + d, sizeof digits - d);
      id[length + 1 + sizeof digits - d] = '\0';
      if (!g_hash_table_contains (self->ids, id) &&
          (g_hash_table_size (self->reserved) == 0 || !g_hash_table_contains (self->reserved, id)))
        {
          if (reserve)
            *next = n + 1;
          return id;
        }
    }
}

void
trappa_plan_index_release_ids (TrappaPlanIndex *self)
{
  g_hash_table_remove_all (self->reserved);
}
