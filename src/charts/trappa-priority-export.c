/* trappa-priority-export.c: the priority grid as PNG, SVG and PDF files
 *
 * The shared trappa_chart_write() paints in memory and writes atomically.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-priority-export"

#include <glib/gi18n-lib.h>

#include "trappa-priority-export.h"
#include "trappa-priority-painter.h"

typedef struct
{
  TrappaPlan                  *plan;
  const TrappaPriorityOptions *options;
} Job;

static void
paint_job (cairo_t  *cr,
           int       width,
           int       height,
           gpointer  user_data)
{
  Job *job = user_data;

  trappa_priority_paint (cr, job->plan, job->options, width, height);
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
  TrappaPriorityOptions shown = *options;
  Job job = { plan, &shown };

  /* A file goes into the plan or on a slide: no editing hints. */
  shown.editing = FALSE;
  return trappa_chart_write (path, format, width, height, paint_job, &job, error);
}

gboolean
trappa_priority_export_command (TrappaPlan  *plan,
                                const char  *path,
                                const char  *size,
                                const char  *axes,
                                GError     **error)
{
  TrappaPriorityOptions options;
  TrappaChartFormat format;
  int width, height;

  trappa_priority_options_init (&options);
  if (!trappa_chart_parse_output (path, size, &format, &width, &height, error) ||
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
