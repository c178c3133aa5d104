/* trappa-report-pdf.c: the written plan as a PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-report"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "trappa-error.h"
#include "trappa-export-file.h"
#include "trappa-report-language.h"
#include "trappa-report-pdf.h"
#include "trappa-report-sections.h"

TrappaReport *
trappa_report_new_for_plan (TrappaPlan *plan)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  TrappaReportDoc *doc;

  {
    g_autoptr(TrappaReportLanguage) language =
      trappa_report_language_push (trappa_item_get_string (TRAPPA_ITEM (plan), "language"));

    doc = trappa_report_sections_build (plan, today);
  }
  return trappa_report_new (doc);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
trappa_report_render_pdf (TrappaReport  *report,
                          const char    *title,
                          GError       **error)
{
  g_autoptr(GByteArray) sink = g_byte_array_new ();
  GArray *entries = trappa_report_get_entries (report);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  surface = cairo_pdf_surface_create_for_stream (append_bytes, sink,
                                                 TRAPPA_REPORT_PAGE_WIDTH, TRAPPA_REPORT_PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Trappa");
  cr = cairo_create (surface);
  for (guint i = 0; i < entries->len; i++)
    {
      const TrappaReportEntry *entry = &g_array_index (entries, TrappaReportEntry, i);
      g_autofree char *link = g_strdup_printf ("page=%u", entry->page + 1);
      int id = cairo_pdf_surface_add_outline (surface, entry->level == 1 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                              entry->text, link, 0);

      if (entry->level == 1)
        parent = id;
    }
  for (guint page = 0; page < trappa_report_get_n_pages (report); page++)
    {
      trappa_report_paint_page (report, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                   _("Could not draw the report: %s"), cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&sink));
}

gboolean
trappa_report_export_pdf (TrappaPlan  *plan,
                          const char  *path,
                          GError     **error)
{
  g_autoptr(TrappaReport) report = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *lower = path != NULL ? g_utf8_strdown (path, -1) : NULL;

  if (lower == NULL || !g_str_has_suffix (lower, ".pdf"))
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                           _("Give a file name ending in .pdf for the report"));
      return FALSE;
    }
  report = trappa_report_new_for_plan (plan);
  bytes = trappa_report_render_pdf (report, trappa_item_get_string (TRAPPA_ITEM (plan), "title"), error);
  return bytes != NULL && trappa_export_file_write (path, bytes, error);
}
