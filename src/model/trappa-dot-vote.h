/* trappa-dot-vote.h: the dots a workshop group gave a measure in live dot
 * voting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-measure.h"

G_BEGIN_DECLS

/* The dots of one workshop group on one measure: the sum over the group's
 * participants of a dot-voting session, accepted with its votes. Measure
 * list "dots". Fields: group (reference to a TrappaWorkshopGroup; "" = the
 * participants without a group; removing the group removes its dots),
 * count (a whole number). */
#define TRAPPA_TYPE_DOT_VOTE (trappa_dot_vote_get_type ())
G_DECLARE_FINAL_TYPE (TrappaDotVote, trappa_dot_vote, TRAPPA, DOT_VOTE, TrappaItem)

TrappaDotVote *trappa_dot_vote_new        (const char    *group_id,
                                           gint64         count);
/* The dots @group_id ("" = no group; NULL = every group, summed) gave
 * @measure; 0 when none. */
gint64         trappa_measure_get_dots    (TrappaMeasure *measure,
                                           const char    *group_id);
/* Sets them through @plan (undoable): changes the group's record or adds
 * one; a count of 0 adds none. */
gboolean       trappa_measure_set_dots    (TrappaMeasure *measure,
                                           TrappaPlan    *plan,
                                           const char    *group_id,
                                           gint64         count,
                                           GError       **error);

G_END_DECLS
