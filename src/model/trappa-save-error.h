/* trappa-save-error.h: why a file could not be saved, in the user's words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Sets @error (TRAPPA_ERROR_SAVE_FAILED, naming @file) to what went
 * wrong in the user's words (a folder that cannot be written to, a
 * read-only file, a folder that is not there, a full disk, a folder of
 * that name), or to @cause's own message for anything else. @cause is a
 * G_IO_ERROR or a G_FILE_ERROR. */
void trappa_save_error_explain (GFile         *file,
                                const GError  *cause,
                                GError       **error);

G_END_DECLS
