/* trappa-vote-live.h: what the projector's grid shows of a live-voting
 * session — the session's measures, and their figures from the tallies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-vote-session.h"

G_BEGIN_DECLS

/* The projector shows new votes at most this often (µs): live enough for
 * a room, and the main loop, which also answers the phones, spends little
 * on drawing. */
#define TRAPPA_VOTE_LIVE_INTERVAL_US 100000

#define TRAPPA_TYPE_VOTE_LIVE (trappa_vote_live_get_type ())
G_DECLARE_FINAL_TYPE (TrappaVoteLive, trappa_vote_live, TRAPPA, VOTE_LIVE, GObject)

TrappaVoteLive *trappa_vote_live_new       (TrappaVoteSession  *session);
/* The measures to lay out (trappa_vote_session_measures_plan), made once. */
TrappaPlan     *trappa_vote_live_get_plan  (TrappaVoteLive     *self);
/* Takes the tallies of @group_id (NULL: everyone) as they are now; the
 * figures stay as taken until the next update. */
void            trappa_vote_live_update    (TrappaVoteLive     *self,
                                            const char         *group_id);
/* One TrappaVoteTally per measure, in session order, as last updated. */
GArray         *trappa_vote_live_get_tallies (TrappaVoteLive   *self);
/* A TrappaSummaryFunc for the priority layout (@data: a TrappaVoteLive):
 * the participants' mean and spread on the session's two axes, nothing on
 * any other. */
void            trappa_vote_live_summarize (TrappaMeasure      *measure,
                                            TrappaAxis          axis,
                                            TrappaScoreSummary *summary,
                                            gpointer            data);
/* A TrappaDotsFunc for the priority layout (@data: a TrappaVoteLive): the
 * dots the participants gave @measure. */
guint           trappa_vote_live_count_dots (TrappaMeasure     *measure,
                                             gpointer           data);

G_END_DECLS
