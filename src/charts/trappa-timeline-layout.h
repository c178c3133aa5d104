/* trappa-timeline-layout.h: the milestones over time (pure geometry)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-chart-style.h"
#include "trappa-staircase-layout.h"

G_BEGIN_DECLS

typedef struct
{
  char             *id;        /* the milestone's id */
  char             *date;      /* its due date, ISO */
  gboolean          done;
  gboolean          overdue;   /* not done and due before today */
  double            x, y;      /* the marker's centre */
  TrappaChartLabel *label;     /* "M1 Kunnskapsgrunnlag …", left of the axis */
} TrappaTimelineMark;

typedef struct
{
  double            x;
  TrappaChartLabel *label;     /* under the axis */
} TrappaTimelineTick;

typedef struct
{
  double            width, height;
  TrappaChartStyle  style;
  TrappaRect        plot;      /* where the markers are */
  double            marker;    /* the marker's half size */
  GArray           *marks;     /* TrappaTimelineMark, by date */
  GArray           *ticks;     /* TrappaTimelineTick */
  double            today_x;   /* < 0: today is outside the range */
  TrappaChartLabel *today;     /* "I dag", or NULL */
  GPtrArray        *labels;    /* every label, owned */
} TrappaTimelineLayout;

/* Lays out the milestones of @plan that have a due date, by date, one row
 * each, at @width × @height: months or years along the bottom, the title
 * beside each marker, @today (ISO) as a line when it falls in the range.
 * No milestones with a date: no marks (the caller shows no chart). */
TrappaTimelineLayout *trappa_timeline_layout_new  (TrappaPlan           *plan,
                                                   const char           *today,
                                                   double                width,
                                                   double                height,
                                                   TrappaChartStyle      style);
void                  trappa_timeline_layout_free (TrappaTimelineLayout *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaTimelineLayout, trappa_timeline_layout_free)

G_END_DECLS
