/* trappa-atomic-save.c: replacing a file so that it is always either the
 * complete old or the complete new version
 *
 * GLib 2.74 cannot be trusted with this: g_file_replace_contents() renames
 * its temporary file over the original even after a write failed, through
 * a symlink or a hard link g_file_replace() rewrites the target in place,
 * and when it cannot create its temporary file it deletes the original
 * and writes in place. So symlinks are resolved first, and a local file
 * is written to a temporary file of our own beside it, flushed, checked
 * and renamed over it; elsewhere (GVfs) the server swaps the upload in,
 * and GIO is made to drop a failed upload. The backup is rotated only
 * after the new file is in place. tests/io/test-save-faults.c fails every
 * system call of a save in turn, with a full disk staying full, and kills
 * saves at random to hold this to it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-io"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "trappa-atomic-save.h"
#include "trappa-error.h"
#include "trappa-plan-file.h"
#include "trappa-remote-mount.h"

#define READ_CHUNK    (64 * 1024)
#define MAX_LINKS     40
#define STRAY_PREFIX  ".goutputstream-"  /* g_file_replace(): another GIO program's save */
#define STRAY_SUFFIX  ".XXXXXX"          /* ours, g_mkstemp() */
#define STRAY_PROBE   4096

/* Saves of this process under way: while another one runs, its temporary
 * file must not be taken for a stray. */
static gint saves_in_flight;

/* ---- reading ------------------------------------------------------------ */

GInputStream *
trappa_atomic_save_open (GFile         *file,
                         gsize          cap,
                         guint64       *size,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  *size = 0;
  stream = g_file_read (file, cancellable, &local_error);
  /* A plan on a share not mounted in this session (given on the command
   * line, say): mount it, as the file chooser would have. */
  if (stream == NULL && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_MOUNTED))
    {
      g_clear_error (&local_error);
      if (trappa_remote_mount (file, cancellable, error))
        stream = g_file_read (file, cancellable, &local_error);
      else
        return NULL;
    }
  if (stream == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* A size the file tells up front refuses it before any byte is read. */
  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
      (guint64) g_file_info_get_size (info) > cap)
    {
      *size = g_file_info_get_size (info);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE, "too large");
      return NULL;
    }
  return G_INPUT_STREAM (g_steal_pointer (&stream));
}

GBytes *
trappa_atomic_save_read (GFile         *file,
                         gsize          cap,
                         guint64       *size,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GInputStream) stream = trappa_atomic_save_open (file, cap, size, cancellable, error);
  g_autoptr(GByteArray) data = NULL;

  if (stream == NULL)
    return NULL;

  /* At most the cap plus one byte, so a file that grows meanwhile, or a
   * device with no size, cannot make us read more. */
  data = g_byte_array_new ();
  for (;;)
    {
      gsize before = data->len;
      gsize want = MIN (READ_CHUNK, cap + 1 - before);
      gsize got = 0;

      g_byte_array_set_size (data, before + want);
      if (!g_input_stream_read_all (stream, data->data + before, want,
                                    &got, cancellable, error))
        return NULL;
      g_byte_array_set_size (data, before + got);
      if (got < want || data->len > cap)
        break;
    }

  *size = data->len;
  if (data->len > cap)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE, "too large");
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

char *
trappa_atomic_save_stamp (GBytes *bytes)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
}

/* ---- the save ----------------------------------------------------------- */

/* The file a chain of symlinks ends at (a dangling link: where it points),
 * so that the link itself stays a link. */
static GFile *
resolve_links (GFile         *file,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GFile) current = g_object_ref (file);

  for (guint hops = 0; hops <= MAX_LINKS; hops++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GFileInfo) info = NULL;
      g_autoptr(GFile) parent = NULL;
      const char *target;
      GFile *next;

      info = g_file_query_info (current,
                                G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK ","
                                G_FILE_ATTRIBUTE_STANDARD_SYMLINK_TARGET,
                                G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, &local_error);
      if (info == NULL)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
            return g_steal_pointer (&current);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (!g_file_info_get_is_symlink (info))
        return g_steal_pointer (&current);

      target = g_file_info_get_symlink_target (info);
      parent = g_file_get_parent (current);
      next = g_path_is_absolute (target) && g_file_is_native (current)
             ? g_file_new_for_path (target)
             : g_file_resolve_relative_path (parent, target);
      g_object_unref (current);
      current = next;
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
                       _("Too many levels of symbolic links"));
  return NULL;
}

/* ---- a local file: our own temporary file ---------------------------- */

/* GIO's error for a failed system call (the C library words it in the
 * user's language; trappa_save_error_explain() adds the file). */
static gboolean
fail_with_errno (int      errsv,
                 GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (errsv), g_strerror (errsv));
  return FALSE;
}

/* What tells that someone else replaced or rewrote the file meanwhile:
 * ctime catches a rewrite that kept the modification time (`cp -p`). */
static gboolean
same_file_state (const GStatBuf *a,
                 const GStatBuf *b)
{
  return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size &&
         a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec &&
         a->st_ctim.tv_sec == b->st_ctim.tv_sec && a->st_ctim.tv_nsec == b->st_ctim.tv_nsec;
}

/* The new file gets @like's owner, group and permissions as far as this
 * user may give them (a plan in a shared folder stays the group's); the
 * temporary file is private until then. Refusals leave it private and
 * ours rather than fail the save: a file system without owners (FAT,
 * some shares) refuses them all. */
static void
copy_owner_and_mode (int             fd,
                     const GStatBuf *like)
{
  if (fchown (fd, like->st_uid, like->st_gid) != 0)
    (void) !fchown (fd, (uid_t) -1, like->st_gid);
  (void) !fchmod (fd, like->st_mode & 07777);
}

/* 0, or the errno of the write that failed. */
static int
write_all (int           fd,
           const guint8 *data,
           gsize         size)
{
  while (size > 0)
    {
      gssize written = write (fd, data, MIN (size, (gsize) G_MAXSSIZE));

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        return written < 0 ? errno : ENOSPC;  /* 0: nothing more fits */
      data += written;
      size -= (gsize) written;
    }
  return 0;
}

/* Writes @bytes into the temporary file @fd, all of them onto the disk,
 * and closes it (also on error). */
static gboolean
fill_temp (int      fd,
           GBytes  *bytes,
           GError **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  GStatBuf written;
  int errsv = write_all (fd, data, size);

  if (errsv == 0 && fsync (fd) != 0)
    errsv = errno;
  if (errsv == 0 && fstat (fd, &written) != 0)
    errsv = errno;
  /* Complete: a file system that said yes to every write yet holds
   * fewer bytes must not replace the plan. */
  if (errsv == 0 && (guint64) written.st_size != size)
    errsv = EIO;
  /* Linux may report a delayed write error only at close. */
  if (close (fd) != 0 && errsv == 0)
    errsv = errno;
  return errsv == 0 || fail_with_errno (errsv, error);
}

/* The check of a save: the temporary file reads back as @bytes, so a
 * write that went wrong without an error (a faulty disk, driver or
 * network file system) never replaces the plan. Compared a chunk at a
 * time: a large plan is not held twice. */
static gboolean
read_back (const char  *path,
           GBytes      *bytes,
           GError     **error)
{
  gsize size, done = 0;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  g_autofree guint8 *chunk = g_malloc (READ_CHUNK);
  int errsv = 0, fd = open (path, O_RDONLY | O_CLOEXEC);

  if (fd < 0)
    return fail_with_errno (errno, error);
  while (errsv == 0)
    {
      gssize got = read (fd, chunk, READ_CHUNK);

      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        errsv = errno;
      else if (got == 0)
        break;
      else if ((gsize) got > size - done || memcmp (chunk, data + done, got) != 0)
        errsv = EIO;
      else
        done += (gsize) got;
    }
  if (errsv == 0 && done != size)
    errsv = EIO;
  close (fd);
  return errsv == 0 || fail_with_errno (errsv, error);
}

/* Writes the rename into the folder, so that a power cut after the save
 * keeps the new name. Some file systems cannot fsync a folder (EINVAL):
 * the save holds without it. */
static void
sync_folder (const char *folder)
{
  int fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0)
    return;
  if (fsync (fd) != 0)
    g_debug ("Could not flush the folder %s: %s", folder, g_strerror (errno));
  close (fd);
}

/* Replaces the local file @path by @bytes: a temporary file `PATH.XXXXXX`
 * in the same folder, written, flushed, checked, read back, renamed over
 * @path, the folder flushed. @like gives the owner and permissions (NULL: a new
 * file's, from the umask). When @seen is not NULL, @path must still be
 * as it was then, or nothing changes (G_IO_ERROR_WRONG_ETAG). On any
 * error @path is untouched and the temporary file gone.
 *
 * Not g_file_replace(): when GLib 2.74 cannot create its temporary file
 * (a full disk, a folder it may not write to, an owner it cannot keep)
 * it deletes the file and writes in place, so a full disk then leaves
 * half a plan. */
static gboolean
replace_local (const char     *path,
               GBytes         *bytes,
               const GStatBuf *like,
               const GStatBuf *seen,
               GCancellable   *cancellable,
               GError        **error)
{
  g_autofree char *temp_path = g_strconcat (path, STRAY_SUFFIX, NULL);
  g_autofree char *folder = g_path_get_dirname (path);
  GStatBuf now;
  int fd;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  fd = g_mkstemp_full (temp_path, O_WRONLY | O_CLOEXEC, like != NULL ? 0600 : 0666);
  if (fd < 0)
    return fail_with_errno (errno, error);
  if (like != NULL)
    copy_owner_and_mode (fd, like);

  if (!fill_temp (fd, bytes, error) || !read_back (temp_path, bytes, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (temp_path);
      return FALSE;
    }
  /* The last moment to notice someone else's save. */
  if (seen != NULL && (g_stat (path, &now) != 0 || !same_file_state (seen, &now)))
    {
      g_unlink (temp_path);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG, "changed on disk");
      return FALSE;
    }
  if (g_rename (temp_path, path) != 0)
    {
      int errsv = errno;

      g_unlink (temp_path);
      return fail_with_errno (errsv, error);
    }
  sync_folder (folder);
  return TRUE;
}

/* ---- elsewhere (GVfs): the server swaps the file in -------------------- */

/* Uploads @bytes over @file; on any error GIO is made to drop what it
 * wrote (a cancelled close) instead of finishing the replace. */
static gboolean
replace_remote (GFile         *file,
                GBytes        *bytes,
                const char    *etag,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  stream = g_file_replace (file, etag, FALSE, G_FILE_CREATE_NONE, cancellable, error);
  if (stream == NULL)
    return FALSE;

  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream), data, size, NULL, cancellable, error))
    {
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
}

/* The etag GVfs passes on to the server (If-Match), or NULL. */
static char *
remote_etag (GFile        *file,
             GCancellable *cancellable)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                 G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  const char *etag = info != NULL ? g_file_info_get_etag (info) : NULL;

  /* A WebDAV server gives a weak etag (W/"…") for a file changed within
   * the last second; GVfs sends it as If-Match, which a weak etag never
   * satisfies (RFC 9110 13.1.1), so the save would always be refused.
   * The content compared is the check then. */
  if (etag == NULL || g_str_has_prefix (etag, "W/"))
    return NULL;
  return g_strdup (etag);
}

/* ---- the steps of a save ------------------------------------------------ */

static GFile *
backup_file_for (GFile *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *backup_name = g_strconcat (name, "~", NULL);

  return g_file_get_child (folder, backup_name);
}

/* The file as it is before the save: its bytes (NULL when there is none,
 * or it is too big to be a plan) and, for a local file, its state. */
typedef struct
{
  GBytes   *bytes;
  gboolean  local;
  gboolean  exists;   /* local only */
  GStatBuf  state;    /* local only, when it exists */
  char     *etag;     /* remote only */
} Before;

static void
before_clear (Before *before)
{
  g_clear_pointer (&before->bytes, g_bytes_unref);
  g_clear_pointer (&before->etag, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Before, before_clear)

static gboolean
look_before (GFile         *target,
             Before        *before,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *path = g_file_peek_path (target);
  guint64 size;

  before->local = g_file_is_native (target) && path != NULL;
  /* The state before the bytes: a save in between shows in either. */
  if (before->local)
    {
      if (g_stat (path, &before->state) == 0)
        before->exists = TRUE;
      else if (errno != ENOENT)
        return fail_with_errno (errno, error);
      if (before->exists && S_ISDIR (before->state.st_mode))
        return fail_with_errno (EISDIR, error);
      if (before->exists && !S_ISREG (before->state.st_mode))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                               _("it is not an ordinary file"));
          return FALSE;
        }
      /* A read-only plan stays unsaved, though the rename would pass. */
      if (before->exists && g_access (path, W_OK) != 0)
        return fail_with_errno (errno, error);
    }

  before->bytes = trappa_atomic_save_read (target, TRAPPA_PLAN_MAX_BYTES, &size, cancellable, &local_error);
  if (before->bytes == NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  /* The bytes just read are what GIO sees too, unless someone saves in
   * between: the etag of this moment catches that. */
  if (!before->local && before->bytes != NULL)
    before->etag = remote_etag (target, cancellable);
  return TRUE;
}

/* Replaces @file (the plan, or its backup) by @bytes, with the plan's
 * owner and permissions; when @check_unchanged, only if the plan is
 * still as @before found it. */
static gboolean
replace_file (GFile         *file,
              GBytes        *bytes,
              const Before  *before,
              gboolean       check_unchanged,
              GCancellable  *cancellable,
              GError       **error)
{
  const GStatBuf *state = before->exists ? &before->state : NULL;

  if (before->local)
    return replace_local (g_file_peek_path (file), bytes, state, check_unchanged ? state : NULL,
                          cancellable, error);
  return replace_remote (file, bytes, check_unchanged ? before->etag : NULL, cancellable, error);
}

static gboolean
save_resolved (GFile         *target,
               GBytes        *bytes,
               const char    *stamp,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_auto(Before) before = { 0 };
  g_autoptr(GFile) backup = NULL;
  g_autofree char *current_stamp = NULL;

  if (!look_before (target, &before, cancellable, error))
    return FALSE;
  if (before.bytes != NULL)
    current_stamp = trappa_atomic_save_stamp (before.bytes);
  if (stamp != NULL && g_strcmp0 (stamp, current_stamp) != 0)
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_CHANGED_ON_DISK, "changed on disk");
      return FALSE;
    }

  if (!replace_file (target, bytes, &before, TRUE, cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_CHANGED_ON_DISK, local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* The new file is complete, flushed and in place: only now does the
   * previous version become the backup, with the plan's permissions. When
   * that fails, the save still holds and the older backup stays. */
  if (before.bytes == NULL)
    return TRUE;
  backup = backup_file_for (target);
  if (!replace_file (backup, before.bytes, &before, FALSE, cancellable, &local_error))
    g_message ("Saved, but the backup was not updated: %s", local_error->message);
  return TRUE;
}

gboolean
trappa_atomic_save (GFile         *file,
                    GBytes        *bytes,
                    const char    *stamp,
                    char         **new_stamp,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GFile) target = NULL;
  gboolean saved;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  target = resolve_links (file, cancellable, error);
  if (target == NULL)
    return FALSE;

  g_atomic_int_inc (&saves_in_flight);
  saved = save_resolved (target, bytes, stamp, cancellable, error);
  g_atomic_int_dec_and_test (&saves_in_flight);

  if (!saved)
    return FALSE;
  trappa_atomic_save_clean_strays (target);
  if (new_stamp != NULL)
    *new_stamp = trappa_atomic_save_stamp (bytes);
  return TRUE;
}

/* ---- strays ------------------------------------------------------------- */

/* GIO's temporary file, or ours for @base or its backup. */
static gboolean
is_stray_name (const char *name,
               const char *base)
{
  g_autofree char *backup = g_strconcat (base, "~", NULL);
  const char *stems[] = { base, backup };

  if (g_str_has_prefix (name, STRAY_PREFIX))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (stems); i++)
    if (g_str_has_prefix (name, stems[i]) &&
        strlen (name) == strlen (stems[i]) + strlen (STRAY_SUFFIX) &&
        name[strlen (stems[i])] == '.')
      return TRUE;
  return FALSE;
}

/* Ours when empty (killed before the first write), still zeros or a
 * plan: another program's temporary file for another kind of file stays. */
static gboolean
is_our_stray (GFile *stray)
{
  g_autoptr(GFileInputStream) stream = g_file_read (stray, NULL, NULL);
  char probe[STRAY_PROBE + 1];
  gsize got = 0;

  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), probe, STRAY_PROBE, &got, NULL, NULL))
    return FALSE;
  if (got == 0)
    return TRUE;
  probe[got] = '\0';
  /* Zeros: its size reached the disk before its bytes (a power cut
   * mid-save, or GLib's g_file_set_contents_full(), which reserves the
   * size before it writes). */
  for (gsize i = 0; i < got && probe[i] == '\0'; i++)
    if (i + 1 == got)
      return TRUE;
  return strstr (probe, TRAPPA_PLAN_NAMESPACE) != NULL;
}

void
trappa_atomic_save_clean_strays (GFile *file)
{
  g_autoptr(GFile) target = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFileEnumerator) children = NULL;
  g_autofree char *base = NULL;

  g_return_if_fail (G_IS_FILE (file));

  if (g_atomic_int_get (&saves_in_flight) > 0)
    return;
  /* Beside the real file, where the saves write. */
  target = resolve_links (file, NULL, NULL);
  folder = target != NULL ? g_file_get_parent (target) : NULL;
  /* Name and type come with the folder listing; asking for more (a
   * size) stats every file of a Downloads folder on each open. */
  if (folder != NULL)
    children = g_file_enumerate_children (folder,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (children == NULL)
    return;

  base = g_file_get_basename (target);
  for (;;)
    {
      GFileInfo *info = NULL;
      GFile *child = NULL;

      if (!g_file_enumerator_iterate (children, &info, &child, NULL, NULL) || info == NULL)
        break;
      if (is_stray_name (g_file_info_get_name (info), base) &&
          g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
          is_our_stray (child))
        g_file_delete (child, NULL, NULL);
    }
}
