/* test-plan-snapshot.c: a save writes the plan as it was when the save
 * began, whatever is edited while the snapshot is taken and written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "io-fixtures.h"
#include "trappa-document.h"
#include "trappa-measure.h"
#include "trappa-plan-file.h"
#include "trappa-plan-snapshot.h"

static gboolean
collect (TrappaItem *item,
         gpointer    records)
{
  g_ptr_array_add (records, g_object_ref (item));
  return TRUE;
}

static gboolean
in_plan (TrappaPlan *plan,
         TrappaItem *item)
{
  return item == TRAPPA_ITEM (plan) || trappa_plan_find_parent (plan, item, NULL, NULL, NULL);
}

/* The @i-th edit of a mix: a name changed anywhere in the plan, measures
 * removed, added and moved, undo and redo. */
static void
edit (TrappaPlan *plan,
      GPtrArray  *records,
      guint       i)
{
  GListModel *measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures"));
  guint n = g_list_model_get_n_items (measures);
  TrappaItem *record = records->pdata[(i * 7) % records->len];

  switch (i % 6)
    {
    case 0:
    case 1:
      if (in_plan (plan, record))
        {
          GObjectClass *klass = G_OBJECT_GET_CLASS (record);
          const char *field = g_object_class_find_property (klass, "title") != NULL ? "title" : "name";
          g_autofree char *text = g_strdup_printf ("Endra %u", i);

          if (g_object_class_find_property (klass, field) != NULL)
            trappa_plan_set_string (plan, record, field, text, NULL);
        }
      break;
    case 2:
      if (n > 1)
        {
          g_autoptr(TrappaItem) measure = g_list_model_get_item (measures, i % n);

          trappa_plan_remove (plan, measure);
        }
      break;
    case 3:
      trappa_plan_undo (plan);
      break;
    case 4:
      {
        g_autoptr(TrappaMeasure) measure = trappa_measure_new ("Nytt tiltak");

        trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", (int) (i % (n + 1)), TRAPPA_ITEM (measure));
      }
      break;
    default:
      {
        g_autoptr(TrappaItem) measure = g_list_model_get_item (measures, 0);

        trappa_plan_move (plan, measure, n - 1);
        trappa_plan_redo (plan);
      }
    }
}

/* Edits between every two records copied: the copy is the plan as it
 * was when the snapshot began, to the byte. */
static void
test_edits_between_steps (void)
{
  g_autoptr(TrappaPlan) plan = io_fixture_load_example ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) copied = NULL;
  g_autoptr(TrappaPlanSnapshot) snapshot = NULL;
  g_autoptr(TrappaPlan) copy = NULL;
  guint steps = 0;

  /* Something to undo from before the snapshot, too. */
  trappa_plan_set_string (plan, TRAPPA_ITEM (plan), "title", "Før", NULL);
  trappa_item_foreach (TRAPPA_ITEM (plan), collect, records);
  before = trappa_plan_file_serialize (plan);

  snapshot = trappa_plan_snapshot_new (plan);
  while (!trappa_plan_snapshot_step (snapshot, 0))
    edit (plan, records, steps++);
  g_assert_cmpuint (steps, >, 100);
  copy = trappa_plan_snapshot_steal (snapshot);

  after = trappa_plan_file_serialize (plan);
  copied = trappa_plan_file_serialize (copy);
  g_assert_false (g_bytes_equal (after, before));
  g_assert_cmpmem (g_bytes_get_data (copied, NULL), g_bytes_get_size (copied),
                   g_bytes_get_data (before, NULL), g_bytes_get_size (before));
}

/* Through the document: edits made while a save runs are not in the
 * file, and the plan stays unsaved. */
static void
test_document_save (void)
{
  g_autofree char *dir = io_fixture_make_dir ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(TrappaDocument) document = io_fixture_document_on_copy (dir, "plan.trappa", &file);
  TrappaPlan *plan = trappa_document_get_plan (document);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) reopened = NULL;
  g_autoptr(TrappaPlan) plan_saved = NULL;
  g_autoptr(GError) error = NULL;
  IoFixtureWait wait = { NULL };

  trappa_item_foreach (TRAPPA_ITEM (plan), collect, records);
  trappa_document_save_async (document, NULL, FALSE, NULL, io_fixture_on_done, &wait);
  /* The save stamped its revision: that is in the file. */
  before = trappa_plan_file_serialize (plan);
  for (guint i = 0; i < 30; i++)
    {
      edit (plan, records, i);
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_true (trappa_document_save_finish (document, io_fixture_wait_for (&wait), &error));
  g_assert_no_error (error);
  g_object_unref (wait.result);

  g_assert_true (trappa_plan_get_modified (plan));
  plan_saved = trappa_plan_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  reopened = trappa_plan_file_serialize (plan_saved);
  saved = io_fixture_contents (g_file_peek_path (file));
  g_assert_true (g_bytes_equal (saved, before));
  g_assert_true (g_bytes_equal (reopened, before));
  io_fixture_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();

  g_test_add_func ("/trappa/io/snapshot/edits-between-steps", test_edits_between_steps);
  g_test_add_func ("/trappa/io/snapshot/document-save", test_document_save);
  return g_test_run ();
}
