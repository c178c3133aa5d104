/* trappa-chart-kind-needs.c: the gap chart and the need line chart as
 * rows of the chart-kind table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-chart-kind-needs"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "trappa-chart-export.h"
#include "trappa-chart-kind-needs.h"
#include "trappa-chart-kinds-builtin.h"
#include "trappa-format.h"
#include "trappa-gap-layout.h"
#include "trappa-gap-painter.h"
#include "trappa-need-layout.h"
#include "trappa-need-painter.h"
#include "trappa-needs-figures.h"

static const TrappaNeedsChartOptions no_options;

static const TrappaNeedsChartOptions *
options_of (const TrappaChartRequest *request)
{
  return request->options != NULL ? request->options : &no_options;
}

/* The needs figures the chart is of: an unknown scenario, or a plan with
 * no population projection at all, has nothing to project (a chart of
 * today alone would look like a projection). */
static gboolean
check_figures (const TrappaChartKind    *kind,
               const TrappaChartRequest *request,
               GError                  **error)
{
  g_autoptr(TrappaNeedsFigures) figures = trappa_needs_figures_get (request->plan, options_of (request)->scenario,
                                                                    error);

  if (figures == NULL)
    return FALSE;
  if (!trappa_needs_figures_has_series (figures))
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("The plan has no population projection, so the %s chart has nothing to project: "
                     "import SSB's table 14288 first (trappa --import-population)"), kind->name);
      return FALSE;
    }
  return TRUE;
}

static gpointer
gap_layout (const TrappaChartKind    *kind,
            const TrappaChartRequest *request,
            int                       width,
            int                       height,
            GError                  **error)
{
  const TrappaNeedsChartOptions *options = options_of (request);

  if (!check_figures (kind, request, error))
    return NULL;
  return trappa_gap_layout_new (request->plan, options->scenario,
                                options->n_years > 0 ? options->years : NULL, options->n_years,
                                width, height, request->style);
}

static void
gap_paint (cairo_t  *cr,
           gpointer  layout,
           int       selected,
           int       focused)
{
  trappa_gap_painter_draw (cr, layout, focused >= 0 ? focused : selected);
}

static int
gap_hit (gpointer layout,
         double   x,
         double   y)
{
  return trappa_gap_layout_hit (layout, x, y);
}

static const char *
gap_item_id (gpointer layout,
             int      index)
{
  TrappaGapGroup *group = trappa_chart_kind_nth (((TrappaGapLayout *) layout)->groups, index);

  return group != NULL ? group->step_id : NULL;
}

/* A step's gap in the last year shown; the whole chart reads every step. */
static char *
gap_describe (gpointer                  layout,
              const TrappaChartRequest *request,
              int                       index)
{
  GPtrArray *groups = ((TrappaGapLayout *) layout)->groups;
  g_autoptr(GString) text = g_string_new (index < 0 ? _("Gap chart.") : NULL);

  for (guint i = MAX (index, 0); i < groups->len; i++)
    {
      TrappaGapGroup *group = groups->pdata[i];
      TrappaItem *step = trappa_plan_lookup (request->plan, group->step_id);
      const TrappaGapRow *row;
      g_autofree char *units = NULL;
      g_autofree char *need = NULL;
      g_autofree char *gap = NULL;
      g_autofree char *year = NULL;

      if (step == NULL || group->rows->len == 0)
        continue;
      row = &g_array_index (group->rows, TrappaGapRow, group->rows->len - 1);
      units = trappa_format_count (row->units_today);
      need = trappa_format_count (row->need_with);
      gap = trappa_format_count (row->gap);
      year = g_strdup_printf ("%" G_GINT64_FORMAT, row->year);
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append_printf (text, _("%s: %s units today, need %s in %s, gap %s."),
                              trappa_item_get_string (step, "name"), units, need, year, gap);
      if (index >= 0)
        break;
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gpointer
need_layout (const TrappaChartKind    *kind,
             const TrappaChartRequest *request,
             int                       width,
             int                       height,
             GError                  **error)
{
  if (!check_figures (kind, request, error))
    return NULL;
  return trappa_need_layout_new (request->plan, options_of (request)->scenario, options_of (request)->step_id,
                                 width, height, request->style);
}

static void
need_paint (cairo_t  *cr,
            gpointer  layout,
            int       selected,
            int       focused)
{
  trappa_need_painter_draw (cr, layout);
}

/* The lines' end labels say what each line is and where it ends. */
static char *
need_describe (gpointer                  layout,
               const TrappaChartRequest *request,
               int                       index)
{
  GPtrArray *lines = ((TrappaNeedLayout *) layout)->lines;
  g_autoptr(GString) text = g_string_new (_("Need per year."));

  for (guint i = 0; i < lines->len; i++)
    {
      TrappaNeedLine *line = lines->pdata[i];

      if (line->label != NULL)
        g_string_append_printf (text, " %s.", pango_layout_get_text (line->label->layout));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* One block: the struct, then the years. */
static gpointer
needs_copy_options (gconstpointer options)
{
  const TrappaNeedsChartOptions *o = options;
  guint n_years = o->years != NULL ? o->n_years : 0;
  TrappaNeedsChartOptions *copy = g_malloc0 (sizeof (TrappaNeedsChartOptions) + n_years * sizeof (gint64));
  gint64 *years = (gint64 *) (copy + 1);

  if (n_years > 0)
    memcpy (years, o->years, n_years * sizeof (gint64));
  copy->years = years;
  copy->n_years = n_years;
  copy->scenario = g_strdup (o->scenario);
  copy->step_id = g_strdup (o->step_id);
  return copy;
}

static void
needs_free_options (gpointer options)
{
  TrappaNeedsChartOptions *o = options;

  g_free ((char *) o->scenario);
  g_free ((char *) o->step_id);
  g_free (o);
}

/* `--scenario NAME`: checked against the plan when laid out. */
static gpointer
needs_parse_scenario (const char  *scenario,
                      GError     **error)
{
  TrappaNeedsChartOptions options = { .scenario = scenario };

  return needs_copy_options (&options);
}

const TrappaChartKind trappa_chart_kind_gap = {
  .name = "gap",
  .title = N_("Gap chart"),
  .label = N_("Gap chart"),
  .default_width = TRAPPA_CHART_DEFAULT_WIDTH,
  .default_height = TRAPPA_CHART_DEFAULT_HEIGHT,
  .layout = gap_layout,
  .paint = gap_paint,
  .free = (GDestroyNotify) trappa_gap_layout_free,
  .picture_key = (GBytes *(*) (gpointer)) trappa_gap_layout_picture_key,
  .hit = gap_hit,
  .item_id = gap_item_id,
  .describe = gap_describe,
  .copy_options = needs_copy_options,
  .free_options = needs_free_options,
  .parse_scenario = needs_parse_scenario,
};

const TrappaChartKind trappa_chart_kind_need = {
  .name = "need",
  .title = N_("Need per year"),
  .label = N_("Need per year"),
  .default_width = TRAPPA_CHART_DEFAULT_WIDTH,
  .default_height = TRAPPA_CHART_DEFAULT_HEIGHT,
  .layout = need_layout,
  .paint = need_paint,
  .free = (GDestroyNotify) trappa_need_layout_free,
  .describe = need_describe,
  .copy_options = needs_copy_options,
  .free_options = needs_free_options,
  .parse_scenario = needs_parse_scenario,
};
