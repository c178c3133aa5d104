/* io-fixtures.h: temporary folders and file contents for the io tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "trappa-document.h"

G_BEGIN_DECLS

/* A new, empty temporary folder. */
char  *io_fixture_make_dir     (void);
/* Removes @dir and everything in it. */
void   io_fixture_remove_dir   (const char *dir);
/* All of @path's bytes (the test fails when it cannot be read). */
GBytes *io_fixture_contents    (const char *path);
/* Writes @bytes to @path, replacing what was there. */
void   io_fixture_write        (const char *path,
                                GBytes     *bytes);
/* The temporary files of saves in @dir: GIO's (.goutputstream-XXXXXX)
 * and GLib's (NAME.trappa.XXXXXX, NAME.trappa~.XXXXXX). */
guint  io_fixture_count_strays (const char *dir);

/* The Alver example plan in the source tree. */
char  *io_fixture_example_path (void);
/* The Alver example plan, opened (the test fails when it cannot be). */
TrappaPlan *
       io_fixture_load_example (void);
/* A document opened on a copy of the Alver example, @name in @dir. */
TrappaDocument *
       io_fixture_document_on_copy (const char  *dir,
                                    const char  *name,
                                    GFile      **file);

/* Waiting in a test for an async call: pass io_fixture_on_done and a
 * zeroed IoFixtureWait as its callback and data, then
 * io_fixture_wait_for() runs the main loop until it finished (unref the
 * result after _finish). */
typedef struct
{
  GAsyncResult *result;
} IoFixtureWait;

void          io_fixture_on_done  (GObject       *source,
                                   GAsyncResult  *result,
                                   gpointer       user_data);
GAsyncResult *io_fixture_wait_for (IoFixtureWait *wait);

G_END_DECLS
