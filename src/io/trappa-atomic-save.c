/* trappa-atomic-save.c: replacing a file so that it is always either the
 * complete old or the complete new version
 *
 * GLib 2.74's g_file_replace_contents() renames its temporary file over
 * the original even after a write failed (a full disk turned a plan into
 * half a plan), and through a symlink or a hard link it rewrites the
 * target in place, so a crash leaves it truncated. Here the links are
 * resolved first, GIO is told to always write a temporary file
 * (G_FILE_CREATE_REPLACE_DESTINATION), and on any error the stream is
 * closed with a cancelled GCancellable, which makes GIO delete the
 * temporary file instead of renaming it. The backup is rotated only after
 * the new file is in place. tests/io/test-save-faults.c fails every system
 * call of a save in turn and kills saves at random to hold this to it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-io"

#include <string.h>
#include <glib/gi18n.h>

#include "trappa-atomic-save.h"
#include "trappa-error.h"
#include "trappa-plan-file.h"
#include "trappa-remote-mount.h"

#define READ_CHUNK    (64 * 1024)
#define MAX_LINKS     40
#define STRAY_PREFIX  ".goutputstream-"  /* g_file_replace() */
#define STRAY_SUFFIX  ".XXXXXX"          /* g_file_set_contents_full() */
#define STRAY_PROBE   4096

/* Saves of this process under way: while another one runs, its temporary
 * file must not be taken for a stray. */
static gint saves_in_flight;

/* ---- reading ------------------------------------------------------------ */

GBytes *
trappa_atomic_save_read (GFile         *file,
                         gsize          cap,
                         guint64       *size,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) data = NULL;
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

  /* At most the cap plus one byte, so a file that grows meanwhile, or a
   * device with no size, cannot make us read more. */
  data = g_byte_array_new ();
  for (;;)
    {
      gsize before = data->len;
      gsize want = MIN (READ_CHUNK, cap + 1 - before);
      gsize got = 0;

      g_byte_array_set_size (data, before + want);
      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), data->data + before, want,
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

/* Writes @bytes to a temporary file beside @file and renames it over
 * @file; on any error GIO is made to drop the temporary file. */
static gboolean
replace_existing (GFile         *file,
                  GBytes        *bytes,
                  const char    *etag,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  /* A hard link becomes a file of its own: the other names keep the
   * previous version, as no in-place write could be atomic. */
  GFileCreateFlags flags = g_file_is_native (file) ? G_FILE_CREATE_REPLACE_DESTINATION
                                                   : G_FILE_CREATE_NONE;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  stream = g_file_replace (file, etag, FALSE, flags, cancellable, error);
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

/* For a file that does not exist yet, g_file_replace() writes straight
 * into the final name, so a crash would leave half a file there; GLib's
 * own temporary file, flushed and renamed (FILE.XXXXXX), avoids that. */
static gboolean
replace_file (GFile         *file,
              GBytes        *bytes,
              const char    *etag,
              GCancellable  *cancellable,
              GError       **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (etag != NULL || !g_file_is_native (file) || g_file_query_exists (file, cancellable))
    return replace_existing (file, bytes, etag, cancellable, error);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  return g_file_set_contents_full (g_file_peek_path (file), data, size,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0666, error);
}

static GFile *
backup_file_for (GFile *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *backup_name = g_strconcat (name, "~", NULL);

  return g_file_get_child (folder, backup_name);
}

static gboolean
save_resolved (GFile         *target,
               GBytes        *bytes,
               const char    *stamp,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) current = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFile) backup = NULL;
  g_autofree char *current_stamp = NULL;
  const char *etag = NULL;
  guint64 size;

  current = trappa_atomic_save_read (target, TRAPPA_PLAN_MAX_BYTES, &size, cancellable, &local_error);
  if (current == NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_clear_error (&local_error);
  if (current != NULL)
    current_stamp = trappa_atomic_save_stamp (current);
  if (stamp != NULL && g_strcmp0 (stamp, current_stamp) != 0)
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_CHANGED_ON_DISK, "changed on disk");
      return FALSE;
    }

  /* The bytes just compared are what GIO sees too, unless someone saves
   * in between: the etag of this moment catches that. */
  info = g_file_query_info (target, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (current != NULL && info != NULL)
    etag = g_file_info_get_etag (info);
  /* A WebDAV server gives a weak etag (W/"…") for a file changed within
   * the last second; GVfs sends it as If-Match, which a weak etag never
   * satisfies (RFC 9110 13.1.1), so the save would always be refused.
   * The content just compared is the check then. */
  if (etag != NULL && g_str_has_prefix (etag, "W/"))
    etag = NULL;

  if (!replace_file (target, bytes, etag, cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_CHANGED_ON_DISK, local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* The new file is complete and in place: only now does the previous
   * version become the backup. When that fails, the save still holds
   * and the older backup stays as it was. */
  if (current == NULL)
    return TRUE;
  backup = backup_file_for (target);
  if (!replace_file (backup, current, NULL, cancellable, &local_error))
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

/* GIO's temporary file, or GLib's for @base or its backup. */
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

/* Ours when empty or still zeros (killed before the first write) or a
 * plan: another program's temporary file for another kind of file stays. */
static gboolean
is_our_stray (GFile   *stray,
              goffset  size)
{
  g_autoptr(GFileInputStream) stream = NULL;
  char probe[STRAY_PROBE + 1];
  gsize got = 0;

  if (size == 0)
    return TRUE;
  stream = g_file_read (stray, NULL, NULL);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), probe, STRAY_PROBE, &got, NULL, NULL))
    return FALSE;
  probe[got] = '\0';
  /* Zeros: killed after g_file_set_contents_full() reserved the size
   * (fallocate) and before it wrote. */
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
  if (folder != NULL)
    children = g_file_enumerate_children (folder,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                          G_FILE_ATTRIBUTE_STANDARD_SIZE,
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
          is_our_stray (child, g_file_info_get_size (info)))
        g_file_delete (child, NULL, NULL);
    }
}
