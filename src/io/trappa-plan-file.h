/* trappa-plan-file.h: reading and writing the XML plan file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "trappa-plan.h"

G_BEGIN_DECLS

#define TRAPPA_PLAN_NAMESPACE      "https://trappa.no/ns/plan/1"
#define TRAPPA_PLAN_FORMAT_MAJOR   1
#define TRAPPA_PLAN_FORMAT_MINOR   2
#define TRAPPA_PLAN_MAX_BYTES      (50 * 1024 * 1024)
#define TRAPPA_PLAN_FILE_EXTENSION ".trappa"

/* Installs the deny-all external entity loader; call once at start-up
 * (every entry point: app, CLI, tests, fuzzers). Idempotent. */
void        trappa_plan_file_init        (void);

/* Parses untrusted bytes. On error returns NULL; *error is in TRAPPA_ERROR,
 * its message names @display_name and the line, and @error_line (if not
 * NULL) gets the line (0 when the problem has none). */
TrappaPlan *trappa_plan_file_parse       (GBytes      *bytes,
                                          const char  *display_name,
                                          guint       *error_line,
                                          GError     **error);

/* As trappa_plan_file_parse(), reading @stream as it parses: the bytes
 * are never held whole. A stream that cannot be read fails in
 * G_IO_ERROR. */
TrappaPlan *trappa_plan_file_parse_stream (GInputStream  *stream,
                                           const char    *display_name,
                                           guint         *error_line,
                                           GError       **error);

/* Reads @file (size-checked before reading) and parses it. @stamp (may be
 * NULL) receives the stamp of the bytes read (a hash, see
 * trappa-atomic-save.h) for trappa_plan_file_save(). A file that
 * cannot be read at all fails in G_IO_ERROR (e.g. G_IO_ERROR_NOT_FOUND),
 * with the file's name in the message; everything else in TRAPPA_ERROR. */
TrappaPlan *trappa_plan_file_load        (GFile       *file,
                                          char       **stamp,
                                          guint       *error_line,
                                          GError     **error);

/* As trappa_plan_file_load(), with @display_name in messages (e.g. the
 * path as the user typed it) instead of the file's parse name. */
TrappaPlan *trappa_plan_file_load_named  (GFile       *file,
                                          const char  *display_name,
                                          char       **stamp,
                                          guint       *error_line,
                                          GError     **error);

/* Reads and parses @file as it is read, never holding its bytes whole,
 * and only reads: no stamp, no kept revision, no strays cleaned (what
 * `trappa --validate` does). Messages as trappa_plan_file_load_named(). */
TrappaPlan *trappa_plan_file_check_named (GFile       *file,
                                          const char  *display_name,
                                          GError     **error);

/* Serialises the plan: stable order, UTF-8, ends with a newline. */
GBytes     *trappa_plan_file_serialize   (TrappaPlan  *plan);

/* Saves @bytes (from trappa_plan_file_serialize()) as
 * trappa_plan_file_save() does. Touches no plan, so it may
 * run in a worker thread. */
gboolean    trappa_plan_file_write       (GBytes        *bytes,
                                          GFile         *file,
                                          const char    *stamp,
                                          char         **new_stamp,
                                          GCancellable  *cancellable,
                                          GError       **error);

/* Atomic save with a backup (FILE~), see trappa_atomic_save(). When
 * @stamp is not NULL and the file on disk has changed since, fails with
 * TRAPPA_ERROR_CHANGED_ON_DISK and writes nothing; pass NULL to overwrite
 * anyway. On error the file on disk is untouched and the plan stays
 * unsaved. On success marks the plan saved and returns the new stamp in
 * @new_stamp. */
gboolean    trappa_plan_file_save        (TrappaPlan  *plan,
                                          GFile       *file,
                                          const char  *stamp,
                                          char       **new_stamp,
                                          GError     **error);

G_END_DECLS
