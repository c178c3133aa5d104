/* trappa-gap-painter.c: draws a gap layout on any cairo_t
 *
 * Only draws what the layout computed, so every surface shows the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-gap-painter"

#include "trappa-gap-painter.h"
#include "trappa-chart-text.h"

static void
draw_today (cairo_t                  *cr,
            const TrappaRect         *r,
            const TrappaChartPalette *palette)
{
  if (r->width <= 0)
    return;
  cairo_rectangle (cr, r->x, r->y, r->width, r->height);
  trappa_chart_set_rgb (cr, &palette->parts[0]);
  cairo_fill (cr);
}

static void
draw_swatch (cairo_t                   *cr,
             const TrappaGapLegendItem *item,
             const TrappaChartPalette  *palette)
{
  const TrappaRect *r = &item->swatch;

  switch (item->kind)
    {
    case TRAPPA_GAP_LEGEND_TODAY:
      draw_today (cr, r, palette);
      break;
    case TRAPPA_GAP_LEGEND_ADDED:
      trappa_chart_fill_hatched (cr, r, &palette->background, &palette->parts[2],
                                 palette->hatch_width, TRUE);
      break;
    case TRAPPA_GAP_LEGEND_REMAINING:
      trappa_chart_fill_hatched (cr, r, &palette->uncovered_fill, &palette->uncovered_ink,
                                 palette->hatch_width, FALSE);
      break;
    case TRAPPA_GAP_LEGEND_NEED:
      trappa_chart_draw_need_marker (cr, r->x + r->width / 2, r->y - 2, r->y + r->height + 2, palette, TRUE);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
draw_row (cairo_t                  *cr,
          const TrappaGapRow       *row,
          const TrappaChartPalette *palette)
{
  double reach = row->today.height * 0.25;

  draw_today (cr, &row->today, palette);
  trappa_chart_fill_hatched (cr, &row->added, &palette->background, &palette->parts[2],
                             palette->hatch_width, TRUE);
  trappa_chart_fill_hatched (cr, &row->remaining, &palette->uncovered_fill, &palette->uncovered_ink,
                             palette->hatch_width, FALSE);
  if (row->need_x >= 0)
    trappa_chart_draw_need_marker (cr, row->need_x, row->today.y - reach,
                                   row->today.y + row->today.height + reach, palette, TRUE);
}

void
trappa_gap_painter_draw (cairo_t         *cr,
                         TrappaGapLayout *layout,
                         int              selected)
{
  const TrappaChartPalette *palette = trappa_chart_palette_get (layout->style);

  cairo_save (cr);
  trappa_chart_set_rgb (cr, &palette->background);
  cairo_paint (cr);

  for (guint i = 0; i < layout->groups->len; i++)
    {
      TrappaGapGroup *group = layout->groups->pdata[i];

      if ((int) i == selected)
        {
          cairo_rectangle (cr, group->rect.x - 4, group->rect.y - 2,
                           group->rect.width + 8, group->rect.height + 4);
          cairo_set_source_rgba (cr, palette->accent.red, palette->accent.green,
                                 palette->accent.blue, 0.15);
          cairo_fill_preserve (cr);
          trappa_chart_set_rgb (cr, &palette->accent);
          cairo_set_line_width (cr, 2.0 * palette->line_width);
          cairo_stroke (cr);
        }
      /* The zero line of the group's bars. */
      trappa_chart_set_rgb (cr, &palette->step_outline);
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, group->zero_x - 0.5, group->name->box.y + group->name->box.height);
      cairo_line_to (cr, group->zero_x - 0.5, group->rect.y + group->rect.height);
      cairo_stroke (cr);
      for (guint r = 0; r < group->rows->len; r++)
        draw_row (cr, &g_array_index (group->rows, TrappaGapRow, r), palette);
    }
  for (guint i = 0; i < layout->legend->len; i++)
    draw_swatch (cr, &g_array_index (layout->legend, TrappaGapLegendItem, i), palette);
  for (guint i = 0; i < layout->labels->len; i++)
    trappa_chart_text_draw (cr, layout->labels->pdata[i], palette);
  cairo_restore (cr);
}
