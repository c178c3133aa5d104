/* io-fixtures.c: temporary folders and file contents for the io tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "io-fixtures.h"
#include "trappa-plan-file.h"

char *
io_fixture_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("trappa-io-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
io_fixture_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        io_fixture_remove_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

GBytes *
io_fixture_contents (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize size = 0;

  g_file_get_contents (path, &contents, &size, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, size);
}

void
io_fixture_write (const char *path,
                  GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error);
  g_assert_no_error (error);
}

guint
io_fixture_count_strays (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint count = 0;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_prefix (name, ".goutputstream-") ||
        g_pattern_match_simple ("*.trappa.??????", name) ||
        g_pattern_match_simple ("*.trappa~.??????", name))
      count++;
  return count;
}

char *
io_fixture_example_path (void)
{
  return g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples", "alver.trappa", NULL);
}

TrappaPlan *
io_fixture_load_example (void)
{
  g_autofree char *path = io_fixture_example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TrappaPlan *plan = trappa_plan_file_load (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

TrappaDocument *
io_fixture_document_on_copy (const char  *dir,
                             const char  *name,
                             GFile      **file)
{
  g_autofree char *example = io_fixture_example_path ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GBytes) bytes = io_fixture_contents (example);
  g_autoptr(GError) error = NULL;
  TrappaDocument *document = trappa_document_new ();

  io_fixture_write (path, bytes);
  *file = g_file_new_for_path (path);
  g_assert_true (trappa_document_load (document, *file, &error));
  g_assert_no_error (error);
  return document;
}

void
io_fixture_on_done (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  IoFixtureWait *wait = user_data;

  wait->result = g_object_ref (result);
}

GAsyncResult *
io_fixture_wait_for (IoFixtureWait *wait)
{
  while (wait->result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return wait->result;
}
