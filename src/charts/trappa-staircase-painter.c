/* trappa-staircase-painter.c: draws a staircase layout on any cairo_t
 *
 * Only draws what the layout computed: no measuring, no arithmetic, so the
 * widget and every export show the same picture.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-staircase-painter"


#include "trappa-chart-text.h"
#include "trappa-staircase-painter.h"

static void
rect_path (cairo_t          *cr,
           const TrappaRect *r)
{
  cairo_rectangle (cr, r->x, r->y, r->width, r->height);
}

static void
fill_and_outline (cairo_t          *cr,
                  const TrappaRect *r,
                  const TrappaRgb  *fill,
                  const TrappaRgb  *outline,
                  double            line_width)
{
  rect_path (cr, r);
  trappa_chart_set_rgb (cr, fill);
  cairo_fill_preserve (cr);
  trappa_chart_set_rgb (cr, outline);
  cairo_set_line_width (cr, line_width);
  cairo_stroke (cr);
}

/* Uncovered need: light fill, diagonal hatching and a solid outline, so it
 * reads without colour (projector, colour-blind viewers, greyscale print). */
static void
draw_uncovered (cairo_t                  *cr,
                const TrappaRect         *r,
                const TrappaChartPalette *palette)
{
  trappa_chart_fill_hatched (cr, r, &palette->uncovered_fill, &palette->uncovered_ink,
                             palette->hatch_width, FALSE);
}

static void
draw_step (cairo_t                  *cr,
           TrappaStepLayout         *sl,
           const TrappaChartPalette *palette,
           gboolean                  selected,
           gboolean                  focused)
{
  double reach = sl->track.height * 0.25;

  fill_and_outline (cr, &sl->rect, &palette->step_fill, &palette->step_outline, palette->line_width);
  if (selected || sl->highlighted)
    {
      /* Selection: tint and a thick outline; a target-group mark: a
       * stripe at the step's left edge, so both show at once. */
      trappa_chart_set_rgb (cr, &palette->accent);
      if (sl->highlighted)
        {
          cairo_rectangle (cr, sl->rect.x, sl->rect.y, 6.0, sl->rect.height);
          cairo_fill (cr);
        }
      if (selected)
        {
          rect_path (cr, &sl->rect);
          cairo_set_line_width (cr, 3.0 * palette->line_width);
          cairo_stroke_preserve (cr);
          cairo_set_source_rgba (cr, palette->accent.red, palette->accent.green,
                                 palette->accent.blue, 0.15);
          cairo_fill (cr);
        }
    }
  if (focused)
    {
      static const double dash[] = { 4.0, 3.0 };

      cairo_save (cr);
      trappa_chart_set_rgb (cr, &palette->text);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_set_line_width (cr, 2.0);
      cairo_rectangle (cr, sl->rect.x + 4, sl->rect.y + 4, sl->rect.width - 8, sl->rect.height - 8);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  fill_and_outline (cr, &sl->track, &palette->bar_track, &palette->step_outline, 1.0);
  for (guint i = 0; i < sl->parts->len; i++)
    {
      TrappaBarPart *part = &g_array_index (sl->parts, TrappaBarPart, i);

      rect_path (cr, &part->rect);
      trappa_chart_set_rgb (cr, &palette->parts[part->colour]);
      cairo_fill (cr);
      if (i > 0)
        {
          /* A gap between categories keeps them apart without colour. */
          trappa_chart_set_rgb (cr, &palette->background);
          cairo_set_line_width (cr, 2.0);
          cairo_move_to (cr, part->rect.x, part->rect.y);
          cairo_line_to (cr, part->rect.x, part->rect.y + part->rect.height);
          cairo_stroke (cr);
        }
    }
  draw_uncovered (cr, &sl->uncovered, palette);
  if (sl->need_x >= 0)
    trappa_chart_draw_need_marker (cr, sl->need_x, sl->track.y - reach,
                                   sl->track.y + sl->track.height + reach, palette, FALSE);
}

/* The staircase's profile in one thick line: up each step's left edge
 * and along its tread to the next, so the figure reads as stairs. */
static void
draw_silhouette (cairo_t                  *cr,
                 TrappaStaircaseLayout    *layout,
                 const TrappaChartPalette *palette)
{
  TrappaStepLayout *first, *last;

  if (layout->steps->len == 0)
    return;
  first = g_ptr_array_index (layout->steps, 0);
  last = g_ptr_array_index (layout->steps, layout->steps->len - 1);
  cairo_save (cr);
  cairo_move_to (cr, first->rect.x, first->rect.y + first->rect.height);
  for (guint i = 0; i < layout->steps->len; i++)
    {
      TrappaStepLayout *sl = g_ptr_array_index (layout->steps, i);

      cairo_line_to (cr, sl->rect.x, sl->rect.y + sl->rect.height);
      cairo_line_to (cr, sl->rect.x, sl->rect.y);
    }
  cairo_line_to (cr, last->rect.x + last->rect.width, last->rect.y);
  trappa_chart_set_rgb (cr, &palette->text);
  cairo_set_line_width (cr, 2.5 * palette->line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_legend (cairo_t                  *cr,
             TrappaStaircaseLayout    *layout,
             const TrappaChartPalette *palette)
{
  for (guint i = 0; i < layout->legend->len; i++)
    {
      TrappaLegendItem *item = &g_array_index (layout->legend, TrappaLegendItem, i);
      TrappaRect *r = &item->swatch;

      switch (item->kind)
        {
        case TRAPPA_LEGEND_PART:
          rect_path (cr, r);
          trappa_chart_set_rgb (cr, &palette->parts[item->colour]);
          cairo_fill (cr);
          break;
        case TRAPPA_LEGEND_UNCOVERED:
          draw_uncovered (cr, r, palette);
          break;
        case TRAPPA_LEGEND_NEED:
          trappa_chart_draw_need_marker (cr, r->x + r->width / 2, r->y, r->y + r->height, palette, FALSE);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static void
draw_label (cairo_t                  *cr,
            TrappaChartLabel         *label,
            const TrappaChartPalette *palette)
{
  cairo_save (cr);
  /* A label never paints outside its box, whatever the surface's fonts. */
  cairo_rectangle (cr, label->box.x - 1, label->box.y - 1, label->box.width + 2, label->box.height + 2);
  cairo_clip (cr);
  trappa_chart_text_draw (cr, label, palette);
  cairo_restore (cr);
}

void
trappa_staircase_painter_draw (cairo_t               *cr,
                               TrappaStaircaseLayout *layout,
                               int                    selected,
                               int                    focused)
{
  const TrappaChartPalette *palette = trappa_chart_palette_get (layout->style);

  cairo_save (cr);
  trappa_chart_set_rgb (cr, &palette->background);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_fill (cr);

  for (guint i = 0; i < layout->steps->len; i++)
    draw_step (cr, g_ptr_array_index (layout->steps, i), palette,
               (int) i == selected, (int) i == focused);
  draw_silhouette (cr, layout, palette);
  for (guint i = 0; i < layout->side_boxes->len; i++)
    fill_and_outline (cr, &g_array_index (layout->side_boxes, TrappaRect, i),
                      &palette->step_fill, &palette->step_outline, palette->line_width);
  draw_legend (cr, layout, palette);
  for (guint i = 0; i < layout->labels->len; i++)
    draw_label (cr, g_ptr_array_index (layout->labels, i), palette);
  cairo_restore (cr);
}
