/* trappa-chart-kind-staircase.h: what a staircase chart shows beyond the
 * plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The chart-kind options of "bustadtrapp" and "meistringstrapp". */
typedef struct
{
  const char *target_group;  /* marks the steps that serve it; NULL: none */
  const char *scenario;      /* whose need; NULL: the first series */
  gint64      year;          /* the need's year; 0: the plan period's end */
} TrappaStaircaseChartOptions;

G_END_DECLS
