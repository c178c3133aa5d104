/* trappa-need-painter.c: draws a need layout on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-need-painter"

#include "trappa-need-painter.h"
#include "trappa-chart-text.h"

static void
draw_grid (cairo_t                  *cr,
           TrappaNeedLayout         *layout,
           const TrappaChartPalette *palette)
{
  const TrappaRect *plot = &layout->plot;

  trappa_chart_set_rgb (cr, &palette->bar_track);
  cairo_set_line_width (cr, 1.0);
  for (guint i = 0; i < layout->y_ticks->len; i++)
    {
      double y = g_array_index (layout->y_ticks, TrappaNeedTick, i).pos;

      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
    }
  cairo_stroke (cr);
  trappa_chart_set_rgb (cr, &palette->step_outline);
  cairo_set_line_width (cr, palette->line_width);
  cairo_move_to (cr, plot->x, plot->y);
  cairo_line_to (cr, plot->x, plot->y + plot->height);
  cairo_line_to (cr, plot->x + plot->width, plot->y + plot->height);
  cairo_stroke (cr);
  for (guint i = 0; i < layout->x_ticks->len; i++)
    {
      double x = g_array_index (layout->x_ticks, TrappaNeedTick, i).pos;

      cairo_move_to (cr, x, plot->y + plot->height);
      cairo_line_to (cr, x, plot->y + plot->height + 4);
    }
  cairo_stroke (cr);
}

static void
draw_line (cairo_t                  *cr,
           const TrappaNeedLine     *line,
           const TrappaChartPalette *palette)
{
  static const double dash[] = { 8.0, 5.0 };

  if (line->points->len == 0)
    return;
  cairo_save (cr);
  for (guint i = 0; i < line->points->len; i++)
    {
      const TrappaPoint *p = &g_array_index (line->points, TrappaPoint, i);

      if (i == 0)
        cairo_move_to (cr, p->x, p->y);
      else if (line->kind == TRAPPA_NEED_LINE_SUPPLY)
        {
          /* Supply changes in whole steps when a measure lands. */
          double y;

          cairo_get_current_point (cr, NULL, &y);
          cairo_line_to (cr, p->x, y);
          cairo_line_to (cr, p->x, p->y);
        }
      else
        cairo_line_to (cr, p->x, p->y);
    }
  if (line->kind == TRAPPA_NEED_LINE_SUPPLY)
    {
      trappa_chart_set_rgb (cr, &palette->need_marker);
      cairo_set_line_width (cr, 3.0 * palette->line_width);
    }
  else
    {
      trappa_chart_set_rgb (cr, &palette->parts[line->colour]);
      cairo_set_line_width (cr, 2.0 * palette->line_width);
      if (line->kind == TRAPPA_NEED_LINE_WITHOUT)
        cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  /* A thin leader from the line's end to its label when they sit apart. */
  {
    const TrappaPoint *end = &g_array_index (line->points, TrappaPoint, line->points->len - 1);
    double label_y = line->label->box.y + line->label->box.height / 2;

    trappa_chart_set_rgb (cr, &palette->step_outline);
    cairo_set_line_width (cr, 1.0);
    cairo_move_to (cr, end->x + 2, end->y);
    cairo_line_to (cr, line->label->box.x - 2, label_y);
    cairo_stroke (cr);
  }
}

void
trappa_need_painter_draw (cairo_t          *cr,
                          TrappaNeedLayout *layout)
{
  const TrappaChartPalette *palette = trappa_chart_palette_get (layout->style);

  cairo_save (cr);
  trappa_chart_set_rgb (cr, &palette->background);
  cairo_paint (cr);
  if (layout->message == NULL)
    {
      draw_grid (cr, layout, palette);
      for (guint i = 0; i < layout->lines->len; i++)
        draw_line (cr, layout->lines->pdata[i], palette);
    }
  for (guint i = 0; i < layout->labels->len; i++)
    trappa_chart_text_draw (cr, layout->labels->pdata[i], palette);
  cairo_restore (cr);
}
