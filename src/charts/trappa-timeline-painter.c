/* trappa-timeline-painter.c: paints a milestone timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-timeline"

#include "trappa-chart-text.h"
#include "trappa-timeline-painter.h"

static void
diamond (cairo_t *cr,
         double   x,
         double   y,
         double   r)
{
  cairo_move_to (cr, x, y - r);
  cairo_line_to (cr, x + r, y);
  cairo_line_to (cr, x, y + r);
  cairo_line_to (cr, x - r, y);
  cairo_close_path (cr);
}

void
trappa_timeline_painter_draw (cairo_t                    *cr,
                              const TrappaTimelineLayout *layout)
{
  const TrappaChartPalette *palette = trappa_chart_palette_get (layout->style);
  const TrappaRect *plot = &layout->plot;
  const double dashes[] = { 4, 3 };

  cairo_save (cr);
  trappa_chart_set_rgb (cr, &palette->background);
  cairo_paint (cr);
  if (layout->marks->len == 0)
    {
      cairo_restore (cr);
      return;
    }

  /* Grid: a faint line per tick, the axis under the plot. */
  cairo_set_line_width (cr, palette->line_width * 0.5);
  trappa_chart_set_rgb (cr, &palette->bar_track);
  for (guint i = 0; i < layout->ticks->len; i++)
    {
      const TrappaTimelineTick *tick = &g_array_index (layout->ticks, TrappaTimelineTick, i);

      cairo_move_to (cr, tick->x, plot->y);
      cairo_line_to (cr, tick->x, plot->y + plot->height);
    }
  cairo_stroke (cr);
  trappa_chart_set_rgb (cr, &palette->text);
  cairo_set_line_width (cr, palette->line_width);
  cairo_move_to (cr, plot->x, plot->y + plot->height);
  cairo_line_to (cr, plot->x + plot->width, plot->y + plot->height);
  cairo_stroke (cr);

  if (layout->today_x >= 0)
    {
      cairo_save (cr);
      trappa_chart_set_rgb (cr, &palette->accent);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_move_to (cr, layout->today_x, plot->y);
      cairo_line_to (cr, layout->today_x, plot->y + plot->height);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  for (guint i = 0; i < layout->marks->len; i++)
    {
      const TrappaTimelineMark *mark = &g_array_index (layout->marks, TrappaTimelineMark, i);

      /* A thin guide from the title to the marker. */
      trappa_chart_set_rgb (cr, &palette->bar_track);
      cairo_set_line_width (cr, palette->line_width * 0.5);
      cairo_move_to (cr, plot->x, mark->y);
      cairo_line_to (cr, mark->x - layout->marker, mark->y);
      cairo_stroke (cr);

      diamond (cr, mark->x, mark->y, layout->marker);
      if (mark->done)
        {
          trappa_chart_set_rgb (cr, &palette->parts[0]);
          cairo_fill_preserve (cr);
          trappa_chart_set_rgb (cr, &palette->text);
          cairo_set_line_width (cr, palette->line_width);
        }
      else
        {
          trappa_chart_set_rgb (cr, &palette->background);
          cairo_fill_preserve (cr);
          trappa_chart_set_rgb (cr, mark->overdue ? &palette->accent : &palette->text);
          cairo_set_line_width (cr, palette->line_width * (mark->overdue ? 2.5 : 1.5));
        }
      cairo_stroke (cr);
    }

  for (guint i = 0; i < layout->labels->len; i++)
    trappa_chart_text_draw (cr, g_ptr_array_index (layout->labels, i), palette);
  cairo_restore (cr);
}
