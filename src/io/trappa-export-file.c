/* trappa-export-file.c: an exported file written whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-export"

#include <glib/gi18n-lib.h>

#include "trappa-error.h"
#include "trappa-export-file.h"

/* GLib names the temporary file in its message; the user wants to know
 * about the file and the folder she chose. */
static void
set_write_error (GError     **error,
                 const char  *path,
                 GError      *cause)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *display_folder = g_filename_display_name (folder);

  if (g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_ACCES) ||
      g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_ROFS) ||
      g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_PERM))
    g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                 _("Could not save “%s”: the folder “%s” cannot be written to"), display, display_folder);
  else if (g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_NOENT) ||
           g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_NOTDIR))
    g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                 _("Could not save “%s”: there is no folder “%s”"), display, display_folder);
  else if (g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_NOSPC))
    g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                 _("Could not save “%s”: the disk is full"), display);
  else if (g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_ISDIR))
    g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                 _("Could not save “%s”: a folder has that name"), display);
  else
    g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                 _("Could not save “%s”: %s"), display, cause->message);
}

gboolean
trappa_export_file_write (const char  *path,
                          GBytes      *bytes,
                          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (!g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local_error))
    {
      set_write_error (error, path, local_error);
      return FALSE;
    }
  return TRUE;
}
