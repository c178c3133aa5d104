/* vote-fixture.c: a small plan to vote on, shared by the voting tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "vote-fixture.h"

static const char *
add (TrappaPlan *plan,
     const char *list,
     gpointer    item)
{
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), list, -1, item);
  g_object_unref (item);
  return trappa_item_get_id (item); /* owned by the plan */
}

void
vote_fixture_init (VoteFixture *fixture)
{
  fixture->plan = trappa_plan_new ();
  g_object_set (fixture->plan, "title", "Bustadplan Alver", "language", "nb", NULL);
  fixture->group[0] = add (fixture->plan, "workshop-groups", trappa_workshop_group_new ("Gruppe 1"));
  fixture->group[1] = add (fixture->plan, "workshop-groups", trappa_workshop_group_new ("Gruppe 2"));
  fixture->measure[0] = add (fixture->plan, "measures", trappa_measure_new ("Startlån"));
  fixture->measure[1] = add (fixture->plan, "measures", trappa_measure_new ("Housing First"));
  fixture->measure[2] = add (fixture->plan, "measures", trappa_measure_new ("<script>alert(1)</script>"));
  trappa_plan_clear_history (fixture->plan);
}

void
vote_fixture_clear (VoteFixture *fixture)
{
  g_clear_object (&fixture->plan);
}

TrappaVoteSession *
vote_fixture_session (VoteFixture *fixture,
                      guint        dots)
{
  g_autoptr(GError) error = NULL;
  TrappaVoteSession *session = trappa_vote_session_new (fixture->plan, NULL, TRAPPA_AXIS_URGENCY,
                                                        TRAPPA_AXIS_COST, dots, &error);

  g_assert_no_error (error);
  return session;
}

char *
vote_fixture_vote_body (const char *key,
                        const char *measure,
                        int         x,
                        int         y)
{
  return g_strdup_printf ("{\"participant\":\"%s\",\"scores\":"
                          "[{\"measure\":\"%s\",\"x\":%d,\"y\":%d}]}",
                          key, measure, x, y);
}

static void
append_group (GString           *state,
              TrappaVoteSession *session,
              const char        *group_id)
{
  g_autoptr(GArray) tallies = trappa_vote_session_tally (session, group_id);

  g_string_append_printf (state, "[%s] joined %u voters %u:", group_id ?: "all",
                          trappa_vote_session_count_joined (session, group_id),
                          trappa_vote_session_count_voters (session, group_id));
  for (guint i = 0; i < tallies->len; i++)
    {
      TrappaVoteTally *tally = &g_array_index (tallies, TrappaVoteTally, i);

      g_string_append_printf (state, " (%u %.3f %.3f %.3f %.3f %u)", tally->x.n, tally->x.mean,
                              tally->x.spread, tally->y.mean, tally->y.spread, tally->dots);
    }
  g_string_append_c (state, '\n');
}

char *
vote_fixture_state (VoteFixture       *fixture,
                    TrappaVoteSession *session)
{
  GString *state = g_string_new (NULL);

  append_group (state, session, NULL);
  append_group (state, session, "");
  append_group (state, session, fixture->group[0]);
  append_group (state, session, fixture->group[1]);
  return g_string_free (state, FALSE);
}
