/* trappa-report-print.c: the written plan on paper
 *
 * GtkPrintOperation gets the report's own page painter (src/report), so
 * what comes out of the printer is what the PDF export writes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-print"

#include "trappa-report-pdf.h"
#include "trappa-report-print.h"

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                TrappaReport      *report)
{
  gtk_print_operation_set_n_pages (operation, trappa_report_get_n_pages (report));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              TrappaReport      *report)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  /* The page in points, whatever the printer's resolution. */
  double scale = gtk_print_context_get_width (context) / TRAPPA_REPORT_PAGE_WIDTH;

  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  trappa_report_paint_page (report, cr, page);
  cairo_restore (cr);
}

GtkPrintOperation *
trappa_report_print_new (TrappaPlan *plan,
                         const char *job_name)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  TrappaReport *report = trappa_report_new_for_plan (plan);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* The report has its own margins, wide enough for binding. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, job_name);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), report);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), report);
  /* The report lives as long as the operation. */
  g_object_set_data_full (G_OBJECT (operation), "trappa-report", report, g_object_unref);
  return operation;
}
