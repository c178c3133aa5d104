/* trappa-step-figures.h: a step's units today against its need in a year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

typedef struct
{
  gint64   supply;        /* units, places or recipients today */
  gint64   year;          /* the year of the need */
  gint64   demand;        /* the needs model's need with adopted measures; 0 when unknown */
  gboolean demand_known;  /* FALSE: no need mapped (or no population for the year) */
  gint64   uncovered;     /* demand − supply, 0 when today's units cover it */
} TrappaStepFigures;

/* The figures of @step from the plan's needs model (trappa-needs-figures.h)
 * for @scenario (NULL: the first series) in @year; @year 0 is the plan
 * period's last year, or the base year where the need is not known then
 * (no population). */
void  trappa_step_figures_compute_at (TrappaPlan        *plan,
                                      TrappaItem        *step,
                                      const char        *scenario,
                                      gint64             year,
                                      TrappaStepFigures *figures);
/* The same for the first series and year 0. */
void  trappa_step_figures_compute    (TrappaPlan        *plan,
                                      TrappaItem        *step,
                                      TrappaStepFigures *figures);

/* One line with the numbers, as printed on the step. */
char *trappa_step_figures_format   (const TrappaStepFigures *figures);

/* Several sentences for a tooltip and the accessible description: the
 * step's name, its figures (as trappa_step_figures_compute_at()), its
 * categories and, for a service level, the annual cost. */
char *trappa_step_figures_describe (TrappaPlan        *plan,
                                    TrappaItem        *step,
                                    const char        *scenario,
                                    gint64             year);

/* Whether @step serves the target group @group_id: the group is among the
 * step's target groups, or a mapping row maps it to the step. */
gboolean trappa_step_serves_group (TrappaPlan *plan,
                                   TrappaItem *step,
                                   const char *group_id);

G_END_DECLS
