/* test-save-local.c: what saving a local plan keeps (owner, group,
 * permissions, for the plan and its backup) and what it refuses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "io-fixtures.h"
#include "trappa-atomic-save.h"

/* A folder with the name of a plan file in it, nothing there yet. */
typedef struct
{
  char  *dir;
  char  *path;
  GFile *file;
} Local;

static void
local_set_up (Local         *local,
              gconstpointer  data)
{
  local->dir = io_fixture_make_dir ();
  local->path = g_build_filename (local->dir, "plan.trappa", NULL);
  local->file = g_file_new_for_path (local->path);
}

static void
local_tear_down (Local         *local,
                 gconstpointer  data)
{
  io_fixture_remove_dir (local->dir);
  g_free (local->dir);
  g_free (local->path);
  g_object_unref (local->file);
}

static void
write_text (const char *path,
            const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));

  io_fixture_write (path, bytes);
}

/* Saves a new version over the plan file: it works. */
static void
save (Local *local)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("ny", 2);
  g_autoptr(GError) error = NULL;

  g_assert_true (trappa_atomic_save (local->file, bytes, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static GStatBuf
stat_of (const char *path)
{
  GStatBuf buf = { 0 };

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  return buf;
}

/* A plan only its group may read stays so, and its backup too: the
 * temporary file is not the umask's. */
static void
test_keeps_mode (Local         *local,
                 gconstpointer  data)
{
  g_autofree char *backup = g_strconcat (local->path, "~", NULL);

  write_text (local->path, "gammal");
  g_assert_cmpint (g_chmod (local->path, 0640), ==, 0);
  save (local);
  g_assert_cmpint (stat_of (local->path).st_mode & 07777, ==, 0640);
  g_assert_cmpint (stat_of (backup).st_mode & 07777, ==, 0640);
}

/* A new plan gets the permissions any new file gets (the umask's). */
static void
test_new_file_mode (Local         *local,
                    gconstpointer  data)
{
  mode_t mask = umask (027);

  save (local);
  umask (mask);
  g_assert_cmpint (stat_of (local->path).st_mode & 07777, ==, 0640);
}

/* A colleague's plan in a shared folder stays hers and the group's,
 * where the saver may give it (root may; others keep the group they
 * belong to). */
static void
test_keeps_owner (Local         *local,
                  gconstpointer  data)
{
  GStatBuf after;

  if (getuid () != 0)
    {
      g_test_skip ("only root can give a file to someone else");
      return;
    }
  write_text (local->path, "gammal");
  g_assert_cmpint (chown (local->path, 4321, 4322), ==, 0);
  save (local);
  after = stat_of (local->path);
  g_assert_cmpint (after.st_uid, ==, 4321);
  g_assert_cmpint (after.st_gid, ==, 4322);
}

/* Saving over a named pipe is refused at once, neither read nor
 * written (either would wait for the other end for ever). */
static void
test_refuses_pipe (Local         *local,
                   gconstpointer  data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("ny", 2);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mkfifo (local->path, 0644), ==, 0);
  g_assert_false (trappa_atomic_save (local->file, bytes, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_true (S_ISFIFO (stat_of (local->path).st_mode));
  g_assert_cmpuint (io_fixture_count_strays (local->dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/trappa/io/save/local/" name, Local, NULL, local_set_up, func, local_tear_down)
  ADD ("keeps-mode", test_keeps_mode);
  ADD ("new-file-mode", test_new_file_mode);
  ADD ("keeps-owner", test_keeps_owner);
  ADD ("refuses-pipe", test_refuses_pipe);
#undef ADD
  return g_test_run ();
}
