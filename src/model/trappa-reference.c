/* trappa-reference.c: which records a reference field may name
 *
 * The scope is stated on the field (trappa_param_spec_rules), so the
 * editor offers, and the plan accepts, the same records: a mapping row's
 * step is a housing step, a measure's steps may be on either staircase.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-reference"

#include <glib/gi18n-lib.h>

#include "trappa-reference.h"

/* Every list below @item holding records of @type, depth first. */
static void
collect_lists_of (TrappaItem *item,
                  GType       type,
                  GPtrArray  *lists)
{
  guint n_lists;
  const TrappaItemListInfo *infos = trappa_item_class_get_lists (TRAPPA_ITEM_GET_CLASS (item), &n_lists);

  for (guint i = 0; i < n_lists; i++)
    {
      GListModel *list = G_LIST_MODEL (trappa_item_get_list (item, infos[i].name));
      guint n = g_list_model_get_n_items (list);

      if (g_type_is_a (infos[i].item_type, type))
        {
          g_ptr_array_add (lists, list);
          continue;
        }
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(TrappaItem) child = g_list_model_get_item (list, j);

          collect_lists_of (child, type, lists);
        }
    }
}

/* Follows @segments ("list" or "list[field=value]") from @item. */
static void
follow_scope (TrappaItem  *item,
              char       **segments,
              GPtrArray   *lists)
{
  /* "staircases[kind=housing]" → staircases, kind, housing */
  g_auto(GStrv) parts = g_strsplit_set (segments[0], "[=]", -1);
  const char *field = parts[1], *wanted = field != NULL ? parts[2] : NULL;
  GListModel *list;
  guint n;

  g_return_if_fail (field == NULL || wanted != NULL);
  list = G_LIST_MODEL (trappa_item_get_list (item, parts[0]));
  g_return_if_fail (list != NULL);
  if (segments[1] == NULL)
    {
      g_ptr_array_add (lists, list);
      return;
    }
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) child = g_list_model_get_item (list, i);

      if (field == NULL || g_strcmp0 (trappa_item_get_string (child, field), wanted) == 0)
        follow_scope (child, segments + 1, lists);
    }
}

GPtrArray *
trappa_reference_lists (TrappaPlan *plan,
                        GParamSpec *pspec)
{
  GPtrArray *lists = g_ptr_array_new ();
  const char *scope = trappa_param_spec_get_scope (pspec);

  g_return_val_if_fail (trappa_param_spec_get_reference_type (pspec) != G_TYPE_INVALID, lists);

  if (scope == NULL)
    collect_lists_of (TRAPPA_ITEM (plan), trappa_param_spec_get_reference_type (pspec), lists);
  else
    {
      g_auto(GStrv) segments = g_strsplit (scope, "/", -1);

      follow_scope (TRAPPA_ITEM (plan), segments, lists);
    }
  return lists;
}

gboolean
trappa_reference_allows (TrappaPlan *plan,
                         GParamSpec *pspec,
                         TrappaItem *target)
{
  g_autoptr(GPtrArray) lists = NULL;
  GListStore *list;

  if (!G_TYPE_CHECK_INSTANCE_TYPE (target, trappa_param_spec_get_reference_type (pspec)) ||
      !trappa_plan_find_parent (plan, target, NULL, &list, NULL))
    return FALSE;
  lists = trappa_reference_lists (plan, pspec);
  return g_ptr_array_find (lists, list, NULL);
}

static gboolean
check_id (TrappaPlan  *plan,
          GParamSpec  *pspec,
          const char  *id,
          GError     **error)
{
  TrappaItem *target;

  if (id == NULL || *id == '\0')
    return TRUE;
  target = trappa_plan_lookup (plan, id);
  if (target != NULL && trappa_reference_allows (plan, pspec, target))
    return TRUE;
  g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
               target == NULL ? _("“%s” refers to “%s”, which is not in the plan")
                              : _("“%s” cannot refer to “%s”"),
               pspec->name, id);
  return FALSE;
}

gboolean
trappa_reference_check (TrappaPlan    *plan,
                        GParamSpec    *pspec,
                        const GValue  *value,
                        GError       **error)
{
  if (G_VALUE_HOLDS (value, G_TYPE_STRV))
    {
      const char * const *ids = g_value_get_boxed (value);

      for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
        if (!check_id (plan, pspec, ids[i], error))
          return FALSE;
      return TRUE;
    }
  return check_id (plan, pspec, g_value_get_string (value), error);
}
