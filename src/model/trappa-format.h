/* trappa-format.h: numbers as Norwegian users write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "1 250 000" with a no-break space between groups of three digits. */
char     *trappa_format_count (gint64        value);
/* "1 250 000 kr" */
char     *trappa_format_nok   (gint64        value);
/* A date as stored in the plan file ("2024-06-20") as Norwegians write it
 * ("20.06.2024"); text that is not such a date comes back unchanged. */
char     *trappa_format_date  (const char   *iso);
/* Whether @text is exactly a valid date written YYYY-MM-DD. */
gboolean  trappa_date_is_iso  (const char   *text);
/* Parses a date as typed: dd.mm.yyyy (one-digit day and month too) or
 * YYYY-MM-DD, into *@iso as YYYY-MM-DD; empty text is no date (""). Fails
 * with a message that shows how to write one. */
gboolean  trappa_parse_date   (const char   *text,
                               char        **iso,
                               GError      **error);

/* Parses a whole, non-negative number as typed: digits with optional
 * spaces, no-break or thin spaces, or dots between groups of three, and an
 * optional "kr"/"NOK". Fails with a message saying what is wrong (negative,
 * a fraction, not a number, larger than @max). */
gboolean  trappa_parse_count  (const char   *text,
                               gint64        max,
                               gint64       *value,
                               GError      **error);

G_END_DECLS
