/* trappa-chart-picture.c: the picture a chart view painted last, kept
 * while edits leave the chart as it was
 *
 * A chart view lays its chart out again after every edit of the plan, and
 * most edits (a card moved on the priority grid, a SWOT point) leave a
 * staircase or the gap chart as it was: painting it again took more than
 * the whole frame's budget with 1,000 measures. The kind's picture key
 * (trappa-chart-kind.h) says whether anything painted changed; if not,
 * the kept render node is appended again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-chart-picture"

#include "trappa-chart-picture.h"

struct _TrappaChartPicture
{
  GskRenderNode *node;      /* NULL: nothing kept */
  GBytes        *key;       /* the kind's picture key of what @node shows */
  int            selected, focused;
};

TrappaChartPicture *
trappa_chart_picture_new (void)
{
  return g_new0 (TrappaChartPicture, 1);
}

void
trappa_chart_picture_free (TrappaChartPicture *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->node, gsk_render_node_unref);
  g_clear_pointer (&self->key, g_bytes_unref);
  g_free (self);
}

void
trappa_chart_picture_snapshot (TrappaChartPicture    *self,
                               GtkSnapshot           *snapshot,
                               const TrappaChartKind *kind,
                               gpointer               layout,
                               int                    width,
                               int                    height,
                               int                    selected,
                               int                    focused)
{
  g_autoptr(GBytes) key = kind->picture_key != NULL ? kind->picture_key (layout) : NULL;
  cairo_t *cr;

  if (self->node == NULL || key == NULL || self->key == NULL || !g_bytes_equal (key, self->key) ||
      selected != self->selected || focused != self->focused)
    {
      g_clear_pointer (&self->node, gsk_render_node_unref);
      self->node = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, width, height));
      cr = gsk_cairo_node_get_draw_context (self->node);
      kind->paint (cr, layout, selected, focused);
      cairo_destroy (cr);
      g_clear_pointer (&self->key, g_bytes_unref);
      self->key = g_steal_pointer (&key);
      self->selected = selected;
      self->focused = focused;
    }
  gtk_snapshot_append_node (snapshot, self->node);
}
