/* trappa-plan-diff.c: what differs between two versions of a plan
 *
 * Records are matched by id (ids are unique in a plan and never change), so
 * a record edited in one copy is the same record in the other however the
 * lists around it changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-plan-diff"

#include <glib/gi18n-lib.h>

#include "trappa-field-names.h"
#include "trappa-format.h"
#include "trappa-year-amounts.h"
#include "trappa-measure.h"
#include "trappa-plan-diff.h"

#define VALUE_TEXT_MAX 80

static void
add_places (GHashTable *places,
            TrappaItem *item,
            TrappaItem *parent,
            const char *list,
            guint       position)
{
  TrappaPlace *place = g_new0 (TrappaPlace, 1);
  const TrappaItemListInfo *lists;
  guint n;

  place->item = item;
  place->parent = parent;
  place->list = list;
  place->position = position;
  place->order = g_hash_table_size (places);
  g_hash_table_insert (places, (gpointer) trappa_item_get_id (item), place);

  lists = trappa_item_class_get_lists (TRAPPA_ITEM_GET_CLASS (item), &n);
  for (guint i = 0; i < n; i++)
    {
      GListModel *model = G_LIST_MODEL (trappa_item_get_list (item, lists[i].name));

      for (guint j = 0; j < g_list_model_get_n_items (model); j++)
        {
          /* The plan holds its records, so the places may borrow them. */
          g_autoptr(TrappaItem) child = g_list_model_get_item (model, j);

          add_places (places, child, item, lists[i].name, j);
        }
    }
}

GHashTable *
trappa_plan_places (TrappaPlan *plan)
{
  GHashTable *places = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  add_places (places, TRAPPA_ITEM (plan), NULL, NULL, 0);
  return places;
}

GPtrArray *
trappa_places_in_order (GHashTable *places)
{
  GPtrArray *sorted = g_ptr_array_sized_new (g_hash_table_size (places));
  GHashTableIter iter;
  TrappaPlace *place;

  g_ptr_array_set_size (sorted, g_hash_table_size (places));
  g_hash_table_iter_init (&iter, places);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &place))
    sorted->pdata[place->order] = place;
  return sorted;
}

gboolean
trappa_field_values_equal (GParamSpec   *pspec,
                           const GValue *v1,
                           const GValue *v2)
{
  /* Boxed string lists compare by pointer in GObject; by content here. */
  if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRV)
    {
      const char * const empty[] = { NULL };
      const char * const *s1 = g_value_get_boxed (v1);
      const char * const *s2 = g_value_get_boxed (v2);

      return g_strv_equal (s1 != NULL ? s1 : empty, s2 != NULL ? s2 : empty);
    }
  return g_param_values_cmp (pspec, v1, v2) == 0;
}

static void
add_field_diffs (GPtrArray  *diffs,
                 TrappaItem *a,
                 TrappaItem *b,
                 GParamSpec **props,
                 guint        n)
{
  for (guint i = 0; i < n; i++)
    {
      TrappaDiff *diff;

      if (g_str_equal (props[i]->name, "id") || trappa_plan_field_is_bookkeeping (props[i]) ||
          trappa_field_values_equal (props[i], trappa_item_peek_value (a, props[i]),
                                     trappa_item_peek_value (b, props[i])))
        continue;
      diff = g_new0 (TrappaDiff, 1);
      diff->kind = TRAPPA_DIFF_FIELD;
      diff->a = a;
      diff->b = b;
      diff->pspec = props[i];
      g_ptr_array_add (diffs, diff);
    }
}

GPtrArray *
trappa_item_list_ids (TrappaItem *owner,
                      const char *list)
{
  GListModel *model = G_LIST_MODEL (trappa_item_get_list (owner, list));
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrappaItem) child = g_list_model_get_item (model, i);

      g_ptr_array_add (ids, (gpointer) trappa_item_get_id (child));
    }
  return ids;
}

gboolean
trappa_ids_equal (GPtrArray *x,
                  GPtrArray *y)
{
  if (x->len != y->len)
    return FALSE;
  for (guint i = 0; i < x->len; i++)
    if (!g_str_equal (x->pdata[i], y->pdata[i]))
      return FALSE;
  return TRUE;
}

/* The ids of @list's records that the other plan has in the same list. */
static GPtrArray *
common_order (TrappaItem *owner,
              const char *list,
              GHashTable *other_places)
{
  g_autoptr(GPtrArray) ids = trappa_item_list_ids (owner, list);
  GPtrArray *common = g_ptr_array_new ();

  for (guint i = 0; i < ids->len; i++)
    {
      TrappaPlace *other = g_hash_table_lookup (other_places, ids->pdata[i]);

      if (other != NULL && other->parent != NULL &&
          g_str_equal (trappa_item_get_id (other->parent), trappa_item_get_id (owner)) &&
          g_str_equal (other->list, list))
        g_ptr_array_add (common, ids->pdata[i]);
    }
  return common;
}

static void
add_order_diffs (GPtrArray  *diffs,
                 TrappaItem *a,
                 TrappaItem *b,
                 GHashTable *places_a,
                 GHashTable *places_b)
{
  const TrappaItemListInfo *lists;
  guint n;

  lists = trappa_item_class_get_lists (TRAPPA_ITEM_GET_CLASS (a), &n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GPtrArray) in_a = common_order (a, lists[i].name, places_b);
      g_autoptr(GPtrArray) in_b = common_order (b, lists[i].name, places_a);

      if (!trappa_ids_equal (in_a, in_b))
        {
          TrappaDiff *diff = g_new0 (TrappaDiff, 1);

          diff->kind = TRAPPA_DIFF_ORDER;
          diff->a = a;
          diff->b = b;
          diff->list = lists[i].name;
          g_ptr_array_add (diffs, diff);
        }
    }
}

/* Records of @places that @other lacks, outermost only (a removed step's
 * categories go with it and are not listed apart). */
static void
add_lonely (GPtrArray      *diffs,
            GHashTable     *places,
            GHashTable     *other,
            TrappaDiffKind  kind)
{
  g_autoptr(GPtrArray) sorted = trappa_places_in_order (places);

  for (guint i = 0; i < sorted->len; i++)
    {
      TrappaPlace *place = sorted->pdata[i];
      TrappaDiff *diff;

      if (g_hash_table_contains (other, trappa_item_get_id (place->item)) ||
          (place->parent != NULL && !g_hash_table_contains (other, trappa_item_get_id (place->parent))))
        continue;
      diff = g_new0 (TrappaDiff, 1);
      diff->kind = kind;
      if (kind == TRAPPA_DIFF_ADDED)
        diff->b = place->item;
      else
        diff->a = place->item;
      g_ptr_array_add (diffs, diff);
    }
}

GPtrArray *
trappa_plan_diff (TrappaPlan *a,
                  TrappaPlan *b)
{
  g_autoptr(GHashTable) places_a = trappa_plan_places (a);
  g_autoptr(GHashTable) places_b = trappa_plan_places (b);
  g_autoptr(GPtrArray) walk = trappa_places_in_order (places_a);
  GPtrArray *diffs = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < walk->len; i++)
    {
      TrappaItem *item = ((TrappaPlace *) walk->pdata[i])->item;
      TrappaPlace *other = g_hash_table_lookup (places_b, trappa_item_get_id (item));
      GParamSpec **props;
      guint n;

      /* The plans themselves are matched whatever their ids. */
      if (i == 0)
        other = g_hash_table_lookup (places_b, trappa_item_get_id (TRAPPA_ITEM (b)));
      if (other == NULL || G_OBJECT_TYPE (other->item) != G_OBJECT_TYPE (item))
        continue;
      props = trappa_item_get_base_props (&n);
      add_field_diffs (diffs, item, other->item, props, n);
      props = trappa_item_class_get_props (TRAPPA_ITEM_GET_CLASS (item), &n);
      add_field_diffs (diffs, item, other->item, props, n);
      add_order_diffs (diffs, item, other->item, places_a, places_b);
    }
  add_lonely (diffs, places_a, places_b, TRAPPA_DIFF_REMOVED);
  add_lonely (diffs, places_b, places_a, TRAPPA_DIFF_ADDED);
  return diffs;
}

static char *
shorten (const char *text)
{
  g_autofree char *one_line = g_strdup (text);

  g_strdelimit (one_line, "\n\t", ' ');
  if (g_utf8_strlen (one_line, -1) <= VALUE_TEXT_MAX)
    return g_strdup_printf ("«%s»", one_line);
  {
    g_autofree char *start = g_utf8_substring (one_line, 0, VALUE_TEXT_MAX - 1);

    return g_strdup_printf ("«%s…»", start);
  }
}

static char *
references_to_text (TrappaPlan         *plan,
                    const char * const *ids)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      TrappaItem *target = trappa_plan_lookup (plan, ids[i]);
      g_autofree char *label = target != NULL ? trappa_record_label (target) : g_strdup (ids[i]);

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, label);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
value_to_text (TrappaPlan   *plan,
               TrappaItem   *item,
               GParamSpec   *pspec,
               const GValue *value,
               gboolean      whole)
{
  if (G_VALUE_HOLDS_BOOLEAN (value))
    return g_strdup (g_value_get_boolean (value) ? _("yes") : _("no"));
  if (G_VALUE_HOLDS_INT64 (value))
    {
      gint64 number = g_value_get_int64 (value);

      if (trappa_param_spec_is_nok (pspec))
        return trappa_format_nok (number);
      /* A year is written without digit grouping. */
      if (G_PARAM_SPEC_INT64 (pspec)->maximum == TRAPPA_MAX_YEAR)
        return g_strdup_printf ("%" G_GINT64_FORMAT, number);
      return trappa_format_count (number);
    }
  if (G_VALUE_HOLDS (value, G_TYPE_STRV))
    {
      const char * const *ids = g_value_get_boxed (value);

      return ids == NULL || ids[0] == NULL ? g_strdup (_("none")) : references_to_text (plan, ids);
    }
  {
    const char *s = g_value_get_string (value);

    if (s == NULL || *s == '\0')
      return g_strdup (_("empty"));
    if (trappa_param_spec_get_reference_type (pspec) != G_TYPE_INVALID)
      {
        const char * const ids[] = { s, NULL };

        return references_to_text (plan, ids);
      }
    if (trappa_param_spec_is_date (pspec))
      return trappa_format_date (s);
    if (trappa_param_spec_is_year_amounts (pspec))
      return trappa_year_amounts_describe (s);
    if (TRAPPA_IS_MEASURE (item) && g_str_equal (pspec->name, "status"))
      return g_strdup (trappa_measure_status_label (s));
    return whole ? g_strdup_printf ("«%s»", s) : shorten (s);
  }
}

char *
trappa_field_value_to_text (TrappaPlan   *plan,
                            TrappaItem   *item,
                            GParamSpec   *pspec,
                            const GValue *value)
{
  return value_to_text (plan, item, pspec, value, FALSE);
}

char *
trappa_field_value_to_whole_text (TrappaPlan   *plan,
                                  TrappaItem   *item,
                                  GParamSpec   *pspec,
                                  const GValue *value)
{
  return value_to_text (plan, item, pspec, value, TRUE);
}

char *
trappa_diff_describe (const TrappaDiff *diff,
                      TrappaPlan       *a,
                      TrappaPlan       *b)
{
  switch (diff->kind)
    {
    case TRAPPA_DIFF_FIELD:
      {
        const char *tag = trappa_item_class_get_tag (TRAPPA_ITEM_GET_CLASS (diff->a));
        g_autofree char *record = trappa_record_label (diff->b);
        g_autofree char *from = trappa_field_value_to_text (a, diff->a, diff->pspec,
                                                            trappa_item_peek_value (diff->a, diff->pspec));
        g_autofree char *to = trappa_field_value_to_text (b, diff->b, diff->pspec,
                                                          trappa_item_peek_value (diff->b, diff->pspec));

        /* TRANSLATORS: record: field old value → new value */
        return g_strdup_printf (_("%s: %s %s → %s"), record,
                                trappa_field_label (tag, diff->pspec->name), from, to);
      }
    case TRAPPA_DIFF_ADDED:
      {
        g_autofree char *record = trappa_record_label (diff->b);

        return g_strdup_printf (_("Added: %s"), record);
      }
    case TRAPPA_DIFF_REMOVED:
      {
        g_autofree char *record = trappa_record_label (diff->a);

        return g_strdup_printf (_("Removed: %s"), record);
      }
    case TRAPPA_DIFF_ORDER:
      {
        const char *tag = trappa_item_class_get_tag (TRAPPA_ITEM_GET_CLASS (diff->a));
        g_autofree char *record = trappa_record_label (diff->b);

        /* TRANSLATORS: record: the order of its list (e.g. "steps") changed */
        return g_strdup_printf (_("%s: new order of %s"), record,
                                trappa_field_label (tag, diff->list));
      }
    default:
      g_return_val_if_reached (NULL);
    }
}
