/* test-webdav.c: plans opened and saved on a real WebDAV server through
 * GVfs (dav://), as on the municipality's Nextcloud: the same atomic save
 * and "someone else changed it" rules as local files, and a save cut off
 * half-way leaves the plan open and unsaved and the remote file as it was.
 * Run by tests/io/run-webdav, which starts the server on 127.0.0.1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include "io-fixtures.h"
#include "trappa-document.h"
#include "trappa-error.h"
#include "trappa-plan-file.h"

static GFile *
remote_file (const char *name)
{
  g_autofree char *uri = g_strconcat (g_getenv ("TRAPPA_DAV_URI"), name, NULL);

  return g_file_new_for_uri (uri);
}

static char *
server_path (const char *name)
{
  return g_build_filename (g_getenv ("TRAPPA_DAV_ROOT"), name, NULL);
}

/* Puts the Alver example on the server (as a colleague's upload would)
 * and returns its bytes. */
static GBytes *
upload_example (const char *name)
{
  g_autofree char *example = io_fixture_example_path ();
  g_autofree char *path = server_path (name);
  GBytes *bytes = io_fixture_contents (example);

  io_fixture_write (path, bytes);
  return bytes;
}

static void
mount_server (void)
{
  g_autoptr(GFile) root = remote_file ("");
  g_autoptr(GError) error = NULL;
  IoFixtureWait wait = { NULL };

  g_file_mount_enclosing_volume (root, G_MOUNT_MOUNT_NONE, NULL, NULL, io_fixture_on_done, &wait);
  if (!g_file_mount_enclosing_volume_finish (root, io_fixture_wait_for (&wait), &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_ALREADY_MOUNTED))
    g_error ("Cannot mount %s: %s", g_getenv ("TRAPPA_DAV_URI"), error->message);
  g_object_unref (wait.result);
}

static gboolean
load (TrappaDocument *document,
      GFile          *file,
      GError        **error)
{
  IoFixtureWait wait = { NULL };
  gboolean ok;

  trappa_document_load_async (document, file, NULL, io_fixture_on_done, &wait);
  ok = trappa_document_load_finish (document, io_fixture_wait_for (&wait), error);
  g_object_unref (wait.result);
  return ok;
}

static gboolean
save (TrappaDocument *document,
      GError        **error)
{
  IoFixtureWait wait = { NULL };
  gboolean ok;

  trappa_document_save_async (document, NULL, FALSE, NULL, io_fixture_on_done, &wait);
  ok = trappa_document_save_finish (document, io_fixture_wait_for (&wait), error);
  g_object_unref (wait.result);
  return ok;
}

static void
retitle (TrappaDocument *document,
         const char     *title)
{
  TrappaPlan *plan = trappa_document_get_plan (document);

  g_assert_true (trappa_plan_set_string (plan, TRAPPA_ITEM (plan), "title", title, NULL));
}

static char *
title_of (TrappaDocument *document)
{
  char *title = NULL;

  g_object_get (trappa_document_get_plan (document), "title", &title, NULL);
  return title;
}

static void
assert_server_has (const char *name,
                   GBytes     *expected)
{
  g_autofree char *path = server_path (name);
  g_autoptr(GBytes) now = io_fixture_contents (path);

  g_assert_true (g_bytes_equal (now, expected));
}

/* A plan on a share not mounted in this session (a dav:// location given
 * on the command line) is mounted on opening, as the file chooser would. */
static void
test_mounts_on_open (void)
{
  g_autoptr(GBytes) original = upload_example ("unmounted.trappa");
  g_autoptr(GFile) file = remote_file ("unmounted.trappa");
  g_autoptr(GMount) before = g_file_find_enclosing_mount (file, NULL, NULL);
  g_autoptr(TrappaDocument) document = trappa_document_new ();
  g_autoptr(GError) error = NULL;

  g_assert_null (before);
  g_assert_true (load (document, file, &error));
  g_assert_no_error (error);
}

/* Open, edit, save, open again: the edit is on the server, in place. */
static void
test_open_edit_save (void)
{
  g_autoptr(GBytes) original = upload_example ("round-trip.trappa");
  g_autoptr(GFile) file = remote_file ("round-trip.trappa");
  g_autoptr(TrappaDocument) document = trappa_document_new ();
  g_autoptr(TrappaDocument) again = trappa_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *path = server_path ("round-trip.trappa");
  g_autoptr(GBytes) saved = NULL;
  gint64 start;

  mount_server ();
  g_assert_true (load (document, file, &error));
  g_assert_no_error (error);
  retitle (document, "Bustadplan på Nextcloud");
  start = g_get_monotonic_time ();
  save (document, &error);
  g_assert_no_error (error);
  g_test_message ("saving Alver to the WebDAV server took %.0f ms",
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_false (trappa_plan_get_modified (trappa_document_get_plan (document)));

  saved = io_fixture_contents (path);
  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL), "Bustadplan på Nextcloud"));
  g_assert_false (g_bytes_equal (saved, original));

  g_assert_true (load (again, file, &error));
  g_assert_no_error (error);
  title = title_of (again);
  g_assert_cmpstr (title, ==, "Bustadplan på Nextcloud");

  /* Saved twice in a row: the stamp of the first save is the one checked. */
  retitle (document, "Bustadplan, andre utkast");
  save (document, &error);
  g_assert_no_error (error);
}

/* A colleague replaces the file on the server while it is open: saving
 * asks (fails with "changed on disk") and overwrites nothing. */
static void
test_changed_behind_our_back (void)
{
  g_autoptr(GBytes) original = upload_example ("shared.trappa");
  g_autoptr(GFile) file = remote_file ("shared.trappa");
  g_autoptr(TrappaDocument) document = trappa_document_new ();
  g_autoptr(TrappaDocument) colleague = trappa_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = server_path ("shared.trappa");
  g_autoptr(GBytes) theirs = NULL;

  mount_server ();
  g_assert_true (load (document, file, &error));
  g_assert_true (load (colleague, file, &error));
  g_assert_no_error (error);

  retitle (colleague, "Kollegaen sin versjon");
  save (colleague, &error);
  g_assert_no_error (error);
  theirs = io_fixture_contents (path);

  retitle (document, "Min versjon");
  g_assert_false (save (document, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_CHANGED_ON_DISK);
  g_assert_true (trappa_plan_get_modified (trappa_document_get_plan (document)));
  assert_server_has ("shared.trappa", theirs);
}

/* The connection goes away half-way through the upload: a clear error,
 * the plan still open and unsaved, the server's file the old version. */
static void
test_cut_mid_save (void)
{
  g_autoptr(GBytes) original = upload_example ("cut.trappa");
  g_autoptr(GFile) file = remote_file ("cut.trappa");
  g_autoptr(TrappaDocument) document = trappa_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) flag = g_bytes_new_static ("cut", 3);
  g_autofree char *title = NULL;

  mount_server ();
  g_assert_true (load (document, file, &error));
  g_assert_no_error (error);
  retitle (document, "Aldri lagra");

  io_fixture_write (g_getenv ("TRAPPA_DAV_CUT"), flag);
  g_assert_false (save (document, &error));
  g_assert_nonnull (error);
  g_test_message ("cut mid-save: %s", error->message);
  g_assert_nonnull (strstr (error->message, "cut.trappa"));
  g_assert_true (trappa_plan_get_modified (trappa_document_get_plan (document)));
  title = title_of (document);
  g_assert_cmpstr (title, ==, "Aldri lagra");
  assert_server_has ("cut.trappa", original);

  /* The server back: the same save goes through. GVfs's dav backend may
   * have quit over the dropped connection, and its mount is forgotten a
   * moment later: mount again (as the file chooser would) and retry for
   * at most 10 s. */
  g_assert_cmpint (g_unlink (g_getenv ("TRAPPA_DAV_CUT")), ==, 0);
  for (guint attempt = 0; attempt < 50; attempt++)
    {
      g_clear_error (&error);
      mount_server ();
      if (save (document, &error))
        break;
      g_usleep (G_USEC_PER_SEC / 5);
    }
  g_assert_no_error (error);
  g_assert_false (trappa_plan_get_modified (trappa_document_get_plan (document)));
}

static gboolean
tick (gpointer data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

/* An upload over a slow connection: the save runs beside the main loop,
 * which keeps turning (a 10 ms timer ticks on) until it is done. */
static void
test_slow_save (void)
{
  g_autoptr(GBytes) original = upload_example ("slow.trappa");
  g_autoptr(GFile) file = remote_file ("slow.trappa");
  g_autoptr(TrappaDocument) document = trappa_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) flag = g_bytes_new_static ("slow", 4);
  g_autofree char *slow_flag = g_strconcat (g_getenv ("TRAPPA_DAV_CUT"), ".slow", NULL);
  guint ticks = 0, source;

  mount_server ();
  g_assert_true (load (document, file, &error));
  g_assert_no_error (error);
  retitle (document, "Lagra over eit tregt nett");
  io_fixture_write (slow_flag, flag);
  source = g_timeout_add (10, tick, &ticks);
  g_assert_true (save (document, &error));
  g_source_remove (source);
  g_assert_cmpint (g_unlink (slow_flag), ==, 0);
  g_assert_no_error (error);
  /* The upload takes at least 0.6 s (109 KB, 8 KiB per 50 ms): a main
   * loop blocked by it would have ticked once or twice. */
  g_test_message ("main loop ticks during a slow save: %u", ticks);
  g_assert_cmpuint (ticks, >=, 10);
  g_assert_false (trappa_plan_get_modified (trappa_document_get_plan (document)));
  {
    g_autofree char *path = server_path ("slow.trappa");
    g_autoptr(GBytes) now = io_fixture_contents (path);

    g_assert_nonnull (g_strstr_len (g_bytes_get_data (now, NULL), g_bytes_get_size (now),
                                    "Lagra over eit tregt nett"));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* GVfs warns about its own daemon after a dropped connection ("Cache
   * invalid, retry (internally handled)") through structured logging,
   * which no fatal handler can excuse: warnings are not fatal here. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  if (g_getenv ("TRAPPA_DAV_URI") == NULL)
    g_error ("Run through tests/io/run-webdav, which starts the WebDAV server");
  g_test_add_func ("/webdav/mounts-on-open", test_mounts_on_open);
  g_test_add_func ("/webdav/open-edit-save", test_open_edit_save);
  g_test_add_func ("/webdav/changed-behind-our-back", test_changed_behind_our_back);
  g_test_add_func ("/webdav/cut-mid-save", test_cut_mid_save);
  g_test_add_func ("/webdav/slow-save", test_slow_save);
  return g_test_run ();
}
