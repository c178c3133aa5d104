/* trappa-report-print.h: the written plan on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-plan.h"

G_BEGIN_DECLS

/* A print operation for the report of @plan as it stands: A4 portrait,
 * the pages the PDF export paints, @job_name in the printer's queue. */
GtkPrintOperation *trappa_report_print_new (TrappaPlan *plan,
                                            const char *job_name);

G_END_DECLS
