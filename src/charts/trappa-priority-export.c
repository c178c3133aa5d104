/* trappa-priority-export.c: the priority grid as PNG, SVG and PDF files
 *
 * The surface writes into memory and the bytes go to disk with
 * g_file_set_contents_full, so a failed export never leaves half a file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-priority-export"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "trappa-priority-export.h"
#include "trappa-priority-painter.h"

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

gboolean
trappa_priority_export (TrappaPlan                  *plan,
                        const TrappaPriorityOptions *options,
                        const char                  *path,
                        TrappaChartFormat            format,
                        int                          width,
                        int                          height,
                        GError                     **error)
{
  g_autoptr(GByteArray) sink = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (format == TRAPPA_CHART_FORMAT_SVG)
    surface = cairo_svg_surface_create_for_stream (append_bytes, sink, width, height);
  else if (format == TRAPPA_CHART_FORMAT_PDF)
    surface = cairo_pdf_surface_create_for_stream (append_bytes, sink, width, height);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);

  cr = cairo_create (surface);
  trappa_priority_paint (cr, plan, options, width, height);
  cairo_destroy (cr);
  if (format == TRAPPA_CHART_FORMAT_PNG)
    cairo_surface_write_to_png_stream (surface, append_bytes, sink);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                   _("Could not draw the priority grid for “%s”: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  if (!g_file_set_contents_full (path, (const char *) sink->data, sink->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, error))
    {
      g_prefix_error (error, _("Could not save the priority grid: "));
      return FALSE;
    }
  return TRUE;
}

gboolean
trappa_priority_export_command (TrappaPlan  *plan,
                                const char  *path,
                                const char  *size,
                                const char  *axes,
                                GError     **error)
{
  int width = TRAPPA_CHART_DEFAULT_WIDTH, height = TRAPPA_CHART_DEFAULT_HEIGHT;
  TrappaPriorityOptions options;
  TrappaChartFormat format;

  trappa_priority_options_init (&options);
  if (path == NULL || path[0] == '\0')
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                           _("--export-chart needs --output FILE.png, .svg or .pdf"));
      return FALSE;
    }
  if (!trappa_chart_format_from_path (path, &format, error) ||
      (size != NULL && !trappa_chart_parse_size (size, &width, &height, error)) ||
      (axes != NULL && !trappa_priority_parse_axes (axes, &options.x_axis, &options.y_axis, error)))
    return FALSE;

  /* The third axis: influence, unless it is shown on the grid already. */
  for (TrappaAxis a = TRAPPA_AXIS_INFLUENCE; ; a = (a + 1) % TRAPPA_N_AXES)
    if (a != options.x_axis && a != options.y_axis)
      {
        options.marker_axis = a;
        break;
      }
  return trappa_priority_export (plan, &options, path, format, width, height, error);
}
