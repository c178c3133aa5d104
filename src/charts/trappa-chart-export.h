/* trappa-chart-export.h: chart files (PNG, SVG, PDF) and the staircase charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "trappa-plan.h"
#include "trappa-chart-style.h"

G_BEGIN_DECLS

#define TRAPPA_CHART_DEFAULT_WIDTH  1600
#define TRAPPA_CHART_DEFAULT_HEIGHT 1000
#define TRAPPA_CHART_MIN_SIDE       320
#define TRAPPA_CHART_MAX_SIDE       8000

typedef enum
{
  TRAPPA_CHART_FORMAT_PNG,
  TRAPPA_CHART_FORMAT_SVG,
  TRAPPA_CHART_FORMAT_PDF,
} TrappaChartFormat;

/* The format from a file name's extension (.png, .svg, .pdf). */
gboolean    trappa_chart_format_from_path  (const char         *path,
                                            TrappaChartFormat  *format,
                                            GError            **error);
/* "bustadtrapp" or "meistringstrapp" (the names the command line takes)
 * to a staircase kind; NULL with an error for anything else. */
const char *trappa_chart_kind_from_name    (const char         *name,
                                            GError            **error);
/* The command-line name of a staircase kind, also a good file name. */
const char *trappa_chart_name_for_kind     (const char         *kind);
/* "1600x1000" (also with "×") to a size within the limits above. */
gboolean    trappa_chart_parse_size        (const char         *text,
                                            int                *width,
                                            int                *height,
                                            GError            **error);

/* What every `trappa --export-chart … --output @path [--size @size]`
 * checks first: @path is given and names a .png, .svg or .pdf file, and
 * @size (NULL: the default size) is within the limits. */
gboolean    trappa_chart_parse_output      (const char         *path,
                                            const char         *size,
                                            TrappaChartFormat  *format,
                                            int                *width,
                                            int                *height,
                                            GError            **error);

/* Paints a chart of @width × @height at user-space (0, 0). */
typedef void (*TrappaChartPaintFunc) (cairo_t  *cr,
                                      int       width,
                                      int       height,
                                      gpointer  user_data);

/* Runs @paint on a surface of @format in memory and writes the result to
 * @path atomically (nothing is left behind on failure); the error names
 * the file. Every chart's export goes through here. */
gboolean    trappa_chart_write             (const char           *path,
                                            TrappaChartFormat     format,
                                            int                   width,
                                            int                   height,
                                            TrappaChartPaintFunc  paint,
                                            gpointer              user_data,
                                            GError              **error);

/* Draws the @kind staircase of @plan at @width × @height and writes it to
 * @path atomically (nothing is left behind on failure). */
gboolean    trappa_chart_export            (TrappaPlan         *plan,
                                            const char         *kind,
                                            const char         *path,
                                            TrappaChartFormat   format,
                                            int                 width,
                                            int                 height,
                                            TrappaChartStyle    style,
                                            GError            **error);

/* What `trappa --export-chart NAME --output PATH [--size WxH] PLAN` does
 * once the plan is read: checks every argument and exports. */
gboolean    trappa_chart_export_command    (TrappaPlan         *plan,
                                            const char         *name,
                                            const char         *path,
                                            const char         *size,
                                            GError            **error);

G_END_DECLS
