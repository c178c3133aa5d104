/* trappa-priority.h: the arithmetic of the priority grid — axes, the
 * mapping between scores and positions, merging groups' scores and ranking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-measure.h"

G_BEGIN_DECLS

/* The four axes of the Møreforsking priority tool. Every score runs from 0
 * to 100 with 100 at the favourable end, so a higher score always means
 * "sooner": urgent, less costly, much influence, much knowledge. */
typedef enum
{
  TRAPPA_AXIS_URGENCY,    /* "haster": Kan vente (0) ↔ Haster (100) */
  TRAPPA_AXIS_COST,       /* "kostbart": Svært kostbart (0) ↔ Mindre kostbart (100) */
  TRAPPA_AXIS_INFLUENCE,  /* "innflytelse": liten (0) ↔ stor (100) */
  TRAPPA_AXIS_KNOWLEDGE,  /* "kunnskap": liten (0) ↔ stor (100) */
  TRAPPA_N_AXES
} TrappaAxis;

/* A measure not yet scored on an axis sits at the middle. */
#define TRAPPA_SCORE_NEUTRAL 50

/* The names stored in the file, NULL-terminated, in TrappaAxis order. */
const char * const *trappa_priority_axis_names  (void);
const char         *trappa_priority_axis_name   (TrappaAxis  axis);
/* -1 when @name is no axis. */
int                 trappa_priority_axis_from_name (const char *name);
/* Parses "haster,kostbart" into two different axes. */
gboolean            trappa_priority_parse_axes  (const char  *text,
                                                 TrappaAxis  *x_axis,
                                                 TrappaAxis  *y_axis,
                                                 GError     **error);

/* Translated labels: the axis ("Urgency") and its ends ("Can wait",
 * "Urgent"). */
const char         *trappa_priority_axis_title  (TrappaAxis  axis);
const char         *trappa_priority_axis_low    (TrappaAxis  axis);
const char         *trappa_priority_axis_high   (TrappaAxis  axis);

/* Score ↔ position along a span from @start of @length. With @reversed
 * (a vertical axis, high scores on top) 100 is at @start. Positions outside
 * the span clamp to 0 or 100; scores are whole numbers. */
double              trappa_priority_score_to_position (double    score,
                                                       double    start,
                                                       double    length,
                                                       gboolean  reversed);
gint64              trappa_priority_position_to_score (double    position,
                                                       double    start,
                                                       double    length,
                                                       gboolean  reversed);

/* Field @name of the record kind @type, for reading it with
 * trappa_item_peek_value(): looked up once, not by name for every score
 * of every measure (which was most of the priority grid's layout). */
GParamSpec         *trappa_priority_field        (GType        type,
                                                  const char  *name);

/* Merging: the mean and spread (population standard deviation) of the
 * scores given; groups that did not score are left out (n counts those that
 * did); with n == 0 the mean is TRAPPA_SCORE_NEUTRAL. */
typedef struct
{
  guint  n;
  double mean;
  double spread;
  double min;
  double max;
} TrappaScoreSummary;

void                trappa_priority_summarize   (const double        *values,
                                                 guint                n,
                                                 TrappaScoreSummary  *summary);

/* The scores of @measure on @axis: one group's (@group_id, "" = the whole
 * room) or, with @group_id NULL, merged over the workshop groups (the whole
 * room's own scores are the room's verdict, not one more group). */
void                trappa_priority_measure_summary (TrappaMeasure      *measure,
                                                     const char         *group_id,
                                                     TrappaAxis          axis,
                                                     TrappaScoreSummary *summary);
/* The same on every axis at once, in one pass over the scores. */
void                trappa_priority_measure_summaries (TrappaMeasure      *measure,
                                                       const char         *group_id,
                                                       TrappaScoreSummary  summaries[TRAPPA_N_AXES]);

/* A measure's summary on an axis from somewhere other than its scores:
 * live voting keeps the room's votes out of the plan, as running tallies. */
typedef void        (*TrappaSummaryFunc)        (TrappaMeasure      *measure,
                                                 TrappaAxis          axis,
                                                 TrappaScoreSummary *summary,
                                                 gpointer            data);

/* Combined priority with user-set weights (each ≥ 0):
 *   P = Σ wₐ·sₐ / Σ wₐ    over the four axes,
 * sₐ the (merged) score, TRAPPA_SCORE_NEUTRAL where unscored. 0 to 100;
 * when every weight is 0, P = 0. */
typedef struct
{
  double weight[TRAPPA_N_AXES];
} TrappaPriorityWeights;

void                trappa_priority_weights_init (TrappaPriorityWeights       *weights);
double              trappa_priority_combine      (const double                 scores[TRAPPA_N_AXES],
                                                  const TrappaPriorityWeights *weights);
/* The formula with the weights filled in, for the UI. */
char               *trappa_priority_formula      (const TrappaPriorityWeights *weights);

typedef struct
{
  TrappaMeasure *measure;   /* borrowed from the list */
  double         priority;
  guint          n_scored;  /* axes with at least one score */
} TrappaRankEntry;

/* @measure's place in a ranking, from its @summaries on every axis. */
TrappaRankEntry     trappa_priority_rank_entry   (TrappaMeasure               *measure,
                                                  const TrappaScoreSummary     summaries[TRAPPA_N_AXES],
                                                  const TrappaPriorityWeights *weights);
/* The measures of @measures (a list of TrappaMeasure), highest combined
 * priority first; ties keep the list order. */
GArray             *trappa_priority_rank         (GListModel                  *measures,
                                                  const char                  *group_id,
                                                  const TrappaPriorityWeights *weights);
/* The same for @plan's measures, from the figures it keeps
 * (trappa-priority-figures.h): what changed since last asked is worked
 * out again, the rest kept. */
GArray             *trappa_priority_rank_plan    (TrappaPlan                  *plan,
                                                  const char                  *group_id,
                                                  const TrappaPriorityWeights *weights);

G_END_DECLS
