/* trappa-export-file.c: an exported file written whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-export"

#include "trappa-error.h"
#include "trappa-export-file.h"
#include "trappa-save-error.h"

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
      g_autoptr(GFile) file = g_file_new_for_path (path);

      /* GLib names its temporary file; the user wants hers. */
      trappa_save_error_explain (file, local_error, error);
      return FALSE;
    }
  return TRUE;
}
