/* trappa-chart-kind-needs.h: what the gap and need charts show beyond the
 * plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The chart-kind options of "gap" and "need". */
typedef struct
{
  const char   *scenario;  /* population series code; NULL: the first */
  const gint64 *years;     /* gap chart: NULL, the default plan years */
  guint         n_years;
  const char   *step_id;   /* need chart: NULL, the housing steps summed */
} TrappaNeedsChartOptions;

G_END_DECLS
