/* trappa-matrix-painter.c: draws a laid-out matrix chart
 *
 * The risk levels are green, yellow and red, as a municipality's ROS
 * matrix is, but never colour alone: every cell prints its risk number
 * and the legend names the ranges. The colours here are the risk
 * matrix's own; everything else comes from the chart palette.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-matrix-painter"

#include "trappa-matrix-painter.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

/* Low, medium, high, plain, shaded: light tones under dark text, dark
 * tones under light text. */
static const TrappaRgb light_cells[] = {
  RGB (0xb5e8c0), RGB (0xfaf0a0), RGB (0xf7a8a0), RGB (0xffffff), RGB (0xdbe8f8),
};
static const TrappaRgb dark_cells[] = {
  RGB (0x1d5a32), RGB (0x6a5a08), RGB (0x7a1f1a), RGB (0x2a2a2a), RGB (0x1d3a5c),
};

static const TrappaRgb *
cell_fill (TrappaChartStyle     style,
           TrappaMatrixCellKind kind)
{
  return style & TRAPPA_CHART_STYLE_DARK ? &dark_cells[kind] : &light_cells[kind];
}

static void
rect_path (cairo_t          *cr,
           const TrappaRect *r)
{
  cairo_rectangle (cr, r->x, r->y, r->width, r->height);
}

static void
draw_panel (cairo_t                  *cr,
            TrappaMatrixLayout       *layout,
            const TrappaMatrixPanel  *panel,
            const TrappaChartPalette *palette)
{
  for (int r = 0; r < TRAPPA_MATRIX_SIZE; r++)
    for (int c = 0; c < TRAPPA_MATRIX_SIZE; c++)
      {
        const TrappaMatrixCell *cell = &panel->cells[r][c];

        rect_path (cr, &cell->rect);
        trappa_chart_set_rgb (cr, cell_fill (layout->style, cell->kind));
        cairo_fill_preserve (cr);
        trappa_chart_set_rgb (cr, &palette->step_outline);
        cairo_set_line_width (cr, palette->line_width);
        cairo_stroke (cr);
      }
  /* The quadrants' border, when the grid has quadrants. */
  if (panel->quadrants[0] != NULL)
    {
      const TrappaRect *middle = &panel->cells[2][2].rect;

      trappa_chart_set_rgb (cr, &palette->text);
      cairo_set_line_width (cr, 2 * palette->line_width);
      cairo_move_to (cr, middle->x, panel->plot.y);
      cairo_line_to (cr, middle->x, panel->plot.y + panel->plot.height);
      cairo_move_to (cr, panel->plot.x, middle->y + middle->height);
      cairo_line_to (cr, panel->plot.x + panel->plot.width, middle->y + middle->height);
      cairo_stroke (cr);
    }
  rect_path (cr, &panel->plot);
  trappa_chart_set_rgb (cr, &palette->text);
  cairo_set_line_width (cr, 2 * palette->line_width);
  cairo_stroke (cr);
}

static void
draw_chip (cairo_t                  *cr,
           const TrappaMatrixChip   *chip,
           const TrappaChartPalette *palette,
           gboolean                  selected,
           gboolean                  focused)
{
  double radius = MIN (chip->box.height / 2, 6);
  const TrappaRect *b = &chip->box;

  cairo_new_sub_path (cr);
  cairo_arc (cr, b->x + b->width - radius, b->y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, b->x + b->width - radius, b->y + b->height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, b->x + radius, b->y + b->height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, b->x + radius, b->y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  trappa_chart_set_rgb (cr, &palette->background);
  cairo_fill_preserve (cr);
  trappa_chart_set_rgb (cr, selected ? &palette->accent : &palette->text);
  cairo_set_line_width (cr, (selected ? 3 : 1) * palette->line_width);
  cairo_stroke (cr);
  if (focused)
    {
      static const double dash[] = { 3, 2 };

      cairo_rectangle (cr, b->x - 3, b->y - 3, b->width + 6, b->height + 6);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      trappa_chart_set_rgb (cr, &palette->accent);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  cairo_save (cr);
  rect_path (cr, b);
  cairo_clip (cr);
  trappa_chart_text_draw (cr, chip->label, palette);
  cairo_restore (cr);
}

void
trappa_matrix_painter_draw (cairo_t            *cr,
                            TrappaMatrixLayout *layout,
                            int                 selected,
                            int                 focused)
{
  const TrappaChartPalette *palette = trappa_chart_palette_get (layout->style);
  const char *selected_id = NULL;

  cairo_save (cr);
  trappa_chart_set_rgb (cr, &palette->background);
  cairo_paint (cr);
  for (guint p = 0; p < layout->n_panels; p++)
    draw_panel (cr, layout, &layout->panels[p], palette);
  for (guint i = 0; i < layout->legend->len; i++)
    {
      const TrappaMatrixLegendItem *item = &g_array_index (layout->legend, TrappaMatrixLegendItem, i);

      rect_path (cr, &item->swatch);
      trappa_chart_set_rgb (cr, cell_fill (layout->style, item->kind));
      cairo_fill_preserve (cr);
      trappa_chart_set_rgb (cr, &palette->text);
      cairo_set_line_width (cr, palette->line_width);
      cairo_stroke (cr);
    }
  for (guint i = 0; i < layout->labels->len; i++)
    trappa_chart_text_draw (cr, layout->labels->pdata[i], palette);
  /* Chips last, the selected record's on top (in every panel), so a
   * dragged one is drawn over the cells it crosses. */
  if (selected >= 0 && (guint) selected < layout->chips->len)
    selected_id = ((TrappaMatrixChip *) layout->chips->pdata[selected])->id;
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < layout->chips->len; i++)
      {
        TrappaMatrixChip *chip = layout->chips->pdata[i];
        gboolean is_selected = g_strcmp0 (chip->id, selected_id) == 0;

        if (is_selected == (pass == 1))
          draw_chip (cr, chip, palette, is_selected, (int) i == focused);
      }
  cairo_restore (cr);
}
