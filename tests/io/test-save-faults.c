/* test-save-faults.c: a save under a full disk, I/O errors, refused
 * permissions and kill -9 never loses the plan
 *
 * The system calls GIO makes while saving (open, read, write, fsync,
 * fchmod, fchown, link, rename, unlink, close) are wrapped here: this
 * executable's definitions come before libc's for libgio and libglib, and
 * pass on to the real ones through dlsym (RTLD_NEXT). Armed, they fail the
 * N-th call with ENOSPC, EIO or EACCES; every N of a save is tried. A
 * full disk stays full: after an ENOSPC every later write fails too. The
 * kill test runs this same program as a child that saves in a loop and
 * kills it at random moments.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "io-fixtures.h"
#include "trappa-atomic-save.h"
#include "trappa-plan-file.h"

#define KILLS_PER_KIND 67   /* regular file, symlink, hard link: 201 kills */
#define LARGE_PLAN     (512 * 1024)

/* ---- failing the N-th system call ---------------------------------------- */

static struct
{
  gboolean  armed;
  pthread_t thread;
  guint     calls;
  guint     fail_at;   /* 0: count only */
  int       errno_value;
  gboolean  full;      /* an ENOSPC failed: writes fail from then on */
  void    (*at_fsync) (void);  /* run once, at the first fsync */
  gboolean  corrupt;   /* the next write puts one byte wrong, and says yes */
} faults;

static gboolean
should_fail (void)
{
  if (!faults.armed || !pthread_equal (pthread_self (), faults.thread))
    return FALSE;
  if (++faults.calls != faults.fail_at)
    return FALSE;
  faults.full = faults.errno_value == ENOSPC;
  return TRUE;
}

#define REAL(name) \
  static __typeof__ (name) *real; \
  if (real == NULL) \
    real = (__typeof__ (name) *) dlsym (RTLD_NEXT, #name)

#define FAIL_OR_CALL(name, ...) \
  REAL (name); \
  if (should_fail ()) \
    { \
      errno = faults.errno_value; \
      return -1; \
    } \
  return real (__VA_ARGS__)

int
open64 (const char *path,
        int         flags,
        ...)
{
  mode_t mode = 0;

  if (flags & (O_CREAT | O_TMPFILE))
    {
      va_list args;

      va_start (args, flags);
      mode = va_arg (args, mode_t);
      va_end (args);
    }
  {
    FAIL_OR_CALL (open64, path, flags, mode);
  }
}

ssize_t
read (int    fd,
      void  *buffer,
      size_t count)
{
  FAIL_OR_CALL (read, fd, buffer, count);
}

ssize_t
write (int         fd,
       const void *buffer,
       size_t      count)
{
  if (faults.armed && faults.full && pthread_equal (pthread_self (), faults.thread))
    {
      faults.calls++;
      errno = ENOSPC;
      return -1;
    }
  if (faults.armed && faults.corrupt && count > 0 && pthread_equal (pthread_self (), faults.thread))
    {
      g_autofree char *wrong = g_memdup2 (buffer, count);
      REAL (write);

      faults.corrupt = FALSE;
      wrong[count / 2] ^= 0x20;
      return real (fd, wrong, count);
    }
  {
    FAIL_OR_CALL (write, fd, buffer, count);
  }
}

int
fsync (int fd)
{
  if (faults.armed && faults.at_fsync != NULL && pthread_equal (pthread_self (), faults.thread))
    {
      void (*at_fsync) (void) = faults.at_fsync;

      faults.at_fsync = NULL;
      faults.armed = FALSE;
      at_fsync ();
      faults.armed = TRUE;
    }
  {
    FAIL_OR_CALL (fsync, fd);
  }
}

int
fchmod (int    fd,
        mode_t mode)
{
  FAIL_OR_CALL (fchmod, fd, mode);
}

int
fchown (int   fd,
        uid_t owner,
        gid_t group)
{
  FAIL_OR_CALL (fchown, fd, owner, group);
}

int
link (const char *from,
      const char *to)
{
  FAIL_OR_CALL (link, from, to);
}

int
rename (const char *from,
        const char *to)
{
  FAIL_OR_CALL (rename, from, to);
}

int
unlink (const char *path)
{
  FAIL_OR_CALL (unlink, path);
}

/* A failing close still closes the descriptor, as on Linux. */
int
close (int fd)
{
  REAL (close);
  if (should_fail ())
    {
      real (fd);
      errno = faults.errno_value;
      return -1;
    }
  return real (fd);
}

static void
arm (guint fail_at,
     int   errno_value)
{
  faults.thread = pthread_self ();
  faults.calls = 0;
  faults.fail_at = fail_at;
  faults.errno_value = errno_value;
  faults.full = FALSE;
  faults.at_fsync = NULL;
  faults.corrupt = FALSE;
  faults.armed = TRUE;
}

static guint
disarm (void)
{
  faults.armed = FALSE;
  return faults.calls;
}

/* ---- the files -------------------------------------------------------------- */

typedef enum { KIND_REGULAR, KIND_SYMLINK, KIND_HARD_LINK } Kind;

static const char * const kind_names[] = { "regular", "symlink", "hard-link" };

typedef struct
{
  char  *dir;
  char  *path;      /* the name the plan is opened and saved under */
  char  *real;      /* the file it is (through a symlink) */
  char  *other;     /* the hard link's other name */
  char  *backup;
  Kind   kind;
} Files;

static void
files_init (Files *files,
            Kind   kind)
{
  files->dir = io_fixture_make_dir ();
  files->kind = kind;
  files->path = g_build_filename (files->dir, "plan.trappa", NULL);
  files->real = kind == KIND_SYMLINK ? g_build_filename (files->dir, "real", "plan.trappa", NULL)
                                     : g_strdup (files->path);
  files->other = g_build_filename (files->dir, "other.trappa", NULL);
  files->backup = g_strconcat (files->real, "~", NULL);
  if (kind == KIND_SYMLINK)
    {
      g_autofree char *real_dir = g_path_get_dirname (files->real);

      g_assert_cmpint (g_mkdir (real_dir, 0755), ==, 0);
    }
}

static void
files_clear (Files *files)
{
  io_fixture_remove_dir (files->dir);
  g_free (files->dir);
  g_free (files->path);
  g_free (files->real);
  g_free (files->other);
  g_free (files->backup);
}

/* The plan file holds @current (the backup @backup, when given), with
 * the link of its kind. */
static void
files_reset (Files  *files,
             GBytes *current,
             GBytes *backup)
{
  g_unlink (files->path);
  g_unlink (files->other);
  g_unlink (files->real);
  g_unlink (files->backup);
  io_fixture_write (files->real, current);
  if (backup != NULL)
    io_fixture_write (files->backup, backup);
  if (files->kind == KIND_SYMLINK)
    g_assert_cmpint (symlink ("real/plan.trappa", files->path), ==, 0);
  else if (files->kind == KIND_HARD_LINK)
    g_assert_cmpint (link (files->path, files->other), ==, 0);
}

static gboolean
holds (const char *path,
       GBytes     *bytes)
{
  g_autoptr(GBytes) contents = io_fixture_contents (path);

  return g_bytes_equal (contents, bytes);
}

/* The file holds @plan as it is now (each save gives the plan a new
 * revision id, so the bytes are those of its latest save attempt). */
static gboolean
holds_plan (const char *path,
            TrappaPlan *plan)
{
  g_autoptr(GBytes) bytes = trappa_plan_file_serialize (plan);

  return holds (path, bytes);
}

/* Whatever happened, the name is still of its kind: a symlink stays a
 * symlink to the same file. */
static void
assert_link_kept (Files *files)
{
  if (files->kind == KIND_SYMLINK)
    {
      g_autofree char *target = g_file_read_link (files->path, NULL);

      g_assert_cmpstr (target, ==, "real/plan.trappa");
    }
}

static guint
strays_of (Files *files)
{
  g_autofree char *real_dir = g_path_get_dirname (files->real);

  return io_fixture_count_strays (real_dir);
}

/* Names what the cleaning left, and whether cleaning again removes it. */
static void
describe_strays (Files *files,
                 GFile *file)
{
  g_autofree char *real_dir = g_path_get_dirname (files->real);
  g_autoptr(GDir) dir = g_dir_open (real_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (real_dir, name, NULL);
      GStatBuf buf = { 0 };

      g_stat (path, &buf);
      g_test_message ("left: %s, %" G_GINT64_FORMAT " bytes", name, (gint64) buf.st_size);
    }
  trappa_atomic_save_clean_strays (file);
  g_test_message ("after cleaning again: %u", strays_of (files));
}

/* ---- the fault-injection test ------------------------------------------- */

static TrappaPlan *
plan_with_title (const char *title)
{
  TrappaPlan *plan = trappa_plan_new ();

  g_assert_true (trappa_plan_set_string (plan, TRAPPA_ITEM (plan), "title", title, NULL));
  return plan;
}

static void
test_faults (gconstpointer data)
{
  static const int errnos[] = { ENOSPC, EIO, EACCES };
  Kind kind = GPOINTER_TO_INT (data);
  g_autoptr(TrappaPlan) older = plan_with_title ("Førre utgåve");
  g_autoptr(TrappaPlan) old = plan_with_title ("Gammal utgåve");
  g_autoptr(TrappaPlan) plan = plan_with_title ("Ny utgåve");
  g_autoptr(GBytes) older_bytes = trappa_plan_file_serialize (older);
  g_autoptr(GBytes) old_bytes = trappa_plan_file_serialize (old);
  g_autofree char *stamp = trappa_atomic_save_stamp (old_bytes);
  g_autoptr(GFile) file = NULL;
  Files files;
  guint steps, failed = 0;

  files_init (&files, kind);
  file = g_file_new_for_path (files.path);

  /* A first save loads what GIO loads once (modules, translations), so
   * that the counted saves all make the same calls. */
  files_reset (&files, old_bytes, older_bytes);
  g_assert_true (trappa_plan_file_save (plan, file, stamp, NULL, NULL));

  files_reset (&files, old_bytes, older_bytes);
  trappa_plan_set_string (plan, TRAPPA_ITEM (plan), "title", "Ny utgåve", NULL);
  arm (0, 0);
  g_assert_true (trappa_plan_file_save (plan, file, stamp, NULL, NULL));
  steps = disarm ();
  g_test_message ("%s: a save makes %u system calls", kind_names[kind], steps);
  g_assert_cmpuint (steps, >, 5);

  for (guint e = 0; e < G_N_ELEMENTS (errnos); e++)
    for (guint n = 1; n <= steps; n++)
      {
        g_autoptr(GError) error = NULL;
        gboolean saved;

        files_reset (&files, old_bytes, older_bytes);
        /* Modified again, as a failed save must leave it. */
        trappa_plan_set_string (plan, TRAPPA_ITEM (plan), "title", "Mellombels", NULL);
        trappa_plan_set_string (plan, TRAPPA_ITEM (plan), "title", "Ny utgåve", NULL);

        arm (n, errnos[e]);
        saved = trappa_plan_file_save (plan, file, stamp, NULL, &error);
        disarm ();

        assert_link_kept (&files);
        /* Whatever failed, the save took its temporary file away. */
        g_assert_cmpuint (strays_of (&files), ==, 0);
        if (saved)
          {
            /* The failed call did not matter (or only the backup's
             * update failed, which leaves the older backup). */
            g_assert_no_error (error);
            g_assert_false (trappa_plan_get_modified (plan));
            g_assert_true (holds_plan (files.real, plan));
            g_assert_true (holds (files.backup, old_bytes) || holds (files.backup, older_bytes));
          }
        else
          {
            /* A close that fails after the rename leaves the new file
             * in place, still reported as failed. */
            failed++;
            g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED);
            g_assert_true (trappa_plan_get_modified (plan));
            g_assert_true (holds (files.real, old_bytes) || holds_plan (files.real, plan));
            g_assert_true (holds (files.backup, older_bytes));
          }
        if (kind == KIND_HARD_LINK)
          g_assert_true (holds (files.other, old_bytes));

        /* The next save succeeds and leaves no temporary file. */
        g_assert_true (trappa_plan_file_save (plan, file, NULL, NULL, NULL));
        g_assert_true (holds_plan (files.real, plan));
        g_assert_cmpuint (strays_of (&files), ==, 0);
      }

  g_test_message ("%s: %u of %u failing calls failed the save", kind_names[kind],
                  failed, steps * (guint) G_N_ELEMENTS (errnos));
  g_assert_cmpuint (failed, >, 0);
  files_clear (&files);
}

/* ---- a colleague's save while ours is writing ----------------------------- */

static Files *colleague_files;
static GBytes *colleague_bytes;

/* `cp -p`: her version written into the same file, its modification
 * time kept. */
static void
colleague_saves (void)
{
  GStatBuf before = { 0 };
  struct timespec times[2];

  g_assert_cmpint (g_stat (colleague_files->real, &before), ==, 0);
  io_fixture_write (colleague_files->real, colleague_bytes);
  times[0] = before.st_atim;
  times[1] = before.st_mtim;
  g_assert_cmpint (utimensat (AT_FDCWD, colleague_files->real, times, 0), ==, 0);
}

/* Her save lands after ours read the file and before ours is renamed
 * into place: ours is refused and hers kept. */
static void
test_colleague_mid_save (gconstpointer data)
{
  Kind kind = GPOINTER_TO_INT (data);
  g_autoptr(TrappaPlan) old = plan_with_title ("Gammal utgåve");
  g_autoptr(TrappaPlan) plan = plan_with_title ("Vår utgåve");
  g_autoptr(TrappaPlan) hers = plan_with_title ("Hennar utgåve");
  g_autoptr(GBytes) old_bytes = trappa_plan_file_serialize (old);
  g_autoptr(GBytes) her_bytes = trappa_plan_file_serialize (hers);
  g_autofree char *stamp = trappa_atomic_save_stamp (old_bytes);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  Files files;

  files_init (&files, kind);
  file = g_file_new_for_path (files.path);
  files_reset (&files, old_bytes, NULL);
  colleague_files = &files;
  colleague_bytes = her_bytes;

  arm (0, 0);
  faults.at_fsync = colleague_saves;
  g_assert_false (trappa_plan_file_save (plan, file, stamp, NULL, &error));
  disarm ();

  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_CHANGED_ON_DISK);
  g_assert_true (holds (files.real, her_bytes));
  g_assert_true (trappa_plan_get_modified (plan));
  assert_link_kept (&files);
  g_assert_cmpuint (strays_of (&files), ==, 0);
  files_clear (&files);
}

/* A write that said yes but put other bytes on the disk: reading the
 * temporary file back catches it, and the plan file keeps its previous
 * version. */
static void
test_corrupt_write (gconstpointer data)
{
  Kind kind = GPOINTER_TO_INT (data);
  g_autoptr(TrappaPlan) old = plan_with_title ("Gammal utgåve");
  g_autoptr(TrappaPlan) plan = plan_with_title ("Ny utgåve");
  g_autoptr(GBytes) old_bytes = trappa_plan_file_serialize (old);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  Files files;

  files_init (&files, kind);
  file = g_file_new_for_path (files.path);
  files_reset (&files, old_bytes, NULL);

  arm (0, 0);
  faults.corrupt = TRUE;
  g_assert_false (trappa_plan_file_save (plan, file, NULL, NULL, &error));
  disarm ();

  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_false (faults.corrupt);
  g_assert_true (holds (files.real, old_bytes));
  g_assert_true (trappa_plan_get_modified (plan));
  assert_link_kept (&files);
  g_assert_cmpuint (strays_of (&files), ==, 0);

  /* The next save, with nothing going wrong, goes through. */
  g_clear_error (&error);
  g_assert_true (trappa_plan_file_save (plan, file, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (holds_plan (files.real, plan));
  files_clear (&files);
}

/* ---- the kill test ------------------------------------------------------ */

/* A plan's start, then @size bytes of padding: what is written does not
 * matter to the save, only that every byte of it arrives or none. */
static GBytes *
large_plan (char   fill,
            gsize  size)
{
  GString *text = g_string_sized_new (size + 256);

  g_string_append (text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plan xmlns=\"" TRAPPA_PLAN_NAMESPACE
                         "\" format-version=\"1.0\">\n<!--");
  while (text->len < size)
    {
      g_string_append_c (text, fill);
      if (text->len % 80 == 0)
        g_string_append_c (text, '\n');
    }
  g_string_append (text, "-->\n</plan>\n");
  return g_string_free_to_bytes (text);
}

/* The child: saves A, B, A, … until killed; says "ready" before the
 * first. */
static int
child_save_loop (const char *path,
                 const char *a_path,
                 const char *b_path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) a = io_fixture_contents (a_path);
  g_autoptr(GBytes) b = io_fixture_contents (b_path);

  if (write (STDOUT_FILENO, "r", 1) != 1)
    return 1;
  for (guint i = 0;; i++)
    if (!trappa_atomic_save (file, i % 2 == 0 ? a : b, NULL, NULL, NULL, NULL))
      return 1;
}

static GPid
spawn_child (const char *path,
             const char *a_path,
             const char *b_path)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  const char *argv[] = { self, "--child-save", path, a_path, b_path, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;
  int out;
  char ready;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (read (out, &ready, 1), ==, 1);
  g_close (out, NULL);
  return pid;
}

static void
test_kill (gconstpointer data)
{
  Kind kind = GPOINTER_TO_INT (data);
  g_autoptr(GBytes) a = large_plan ('a', LARGE_PLAN);
  g_autoptr(GBytes) b = large_plan ('b', LARGE_PLAN);
  g_autoptr(GFile) file = NULL;
  g_autofree char *a_path = NULL;
  g_autofree char *b_path = NULL;
  g_autofree char *versions = NULL;
  guint interrupted = 0, corrupt = 0, strays_left = 0;
  gint64 one_save;
  Files files;

  files_init (&files, kind);
  file = g_file_new_for_path (files.path);
  versions = g_build_filename (files.dir, "versions", NULL);
  g_assert_cmpint (g_mkdir (versions, 0755), ==, 0);
  a_path = g_build_filename (versions, "a", NULL);
  b_path = g_build_filename (versions, "b", NULL);
  io_fixture_write (a_path, a);
  io_fixture_write (b_path, b);

  /* Kills spread over the first few saves of the child. */
  files_reset (&files, a, NULL);
  one_save = g_get_monotonic_time ();
  g_assert_true (trappa_atomic_save (file, b, NULL, NULL, NULL, NULL));
  one_save = MAX (g_get_monotonic_time () - one_save, 1000);

  for (guint i = 0; i < KILLS_PER_KIND; i++)
    {
      GPid pid;
      int status;

      files_reset (&files, a, NULL);
      pid = spawn_child (files.path, a_path, b_path);
      g_usleep (g_test_rand_int_range (0, 3 * one_save));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);

      assert_link_kept (&files);
      if (strays_of (&files) > 0)
        interrupted++;
      if (!holds (files.real, a) && !holds (files.real, b))
        corrupt++;
      if (g_file_test (files.backup, G_FILE_TEST_EXISTS) &&
          !holds (files.backup, a) && !holds (files.backup, b))
        corrupt++;
      if (kind == KIND_HARD_LINK && !holds (files.other, a))
        corrupt++;

      g_assert_true (trappa_atomic_save (file, a, NULL, NULL, NULL, NULL));
      if (strays_of (&files) > 0)
        describe_strays (&files, file);
      strays_left += strays_of (&files);
    }

  g_test_message ("%s: %u kills, %u during a write, %u corrupt files, %u strays after the next save",
                  kind_names[kind], KILLS_PER_KIND, interrupted, corrupt, strays_left);
  g_assert_cmpuint (corrupt, ==, 0);
  g_assert_cmpuint (strays_left, ==, 0);
  files_clear (&files);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 5 && g_str_equal (argv[1], "--child-save"))
    return child_save_loop (argv[2], argv[3], argv[4]);

  /* In memory when there is a tmpfs: what is tested is which bytes end
   * up under which name, and each fsync on a disk would cost milliseconds
   * for thousands of saves. */
  if (g_access ("/dev/shm", W_OK) == 0)
    g_setenv ("TMPDIR", "/dev/shm", TRUE);
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();

  for (Kind kind = KIND_REGULAR; kind <= KIND_HARD_LINK; kind++)
    {
      g_autofree char *faults_path = g_strdup_printf ("/trappa/io/save/faults/%s", kind_names[kind]);
      g_autofree char *kill_path = g_strdup_printf ("/trappa/io/save/kill/%s", kind_names[kind]);
      g_autofree char *colleague_path = g_strdup_printf ("/trappa/io/save/colleague-mid-save/%s",
                                                         kind_names[kind]);
      g_autofree char *corrupt_path = g_strdup_printf ("/trappa/io/save/corrupt-write/%s", kind_names[kind]);

      g_test_add_data_func (faults_path, GINT_TO_POINTER (kind), test_faults);
      g_test_add_data_func (kill_path, GINT_TO_POINTER (kind), test_kill);
      g_test_add_data_func (colleague_path, GINT_TO_POINTER (kind), test_colleague_mid_save);
      g_test_add_data_func (corrupt_path, GINT_TO_POINTER (kind), test_corrupt_write);
    }
  return g_test_run ();
}
