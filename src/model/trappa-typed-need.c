/* trappa-typed-need.c: what becomes of a need typed on a step or category
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-typed-need"

#include <inttypes.h>
#include <glib/gi18n-lib.h>

#include "trappa-typed-need.h"

/* The steps that have mapping rows, by id: asked once per step. */
static GHashTable *
steps_with_rows (TrappaPlan *plan)
{
  GListModel *rows = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "mapping-rows"));
  GHashTable *steps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(TrappaItem) row = g_list_model_get_item (rows, i);

      g_hash_table_add (steps, g_strdup (trappa_item_get_string (row, "step")));
    }
  return steps;
}

/* The typed need of @step: its categories' sum where any has one, else its
 * own; the categories' needs are listed in @detail and cleared. */
static gint64
take_typed_need (TrappaItem *step,
                 GString    *detail)
{
  GListModel *categories = G_LIST_MODEL (trappa_item_get_list (step, "categories"));
  gint64 own = trappa_item_get_int (step, "need"), sum = 0;

  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(TrappaItem) category = g_list_model_get_item (categories, i);
      gint64 need = trappa_item_get_int (category, "need");

      if (need == 0)
        continue;
      sum += need;
      /* TRANSLATORS: one category's typed need, in a list kept in a remark */
      g_string_append_printf (detail, _("; %s: need %" PRId64), trappa_item_get_string (category, "name"), need);
      g_object_set (category, "need", (gint64) 0, NULL);
    }
  g_object_set (step, "need", (gint64) 0, NULL);
  return sum > 0 ? sum : own;
}

static gboolean
collect_id (TrappaItem *item,
            gpointer    ids)
{
  g_hash_table_add (ids, g_strdup (trappa_item_get_id (item)));
  return TRUE;
}

/* The ids in use, collected at the first row made (most plans need
 * none), and the number the next "row-N" is tried from. */
typedef struct
{
  GHashTable *ids;
  guint       next;
} RowIds;

/* A free "row-N". Not trappa_plan_make_id(): its index would not see the
 * rows appended here, and would give the next row the same id. */
static char *
make_row_id (TrappaPlan *plan,
             RowIds     *rows)
{
  if (rows->ids == NULL)
    {
      rows->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      rows->next = 1;
      trappa_item_foreach (TRAPPA_ITEM (plan), collect_id, rows->ids);
    }
  for (;; rows->next++)
    {
      g_autofree char *id = g_strdup_printf ("row-%u", rows->next);

      if (!g_hash_table_contains (rows->ids, id))
        {
          g_hash_table_add (rows->ids, g_strdup (id));
          return g_steal_pointer (&id);
        }
    }
}

static guint
adopt_step (TrappaPlan *plan,
            TrappaItem *step,
            GHashTable *stepped,
            RowIds     *rows)
{
  g_autoptr(GString) detail = g_string_new (NULL);
  gint64 need = take_typed_need (step, detail);
  gint64 units = trappa_step_get_units_total (TRAPPA_STEP (step));
  g_autofree char *note = NULL;

  if (need == 0)
    return 0;
  /* TRANSLATORS: kept with a step when a plan from an older Trappa is opened */
  note = g_strdup_printf (_("Need typed in before file format 1.1: %" PRId64 "%s"), need, detail->str);
  if (g_hash_table_contains (stepped, trappa_item_get_id (step)))
    {
      const char *description = trappa_item_get_string (step, "description");
      g_autofree char *text = *description != '\0' ? g_strconcat (description, "\n\n", note, NULL)
                                                   : g_strdup (note);

      g_object_set (step, "description", text, NULL);
    }
  else
    {
      g_autoptr(TrappaMappingRow) row = trappa_mapping_row_new ();
      g_autofree char *id = make_row_id (plan, rows);

      g_object_set (row, "id", id, "step", trappa_item_get_id (step),
                    "units-today", MIN (units, need), "uncovered-now", MAX (need - units, 0),
                    "remark", note, "example", trappa_item_get_boolean (step, "example"), NULL);
      g_list_store_append (trappa_item_get_list (TRAPPA_ITEM (plan), "mapping-rows"), row);
    }
  return 1;
}

guint
trappa_typed_need_adopt (TrappaPlan *plan)
{
  GListModel *staircases = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "staircases"));
  g_autoptr(GHashTable) stepped = steps_with_rows (plan);
  RowIds rows = { NULL, 1 };
  guint adopted = 0;

  for (guint i = 0; i < g_list_model_get_n_items (staircases); i++)
    {
      g_autoptr(TrappaItem) staircase = g_list_model_get_item (staircases, i);
      GListModel *steps = G_LIST_MODEL (trappa_item_get_list (staircase, "steps"));

      for (guint s = 0; s < g_list_model_get_n_items (steps); s++)
        {
          g_autoptr(TrappaItem) step = g_list_model_get_item (steps, s);

          adopted += adopt_step (plan, step, stepped, &rows);
        }
    }
  g_clear_pointer (&rows.ids, g_hash_table_unref);
  return adopted;
}
