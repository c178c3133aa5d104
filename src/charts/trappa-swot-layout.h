/* trappa-swot-layout.h: where each part of the SWOT chart goes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-chart-text.h"
#include "trappa-staircase-layout.h"

G_BEGIN_DECLS

/* Top left strengths, top right weaknesses, bottom left opportunities,
 * bottom right threats: the order of trappa_swot_quadrants(). */
#define TRAPPA_SWOT_N_QUADRANTS 4

typedef struct
{
  TrappaRect        box;
  TrappaChartLabel *heading;
} TrappaSwotBox;

typedef struct
{
  char             *id;        /* the point's */
  guint             quadrant;
  TrappaRect        rect;      /* its hit area */
  TrappaChartLabel *label;     /* "• text", wrapped to the box */
} TrappaSwotItem;

typedef struct
{
  double            width, height;
  TrappaChartStyle  style;
  double            font_px;
  TrappaSwotBox     boxes[TRAPPA_SWOT_N_QUADRANTS];
  GPtrArray        *items;     /* TrappaSwotItem, in the plan's order */
  GPtrArray        *labels;    /* every TrappaChartLabel, owned */
} TrappaSwotLayout;

/* Lays out the plan's SWOT points on a @width × @height surface; the type
 * is as large as lets every point fit its quadrant. */
TrappaSwotLayout *trappa_swot_layout_new         (TrappaPlan       *plan,
                                                  double            width,
                                                  double            height,
                                                  TrappaChartStyle  style);
void              trappa_swot_layout_free        (TrappaSwotLayout *self);
int               trappa_swot_layout_hit         (TrappaSwotLayout *self,
                                                  double            x,
                                                  double            y);
/* The quadrant under (@x, @y), or -1. */
int               trappa_swot_layout_quadrant_at (TrappaSwotLayout *self,
                                                  double            x,
                                                  double            y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaSwotLayout, trappa_swot_layout_free)

G_END_DECLS
