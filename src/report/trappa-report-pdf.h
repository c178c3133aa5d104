/* trappa-report-pdf.h: the written plan as a PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"
#include "trappa-report.h"

G_BEGIN_DECLS

/* The report of @plan as it stands, dated today, in the plan's language:
 * what the PDF export and printing lay out. */
TrappaReport *trappa_report_new_for_plan  (TrappaPlan   *plan);
/* The PDF's bytes: every page, the title in the metadata, the headings as
 * bookmarks. */
GBytes       *trappa_report_render_pdf    (TrappaReport *report,
                                           const char   *title,
                                           GError      **error);
/* Writes the report of @plan to @path (a .pdf file), whole or not at all. */
gboolean      trappa_report_export_pdf    (TrappaPlan   *plan,
                                           const char   *path,
                                           GError      **error);

G_END_DECLS
