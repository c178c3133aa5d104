/* trappa-vote-session.h: the votes of one live-voting session, checked and
 * merged, kept apart from the plan until the leader accepts them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-priority.h"

G_BEGIN_DECLS

#define TRAPPA_VOTE_MAX_PARTICIPANTS 300
#define TRAPPA_VOTE_MAX_DOTS         100   /* the largest dot budget */
#define TRAPPA_VOTE_MAX_NICKNAME     40    /* characters */

#define TRAPPA_VOTE_ERROR (trappa_vote_error_quark ())
typedef enum
{
  TRAPPA_VOTE_ERROR_INVALID,       /* a message the session refuses (HTTP 400) */
  TRAPPA_VOTE_ERROR_FULL,          /* the participant limit is reached */
  TRAPPA_VOTE_ERROR_UNKNOWN_PARTICIPANT,
} TrappaVoteError;

GQuark trappa_vote_error_quark (void);

/* The merged votes on one measure: positions on the two axes and the dots. */
typedef struct
{
  TrappaScoreSummary x;
  TrappaScoreSummary y;
  guint              dots;
} TrappaVoteTally;

#define TRAPPA_TYPE_VOTE_SESSION (trappa_vote_session_get_type ())
G_DECLARE_FINAL_TYPE (TrappaVoteSession, trappa_vote_session, TRAPPA, VOTE_SESSION, GObject)

/* Copies from @plan what the phones see: the measures @measure_ids (NULL:
 * all of them) with their titles, the workshop groups and the plan's
 * language. @dots is each participant's dot budget (0: no dot voting). The
 * session keeps no reference to @plan. */
TrappaVoteSession *trappa_vote_session_new        (TrappaPlan         *plan,
                                                   const char * const *measure_ids,
                                                   TrappaAxis          x_axis,
                                                   TrappaAxis          y_axis,
                                                   guint               dots,
                                                   GError            **error);

/* The session as the phone page reads it (JSON): language, axes, dot
 * budget, groups and measures. */
char              *trappa_vote_session_to_json    (TrappaVoteSession  *self);

/* A participant joins with {"group": ID, "nickname": TEXT}; returns the
 * participant's key (random, 128 bits). Every refusal leaves the session as
 * it was and says why in a short English phrase (protocol text for the
 * HTTP reply, not shown in the app). */
char              *trappa_vote_session_join       (TrappaVoteSession  *self,
                                                   const char         *body,
                                                   gsize               length,
                                                   GError            **error);
/* {"participant": KEY, "scores": [{"measure": ID, "x": 0–100, "y": 0–100}…],
 *  "dots": {ID: N, …}}: each score replaces the participant's earlier one
 * on that measure; "dots", when given, replaces the whole allocation. The
 * whole message is checked before anything changes. Emits "changed". */
gboolean           trappa_vote_session_vote       (TrappaVoteSession  *self,
                                                   const char         *body,
                                                   gsize               length,
                                                   GError            **error);

TrappaAxis         trappa_vote_session_get_x_axis (TrappaVoteSession  *self);
TrappaAxis         trappa_vote_session_get_y_axis (TrappaVoteSession  *self);
guint              trappa_vote_session_get_dots   (TrappaVoteSession  *self);
guint              trappa_vote_session_get_n_measures (TrappaVoteSession *self);
const char        *trappa_vote_session_get_measure_id (TrappaVoteSession *self,
                                                       guint              index);
const char        *trappa_vote_session_get_measure_title (TrappaVoteSession *self,
                                                          guint              index);
/* Participants who joined, and those who placed at least one measure, in
 * @group_id (NULL: the whole room, every group). */
guint              trappa_vote_session_count_joined (TrappaVoteSession *self,
                                                     const char        *group_id);
guint              trappa_vote_session_count_voters (TrappaVoteSession *self,
                                                     const char        *group_id);

/* One TrappaVoteTally per measure, in session order, over the participants
 * of @group_id (NULL: everyone). Counted as votes arrive, so the cost does
 * not grow with the participants. */
GArray            *trappa_vote_session_tally      (TrappaVoteSession  *self,
                                                   const char         *group_id);
/* The index of @measure_id in session order, or -1. */
int                trappa_vote_session_find_measure (TrappaVoteSession *self,
                                                     const char        *measure_id);

/* The session's measures (ids and titles as in the plan) as a plan of
 * their own, with no scores: what the projector lays out, its figures
 * coming from the tallies (trappa-vote-live.h). */
TrappaPlan        *trappa_vote_session_measures_plan (TrappaVoteSession *self);

/* Writes each group's mean position (rounded) as that group's scores on the
 * two axes, participants without a group as the whole room's, and with dot
 * voting each group's dots on every measure of the session (its
 * participants' sum, replacing the group's earlier count), in ONE undo
 * step; measures or groups removed from @plan meanwhile are skipped.
 * Returns the number of scores written. */
guint              trappa_vote_session_accept     (TrappaVoteSession  *self,
                                                   TrappaPlan         *plan);

G_END_DECLS
