/* trappa-swot-painter.c: draws a laid-out SWOT chart
 *
 * Each quadrant is tinted with its own palette colour under a bold
 * heading; the headings, not the tints, say which is which.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-swot-painter"

#include "trappa-swot-painter.h"

static void
outline_item (cairo_t                  *cr,
              const TrappaSwotItem     *item,
              const TrappaRgb          *ink,
              double                    width,
              gboolean                  dashed)
{
  static const double dash[] = { 3, 2 };

  cairo_rectangle (cr, item->rect.x, item->rect.y, item->rect.width, item->rect.height);
  cairo_set_dash (cr, dash, dashed ? G_N_ELEMENTS (dash) : 0, 0);
  trappa_chart_set_rgb (cr, ink);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

void
trappa_swot_painter_draw (cairo_t          *cr,
                          TrappaSwotLayout *layout,
                          int               selected,
                          int               focused)
{
  const TrappaChartPalette *palette = trappa_chart_palette_get (layout->style);

  cairo_save (cr);
  trappa_chart_set_rgb (cr, &palette->background);
  cairo_paint (cr);
  for (guint q = 0; q < TRAPPA_SWOT_N_QUADRANTS; q++)
    {
      const TrappaRect *b = &layout->boxes[q].box;
      const TrappaRgb *tint = &palette->parts[q % TRAPPA_CHART_N_PART_COLOURS];

      cairo_rectangle (cr, b->x, b->y, b->width, b->height);
      cairo_set_source_rgba (cr, tint->red, tint->green, tint->blue, 0.14);
      cairo_fill_preserve (cr);
      trappa_chart_set_rgb (cr, tint);
      cairo_set_line_width (cr, 2 * palette->line_width);
      cairo_stroke (cr);
    }
  if (selected >= 0 && (guint) selected < layout->items->len)
    {
      const TrappaSwotItem *item = layout->items->pdata[selected];

      cairo_rectangle (cr, item->rect.x, item->rect.y, item->rect.width, item->rect.height);
      trappa_chart_set_rgb (cr, &palette->background);
      cairo_fill (cr);
      outline_item (cr, item, &palette->accent, 2 * palette->line_width, FALSE);
    }
  if (focused >= 0 && (guint) focused < layout->items->len)
    outline_item (cr, layout->items->pdata[focused], &palette->accent, 1.5, TRUE);
  for (guint i = 0; i < layout->labels->len; i++)
    trappa_chart_text_draw (cr, layout->labels->pdata[i], palette);
  cairo_restore (cr);
}
