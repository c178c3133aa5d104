/* trappa-item-clone.c: a deep copy of a record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-item-clone"

#include "trappa-item-clone.h"

TrappaItem *
trappa_item_clone (TrappaItem *item)
{
  TrappaItemClass *klass = TRAPPA_ITEM_GET_CLASS (item);
  TrappaItem *copy = g_object_new (G_OBJECT_TYPE (item), NULL);
  const TrappaItemListInfo *lists;
  guint n;

  trappa_item_copy_fields (copy, item);
  lists = trappa_item_class_get_lists (klass, &n);
  for (guint i = 0; i < n; i++)
    {
      GListModel *from = G_LIST_MODEL (trappa_item_get_list (item, lists[i].name));
      GListStore *to = trappa_item_get_list (copy, lists[i].name);

      for (guint j = 0; j < g_list_model_get_n_items (from); j++)
        {
          g_autoptr(TrappaItem) child = g_list_model_get_item (from, j);
          g_autoptr(TrappaItem) child_copy = trappa_item_clone (child);

          g_list_store_append (to, child_copy);
        }
    }
  return copy;
}
