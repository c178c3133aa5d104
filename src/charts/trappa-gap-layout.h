/* trappa-gap-layout.h: where each part of the gap chart goes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-needs.h"
#include "trappa-needs-figures.h"
#include "trappa-staircase-layout.h"

G_BEGIN_DECLS

#define TRAPPA_GAP_MAX_YEARS 3

/* One bar: one chosen plan year. */
typedef struct
{
  gint64            year;
  gint64            units_today;
  gint64            additions;   /* added by adopted measures up to the year */
  gint64            gap;         /* remaining, with adopted measures */
  gint64            need;        /* without measures */
  gint64            need_with;   /* with adopted measures: the marker and the label */
  gint64            gap_proposed; /* if the proposals are adopted too */
  TrappaRect        today;       /* solid: today's units */
  TrappaRect        added;       /* cross-hatched: adopted additions */
  TrappaRect        remaining;   /* hatched: the remaining gap */
  double            need_x;      /* marker: need with adopted measures */
  TrappaChartLabel *label;       /* "2028" */
  TrappaChartLabel *numbers;
} TrappaGapRow;

typedef struct
{
  char             *step_id;
  TrappaChartLabel *name;        /* the step's name and units today */
  TrappaRect        rect;        /* heading and rows: the hit area */
  double            zero_x;      /* x of the value 0 in its column */
  GArray           *rows;        /* TrappaGapRow */
} TrappaGapGroup;

typedef enum
{
  TRAPPA_GAP_LEGEND_TODAY,
  TRAPPA_GAP_LEGEND_ADDED,
  TRAPPA_GAP_LEGEND_REMAINING,
  TRAPPA_GAP_LEGEND_NEED,
} TrappaGapLegendKind;

typedef struct
{
  TrappaGapLegendKind kind;
  TrappaRect          swatch;
} TrappaGapLegendItem;

typedef struct
{
  double            width, height;
  TrappaChartStyle  style;
  double            font_px;
  double            scale;       /* px per unit, shared by every bar */
  guint             n_columns;   /* of groups, side by side */
  GPtrArray        *labels;      /* every TrappaChartLabel, owned */
  GPtrArray        *groups;      /* TrappaGapGroup */
  GArray           *legend;      /* TrappaGapLegendItem */
  TrappaChartLabel *title;
  TrappaChartLabel *caption;     /* scenario, base year and source */
  TrappaChartLabel *message;     /* shown when there is nothing to draw */
} TrappaGapLayout;

/* Lays out the gap chart of @plan from its needs figures for the
 * population series @scenario (NULL: the first) at @years (up to TRAPPA_GAP_MAX_YEARS; NULL: the
 * default plan years), on a @width × @height surface. */
TrappaGapLayout *trappa_gap_layout_new  (TrappaPlan       *plan,
                                         const char       *scenario,
                                         const gint64     *years,
                                         guint             n_years,
                                         double            width,
                                         double            height,
                                         TrappaChartStyle  style);
void             trappa_gap_layout_free (TrappaGapLayout  *self);
/* The caption of both needs charts: scenario, base year and the series'
 * source (where the population figures come from). */
char            *trappa_gap_layout_caption_text (TrappaNeedsFigures *figures);
/* The group (step) under (@x, @y), or -1. */
/* What of @self paints (trappa-chart-kind.h's picture_key). */
GBytes          *trappa_gap_layout_picture_key (TrappaGapLayout *self);
int              trappa_gap_layout_hit  (TrappaGapLayout  *self,
                                         double            x,
                                         double            y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaGapLayout, trappa_gap_layout_free)

G_END_DECLS
