/* test-diff-kinds.c: --diff words a changed field of every record kind
 *
 * For each kind of record in the Alver example, one field of its first
 * record is changed in a copy; the difference must name the kind, the
 * field and the new value, in words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "io-fixtures.h"
#include "trappa-field-names.h"
#include "trappa-plan-diff.h"
#include "trappa-plan-file.h"

/* The first record of each kind, in plan order. */
static gboolean
first_of_kind (TrappaItem *item,
               gpointer    firsts)
{
  if (!g_hash_table_contains (firsts, G_OBJECT_TYPE_NAME (item)))
    g_hash_table_insert (firsts, (gpointer) G_OBJECT_TYPE_NAME (item), item);
  return TRUE;
}

/* Changes one field of @item the rules allow to change: a plain text,
 * else a number or a yes/no. Returns the field, or NULL. */
static GParamSpec *
change_a_field (TrappaPlan *plan,
                TrappaItem *item)
{
  guint n;
  GParamSpec **props = trappa_item_class_get_props (TRAPPA_ITEM_GET_CLASS (item), &n);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        GParamSpec *pspec = props[i];
        GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
        g_auto(GValue) value = G_VALUE_INIT;

        if (trappa_plan_field_is_bookkeeping (pspec) ||
            trappa_param_spec_get_reference_type (pspec) != G_TYPE_INVALID ||
            trappa_param_spec_get_choices (pspec) != NULL ||
            trappa_param_spec_is_date (pspec) || trappa_param_spec_is_year_amounts (pspec))
          continue;
        g_value_init (&value, type);
        if (pass == 0 && type == G_TYPE_STRING)
          g_value_set_string (&value, "Endra");
        else if (pass == 1 && type == G_TYPE_INT64)
          g_value_set_int64 (&value, g_value_get_int64 (trappa_item_peek_value (item, pspec)) ==
                                     G_PARAM_SPEC_INT64 (pspec)->minimum
                                     ? G_PARAM_SPEC_INT64 (pspec)->minimum + 1
                                     : G_PARAM_SPEC_INT64 (pspec)->minimum);
        else if (pass == 1 && type == G_TYPE_BOOLEAN)
          g_value_set_boolean (&value, !g_value_get_boolean (trappa_item_peek_value (item, pspec)));
        else
          continue;
        if (trappa_plan_set_value (plan, item, pspec->name, &value, NULL) &&
            trappa_plan_get_modified (plan))
          return pspec;
      }
  return NULL;
}

static void
test_every_kind (void)
{
  g_autoptr(TrappaPlan) base = io_fixture_load_example ();
  g_autoptr(GHashTable) firsts = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer kind, first;
  guint kinds = 0;

  trappa_item_foreach (TRAPPA_ITEM (base), first_of_kind, firsts);
  g_assert_cmpuint (g_hash_table_size (firsts), >, 15);

  g_hash_table_iter_init (&iter, firsts);
  while (g_hash_table_iter_next (&iter, &kind, &first))
    {
      g_autoptr(GBytes) bytes = trappa_plan_file_serialize (base);
      g_autoptr(TrappaPlan) copy = trappa_plan_file_parse (bytes, "copy", NULL, NULL);
      g_autoptr(GPtrArray) diffs = NULL;
      g_autofree char *words = NULL;
      TrappaItem *item = TRAPPA_ITEM (copy);
      const char *tag = trappa_item_class_get_tag (TRAPPA_ITEM_GET_CLASS (first));
      GParamSpec *pspec;

      /* The same record in the copy, by its id. */
      if (first != (gpointer) base)
        item = trappa_plan_lookup (copy, trappa_item_get_id (first));
      g_assert_nonnull (item);
      pspec = change_a_field (copy, item);
      if (pspec == NULL)
        g_error ("no field of a %s could be changed", tag);

      diffs = trappa_plan_diff (base, copy);
      g_assert_cmpuint (diffs->len, ==, 1);
      words = trappa_diff_describe (diffs->pdata[0], base, copy);
      g_test_message ("%s", words);
      g_assert_true (g_str_has_prefix (words, trappa_kind_label (tag)));
      g_assert_nonnull (strstr (words, trappa_field_label (tag, pspec->name)));
      g_assert_nonnull (strstr (words, "→"));
      kinds++;
    }
  g_assert_cmpuint (kinds, ==, g_hash_table_size (firsts));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();
  g_test_add_func ("/trappa/merge/diff/every-kind", test_every_kind);
  return g_test_run ();
}
