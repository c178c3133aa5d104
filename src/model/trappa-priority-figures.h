/* trappa-priority-figures.h: a measure's scores and dots as the priority
 * grid and the ranking show them, kept from one edit to the next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"
#include "trappa-priority.h"

G_BEGIN_DECLS

typedef struct
{
  TrappaScoreSummary summaries[TRAPPA_N_AXES];
  gint64             dots;
} TrappaPriorityFigures;

/* @measure's summaries on every axis and its dots, for one group
 * (@group_id, "" = the whole room) or, with @group_id NULL, merged over
 * the groups: as trappa_priority_measure_summaries() and
 * trappa_measure_get_dots() give them, but worked out again only when
 * the measure's scores or dots changed since last asked. @measure is in
 * @plan; the figures are kept with the plan (and so, like the plan, are
 * for the thread that edits it) and valid until its next change. */
const TrappaPriorityFigures *trappa_priority_figures_get (TrappaPlan    *plan,
                                                          TrappaMeasure *measure,
                                                          const char    *group_id);

/* What changed since a view last showed the measures: the changes to
 * @plan's measures are counted (their fields, scores and dots, and the
 * list of them), and the count now is the stamp to ask with. */
gsize    trappa_priority_figures_stamp         (TrappaPlan *plan);
/* Sets @changed to the measures whose fields, scores or dots changed
 * since @stamp (a stamp of @plan); FALSE when measures came, went or
 * moved in the list since then, so that any may have. */
gboolean trappa_priority_figures_changed_since (TrappaPlan *plan,
                                                gsize       stamp,
                                                GPtrArray  *changed);

G_END_DECLS
