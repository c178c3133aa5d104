/* trappa-priority-export.h: the priority grid as PNG, SVG and PDF files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-chart-export.h"
#include "trappa-priority-layout.h"

G_BEGIN_DECLS

/* The name `trappa --export-chart` takes for the grid. */
#define TRAPPA_PRIORITY_CHART_NAME "priority"

/* Draws the grid of @plan as @options say and writes it to @path
 * atomically (nothing is left behind on failure). */
gboolean trappa_priority_export         (TrappaPlan                  *plan,
                                         const TrappaPriorityOptions *options,
                                         const char                  *path,
                                         TrappaChartFormat            format,
                                         int                          width,
                                         int                          height,
                                         GError                     **error);

/* What `trappa --export-chart priority --output PATH [--size WxH]
 * [--axes X,Y] PLAN` does once the plan is read: checks every argument
 * (@size and @axes may be NULL) and exports the whole room's scores. */
gboolean trappa_priority_export_command (TrappaPlan                  *plan,
                                         const char                  *path,
                                         const char                  *size,
                                         const char                  *axes,
                                         GError                     **error);

G_END_DECLS
