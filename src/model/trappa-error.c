/* trappa-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-error.h"

G_DEFINE_QUARK (trappa-error-quark, trappa_error)

gboolean
trappa_error_fail (GError      **error,
                   TrappaError   code,
                   const char   *where,
                   const char   *format,
                   ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (where != NULL)
    g_set_error (error, TRAPPA_ERROR, code, "%s: %s", where, message);
  else
    g_set_error_literal (error, TRAPPA_ERROR, code, message);
  return FALSE;
}
