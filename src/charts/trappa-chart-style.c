/* trappa-chart-style.c: colours and strokes of the charts
 *
 * Supply and uncovered need differ in colour (blue against orange, a pair
 * that colour-blind viewers tell apart) but never only in colour: uncovered
 * need is hatched and outlined, and every bar carries its numbers. The high
 * contrast palettes drop tints for black and white with thicker strokes so
 * the chart survives a washed-out projector; the priority grid's quadrants
 * keep their tints there too (the favoured one green), under patterns that
 * carry them: the favoured quadrant hatched, the one to do last dotted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-chart-style"

#include <math.h>

#include "trappa-chart-style.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

/* Index: the TrappaChartStyle flags (dark | high contrast). */
static const TrappaChartPalette palettes[4] = {
  [TRAPPA_CHART_STYLE_NORMAL] = {
    .background = RGB (0xffffff),
    .text = RGB (0x241f31),
    .text_on_part = RGB (0xffffff),
    .step_fill = RGB (0xf1eee9),
    .step_outline = RGB (0x9a9996),
    .bar_track = RGB (0xdeddda),
    .parts = { RGB (0x1a5fb4), RGB (0x613583), RGB (0x26a269), RGB (0x865e3c) },
    .uncovered_fill = RGB (0xffe6cc),
    .uncovered_ink = RGB (0xc64600),
    .need_marker = RGB (0x241f31),
    .accent = RGB (0x3584e4),
    .favoured_fill = RGB (0xdcefe2),
    .favoured_ink = RGB (0x26a269),
    .quadrant_fill = RGB (0xf1eee9),
    .line_width = 1.5,
    .hatch_width = 2.0,
    .bold_labels = FALSE,
  },
  [TRAPPA_CHART_STYLE_DARK] = {
    .background = RGB (0x1e1e1e),
    .text = RGB (0xffffff),
    .text_on_part = RGB (0x000000),
    .step_fill = RGB (0x303030),
    .step_outline = RGB (0x77767b),
    .bar_track = RGB (0x48484c),
    .parts = { RGB (0x99c1f1), RGB (0xdc8add), RGB (0x8ff0a4), RGB (0xcdab8f) },
    .uncovered_fill = RGB (0x4a2a10),
    .uncovered_ink = RGB (0xffa348),
    .need_marker = RGB (0xffffff),
    .accent = RGB (0x78aeed),
    .favoured_fill = RGB (0x1f3a2a),
    .favoured_ink = RGB (0x57e389),
    .quadrant_fill = RGB (0x303030),
    .line_width = 1.5,
    .hatch_width = 2.0,
    .bold_labels = FALSE,
  },
  [TRAPPA_CHART_STYLE_HIGH_CONTRAST] = {
    .background = RGB (0xffffff),
    .text = RGB (0x000000),
    .text_on_part = RGB (0xffffff),
    .step_fill = RGB (0xffffff),
    .step_outline = RGB (0x000000),
    .bar_track = RGB (0xffffff),
    .parts = { RGB (0x000000), RGB (0x4d4d4d), RGB (0x1a1a1a), RGB (0x666666) },
    .uncovered_fill = RGB (0xffffff),
    .uncovered_ink = RGB (0x000000),
    .need_marker = RGB (0x000000),
    .accent = RGB (0x0044aa),
    .favoured_fill = RGB (0xc9f0d6),
    .favoured_ink = RGB (0x0b6b35),
    .quadrant_fill = RGB (0xe6e6e6),
    .line_width = 3.0,
    .hatch_width = 3.0,
    .bold_labels = TRUE,
  },
  [TRAPPA_CHART_STYLE_DARK | TRAPPA_CHART_STYLE_HIGH_CONTRAST] = {
    .background = RGB (0x000000),
    .text = RGB (0xffffff),
    .text_on_part = RGB (0x000000),
    .step_fill = RGB (0x000000),
    .step_outline = RGB (0xffffff),
    .bar_track = RGB (0x000000),
    .parts = { RGB (0xffffff), RGB (0xb3b3b3), RGB (0xe6e6e6), RGB (0x999999) },
    .uncovered_fill = RGB (0x000000),
    .uncovered_ink = RGB (0xffffff),
    .need_marker = RGB (0xffffff),
    .accent = RGB (0x99c1f1),
    .favoured_fill = RGB (0x0f3d22),
    .favoured_ink = RGB (0x8ff0a4),
    .quadrant_fill = RGB (0x2e2e2e),
    .line_width = 3.0,
    .hatch_width = 3.0,
    .bold_labels = TRUE,
  },
};

double
trappa_chart_style_smallest_px (TrappaChartStyle style,
                                double           otherwise)
{
  return style & TRAPPA_CHART_STYLE_PRESENTING ? MAX (otherwise, TRAPPA_CHART_PRESENTATION_PX) : otherwise;
}

double
trappa_chart_style_title_px (TrappaChartStyle style,
                             double           px)
{
  return style & TRAPPA_CHART_STYLE_PRESENTING ? 1.25 * px : px;
}

const TrappaChartPalette *
trappa_chart_palette_get (TrappaChartStyle style)
{
  return &palettes[style & (TRAPPA_CHART_STYLE_DARK | TRAPPA_CHART_STYLE_HIGH_CONTRAST)];
}

gboolean
trappa_chart_style_fit_px (double              preferred,
                           double              smallest,
                           TrappaChartFitsFunc fits,
                           gpointer            data,
                           double             *px)
{
  /* Sizes preferred − k/2 for k = 0 … n; the first that fits is sought
   * between a k that does not (lo) and one that does or n + 1 (hi). */
  guint n = preferred > smallest ? (guint) floor ((preferred - smallest) * 2) : 0;
  guint lo = 0, hi = n + 1;

  *px = preferred;
  if (fits (preferred, data))
    return TRUE;
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (fits (preferred - mid * 0.5, data))
        hi = mid;
      else
        lo = mid;
    }
  *px = preferred - MIN (hi, n) * 0.5;
  return hi <= n;
}
