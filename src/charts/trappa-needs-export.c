/* trappa-needs-export.c: the gap and need charts as PNG, SVG and PDF files
 *
 * Files are written by the shared trappa_chart_write (trappa-chart-export.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-needs-export"

#include <glib/gi18n-lib.h>

#include "trappa-needs-export.h"
#include "trappa-gap-painter.h"
#include "trappa-need-painter.h"
#include "trappa-needs-figures.h"

void
trappa_needs_chart_paint (cairo_t  *cr,
                          int       width,
                          int       height,
                          gpointer  chart)
{
  const TrappaNeedsChart *c = chart;

  if (c->is_gap)
    {
      g_autoptr(TrappaGapLayout) layout =
        trappa_gap_layout_new (c->plan, c->scenario, c->n_years > 0 ? c->years : NULL, c->n_years,
                               width, height, c->style);

      trappa_gap_painter_draw (cr, layout, -1);
    }
  else
    {
      g_autoptr(TrappaNeedLayout) layout = trappa_need_layout_new (c->plan, c->scenario, c->step_id,
                                                                   width, height, c->style);

      trappa_need_painter_draw (cr, layout);
    }
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
  TrappaNeedsChart chart = {
    .plan = plan,
    .is_gap = g_strcmp0 (name, TRAPPA_GAP_CHART_NAME) == 0,
    .scenario = scenario,
    .years = years,
    .n_years = n_years,
    .style = style,
  };

  g_return_val_if_fail (trappa_needs_chart_is_name (name), FALSE);
  return trappa_chart_write (path, format, width, height, trappa_needs_chart_paint, &chart, error);
}

gboolean
trappa_needs_chart_export_command (TrappaPlan  *plan,
                                   const char  *name,
                                   const char  *scenario,
                                   const char  *path,
                                   const char  *size,
                                   GError     **error)
{
  g_autoptr(TrappaNeedsFigures) figures = NULL;
  TrappaChartFormat format;
  int width, height;

  if (!trappa_needs_chart_is_name (name))
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("“%s” is not a needs chart: use gap or need"), name);
      return FALSE;
    }
  if (!trappa_chart_parse_output (path, size, &format, &width, &height, error))
    return FALSE;
  figures = trappa_needs_figures_get (plan, scenario, error);
  if (figures == NULL)
    return FALSE;
  /* A chart of today alone would look like a projection: say what is missing. */
  if (!trappa_needs_figures_has_series (figures))
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("The plan has no population projection, so the %s chart has nothing to project: "
                     "import SSB's table 14288 first (trappa --import-population)"), name);
      return FALSE;
    }
  return trappa_needs_chart_export (plan, name, scenario, NULL, 0, path, format, width, height,
                                    TRAPPA_CHART_STYLE_NORMAL, error);
}
