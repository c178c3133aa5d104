/* trappa-export-file.h: an exported file written whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes @bytes to @path through a temporary file in the same folder that
 * is renamed over @path once complete: on failure nothing is left under
 * @path (a file there stays as it was) and the error says in the user's
 * words what went wrong (a folder that cannot be written to or is not
 * there, a full disk, a folder of that name). */
gboolean trappa_export_file_write (const char  *path,
                                   GBytes      *bytes,
                                   GError     **error);

G_END_DECLS
