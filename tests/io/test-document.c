/* test-document.c: the document loads and saves in a worker thread while
 * the main loop (the window) goes on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "io-fixtures.h"
#include "io-slow-fifo.h"
#include "trappa-document.h"
#include "trappa-plan-file.h"
#include "trappa-plan-preload.h"

#define CHUNK 4096

/* Loads the example through a FIFO fed a chunk per main-loop turn, read
 * ahead first when @preload (trappa_plan_preload_start, as the
 * application does while GTK starts). */
static void
load_fifo (gboolean preload)
{
  g_autofree char *dir = io_fixture_make_dir ();
  g_autofree char *example = io_fixture_example_path ();
  g_autofree char *path = g_build_filename (dir, "fifo.trappa", NULL);
  g_autoptr(GBytes) bytes = io_fixture_contents (example);
  g_autoptr(IoSlowFifo) fifo = io_slow_fifo_new (path, bytes, CHUNK, 1);
  g_autoptr(TrappaDocument) document = trappa_document_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  IoFixtureWait wait = { NULL };

  if (preload)
    trappa_plan_preload_start (file);
  trappa_document_load_async (document, file, NULL, io_fixture_on_done, &wait);
  if (preload)
    g_assert_null (trappa_plan_preload_claim (file));  /* the load claimed it */
  else
    g_assert_true (trappa_document_get_busy (document));
  g_assert_true (trappa_document_load_finish (document, io_fixture_wait_for (&wait), &error));
  g_assert_no_error (error);

  if (!preload)
    {
      g_assert_false (trappa_document_get_busy (document));
      g_assert_cmpuint (io_slow_fifo_get_turns (fifo), >, g_bytes_get_size (bytes) / CHUNK);
      g_assert_true (g_file_equal (trappa_document_get_file (document), file));
    }
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (trappa_document_get_plan (document)), "municipality"),
                   ==, "Alver");
  g_object_unref (wait.result);
  io_fixture_remove_dir (dir);
}

/* A load that blocked the main loop would never see the end of the
 * FIFO. */
static void
test_load_async (void)
{
  load_fifo (FALSE);
}

/* The read ahead is what the document's load takes: a FIFO can be read
 * once only, so a second read would wait for ever. */
static void
test_load_preloaded (void)
{
  load_fifo (TRUE);
}

/* A read ahead that fails gives the load the message reading the file
 * gives; one not claimed before trappa_plan_preload_forget() is never
 * given to a later load. */
static void
test_preload_broken_and_forgotten (void)
{
  g_autofree char *dir = io_fixture_make_dir ();
  g_autofree char *path = g_build_filename (dir, "broken.trappa", NULL);
  g_autoptr(GBytes) broken = g_bytes_new_static ("<plan", 5);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrappaDocument) document = trappa_document_new ();
  g_autoptr(TrappaPlan) direct = NULL;
  g_autoptr(GError) direct_error = NULL;
  g_autoptr(GError) error = NULL;
  IoFixtureWait wait = { NULL };

  io_fixture_write (path, broken);
  direct = trappa_plan_file_load (file, NULL, NULL, &direct_error);
  g_assert_null (direct);
  trappa_plan_preload_start (file);
  trappa_document_load_async (document, file, NULL, io_fixture_on_done, &wait);
  g_assert_false (trappa_document_load_finish (document, io_fixture_wait_for (&wait), &error));
  g_assert_cmpstr (error->message, ==, direct_error->message);
  g_object_unref (wait.result);

  trappa_plan_preload_start (file);
  trappa_plan_preload_forget ();
  g_assert_null (trappa_plan_preload_claim (file));
  io_fixture_remove_dir (dir);
}

/* Cancelling a load that waits on a location ends it at once; the
 * document keeps its plan. */
static void
test_load_cancel (void)
{
  g_autofree char *dir = io_fixture_make_dir ();
  g_autofree char *path = g_build_filename (dir, "never.trappa", NULL);
  g_autoptr(GBytes) nothing = g_bytes_new_static ("", 0);
  g_autoptr(TrappaDocument) document = trappa_document_new ();
  TrappaPlan *plan = trappa_document_get_plan (document);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  IoSlowFifo *fifo = io_slow_fifo_new (path, nothing, CHUNK, 1000 * 1000);
  IoFixtureWait wait = { NULL };

  trappa_document_load_async (document, file, cancellable, io_fixture_on_done, &wait);
  g_cancellable_cancel (cancellable);
  g_assert_false (trappa_document_load_finish (document, io_fixture_wait_for (&wait), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (trappa_document_get_busy (document));
  g_assert_true (trappa_document_get_plan (document) == plan);
  g_assert_null (trappa_document_get_file (document));
  /* Lets the worker thread, still waiting for a writer, end. */
  io_slow_fifo_free (fifo);
  g_object_unref (wait.result);
  io_fixture_remove_dir (dir);
}

static gboolean
save_and_wait (TrappaDocument  *document,
               GFile           *file,
               const char      *edit_meanwhile,
               GError         **error)
{
  TrappaPlan *plan = trappa_document_get_plan (document);
  IoFixtureWait wait = { NULL };
  gboolean saved;

  trappa_document_save_async (document, file, FALSE, NULL, io_fixture_on_done, &wait);
  if (edit_meanwhile != NULL)
    trappa_plan_set_string (plan, TRAPPA_ITEM (plan), "title", edit_meanwhile, NULL);
  saved = trappa_document_save_finish (document, io_fixture_wait_for (&wait), error);
  g_object_unref (wait.result);
  return saved;
}

/* The bytes are taken when the save starts: an edit made while it runs
 * keeps the plan unsaved; the next save (its stamp updated) goes on. */
static void
test_save_async (void)
{
  g_autofree char *dir = io_fixture_make_dir ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(TrappaDocument) document = io_fixture_document_on_copy (dir, "plan.trappa", &file);
  TrappaPlan *plan = trappa_document_get_plan (document);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) saved = NULL;

  trappa_plan_set_string (plan, TRAPPA_ITEM (plan), "title", "Fyrste", NULL);
  g_assert_true (save_and_wait (document, NULL, "Andre", &error));
  g_assert_no_error (error);
  g_assert_true (trappa_plan_get_modified (plan));
  saved = io_fixture_contents (g_file_peek_path (file));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                                  "<title>Fyrste</title>"));

  g_assert_true (save_and_wait (document, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (trappa_plan_get_modified (plan));
  io_fixture_remove_dir (dir);
}

static void
test_save_async_changed_on_disk (void)
{
  g_autofree char *dir = io_fixture_make_dir ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(TrappaDocument) document = io_fixture_document_on_copy (dir, "plan.trappa", &file);
  TrappaPlan *plan = trappa_document_get_plan (document);
  static const char text[] = "<plan xmlns=\"" TRAPPA_PLAN_NAMESPACE "\" format-version=\"1.0\"/>\n";
  g_autoptr(GBytes) theirs = g_bytes_new_static (text, strlen (text));
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;

  io_fixture_write (g_file_peek_path (file), theirs);
  trappa_plan_set_string (plan, TRAPPA_ITEM (plan), "title", "Mine", NULL);
  g_assert_false (save_and_wait (document, NULL, NULL, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_CHANGED_ON_DISK);
  g_assert_true (trappa_plan_get_modified (plan));
  after = io_fixture_contents (g_file_peek_path (file));
  g_assert_true (g_bytes_equal (after, theirs));
  io_fixture_remove_dir (dir);
}

static void
test_names (void)
{
  g_autofree char *dir = io_fixture_make_dir ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(TrappaDocument) document = io_fixture_document_on_copy (dir, "plan.trappa", &file);
  g_autoptr(TrappaDocument) untitled = trappa_document_new ();
  g_autofree char *name = trappa_document_dup_file_name (document);
  g_autofree char *folder = trappa_document_dup_folder (document);
  g_autofree char *untitled_folder = trappa_document_dup_folder (untitled);

  g_assert_cmpstr (name, ==, "plan.trappa");
  g_assert_cmpstr (folder, ==, dir);
  g_assert_null (untitled_folder);
  io_fixture_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();

  g_test_add_func ("/trappa/io/document/load-async", test_load_async);
  g_test_add_func ("/trappa/io/document/load-cancel", test_load_cancel);
  g_test_add_func ("/trappa/io/document/load-preloaded", test_load_preloaded);
  g_test_add_func ("/trappa/io/document/preload-broken-and-forgotten", test_preload_broken_and_forgotten);
  g_test_add_func ("/trappa/io/document/save-async", test_save_async);
  g_test_add_func ("/trappa/io/document/save-async-changed-on-disk", test_save_async_changed_on_disk);
  g_test_add_func ("/trappa/io/document/names", test_names);
  return g_test_run ();
}
