/* trappa-chart-export.c: every chart's files (PNG, SVG, PDF) and --export-chart
 *
 * Every chart's file is written by trappa_chart_write: into memory first, then to
 * disk with g_file_set_contents_full, so a failed export never leaves half
 * a file and the error names the file and the reason.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-chart-export"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "trappa-chart-export.h"
#include "trappa-save-error.h"

gboolean
trappa_chart_format_from_path (const char         *path,
                               TrappaChartFormat  *format,
                               GError            **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = TRAPPA_CHART_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = TRAPPA_CHART_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = TRAPPA_CHART_FORMAT_PDF;
  else
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("“%s”: the file name must end in .png, .svg or .pdf"), path);
      return FALSE;
    }
  return TRUE;
}

gboolean
trappa_chart_parse_size (const char  *text,
                         int         *width,
                         int         *height,
                         GError     **error)
{
  g_autoptr(GString) plain = g_string_new (text);
  g_auto(GStrv) parts = NULL;
  guint64 w = 0, h = 0;

  /* Named sizes: a figure across an A4 page, a 16:9 slide. */
  if (g_ascii_strcasecmp (text, "a4") == 0 || g_str_equal (text, "16:9"))
    {
      gboolean a4 = g_ascii_strcasecmp (text, "a4") == 0;

      *width = a4 ? TRAPPA_CHART_A4_WIDTH : TRAPPA_CHART_SLIDE_WIDTH;
      *height = a4 ? TRAPPA_CHART_A4_HEIGHT : TRAPPA_CHART_SLIDE_HEIGHT;
      return TRUE;
    }

  /* Accept the multiplication sign people type as well as an "x". */
  g_string_replace (plain, "×", "x", 0);
  parts = g_strsplit (plain->str, "x", -1);
  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (g_strstrip (parts[0]), 10, TRAPPA_CHART_MIN_SIDE,
                                   TRAPPA_CHART_MAX_SIDE, &w, NULL) ||
      !g_ascii_string_to_unsigned (g_strstrip (parts[1]), 10, TRAPPA_CHART_MIN_SIDE,
                                   TRAPPA_CHART_MAX_SIDE, &h, NULL))
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("Size “%s” is not a4, 16:9 or WIDTHxHEIGHT with each side from %d to %d pixels, e.g. 1600x1000"),
                   text, TRAPPA_CHART_MIN_SIDE, TRAPPA_CHART_MAX_SIDE);
      return FALSE;
    }
  *width = (int) w;
  *height = (int) h;
  return TRUE;
}

gboolean
trappa_chart_parse_output (const char         *path,
                           const char         *size,
                           TrappaChartFormat  *format,
                           int                *width,
                           int                *height,
                           GError            **error)
{
  if (path == NULL || path[0] == '\0')
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                           _("--export-chart needs --output FILE.png, .svg or .pdf"));
      return FALSE;
    }
  return trappa_chart_format_from_path (path, format, error) &&
         (size == NULL || trappa_chart_parse_size (size, width, height, error));
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
trappa_chart_render (const TrappaChartKind    *kind,
                     const TrappaChartRequest *request,
                     TrappaChartFormat         format,
                     int                       width,
                     int                       height,
                     const char               *path,
                     GError                  **error)
{
  g_autoptr(GByteArray) sink = g_byte_array_new ();
  TrappaChartRequest file = *request;
  cairo_surface_t *surface;
  cairo_status_t status;
  gboolean drawn;
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
  /* A file goes into the plan or on a slide: no editing hints. */
  file.style |= TRAPPA_CHART_STYLE_FILE;
  drawn = trappa_chart_kind_draw (kind, &file, cr, width, height, error);
  cairo_destroy (cr);
  if (drawn && format == TRAPPA_CHART_FORMAT_PNG)
    cairo_surface_write_to_png_stream (surface, append_bytes, sink);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!drawn)
    return NULL;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                   _("Could not draw the chart for “%s”: %s"), path, cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&sink));
}

gboolean
trappa_chart_write (const TrappaChartKind    *kind,
                    const TrappaChartRequest *request,
                    const char               *path,
                    TrappaChartFormat         format,
                    int                       width,
                    int                       height,
                    GError                  **error)
{
  g_autoptr(GBytes) bytes = trappa_chart_render (kind, request, format, width, height, path, error);
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data;

  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  if (!g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local_error))
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      trappa_save_error_explain (file, local_error, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
trappa_chart_export_command (TrappaPlan  *plan,
                             const char  *name,
                             const char  *path,
                             const char  *size,
                             const char  *axes,
                             GError     **error)
{
  return trappa_chart_export_command_full (plan, name, path, size, axes, NULL, error);
}

gboolean
trappa_chart_export_command_full (TrappaPlan  *plan,
                                  const char  *name,
                                  const char  *path,
                                  const char  *size,
                                  const char  *axes,
                                  const char  *scenario,
                                  GError     **error)
{
  const TrappaChartKind *kind = trappa_chart_kind_find (name, error);
  /* A figure for the plan document says where it comes from. */
  TrappaChartRequest request = { plan, size != NULL && g_ascii_strcasecmp (size, "a4") == 0
                                       ? TRAPPA_CHART_STYLE_CAPTION : TRAPPA_CHART_STYLE_NORMAL,
                                 NULL, NULL };
  TrappaChartFormat format;
  gpointer options = NULL;
  gboolean written;
  int width, height;

  if (kind == NULL)
    return FALSE;
  width = kind->default_width;
  height = kind->default_height;
  if (!trappa_chart_parse_output (path, size, &format, &width, &height, error))
    return FALSE;
  if (axes != NULL && kind->parse_axes == NULL)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("--axes is not for --export-chart %s"), name);
      return FALSE;
    }
  if (scenario != NULL && kind->parse_scenario == NULL)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("--scenario is not for --export-chart %s"), name);
      return FALSE;
    }
  if (kind->parse_axes != NULL && (options = kind->parse_axes (axes, error)) == NULL)
    return FALSE;
  if (kind->parse_scenario != NULL && (options = kind->parse_scenario (scenario, error)) == NULL)
    return FALSE;
  request.options = options;
  written = trappa_chart_write (kind, &request, path, format, width, height, error);
  if (options != NULL)
    kind->free_options (options);
  return written;
}
