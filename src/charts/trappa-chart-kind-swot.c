/* trappa-chart-kind-swot.c: the SWOT analysis as a row of the chart-kind
 * table; a point dragged to another quadrant, or moved there with the
 * arrow keys, changes its quadrant as one undoable edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-chart-kind-swot"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "trappa-chart-export.h"
#include "trappa-chart-kinds-builtin.h"
#include "trappa-ros.h"
#include "trappa-swot-layout.h"
#include "trappa-swot-painter.h"

static gpointer
swot_layout (const TrappaChartKind    *kind,
             const TrappaChartRequest *request,
             int                       width,
             int                       height,
             GError                  **error)
{
  return trappa_swot_layout_new (request->plan, width, height, request->style);
}

static void
swot_paint (cairo_t  *cr,
            gpointer  layout,
            int       selected,
            int       focused)
{
  trappa_swot_painter_draw (cr, layout, selected, focused);
}

static int
swot_hit (gpointer layout,
          double   x,
          double   y)
{
  return trappa_swot_layout_hit (layout, x, y);
}

static const char *
swot_item_id (gpointer layout,
              int      index)
{
  TrappaSwotItem *item = trappa_chart_kind_nth (((TrappaSwotLayout *) layout)->items, index);

  return item != NULL ? item->id : NULL;
}

/* A point as its quadrant's heading and its text; the whole chart reads
 * quadrant by quadrant. */
static char *
swot_describe (gpointer                  layout,
               const TrappaChartRequest *request,
               int                       index)
{
  TrappaSwotLayout *swot = layout;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint q = 0; q < TRAPPA_SWOT_N_QUADRANTS; q++)
    for (guint i = 0; i < swot->items->len; i++)
      {
        TrappaSwotItem *item = swot->items->pdata[i];

        if (item->quadrant != q || (index >= 0 && (guint) index != i))
          continue;
        if (text->len > 0)
          g_string_append_c (text, '\n');
        g_string_append_printf (text, "%s: %s", pango_layout_get_text (swot->boxes[q].heading->layout),
                                pango_layout_get_text (item->label->layout) + strlen ("• "));
      }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
set_quadrant (const TrappaChartRequest *request,
              const char               *id,
              guint                     quadrant)
{
  TrappaItem *point = trappa_plan_lookup (request->plan, id);

  if (point != NULL)
    trappa_plan_set_string (request->plan, point, "quadrant", trappa_swot_quadrants ()[quadrant], NULL);
}

static gboolean
swot_drag (gpointer layout,
           int      index,
           double   dx,
           double   dy)
{
  TrappaSwotItem *item = ((TrappaSwotLayout *) layout)->items->pdata[index];

  item->rect.x += dx;
  item->rect.y += dy;
  item->label->box.x += dx;
  item->label->box.y += dy;
  return TRUE;
}

/* The point lands in the quadrant under its first line. */
static gboolean
swot_drop (gpointer                  layout,
           const TrappaChartRequest *request,
           int                       index)
{
  TrappaSwotItem *item = ((TrappaSwotLayout *) layout)->items->pdata[index];
  int quadrant = trappa_swot_layout_quadrant_at (layout, item->label->box.x, item->label->box.y + 2);

  if (quadrant < 0)
    return FALSE;
  set_quadrant (request, item->id, quadrant);
  return TRUE;
}

/* Left and right between helpful and harmful, up and down between inside
 * and outside. */
static void
swot_nudge (const TrappaChartRequest *request,
            const char               *id,
            int                       dx,
            int                       dy)
{
  const char * const *quadrants = trappa_swot_quadrants ();
  TrappaItem *point = trappa_plan_lookup (request->plan, id);
  guint q = 0;

  if (point == NULL)
    return;
  while (quadrants[q] != NULL && !g_str_equal (quadrants[q], trappa_item_get_string (point, "quadrant")))
    q++;
  q = quadrants[q] != NULL ? q : 0;
  if (dx != 0)
    q = (q & 2) | (dx > 0 ? 1 : 0);
  if (dy != 0)
    q = (q & 1) | (dy > 0 ? 0 : 2);
  set_quadrant (request, id, q);
}

const TrappaChartKind trappa_chart_kind_swot = {
  .name = "swot",
  .title = N_("SWOT"),
  .label = N_("SWOT: drag a point to another quadrant, or select it and use the arrow keys"),
  .default_width = TRAPPA_CHART_DEFAULT_WIDTH,
  .default_height = TRAPPA_CHART_DEFAULT_HEIGHT,
  .layout = swot_layout,
  .paint = swot_paint,
  .free = (GDestroyNotify) trappa_swot_layout_free,
  .hit = swot_hit,
  .item_id = swot_item_id,
  .describe = swot_describe,
  .drag = swot_drag,
  .drop = swot_drop,
  .nudge = swot_nudge,
};
