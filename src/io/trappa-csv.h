/* trappa-csv.h: RFC 4180 text, read and written; every CSV path uses it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One record of a CSV text: its fields (unquoted) and the line it starts
 * on, counted from 1 (a quoted field may span lines). */
typedef struct
{
  char  **fields;
  guint   line;
} TrappaCsvRow;

void       trappa_csv_row_free        (TrappaCsvRow *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaCsvRow, trappa_csv_row_free)

/* Splits @text (@length bytes, or -1 for NUL-terminated) into records of
 * fields separated by @separator: "quoted ""fields""" may hold the
 * separator and line breaks; lines end with CRLF or LF; a byte-order mark
 * at the start is skipped; an empty line is a record with one empty field.
 * Returns an array of TrappaCsvRow, or NULL with an error naming the line
 * where a quote is left open or text follows a closing quote. */
GPtrArray *trappa_csv_parse           (const char   *text,
                                       gssize        length,
                                       char          separator,
                                       GError      **error);

/* The separator of a text whose first record is @line: the one of ';',
 * tab and ',' that occurs most often outside quotes (';' when none does). */
char       trappa_csv_guess_separator (const char   *line);

/* Appends one record ending in CRLF; a field is quoted when it holds the
 * separator, a quote or a line break. */
void       trappa_csv_append_row      (GString             *out,
                                       const char * const  *fields,
                                       guint                n_fields,
                                       char                 separator);

G_END_DECLS
