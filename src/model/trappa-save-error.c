/* trappa-save-error.c: why a file could not be saved, in the user's words
 *
 * GLib and GIO word their errors about their own steps ("Error removing
 * old file", "Failed to create file “plan.trappa.EF45Y3”"): the user
 * wants to know about the file and the folder she chose.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-save"

#include <glib/gi18n-lib.h>

#include "trappa-error.h"
#include "trappa-save-error.h"

static gboolean
is_any (const GError *error,
        GQuark        domain,
        const int    *codes,
        guint         n)
{
  for (guint i = 0; i < n; i++)
    if (g_error_matches (error, domain, codes[i]))
      return TRUE;
  return FALSE;
}

#define MATCHES(error, domain, ...) \
  is_any ((error), (domain), (const int[]) { __VA_ARGS__ }, G_N_ELEMENTS (((const int[]) { __VA_ARGS__ })))

/* Only a file that is there and refuses writing is read-only; otherwise
 * it is the folder (where the temporary file goes) that refused. */
static gboolean
is_read_only_file (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE) &&
         !g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE);
}

void
trappa_save_error_explain (GFile         *file,
                           const GError  *cause,
                           GError       **error)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *folder_name = folder != NULL ? g_file_get_parse_name (folder) : g_strdup ("/");

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cause != NULL);

  /* GIO says "Error removing old file" or "Backup file creation failed"
   * when the folder is read-only: about its own steps, not the user's. */
  if (MATCHES (cause, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED, G_IO_ERROR_READ_ONLY, G_IO_ERROR_CANT_CREATE_BACKUP) ||
      MATCHES (cause, G_FILE_ERROR, G_FILE_ERROR_ACCES, G_FILE_ERROR_ROFS, G_FILE_ERROR_PERM))
    {
      if (is_read_only_file (file))
        g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                     _("Could not save “%s”: the file is read-only"), name);
      else
        g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                     _("Could not save “%s”: the folder “%s” cannot be written to"), name, folder_name);
    }
  else if (MATCHES (cause, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, G_IO_ERROR_NOT_DIRECTORY) ||
           MATCHES (cause, G_FILE_ERROR, G_FILE_ERROR_NOENT, G_FILE_ERROR_NOTDIR))
    g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                 _("Could not save “%s”: there is no folder “%s”"), name, folder_name);
  else if (MATCHES (cause, G_IO_ERROR, G_IO_ERROR_NO_SPACE) ||
           MATCHES (cause, G_FILE_ERROR, G_FILE_ERROR_NOSPC))
    g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                 _("Could not save “%s”: the disk is full"), name);
  else if (MATCHES (cause, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY) ||
           MATCHES (cause, G_FILE_ERROR, G_FILE_ERROR_ISDIR))
    g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                 _("Could not save “%s”: a folder has that name"), name);
  else
    g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                 _("Could not save “%s”: %s"), name, cause->message);
}
