/* trappa-error.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TRAPPA_ERROR (trappa_error_quark ())

typedef enum
{
  TRAPPA_ERROR_INVALID_VALUE,      /* a value of the wrong kind or out of range */
  TRAPPA_ERROR_EMPTY,              /* an empty file */
  TRAPPA_ERROR_TOO_LARGE,          /* over the size or nesting limit */
  TRAPPA_ERROR_ENCODING,           /* not UTF-8, or binary */
  TRAPPA_ERROR_MALFORMED,          /* not well-formed XML */
  TRAPPA_ERROR_UNSAFE,             /* DOCTYPE, entities, XInclude */
  TRAPPA_ERROR_NOT_A_PLAN,         /* wrong root element or namespace */
  TRAPPA_ERROR_NEWER_VERSION,      /* a newer major format version */
  TRAPPA_ERROR_SCHEMA,             /* does not follow the schema */
  TRAPPA_ERROR_DUPLICATE_ID,
  TRAPPA_ERROR_DANGLING_REFERENCE,
  TRAPPA_ERROR_CHANGED_ON_DISK,    /* someone else saved the file meanwhile */
  TRAPPA_ERROR_SAVE_FAILED,
  TRAPPA_ERROR_IMPORT,             /* an imported table is not usable */
  TRAPPA_ERROR_OTHER_PLAN,         /* a file of another plan where a version of this one was expected */
} TrappaError;

GQuark   trappa_error_quark (void);

/* Sets @error to a TRAPPA_ERROR of @code whose message is @format, after
 * "@where: " when @where is not NULL (the place in an imported file).
 * Returns FALSE, so that a check can end in `return trappa_error_fail (…)`. */
gboolean trappa_error_fail  (GError      **error,
                             TrappaError   code,
                             const char   *where,
                             const char   *format,
                             ...) G_GNUC_PRINTF (4, 5);

G_END_DECLS
