/* trappa-needs-export.c: the gap and need charts as PNG, SVG and PDF files
 *
 * The surface writes into memory and the bytes go to disk with
 * g_file_set_contents_full, so a failed export never leaves half a file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-needs-export"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "trappa-needs-export.h"
#include "trappa-gap-painter.h"
#include "trappa-need-painter.h"

typedef struct
{
  TrappaPlan       *plan;
  const char       *scenario;
  const gint64     *years;
  guint             n_years;
  TrappaChartStyle  style;
} Job;

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

gboolean
trappa_chart_write (const char            *path,
                    TrappaChartFormat      format,
                    int                    width,
                    int                    height,
                    TrappaChartPaintFunc   paint,
                    gpointer               user_data,
                    GError               **error)
{
  g_autoptr(GByteArray) sink = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (format == TRAPPA_CHART_FORMAT_SVG)
    {
      surface = cairo_svg_surface_create_for_stream (append_bytes, sink, width, height);
      /* Pixels, as asked for, rather than cairo's default points. */
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
    }
  else if (format == TRAPPA_CHART_FORMAT_PDF)
    surface = cairo_pdf_surface_create_for_stream (append_bytes, sink, width, height);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  paint (cr, width, height, user_data);
  cairo_destroy (cr);
  if (format == TRAPPA_CHART_FORMAT_PNG)
    cairo_surface_write_to_png_stream (surface, append_bytes, sink);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                   _("Could not draw the chart for “%s”: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  if (!g_file_set_contents_full (path, (const char *) sink->data, sink->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, error))
    {
      g_prefix_error (error, _("Could not save the chart: "));
      return FALSE;
    }
  return TRUE;
}

static void
paint_gap (cairo_t  *cr,
           int       width,
           int       height,
           gpointer  user_data)
{
  Job *job = user_data;
  g_autoptr(TrappaGapLayout) layout =
    trappa_gap_layout_new (job->plan, job->scenario, job->years, job->n_years, width, height, job->style);

  trappa_gap_painter_draw (cr, layout, -1);
}

static void
paint_need (cairo_t  *cr,
            int       width,
            int       height,
            gpointer  user_data)
{
  Job *job = user_data;
  g_autoptr(TrappaNeedLayout) layout = trappa_need_layout_new (job->plan, NULL, width, height, job->style);

  trappa_need_painter_draw (cr, layout);
}

gboolean
trappa_needs_chart_is_name (const char *name)
{
  return g_strcmp0 (name, TRAPPA_GAP_CHART_NAME) == 0 || g_strcmp0 (name, TRAPPA_NEED_CHART_NAME) == 0;
}

gboolean
trappa_needs_chart_export (TrappaPlan        *plan,
                           const char        *name,
                           const char        *scenario,
                           const gint64      *years,
                           guint              n_years,
                           const char        *path,
                           TrappaChartFormat  format,
                           int                width,
                           int                height,
                           TrappaChartStyle   style,
                           GError           **error)
{
  Job job = { plan, scenario, years, n_years, style };

  g_return_val_if_fail (trappa_needs_chart_is_name (name), FALSE);
  return trappa_chart_write (path, format, width, height,
                             g_str_equal (name, TRAPPA_GAP_CHART_NAME) ? paint_gap : paint_need,
                             &job, error);
}

gboolean
trappa_needs_chart_export_command (TrappaPlan  *plan,
                                   const char  *name,
                                   const char  *path,
                                   const char  *size,
                                   GError     **error)
{
  int width = TRAPPA_CHART_DEFAULT_WIDTH, height = TRAPPA_CHART_DEFAULT_HEIGHT;
  TrappaChartFormat format;

  if (!trappa_needs_chart_is_name (name))
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("“%s” is not a needs chart: use gap or need"), name);
      return FALSE;
    }
  if (path == NULL || path[0] == '\0')
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                           _("--export-chart needs --output FILE.png, .svg or .pdf"));
      return FALSE;
    }
  if (!trappa_chart_format_from_path (path, &format, error) ||
      (size != NULL && !trappa_chart_parse_size (size, &width, &height, error)))
    return FALSE;
  return trappa_needs_chart_export (plan, name, NULL, NULL, 0, path, format, width, height,
                                    TRAPPA_CHART_STYLE_NORMAL, error);
}
