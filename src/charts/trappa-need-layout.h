/* trappa-need-layout.h: where each part of the need line chart goes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-needs-figures.h"
#include "trappa-staircase-layout.h"

G_BEGIN_DECLS

typedef enum
{
  TRAPPA_NEED_LINE_WITHOUT,   /* need without measures: dashed */
  TRAPPA_NEED_LINE_WITH,      /* need with measures: solid */
  TRAPPA_NEED_LINE_SUPPLY,    /* units today plus additions: thick steps */
} TrappaNeedLineKind;

typedef struct
{
  double x, y;
} TrappaPoint;

typedef struct
{
  TrappaNeedLineKind kind;
  guint              colour;    /* palette part colour, one per scenario */
  GArray            *values;    /* gint64 per year; -1 where unknown */
  GArray            *points;    /* TrappaPoint, known years only */
  TrappaChartLabel  *label;     /* at the line's right end */
  double             end_y;     /* where the line ends; the label may sit apart */
} TrappaNeedLine;

typedef struct
{
  double            pos;
  TrappaChartLabel *label;
} TrappaNeedTick;

typedef struct
{
  double            width, height;
  TrappaChartStyle  style;
  double            font_px;
  gint64            first_year, last_year;
  gint64            top;        /* the value at the plot's top edge */
  gint64            tick;       /* between grid lines */
  TrappaRect        plot;
  GPtrArray        *labels;     /* every TrappaChartLabel, owned */
  GPtrArray        *lines;      /* TrappaNeedLine */
  GArray           *x_ticks;    /* TrappaNeedTick */
  GArray           *y_ticks;
  TrappaChartLabel *title;
  TrappaChartLabel *caption;    /* scenario, base year and source */
  TrappaChartLabel *message;    /* shown when there is nothing to draw */
} TrappaNeedLayout;

/* Need of the step @step_id (NULL: the housing steps with a mapped need
 * summed) per year from the needs figures, without and with adopted
 * measures, for the population series @scenario (NULL: every series), and
 * the supply, on a @width × @height surface. */
TrappaNeedLayout *trappa_need_layout_new  (TrappaPlan       *plan,
                                           const char       *scenario,
                                           const char       *step_id,
                                           double            width,
                                           double            height,
                                           TrappaChartStyle  style);
void              trappa_need_layout_free (TrappaNeedLayout *self);

/* x of a year and y of a value on the plot. */
double            trappa_need_layout_x    (TrappaNeedLayout *self,
                                           gint64            year);
double            trappa_need_layout_y    (TrappaNeedLayout *self,
                                           gint64            value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaNeedLayout, trappa_need_layout_free)

G_END_DECLS
