/* trappa-year-amounts.h: NOK amounts by year, a measure's cost per budget
 * year
 *
 * A field of this kind (trappa_param_spec_year_amounts) holds its value as
 * the plan file writes it: "YEAR:AMOUNT" pairs separated by a space, years
 * ascending, each once, e.g. "2025:1500000 2026:300000". A year that is
 * not listed has no amount; "2025:0" says the amount is nought.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  gint64 year;
  gint64 amount;
} TrappaYearAmount;

/* Parses @text: pairs separated by white space, in any order, years from
 * 1 to TRAPPA_MAX_YEAR each once, amounts from 0 to TRAPPA_MAX_NOK, at
 * most TRAPPA_MAX_COST_YEARS pairs. Returns a GArray of TrappaYearAmount
 * sorted by year (empty for empty text), or NULL and a translated message
 * naming the bad pair. */
GArray   *trappa_year_amounts_parse    (const char   *text,
                                        GError      **error);
/* The value as stored: years ascending, "" when @amounts is empty. */
char     *trappa_year_amounts_to_text  (GArray       *amounts);
/* Whether @text parses and is written exactly as stored. */
gboolean  trappa_year_amounts_check    (const char   *text,
                                        GError      **error);
/* The amount of @year; FALSE (and 0) when the year has none. */
gboolean  trappa_year_amounts_lookup   (GArray       *amounts,
                                        gint64        year,
                                        gint64       *amount);
/* Sets the amount of @year, keeping the order; a negative @amount removes
 * the year. */
void      trappa_year_amounts_put      (GArray       *amounts,
                                        gint64        year,
                                        gint64        amount);
/* For people: "2025: 1 500 000 kr, 2026: 300 000 kr" ("" for none). */
char     *trappa_year_amounts_describe (const char   *text);

G_END_DECLS
