/* trappa-staircase-layout.h: where each part of a staircase chart goes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

#include "trappa-plan.h"
#include "trappa-chart-style.h"
#include "trappa-step-figures.h"

G_BEGIN_DECLS

typedef struct
{
  double x, y, width, height;
} TrappaRect;

/* Which palette ink a label is drawn in. */
typedef enum
{
  TRAPPA_CHART_INK_TEXT,
  TRAPPA_CHART_INK_ON_PART,
} TrappaChartInk;

typedef struct
{
  TrappaRect      box;      /* the label never leaves it */
  PangoLayout    *layout;   /* wrapped to the box's width */
  TrappaChartInk  ink;
} TrappaChartLabel;

typedef struct
{
  TrappaRect  rect;
  guint       colour;     /* index into the palette's part colours */
} TrappaBarPart;

typedef struct
{
  char             *id;         /* the step's id, for selection */
  TrappaStepFigures figures;
  TrappaRect        rect;       /* the step block; also its hit area */
  TrappaRect        track;      /* the whole bar, 0 to the largest value */
  TrappaRect        supply;     /* 0 to supply */
  TrappaRect        uncovered;  /* supply to demand; width 0 when covered */
  double            need_x;     /* the need marker; < 0 when not mapped */
  GArray           *parts;      /* TrappaBarPart: supply split by category */
  TrappaChartLabel *name;       /* borrowed from the layout's labels */
  TrappaChartLabel *numbers;
  gboolean          highlighted; /* serves the marked target group */
} TrappaStepLayout;

typedef enum
{
  TRAPPA_LEGEND_PART,       /* a filled swatch in a part colour */
  TRAPPA_LEGEND_UNCOVERED,  /* the hatched swatch */
  TRAPPA_LEGEND_NEED,       /* the need marker */
} TrappaLegendKind;

typedef struct
{
  TrappaLegendKind kind;
  guint            colour;
  TrappaRect       swatch;
} TrappaLegendItem;

typedef struct
{
  double            width, height;
  TrappaChartStyle  style;
  double            font_px;     /* body text size chosen to fit */
  GPtrArray        *labels;      /* every TrappaChartLabel, owned */
  GPtrArray        *steps;       /* TrappaStepLayout, lowest level first */
  GArray           *legend;      /* TrappaLegendItem */
  GArray           *side_boxes;  /* TrappaRect: counts kept beside */
} TrappaStaircaseLayout;

/* Lays out @staircase of @plan on a @width × @height surface. Text is
 * measured with Pango (hint metrics off, so every surface agrees); the font
 * size is the largest from 14 px (more on big surfaces) down that fits. */
TrappaStaircaseLayout *trappa_staircase_layout_new   (TrappaPlan        *plan,
                                                      TrappaStaircase   *staircase,
                                                      double             width,
                                                      double             height,
                                                      TrappaChartStyle   style);
/* The same with each step's need for @scenario in @year, as
 * trappa_step_figures_compute_at() (NULL, 0: its defaults). */
TrappaStaircaseLayout *trappa_staircase_layout_new_at (TrappaPlan       *plan,
                                                       TrappaStaircase  *staircase,
                                                       const char       *scenario,
                                                       gint64            year,
                                                       double            width,
                                                       double            height,
                                                       TrappaChartStyle  style);
void                   trappa_staircase_layout_free  (TrappaStaircaseLayout *self);

/* What of @self paints (trappa-chart-kind.h's picture_key). */
GBytes                *trappa_staircase_layout_picture_key (TrappaStaircaseLayout *self);

/* The step under (@x, @y), or -1. */
int                    trappa_staircase_layout_hit   (TrappaStaircaseLayout *self,
                                                      double                 x,
                                                      double                 y);
int                    trappa_staircase_layout_find  (TrappaStaircaseLayout *self,
                                                      const char            *step_id);

/* Marks the steps that serve @group_id (in the step's target groups or
 * through a mapping row); NULL or "" clears the marks. */
void                   trappa_staircase_layout_mark_target_group (TrappaStaircaseLayout *self,
                                                                  TrappaPlan            *plan,
                                                                  const char            *group_id);

gboolean               trappa_rect_contains          (const TrappaRect *rect,
                                                      double            x,
                                                      double            y);
gboolean               trappa_rect_intersects        (const TrappaRect *a,
                                                      const TrappaRect *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaStaircaseLayout, trappa_staircase_layout_free)

G_END_DECLS
