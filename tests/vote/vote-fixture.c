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

void
vote_fixture_reply_clear (VoteReply *reply)
{
  g_clear_pointer (&reply->body, g_free);
  g_clear_pointer (&reply->headers, soup_message_headers_unref);
  g_clear_error (&reply->error);
}

static void
sent (GObject      *source,
      GAsyncResult *result,
      gpointer      user_data)
{
  GTask *task = user_data;
  GError *error = NULL;
  GBytes *bytes = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);

  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
  g_object_unref (task);
}

void
vote_fixture_request (SoupSession *client,
                      const char  *method,
                      const char  *url,
                      const char  *body,
                      VoteReply   *reply)
{
  g_autoptr(SoupMessage) msg = soup_message_new (method, url);
  g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);
  g_autoptr(GBytes) bytes = NULL;

  g_assert_nonnull (msg);
  if (body != NULL)
    {
      g_autoptr(GBytes) content = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (msg, "application/json", content);
    }
  soup_session_send_and_read_async (client, msg, G_PRIORITY_DEFAULT, NULL, sent, g_object_ref (task));
  while (!g_task_get_completed (task))
    g_main_context_iteration (NULL, TRUE);
  bytes = g_task_propagate_pointer (task, &reply->error);
  reply->status = soup_message_get_status (msg);
  reply->headers = soup_message_headers_ref (soup_message_get_response_headers (msg));
  if (bytes != NULL)
    {
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      reply->body = size > 0 ? g_strndup (data, size) : g_strdup ("");
    }
}
