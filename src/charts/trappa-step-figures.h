/* trappa-step-figures.h: supply against demand for one step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

typedef struct
{
  gint64   supply;        /* units, places or recipients today */
  gint64   demand;        /* what the mapped need calls for; 0 when unknown */
  gboolean demand_known;  /* FALSE: no need has been mapped for the step */
  gint64   uncovered;     /* demand − supply, 0 when supply covers demand */
} TrappaStepFigures;

void  trappa_step_figures_compute  (TrappaPlan        *plan,
                                    TrappaItem        *step,
                                    TrappaStepFigures *figures);

/* One line with the numbers, as printed on the step. */
char *trappa_step_figures_format   (const TrappaStepFigures *figures);

/* Several sentences for a tooltip and the accessible description: the
 * step's name, its figures, its categories and, for a service level, the
 * annual cost. */
char *trappa_step_figures_describe (TrappaPlan        *plan,
                                    TrappaItem        *step);

/* Whether @step serves the target group @group_id: the group is among the
 * step's target groups, or a mapping row maps it to the step. */
gboolean trappa_step_serves_group (TrappaPlan *plan,
                                   TrappaItem *step,
                                   const char *group_id);

G_END_DECLS
