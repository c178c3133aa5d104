/* trappa-plan-writer.c: the plan as an XML plan file
 *
 * The writer knows no record kind: it walks each record's fields and lists
 * as the model declares them, so new kinds are saved with no change here.
 * Output is stable (property order, 2-space indentation, one field per
 * line, defaults left out), so that two versions of a plan diff cleanly
 * and save → load → save gives the same bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-io"

#include "trappa-plan-field.h"
#include "trappa-plan-file.h"
#include "trappa-plan-foreign.h"
#include "trappa-xml-escape.h"

#define INDENT 2

static void write_item (GString    *out,
                        TrappaItem *item,
                        guint       depth,
                        TrappaPlan *root);

static void
write_field (GString    *out,
             TrappaItem *item,
             GParamSpec *pspec,
             guint       depth)
{
  g_autofree char *text = trappa_field_to_text (pspec, trappa_item_peek_value (item, pspec));

  if (text == NULL)
    return;
  g_string_append_printf (out, "%*s<%s>", depth * INDENT, "", pspec->name);
  trappa_xml_append_escaped (out, text, FALSE);
  g_string_append_printf (out, "</%s>\n", pspec->name);
}

static void
write_list (GString                  *out,
            TrappaItem               *item,
            const TrappaItemListInfo *info,
            guint                     depth)
{
  GListModel *list = G_LIST_MODEL (trappa_item_get_list (item, info->name));
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    return;
  g_string_append_printf (out, "%*s<%s>\n", depth * INDENT, "", info->name);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) child = g_list_model_get_item (list, i);

      write_item (out, child, depth + 1, NULL);
    }
  g_string_append_printf (out, "%*s</%s>\n", depth * INDENT, "", info->name);
}

/* The base fields (id, example) are attributes of the record's element. */
static void
write_attributes (GString    *out,
                  TrappaItem *item)
{
  guint n_base;
  GParamSpec **base = trappa_item_get_base_props (&n_base);

  for (guint i = 0; i < n_base; i++)
    {
      g_autofree char *text = trappa_field_to_text (base[i], trappa_item_peek_value (item, base[i]));

      if (text == NULL)
        continue;
      g_string_append_printf (out, " %s=\"", base[i]->name);
      trappa_xml_append_escaped (out, text, TRUE);
      g_string_append_c (out, '"');
    }
  trappa_foreign_write_attributes (out, trappa_item_get_foreign (item));
}

static void
write_item (GString    *out,
            TrappaItem *item,
            guint       depth,
            TrappaPlan *root)
{
  TrappaItemClass *klass = TRAPPA_ITEM_GET_CLASS (item);
  const char *tag = trappa_item_class_get_tag (klass);
  guint n_props, n_lists;
  GParamSpec **props = trappa_item_class_get_props (klass, &n_props);
  const TrappaItemListInfo *lists = trappa_item_class_get_lists (klass, &n_lists);
  gsize start;

  g_string_append_printf (out, "%*s<%s", depth * INDENT, "", tag);
  if (root != NULL)
    g_string_append_printf (out, " xmlns=\"%s\" format-version=\"%d.%u\"",
                            TRAPPA_PLAN_NAMESPACE, TRAPPA_PLAN_FORMAT_MAJOR,
                            MAX (TRAPPA_PLAN_FORMAT_MINOR,
                                 trappa_plan_get_source_format_minor (root)));
  write_attributes (out, item);
  g_string_append (out, ">\n");

  start = out->len;
  for (guint i = 0; i < n_props; i++)
    write_field (out, item, props[i], depth + 1);
  for (guint i = 0; i < n_lists; i++)
    write_list (out, item, &lists[i], depth + 1);
  trappa_foreign_write_elements (out, trappa_item_get_foreign (item), (depth + 1) * INDENT);

  if (out->len == start)
    {
      /* Nothing inside: an empty element is shorter and diffs alike. */
      g_string_truncate (out, start - 2);
      g_string_append (out, "/>\n");
    }
  else
    g_string_append_printf (out, "%*s</%s>\n", depth * INDENT, "", tag);
}

GBytes *
trappa_plan_file_serialize (TrappaPlan *plan)
{
  GString *out = g_string_sized_new (16 * 1024);

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), NULL);

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  write_item (out, TRAPPA_ITEM (plan), 0, plan);
  return g_string_free_to_bytes (out);
}
