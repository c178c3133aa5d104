/* trappa-score-index.h: a measure's scores by group and axis, read once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-measure.h"
#include "trappa-priority.h"

G_BEGIN_DECLS

/* One group's scores of a measure, by axis (NULL: none on that axis). */
typedef struct
{
  const char  *group_id;
  TrappaScore *axes[TRAPPA_N_AXES];
} TrappaGroupScores;

/* Fills @scores (an array of TrappaGroupScores) with @measure's scores,
 * borrowed from it, in one pass over its list: for work on every score
 * of many measures (an import, accepting votes), where looking each score
 * up in the list made the work grow with the scores a measure has. */
void         trappa_score_index_fill (GArray        *scores,
                                      TrappaMeasure *measure);
/* @measure's scores as trappa_score_index_fill() gives them, borrowed
 * and kept for @plan (whose measure it is) from one call to the next:
 * a second import reads only the scores that changed since the first.
 * Anything that adds, removes or regroups a score through @plan (it
 * emits "will-change") drops what it kept of that measure; a score's
 * value is read where it is. */
GArray      *trappa_score_index_of   (TrappaPlan    *plan,
                                      TrappaMeasure *measure);
/* Adds @scores (new records) at the end of @measure's scores through
 * @plan, as trappa_plan_insert_all() does, and to what
 * trappa_score_index_of() keeps of it. */
void         trappa_score_index_insert (TrappaPlan         *plan,
                                        TrappaMeasure      *measure,
                                        TrappaItem * const *scores,
                                        guint               n_scores);
/* @group_id's score on @axis in @scores, or NULL. */
TrappaScore *trappa_score_index_find (GArray        *scores,
                                      const char    *group_id,
                                      int            axis);
/* A score's group and axis (-1 when the reader would refuse it) and
 * value, read without looking the fields up by name. */
const char  *trappa_score_group      (TrappaScore   *score);
int          trappa_score_axis       (TrappaScore   *score);
const char  *trappa_score_axis_name  (TrappaScore   *score);
gint64       trappa_score_value      (TrappaScore   *score);

G_END_DECLS
