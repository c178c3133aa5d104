/* trappa-report.h: the written plan laid out on A4 pages, and the one
 * painter of a page that the PDF export and printing share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "trappa-report-doc.h"

G_BEGIN_DECLS

/* A4 portrait in points (1/72 inch), the unit of every coordinate here. */
#define TRAPPA_REPORT_PAGE_WIDTH  595.276
#define TRAPPA_REPORT_PAGE_HEIGHT 841.890

#define TRAPPA_TYPE_REPORT (trappa_report_get_type ())
G_DECLARE_FINAL_TYPE (TrappaReport, trappa_report, TRAPPA, REPORT, GObject)

/* A heading and the page (from 0) it is on. */
typedef struct
{
  guint       level;
  const char *text;
  guint       page;
} TrappaReportEntry;

/* Lays @doc out (taking it): a title page, the contents, then the blocks;
 * each level-1 heading starts a page, a table that goes on over a page
 * break repeats its header row (a short one moves whole to the next page
 * instead, and sum rows go with the row above them), a heading is never
 * left at the foot of a page, and every line of text wraps within its
 * column. */
TrappaReport *trappa_report_new             (TrappaReportDoc *doc);
guint         trappa_report_get_n_pages     (TrappaReport    *self);
/* The headings in order, for the contents and the PDF's outline. */
GArray       *trappa_report_get_entries     (TrappaReport    *self);
/* Paints page @page (from 0) on @cr, whose user space is the page in
 * points with (0, 0) at its top left corner. */
void          trappa_report_paint_page      (TrappaReport    *self,
                                             cairo_t         *cr,
                                             guint            page);
/* Text boxes that do not fit: text wider or taller than its box, or a box
 * outside the page's margins. 0 for a good layout (tests check it). */
guint         trappa_report_count_overflows (TrappaReport    *self);

G_END_DECLS
