/* trappa-chart-style.h: colours and strokes of the charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How a chart is drawn: flags, so dark and high contrast combine. */
typedef enum
{
  TRAPPA_CHART_STYLE_NORMAL        = 0,
  TRAPPA_CHART_STYLE_DARK          = 1 << 0,
  TRAPPA_CHART_STYLE_HIGH_CONTRAST = 1 << 1,
} TrappaChartStyle;

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
  double    line_width;     /* outlines; thicker in high contrast */
  double    hatch_width;
  gboolean  bold_labels;
} TrappaChartPalette;

const TrappaChartPalette *trappa_chart_palette_get (TrappaChartStyle style);

G_END_DECLS
