/* trappa-atomic-save.h: replacing a file so that it is always either the
 * complete old or the complete new version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Opens @file to read (mounting the share it is on if need be); a file
 * that says up front it is bigger than @cap fails with
 * G_IO_ERROR_MESSAGE_TOO_LARGE and its size in @size. */
GInputStream *trappa_atomic_save_open     (GFile         *file,
                                          gsize          cap,
                                          guint64       *size,
                                          GCancellable  *cancellable,
                                          GError       **error);
/* Reads all of @file, at most @cap bytes. A bigger file fails with
 * G_IO_ERROR_MESSAGE_TOO_LARGE and its size (as far as read) in @size. */
GBytes  *trappa_atomic_save_read         (GFile         *file,
                                          gsize          cap,
                                          guint64       *size,
                                          GCancellable  *cancellable,
                                          GError       **error);

/* What a save compares to tell whether someone else changed the file:
 * a hash of the bytes (an etag alone is the modification time, which
 * `cp -p`, `touch -r` and sync tools keep). */
char    *trappa_atomic_save_stamp        (GBytes        *bytes);

/* Replaces @file by @bytes: symlinks resolved (the link stays a link), a
 * temporary file beside the real file (FILE.XXXXXX, with the file's
 * owner and permissions), renamed over it only when every byte is written
 * and flushed and the file is still as it was read; on any error the file
 * is untouched and the temporary file removed. The previous version then
 * becomes FILE~. A read-only file, or one that is not a regular file, is
 * refused.
 * When @stamp is not NULL and the file's bytes no longer match it (or the
 * file is gone), fails with TRAPPA_ERROR_CHANGED_ON_DISK and writes
 * nothing. @new_stamp receives the stamp of @bytes. */
gboolean trappa_atomic_save              (GFile         *file,
                                          GBytes        *bytes,
                                          const char    *stamp,
                                          char         **new_stamp,
                                          GCancellable  *cancellable,
                                          GError       **error);

/* Removes the temporary files that interrupted saves left beside @file
 * (the real file, if @file is a symlink): ours (FILE.XXXXXX, FILE~.XXXXXX)
 * and GIO's (`.goutputstream-XXXXXX`), when they are empty, zeros or hold
 * a plan, and no other save of this process is under way. */
void     trappa_atomic_save_clean_strays (GFile         *file);

G_END_DECLS
