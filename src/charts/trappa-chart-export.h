/* trappa-chart-export.h: every chart's files (PNG, SVG, PDF) and --export-chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "trappa-plan.h"
#include "trappa-chart-kind.h"
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
/* "1600x1000" (also with "×") to a size within the limits above. */
gboolean    trappa_chart_parse_size        (const char         *text,
                                            int                *width,
                                            int                *height,
                                            GError            **error);

/* What every `trappa --export-chart … --output @path [--size @size]`
 * checks first: @path is given and names a .png, .svg or .pdf file, and
 * @size is within the limits (NULL: @width and @height stay as given). */
gboolean    trappa_chart_parse_output      (const char         *path,
                                            const char         *size,
                                            TrappaChartFormat  *format,
                                            int                *width,
                                            int                *height,
                                            GError            **error);

/* Draws @request as a @kind chart on a @format surface of @width ×
 * @height in memory: the file's bytes, or NULL with an error naming
 * @path (the clipboard passes a name of its own). */
GBytes     *trappa_chart_render            (const TrappaChartKind    *kind,
                                            const TrappaChartRequest *request,
                                            TrappaChartFormat         format,
                                            int                       width,
                                            int                       height,
                                            const char               *path,
                                            GError                  **error);

/* Every chart file is written here: drawn in memory, then written to
 * @path atomically (nothing is left behind on failure); the error names
 * the file. */
gboolean    trappa_chart_write             (const TrappaChartKind    *kind,
                                            const TrappaChartRequest *request,
                                            const char               *path,
                                            TrappaChartFormat         format,
                                            int                       width,
                                            int                       height,
                                            GError                  **error);

/* What `trappa --export-chart NAME --output PATH [--size WxH] [--axes X,Y]
 * PLAN` does once the plan is read: finds the kind in the table, checks
 * every argument (@size and @axes may be NULL; --axes only for a kind
 * that takes it) and exports in the normal style. */
gboolean    trappa_chart_export_command    (TrappaPlan               *plan,
                                            const char               *name,
                                            const char               *path,
                                            const char               *size,
                                            const char               *axes,
                                            GError                  **error);
/* The same with `--scenario NAME` (NULL: none), for a kind that takes it. */
gboolean    trappa_chart_export_command_full (TrappaPlan             *plan,
                                            const char               *name,
                                            const char               *path,
                                            const char               *size,
                                            const char               *axes,
                                            const char               *scenario,
                                            GError                  **error);

G_END_DECLS
