/* trappa-priority-shown.h: the measures a priority grid shows, with
 * their figures, kept with the plan from one layout to the next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-priority-layout.h"

G_BEGIN_DECLS

typedef struct
{
  TrappaMeasure      *measure;
  TrappaScoreSummary  summaries[3];  /* on the x axis, the y axis, the marker's */
  guint               dots;
} TrappaPriorityShown;

/* The measures of @plan that @options shows (trappa_priority_options_accepts),
 * in the plan's order, with their summaries and dots: TrappaPriorityShown.
 * Owned by @plan and valid until the next call for it; worked out again
 * only for the measures that changed since the last call with the same
 * choice of axes, scores and filters. */
GArray *trappa_priority_shown_get (TrappaPlan                  *plan,
                                   const TrappaPriorityOptions *options);

G_END_DECLS
