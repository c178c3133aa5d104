/* trappa-needs-export.h: the gap and need charts as PNG, SVG and PDF files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-chart-export.h"

G_BEGIN_DECLS

/* The names `trappa --export-chart` takes for the needs charts. */
#define TRAPPA_GAP_CHART_NAME  "gap"
#define TRAPPA_NEED_CHART_NAME "need"

/* What a needs chart shows; the view and the export paint the same. */
typedef struct
{
  TrappaPlan       *plan;
  gboolean          is_gap;     /* FALSE: the need chart */
  const char       *scenario;   /* NULL: gap chart the first series, need chart every series */
  const gint64     *years;      /* gap chart: NULL, the default years */
  guint             n_years;
  const char       *step_id;    /* need chart: NULL, the housing steps summed */
  TrappaChartStyle  style;
} TrappaNeedsChart;

/* A TrappaChartPaintFunc: paints @chart (a TrappaNeedsChart). */
void     trappa_needs_chart_paint          (cairo_t               *cr,
                                            int                    width,
                                            int                    height,
                                            gpointer               chart);

/* Draws the gap chart (@name TRAPPA_GAP_CHART_NAME) at @years (NULL:
 * the default plan years) or the need chart (TRAPPA_NEED_CHART_NAME: the
 * housing steps summed) of the first population series, or of @scenario
 * when not NULL. */
gboolean trappa_needs_chart_export         (TrappaPlan            *plan,
                                            const char            *name,
                                            const char            *scenario,
                                            const gint64          *years,
                                            guint                  n_years,
                                            const char            *path,
                                            TrappaChartFormat      format,
                                            int                    width,
                                            int                    height,
                                            TrappaChartStyle       style,
                                            GError               **error);

/* Whether @name is one of the needs charts. */
gboolean trappa_needs_chart_is_name        (const char            *name);

/* What `trappa --export-chart gap|need [--scenario NAME] --output PATH
 * [--size WxH] PLAN` does once the plan is read: checks every argument
 * (an unknown scenario is refused naming the known ones; a plan with no
 * population projection is refused) and exports. */
gboolean trappa_needs_chart_export_command (TrappaPlan            *plan,
                                            const char            *name,
                                            const char            *scenario,
                                            const char            *path,
                                            const char            *size,
                                            GError               **error);

G_END_DECLS
