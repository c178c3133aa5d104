/* trappa-vote-live.c: what the projector's grid shows of a live-voting
 * session
 *
 * The grid lays out a plan holding only the session's measures; the
 * figures of each card come from the session's running tallies through
 * the layout's summary hook, so a refresh costs the same with 3 or 300
 * participants and builds no records.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-vote"

#include "trappa-vote-live.h"

struct _TrappaVoteLive
{
  GObject            parent_instance;

  TrappaVoteSession *session;
  TrappaPlan        *plan;
  GArray            *tallies;
};

G_DEFINE_FINAL_TYPE (TrappaVoteLive, trappa_vote_live, G_TYPE_OBJECT)

static void
trappa_vote_live_finalize (GObject *object)
{
  TrappaVoteLive *self = TRAPPA_VOTE_LIVE (object);

  g_clear_object (&self->session);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->tallies, g_array_unref);

  G_OBJECT_CLASS (trappa_vote_live_parent_class)->finalize (object);
}

static void
trappa_vote_live_class_init (TrappaVoteLiveClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trappa_vote_live_finalize;
}

static void
trappa_vote_live_init (TrappaVoteLive *self)
{
}

TrappaVoteLive *
trappa_vote_live_new (TrappaVoteSession *session)
{
  TrappaVoteLive *self;

  g_return_val_if_fail (TRAPPA_IS_VOTE_SESSION (session), NULL);

  self = g_object_new (TRAPPA_TYPE_VOTE_LIVE, NULL);
  self->session = g_object_ref (session);
  self->plan = trappa_vote_session_measures_plan (session);
  trappa_vote_live_update (self, NULL);
  return self;
}

TrappaPlan *
trappa_vote_live_get_plan (TrappaVoteLive *self)
{
  g_return_val_if_fail (TRAPPA_IS_VOTE_LIVE (self), NULL);
  return self->plan;
}

void
trappa_vote_live_update (TrappaVoteLive *self,
                         const char     *group_id)
{
  g_return_if_fail (TRAPPA_IS_VOTE_LIVE (self));

  g_clear_pointer (&self->tallies, g_array_unref);
  self->tallies = trappa_vote_session_tally (self->session, group_id);
}

GArray *
trappa_vote_live_get_tallies (TrappaVoteLive *self)
{
  g_return_val_if_fail (TRAPPA_IS_VOTE_LIVE (self), NULL);
  return self->tallies;
}

void
trappa_vote_live_summarize (TrappaMeasure      *measure,
                            TrappaAxis          axis,
                            TrappaScoreSummary *summary,
                            gpointer            data)
{
  TrappaVoteLive *self = TRAPPA_VOTE_LIVE (data);
  int index = trappa_vote_session_find_measure (self->session, trappa_item_get_id (TRAPPA_ITEM (measure)));
  TrappaVoteTally *tally;

  if (index < 0 || (axis != trappa_vote_session_get_x_axis (self->session) &&
                    axis != trappa_vote_session_get_y_axis (self->session)))
    {
      trappa_priority_summarize (NULL, 0, summary);
      return;
    }
  tally = &g_array_index (self->tallies, TrappaVoteTally, index);
  *summary = axis == trappa_vote_session_get_x_axis (self->session) ? tally->x : tally->y;
}

guint
trappa_vote_live_count_dots (TrappaMeasure *measure,
                             gpointer       data)
{
  TrappaVoteLive *self = TRAPPA_VOTE_LIVE (data);
  int index = trappa_vote_session_find_measure (self->session, trappa_item_get_id (TRAPPA_ITEM (measure)));

  return index >= 0 ? g_array_index (self->tallies, TrappaVoteTally, index).dots : 0;
}
