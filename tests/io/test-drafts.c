/* test-drafts.c: drafts of unsaved plans, written by the document's
 * autosave and recovered after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "io-fixtures.h"
#include "trappa-document.h"
#include "trappa-drafts.h"
#include "trappa-plan-file.h"

static char *
draft_file (const char *id,
            const char *extension)
{
  g_autofree char *folder = trappa_drafts_folder ();
  g_autofree char *name = g_strconcat (id, extension, NULL);

  return g_build_filename (folder, name, NULL);
}

static guint
n_drafts (void)
{
  g_autoptr(GPtrArray) drafts = trappa_drafts_list ();

  return drafts->len;
}

/* Runs the main loop until @done or @ms pass; TRUE when done. */
static gboolean
run_until (gboolean (*done) (gpointer),
           gpointer   data,
           guint      ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (!done (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE), g_usleep (5000);
  return done (data);
}

static gboolean
has_draft (gpointer data)
{
  g_autofree char *path = draft_file (trappa_document_get_draft_id (data), ".draft");

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static gboolean
has_no_draft (gpointer data)
{
  return !has_draft (data);
}

static gboolean
is_gone (gpointer data)
{
  return g_atomic_pointer_get ((gpointer *) data) == NULL;
}

static TrappaDocument *
document_on_copy (const char *dir,
                  GFile     **file)
{
  TrappaDocument *document = io_fixture_document_on_copy (dir, "alver.trappa", file);

  trappa_document_set_autosave (document, TRUE);
  return document;
}

static void
set_title (TrappaDocument *document,
           const char     *title)
{
  TrappaPlan *plan = trappa_document_get_plan (document);

  g_assert_true (trappa_plan_set_string (plan, TRAPPA_ITEM (plan), "title", title, NULL));
}

/* Written, listed with what it says, loaded, removed. */
static void
test_write_list_load (void)
{
  g_autofree char *example = io_fixture_example_path ();
  g_autoptr(GBytes) bytes = io_fixture_contents (example);
  g_autoptr(TrappaDraft) draft = trappa_draft_new ();
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) plan = NULL;
  const TrappaDraft *listed;

  draft->id = g_uuid_string_random ();
  draft->title = g_strdup ("Bustadplan for Alver");
  draft->uri = g_strdup ("file:///tmp/alver.trappa");
  draft->stamp = g_strdup ("abc");
  draft->time = g_date_time_new_now_local ();
  g_assert_true (trappa_drafts_write (draft, bytes, &error));
  g_assert_no_error (error);

  drafts = trappa_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  listed = drafts->pdata[0];
  g_assert_cmpstr (listed->id, ==, draft->id);
  g_assert_cmpstr (listed->title, ==, "Bustadplan for Alver");
  g_assert_cmpstr (listed->uri, ==, "file:///tmp/alver.trappa");
  g_assert_cmpstr (listed->stamp, ==, "abc");
  g_assert_cmpint (g_date_time_to_unix (listed->time), ==, g_date_time_to_unix (draft->time));

  plan = trappa_drafts_load (listed, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (plan), "municipality"), ==, "Alver");

  trappa_drafts_remove (draft->id);
  g_assert_cmpuint (n_drafts (), ==, 0);
}

/* A draft of a Trappa that still runs is its own; half a draft (no key
 * file, or no plan) and stray files are not drafts. */
static void
test_list_skips (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("x", 1);
  g_autoptr(TrappaDraft) draft = trappa_draft_new ();
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *plan = NULL;
  g_autofree char *folder = trappa_drafts_folder ();
  g_autofree char *stray = g_build_filename (folder, "notes.draft", NULL);

  draft->id = g_uuid_string_random ();
  draft->title = g_strdup ("Plan");
  draft->time = g_date_time_new_now_local ();
  g_assert_true (trappa_drafts_write (draft, bytes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_drafts (), ==, 1);

  /* Written by the process that runs this test, still running. */
  info = draft_file (draft->id, ".draft");
  g_assert_true (g_key_file_load_from_file (keys, info, G_KEY_FILE_KEEP_COMMENTS, NULL));
  g_key_file_set_int64 (keys, "Draft", "Process", getppid ());
  g_assert_true (g_key_file_save_to_file (keys, info, NULL));
  g_assert_cmpuint (n_drafts (), ==, 0);

  g_key_file_set_int64 (keys, "Draft", "Process", getpid ());
  g_assert_true (g_key_file_save_to_file (keys, info, NULL));
  g_assert_cmpuint (n_drafts (), ==, 1);

  plan = draft_file (draft->id, TRAPPA_PLAN_FILE_EXTENSION);
  g_unlink (plan);
  g_assert_cmpuint (n_drafts (), ==, 0);

  g_assert_true (g_file_set_contents (stray, "[Draft]\n", -1, NULL));
  g_assert_cmpuint (n_drafts (), ==, 0);
  g_unlink (stray);
  trappa_drafts_remove (draft->id);
}

/* An edit is in a draft within a few seconds; a burst of edits makes
 * one; undo back to the file removes it, so does a save. */
static void
test_autosave (void)
{
  g_autofree char *dir = io_fixture_make_dir ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(TrappaDocument) document = document_on_copy (dir, &file);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(TrappaPlan) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = io_fixture_contents (g_file_peek_path (file));
  g_autoptr(GBytes) after = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  gint64 edited;

  g_assert_false (has_draft (document));
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *title = g_strdup_printf ("Utkast %u", i);

      set_title (document, title);
    }
  edited = g_get_monotonic_time ();
  /* Not at once: edits are coalesced. */
  g_main_context_iteration (NULL, FALSE);
  g_assert_false (has_draft (document));
  g_assert_true (run_until (has_draft, document, 5000));
  g_assert_cmpint (g_get_monotonic_time () - edited, <, 5 * G_TIME_SPAN_SECOND);
  g_test_message ("draft %.1f s after the last edit", (g_get_monotonic_time () - edited) / 1e6);

  drafts = trappa_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (((TrappaDraft *) drafts->pdata[0])->title, ==, "Utkast 19");
  g_assert_cmpstr (((TrappaDraft *) drafts->pdata[0])->uri, ==, uri);
  kept = trappa_drafts_load (drafts->pdata[0], &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (kept), "title"), ==, "Utkast 19");
  /* The plan's file is untouched by drafts. */
  after = io_fixture_contents (g_file_peek_path (file));
  g_assert_true (g_bytes_equal (before, after));

  /* Undone back to the file: no draft. */
  while (trappa_plan_get_modified (trappa_document_get_plan (document)))
    trappa_plan_undo (trappa_document_get_plan (document));
  g_assert_true (run_until (has_no_draft, document, 5000));

  set_title (document, "Lagra");
  g_assert_true (run_until (has_draft, document, 5000));
  g_assert_true (trappa_document_save (document, NULL, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (has_draft (document));
  io_fixture_remove_dir (dir);
}

/* Ending the document (a clean close) removes its draft. */
static void
test_close_removes (void)
{
  g_autofree char *dir = io_fixture_make_dir ();
  g_autoptr(GFile) file = NULL;
  TrappaDocument *document = document_on_copy (dir, &file);
  g_autofree char *path = NULL;

  set_title (document, "Lukka");
  g_assert_true (run_until (has_draft, document, 5000));
  path = draft_file (trappa_document_get_draft_id (document), ".draft");
  /* A draft still being written holds the document until it is done
   * (its worker thread may drop the last reference: polled, not waited). */
  g_object_add_weak_pointer (G_OBJECT (document), (gpointer *) &document);
  g_object_unref (document);
  g_assert_true (run_until (is_gone, &document, 5000));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (n_drafts (), ==, 0);
  io_fixture_remove_dir (dir);
}

/* Recovered: the edit, the file it belongs to, unsaved; a save still
 * notices that someone changed the file since. A plan never saved is
 * recovered as one. */
static void
test_recover (void)
{
  g_autofree char *dir = io_fixture_make_dir ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(TrappaDocument) crashed = document_on_copy (dir, &file);
  g_autoptr(TrappaDocument) untitled = trappa_document_new ();
  g_autoptr(TrappaDocument) restored = trappa_document_new ();
  g_autoptr(TrappaDocument) restored_untitled = trappa_document_new ();
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  const TrappaDraft *mine = NULL;
  const TrappaDraft *new_plan = NULL;
  TrappaPlan *plan;

  trappa_document_set_autosave (untitled, TRUE);
  set_title (crashed, "Før krasjet");
  set_title (untitled, "Ny plan");
  g_assert_true (run_until (has_draft, crashed, 5000));
  g_assert_true (run_until (has_draft, untitled, 5000));

  drafts = trappa_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 2);
  for (guint i = 0; i < drafts->len; i++)
    {
      const TrappaDraft *draft = drafts->pdata[i];

      if (g_strcmp0 (draft->id, trappa_document_get_draft_id (crashed)) == 0)
        mine = draft;
      else if (g_strcmp0 (draft->id, trappa_document_get_draft_id (untitled)) == 0)
        new_plan = draft;
    }
  g_assert_nonnull (mine);
  g_assert_nonnull (new_plan);
  g_assert_null (new_plan->uri);

  g_assert_true (trappa_document_recover (restored, mine, &error));
  g_assert_no_error (error);
  plan = trappa_document_get_plan (restored);
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (plan), "title"), ==, "Før krasjet");
  g_assert_true (trappa_plan_get_modified (plan));
  g_assert_true (g_file_equal (trappa_document_get_file (restored), file));
  g_assert_cmpstr (trappa_document_get_draft_id (restored), ==, mine->id);

  g_assert_true (trappa_document_recover (restored_untitled, new_plan, &error));
  g_assert_no_error (error);
  g_assert_null (trappa_document_get_file (restored_untitled));
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (trappa_document_get_plan (restored_untitled)), "title"),
                   ==, "Ny plan");

  /* Someone else saved the file after the draft was taken. */
  {
    g_autoptr(GBytes) theirs = g_bytes_new_static ("<plan/>\n", 8);

    io_fixture_write (g_file_peek_path (file), theirs);
  }
  g_assert_false (trappa_document_save (restored, NULL, FALSE, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_CHANGED_ON_DISK);
  io_fixture_remove_dir (dir);
}

static gboolean
counted (gpointer data)
{
  return *(guint *) data > 0;
}

static void
on_draft_failed (TrappaDocument *document,
                 const GError   *error,
                 guint          *n)
{
  g_assert_nonnull (error);
  (*n)++;
}

/* A draft that cannot be written (here: its folder is a file) is
 * reported once; the plan's file is untouched. */
static void
test_write_fails (void)
{
  g_autofree char *dir = io_fixture_make_dir ();
  g_autofree char *folder = trappa_drafts_folder ();
  g_autofree char *moved = g_strconcat (folder, ".moved", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(TrappaDocument) document = document_on_copy (dir, &file);
  g_autoptr(GBytes) before = io_fixture_contents (g_file_peek_path (file));
  g_autoptr(GBytes) after = NULL;
  guint failed = 0;

  g_assert_cmpint (g_rename (folder, moved), ==, 0);
  g_assert_true (g_file_set_contents (folder, "", 0, NULL));
  g_signal_connect (document, "draft-failed", G_CALLBACK (on_draft_failed), &failed);

  set_title (document, "Fyrste");
  g_assert_true (run_until (counted, &failed, 5000));
  set_title (document, "Andre");
  g_usleep (2500 * 1000);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (run_until (has_no_draft, document, 3000));
  g_assert_cmpuint (failed, ==, 1);
  after = io_fixture_contents (g_file_peek_path (file));
  g_assert_true (g_bytes_equal (before, after));

  g_unlink (folder);
  g_assert_cmpint (g_rename (moved, folder), ==, 0);
  io_fixture_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("trappa-drafts-XXXXXX", &error);
  int status;

  g_assert_no_error (error);
  /* Drafts of their own: other tests' windows write drafts too. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();

  g_test_add_func ("/trappa/io/drafts/write-list-load", test_write_list_load);
  g_test_add_func ("/trappa/io/drafts/list-skips", test_list_skips);
  g_test_add_func ("/trappa/io/drafts/autosave", test_autosave);
  g_test_add_func ("/trappa/io/drafts/close-removes", test_close_removes);
  g_test_add_func ("/trappa/io/drafts/recover", test_recover);
  g_test_add_func ("/trappa/io/drafts/write-fails", test_write_fails);
  status = g_test_run ();
  io_fixture_remove_dir (data_home);
  return status;
}
