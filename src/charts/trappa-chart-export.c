/* trappa-chart-export.c: chart files (PNG, SVG, PDF) and the staircase charts
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
#include "trappa-staircase-layout.h"
#include "trappa-staircase-painter.h"

static const struct
{
  const char *name;
  const char *kind;
} chart_names[] = {
  { "bustadtrapp", TRAPPA_STAIRCASE_HOUSING },
  { "meistringstrapp", TRAPPA_STAIRCASE_ACTIVITY },
};

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

const char *
trappa_chart_kind_from_name (const char  *name,
                             GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (chart_names); i++)
    if (g_strcmp0 (name, chart_names[i].name) == 0)
      return chart_names[i].kind;
  g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
               _("Unknown chart “%s”: use bustadtrapp or meistringstrapp"), name);
  return NULL;
}

const char *
trappa_chart_name_for_kind (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (chart_names); i++)
    if (g_strcmp0 (kind, chart_names[i].kind) == 0)
      return chart_names[i].name;
  return "trapp";
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
  *width = TRAPPA_CHART_DEFAULT_WIDTH;
  *height = TRAPPA_CHART_DEFAULT_HEIGHT;
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
paint_layout (cairo_t  *cr,
              int       width,
              int       height,
              gpointer  layout)
{
  trappa_staircase_painter_draw (cr, layout, -1, -1);
}

gboolean
trappa_chart_export (TrappaPlan         *plan,
                     const char         *kind,
                     const char         *path,
                     TrappaChartFormat   format,
                     int                 width,
                     int                 height,
                     TrappaChartStyle    style,
                     GError            **error)
{
  TrappaStaircase *staircase = trappa_plan_get_staircase (plan, kind);
  g_autoptr(TrappaStaircaseLayout) layout = NULL;

  if (staircase == NULL)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   g_strcmp0 (kind, TRAPPA_STAIRCASE_ACTIVITY) == 0
                   ? _("The plan has no activity and mastery staircase to draw")
                   : _("The plan has no housing staircase to draw"));
      return FALSE;
    }
  layout = trappa_staircase_layout_new (plan, staircase, width, height, style);
  return trappa_chart_write (path, format, width, height, paint_layout, layout, error);
}

gboolean
trappa_chart_export_command (TrappaPlan  *plan,
                             const char  *name,
                             const char  *path,
                             const char  *size,
                             GError     **error)
{
  TrappaChartFormat format;
  const char *kind;
  int width, height;

  if ((kind = trappa_chart_kind_from_name (name, error)) == NULL ||
      !trappa_chart_parse_output (path, size, &format, &width, &height, error))
    return FALSE;
  /* A figure for the plan document says where it comes from. */
  return trappa_chart_export (plan, kind, path, format, width, height,
                              size != NULL && g_ascii_strcasecmp (size, "a4") == 0
                              ? TRAPPA_CHART_STYLE_CAPTION : TRAPPA_CHART_STYLE_NORMAL, error);
}
