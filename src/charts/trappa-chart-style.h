/* trappa-chart-style.h: colours and strokes of the charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How a chart is drawn: flags, so dark and high contrast combine.
 * PRESENTING keeps every text at TRAPPA_CHART_PRESENTATION_PX or more;
 * CAPTION adds a line naming the municipality, the date and the source,
 * for a figure that goes into the plan; FILE (every export) leaves out
 * what only helps while editing. */
typedef enum
{
  TRAPPA_CHART_STYLE_NORMAL        = 0,
  TRAPPA_CHART_STYLE_DARK          = 1 << 0,
  TRAPPA_CHART_STYLE_HIGH_CONTRAST = 1 << 1,
  TRAPPA_CHART_STYLE_PRESENTING    = 1 << 2,
  TRAPPA_CHART_STYLE_CAPTION       = 1 << 3,
  TRAPPA_CHART_STYLE_FILE          = 1 << 4,
} TrappaChartStyle;

/* Export sizes by name: a figure across an A4 page (210 × 148 mm, in the
 * points a PDF page is measured in) and a 16:9 slide. */
/* The smallest text on a projector at 1024 × 768 that the back row of a
 * meeting room reads; presenting asks every chart for at least this. */
#define TRAPPA_CHART_PRESENTATION_PX 24.0

#define TRAPPA_CHART_A4_WIDTH     595
#define TRAPPA_CHART_A4_HEIGHT    420
#define TRAPPA_CHART_SLIDE_WIDTH  1920
#define TRAPPA_CHART_SLIDE_HEIGHT 1080

typedef struct
{
  double red, green, blue;
} TrappaRgb;

#define TRAPPA_CHART_N_PART_COLOURS 4

typedef struct
{
  TrappaRgb background;
  TrappaRgb text;           /* labels on the background and on steps */
  TrappaRgb text_on_part;   /* numbers inside a filled bar part */
  TrappaRgb step_fill;      /* the step block */
  TrappaRgb step_outline;
  TrappaRgb bar_track;      /* the empty bar behind supply */
  TrappaRgb parts[TRAPPA_CHART_N_PART_COLOURS]; /* supply, or one per category */
  TrappaRgb uncovered_fill;
  TrappaRgb uncovered_ink;  /* hatching and outline of uncovered need */
  TrappaRgb need_marker;
  TrappaRgb accent;         /* selection and target-group highlight */
  TrappaRgb favoured_fill;  /* the priority grid's do-first quadrant, */
  TrappaRgb favoured_ink;   /* tinted and hatched so it is not colour alone */
  TrappaRgb quadrant_fill;  /* its other quadrants (the do-last one dotted) */
  double    line_width;     /* outlines; thicker in high contrast */
  double    hatch_width;
  gboolean  bold_labels;
} TrappaChartPalette;

const TrappaChartPalette *trappa_chart_palette_get      (TrappaChartStyle style);
/* A chart title's size beside text of @px: larger on the projector (the
 * back row finds the slide's subject first), the same elsewhere. */
double                    trappa_chart_style_title_px    (TrappaChartStyle style,
                                                          double           px);
/* The smallest text a chart drawn in @style may shrink to: @otherwise,
 * but on the projector never below TRAPPA_CHART_PRESENTATION_PX. */
double                    trappa_chart_style_smallest_px (TrappaChartStyle style,
                                                          double           otherwise);

/* Whether a chart's text fits at @px; may keep what it built. */
typedef gboolean (*TrappaChartFitsFunc) (double   px,
                                         gpointer data);

/* The largest body size from @preferred down to @smallest, half a pixel
 * at a time, at which @fits: @preferred first (most charts fit it), then
 * halving the range, a few tries instead of one for each size (a chart
 * that fits at a size fits at every smaller one). Sets @px to it, or to
 * the smallest size and returns FALSE when none fits. */
gboolean                  trappa_chart_style_fit_px      (double              preferred,
                                                          double              smallest,
                                                          TrappaChartFitsFunc fits,
                                                          gpointer            data,
                                                          double             *px);

G_END_DECLS
