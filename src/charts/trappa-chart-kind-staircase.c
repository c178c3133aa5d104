/* trappa-chart-kind-staircase.c: the housing and the activity staircase
 * as rows of the chart-kind table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-chart-kind-staircase"

#include <glib/gi18n-lib.h>

#include "trappa-chart-export.h"
#include "trappa-chart-kind-staircase.h"
#include "trappa-chart-kinds-builtin.h"
#include "trappa-staircase-layout.h"
#include "trappa-staircase-painter.h"

static gpointer
staircase_layout (const TrappaChartKind    *kind,
                  const TrappaChartRequest *request,
                  int                       width,
                  int                       height,
                  GError                  **error)
{
  TrappaStaircase *staircase = trappa_plan_get_staircase (request->plan, kind->data);
  const TrappaStaircaseChartOptions *options = request->options;
  TrappaStaircaseLayout *layout;

  if (staircase == NULL)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   g_strcmp0 (kind->data, TRAPPA_STAIRCASE_ACTIVITY) == 0
                   ? _("The plan has no activity and mastery staircase to draw")
                   : _("The plan has no housing staircase to draw"));
      return NULL;
    }
  layout = trappa_staircase_layout_new_at (request->plan, staircase, options != NULL ? options->scenario : NULL,
                                           options != NULL ? options->year : 0, width, height, request->style);
  if (options != NULL)
    trappa_staircase_layout_mark_target_group (layout, request->plan, options->target_group);
  return layout;
}

static void
staircase_paint (cairo_t  *cr,
                 gpointer  layout,
                 int       selected,
                 int       focused)
{
  trappa_staircase_painter_draw (cr, layout, selected, focused);
}

static int
staircase_hit (gpointer layout,
               double   x,
               double   y)
{
  return trappa_staircase_layout_hit (layout, x, y);
}

static const char *
staircase_item_id (gpointer layout,
                   int      index)
{
  TrappaStepLayout *step = trappa_chart_kind_nth (((TrappaStaircaseLayout *) layout)->steps, index);

  return step != NULL ? step->id : NULL;
}

/* A step's figures, the same text as its numbers; the whole chart reads
 * them out one step a line. */
static char *
staircase_describe (gpointer                  layout,
                    const TrappaChartRequest *request,
                    int                       index)
{
  const TrappaStaircaseChartOptions *options = request->options;
  g_autoptr(GString) text = g_string_new (NULL);
  const char *id;

  for (int i = MAX (index, 0); (id = staircase_item_id (layout, i)) != NULL; i++)
    {
      TrappaItem *step = trappa_plan_lookup (request->plan, id);
      g_autofree char *line = step != NULL
                              ? trappa_step_figures_describe (request->plan, step, options != NULL ? options->scenario : NULL,
                                                              options != NULL ? options->year : 0)
                              : NULL;

      if (line == NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
      if (index >= 0)
        break;
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gpointer
staircase_copy_options (gconstpointer options)
{
  const TrappaStaircaseChartOptions *o = options;
  TrappaStaircaseChartOptions *copy = g_new0 (TrappaStaircaseChartOptions, 1);

  copy->target_group = g_strdup (o->target_group);
  copy->scenario = g_strdup (o->scenario);
  copy->year = o->year;
  return copy;
}

static void
staircase_free_options (gpointer options)
{
  TrappaStaircaseChartOptions *o = options;

  g_free ((char *) o->target_group);
  g_free ((char *) o->scenario);
  g_free (o);
}

/* The two staircases differ only in which one they draw. */
#define STAIRCASE_KIND(kind_name, kind_title, staircase, key) \
  {                                                       \
    .name = kind_name,                                    \
    .title = kind_title,                                  \
    .label = kind_title,                                  \
    .data = staircase,                                    \
    .present_key = key,                                   \
    .default_width = TRAPPA_CHART_DEFAULT_WIDTH,          \
    .default_height = TRAPPA_CHART_DEFAULT_HEIGHT,        \
    .layout = staircase_layout,                           \
    .paint = staircase_paint,                             \
    .free = (GDestroyNotify) trappa_staircase_layout_free, \
    .hit = staircase_hit,                                 \
    .item_id = staircase_item_id,                         \
    .describe = staircase_describe,                       \
    .copy_options = staircase_copy_options,               \
    .free_options = staircase_free_options,               \
    .picture_key = (GBytes *(*) (gpointer)) trappa_staircase_layout_picture_key, \
  }

const TrappaChartKind trappa_chart_kind_housing =
  STAIRCASE_KIND ("bustadtrapp", N_("Housing staircase"), TRAPPA_STAIRCASE_HOUSING, 's');
const TrappaChartKind trappa_chart_kind_activity =
  STAIRCASE_KIND ("meistringstrapp", N_("Activity and mastery staircase"), TRAPPA_STAIRCASE_ACTIVITY, 'a');
