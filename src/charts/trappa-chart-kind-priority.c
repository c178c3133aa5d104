/* trappa-chart-kind-priority.c: the priority grid as a row of the
 * chart-kind table, with what dragging a card and the arrow keys do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-chart-kind-priority"

#include <glib/gi18n-lib.h>

#include "trappa-chart-export.h"
#include "trappa-chart-kinds-builtin.h"
#include "trappa-priority-layout.h"
#include "trappa-priority-painter.h"

/* The request's options, or the defaults in @defaults. */
static const TrappaPriorityOptions *
options_of (const TrappaChartRequest *request,
            TrappaPriorityOptions    *defaults)
{
  if (request->options != NULL)
    return request->options;
  trappa_priority_options_init (defaults);
  return defaults;
}

static gpointer
priority_relayout (const TrappaChartKind    *kind,
                   const TrappaChartRequest *request,
                   int                       width,
                   int                       height,
                   gpointer                  previous)
{
  TrappaPriorityOptions defaults;
  TrappaPriorityOptions options = *options_of (request, &defaults);

  options.selected = request->selected;
  options.style = request->style;
  return trappa_priority_layout_new_from (request->plan, &options, width, height, previous);
}

static gpointer
priority_layout (const TrappaChartKind    *kind,
                 const TrappaChartRequest *request,
                 int                       width,
                 int                       height,
                 GError                  **error)
{
  return priority_relayout (kind, request, width, height, NULL);
}

static void
priority_paint (cairo_t  *cr,
                gpointer  layout,
                int       selected,
                int       focused)
{
  trappa_priority_painter_draw (cr, layout);
}

static int
priority_hit (gpointer layout,
              double   x,
              double   y)
{
  return trappa_priority_layout_hit (layout, x, y);
}

static const char *
priority_item_id (gpointer layout,
                  int      index)
{
  TrappaPriorityCard *card = trappa_chart_kind_nth (((TrappaPriorityLayout *) layout)->cards, index);

  return card != NULL ? card->id : NULL;
}

static char *
priority_describe (gpointer                  layout,
                   const TrappaChartRequest *request,
                   int                       index)
{
  return index < 0 ? trappa_priority_layout_describe_figures (layout)
                   : trappa_priority_layout_describe (layout, index);
}

static const char *
shown_group (const TrappaPriorityOptions *options)
{
  return options->group_id != NULL ? options->group_id : "";
}

/* Sets the two shown scores of @measure_id as one undoable edit. */
static void
set_scores (const TrappaChartRequest *request,
            const char               *measure_id,
            gint64                    x_score,
            gint64                    y_score)
{
  TrappaPriorityOptions defaults;
  const TrappaPriorityOptions *options = options_of (request, &defaults);
  TrappaItem *measure = trappa_plan_lookup (request->plan, measure_id);

  if (measure == NULL || !TRAPPA_IS_MEASURE (measure))
    return;
  trappa_plan_begin_edit (request->plan, _("Move Card"));
  trappa_measure_set_score (TRAPPA_MEASURE (measure), request->plan, shown_group (options),
                            trappa_priority_axis_name (options->x_axis), x_score, NULL);
  trappa_measure_set_score (TRAPPA_MEASURE (measure), request->plan, shown_group (options),
                            trappa_priority_axis_name (options->y_axis), y_score, NULL);
  trappa_plan_end_edit (request->plan);
}

/* The merged view only selects: it shows the groups' scores, it owns none. */
static gboolean
priority_drag (gpointer layout,
               int      index,
               double   dx,
               double   dy)
{
  TrappaPriorityLayout *grid = layout;
  TrappaPriorityCard *card = grid->cards->pdata[index];

  if (grid->options.merged)
    return FALSE;
  card->card.x += dx;
  card->card.y += dy;
  card->anchor_x += dx;
  card->anchor_y += dy;
  return TRUE;
}

static gboolean
priority_drop (gpointer                  layout,
               const TrappaChartRequest *request,
               int                       index)
{
  TrappaPriorityLayout *grid = layout;
  TrappaPriorityCard *card = grid->cards->pdata[index];
  /* A card in the tray is dropped where its middle is. */
  double x = card->placed ? card->anchor_x : card->card.x + card->card.width / 2;
  double y = card->placed ? card->anchor_y : card->card.y + card->card.height / 2;
  gint64 x_score, y_score;

  if (grid->options.merged)
    return FALSE;
  /* A card from the tray is placed only when dropped on the grid. */
  if (!card->placed &&
      !(x >= grid->plot.x && x <= grid->plot.x + grid->plot.width &&
        y >= grid->plot.y && y <= grid->plot.y + grid->plot.height))
    return FALSE;
  trappa_priority_layout_scores_at (grid, x, y, &x_score, &y_score);
  set_scores (request, card->id, x_score, y_score);
  return TRUE;
}

static void
priority_nudge (const TrappaChartRequest *request,
                const char               *id,
                int                       dx,
                int                       dy)
{
  TrappaPriorityOptions defaults;
  const TrappaPriorityOptions *options = options_of (request, &defaults);
  TrappaItem *measure = trappa_plan_lookup (request->plan, id);
  TrappaScoreSummary sx, sy;

  if (measure == NULL || !TRAPPA_IS_MEASURE (measure) || options->merged)
    return;
  trappa_priority_measure_summary (TRAPPA_MEASURE (measure), shown_group (options), options->x_axis, &sx);
  trappa_priority_measure_summary (TRAPPA_MEASURE (measure), shown_group (options), options->y_axis, &sy);
  set_scores (request, id,
              CLAMP ((gint64) sx.mean + dx, 0, TRAPPA_SCORE_MAX),
              CLAMP ((gint64) sy.mean + dy, 0, TRAPPA_SCORE_MAX));
}

/* The whole room's scores on @axes (NULL: the defaults); the circle shows
 * influence, unless it is on the grid already. */
static gpointer
priority_copy_options (gconstpointer options)
{
  TrappaPriorityOptions *copy = g_memdup2 (options, sizeof (TrappaPriorityOptions));

  copy->group_id = g_strdup (copy->group_id != NULL ? copy->group_id : "");
  copy->target_area = g_strdup (copy->target_area);
  copy->step = g_strdup (copy->step);
  copy->status = g_strdup (copy->status);
  /* The view's selection is the request's, never the options'. */
  copy->selected = NULL;
  return copy;
}

static void
priority_free_options (gpointer options)
{
  TrappaPriorityOptions *o = options;

  g_free ((char *) o->group_id);
  g_free ((char *) o->target_area);
  g_free ((char *) o->step);
  g_free ((char *) o->status);
  g_free (o);
}

static gpointer
priority_parse_axes (const char  *axes,
                     GError     **error)
{
  TrappaPriorityOptions options;

  trappa_priority_options_init (&options);
  if (axes != NULL && !trappa_priority_parse_axes (axes, &options.x_axis, &options.y_axis, error))
    return NULL;
  for (TrappaAxis a = TRAPPA_AXIS_INFLUENCE; ; a = (a + 1) % TRAPPA_N_AXES)
    if (a != options.x_axis && a != options.y_axis)
      {
        options.marker_axis = a;
        break;
      }
  return priority_copy_options (&options);
}

const TrappaChartKind trappa_chart_kind_priority = {
  .name = "priority",
  .title = N_("Priority grid"),
  .label = N_("Priority grid: arrow keys move the selected card, "
              "Page Up and Page Down select another"),
  .present_key = 'g',
  .default_width = TRAPPA_CHART_DEFAULT_WIDTH,
  .default_height = TRAPPA_CHART_DEFAULT_HEIGHT,
  .layout = priority_layout,
  .relayout = priority_relayout,
  .paint = priority_paint,
  .free = (GDestroyNotify) trappa_priority_layout_free,
  .hit = priority_hit,
  .item_id = priority_item_id,
  .describe = priority_describe,
  .drag = priority_drag,
  .drop = priority_drop,
  .nudge = priority_nudge,
  .copy_options = priority_copy_options,
  .free_options = priority_free_options,
  .parse_axes = priority_parse_axes,
};
