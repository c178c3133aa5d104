/* test-vote-session.c: checking, merging and accepting live votes without
 * the network: every refused message leaves the state as it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "trappa-dot-vote.h"
#include "trappa-plan-file.h"
#include "trappa-vote-live.h"
#include "vote-fixture.h"

static char *
join (TrappaVoteSession *session,
      const char        *group_id)
{
  g_autofree char *body = g_strdup_printf ("{\"group\":\"%s\",\"nickname\":\"Kari\"}", group_id);
  g_autoptr(GError) error = NULL;
  char *key = trappa_vote_session_join (session, body, strlen (body), &error);

  g_assert_no_error (error);
  g_assert_cmpuint (strlen (key), >=, 22);
  return key;
}

static void
vote (TrappaVoteSession *session,
      const char        *key,
      const char        *measure,
      int                x,
      int                y)
{
  g_autofree char *body = vote_fixture_vote_body (key, measure, x, y);
  g_autoptr(GError) error = NULL;

  g_assert_true (trappa_vote_session_vote (session, body, strlen (body), &error));
  g_assert_no_error (error);
}

static gint64
score_of (VoteFixture *fixture,
          const char  *measure,
          const char  *group,
          const char  *axis)
{
  TrappaScore *score = trappa_measure_find_score (TRAPPA_MEASURE (trappa_plan_lookup (fixture->plan, measure)),
                                                  group, axis);

  return score != NULL ? trappa_item_get_int (TRAPPA_ITEM (score), "value") : -1;
}

static void
test_new_refused (void)
{
  VoteFixture fixture;
  const char *unknown[] = { "tiltak-finst-ikkje", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) empty = trappa_plan_new ();

  vote_fixture_init (&fixture);
  g_assert_null (trappa_vote_session_new (fixture.plan, NULL, TRAPPA_AXIS_COST, TRAPPA_AXIS_COST, 0, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_null (trappa_vote_session_new (fixture.plan, unknown, TRAPPA_AXIS_URGENCY, TRAPPA_AXIS_COST, 0, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_null (trappa_vote_session_new (fixture.plan, NULL, TRAPPA_AXIS_URGENCY, TRAPPA_AXIS_COST,
                                          TRAPPA_VOTE_MAX_DOTS + 1, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_null (trappa_vote_session_new (empty, NULL, TRAPPA_AXIS_URGENCY, TRAPPA_AXIS_COST, 0, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  vote_fixture_clear (&fixture);
}

static void
test_chosen_measures (void)
{
  VoteFixture fixture;
  g_autoptr(TrappaVoteSession) session = NULL;
  g_autoptr(GError) error = NULL;

  vote_fixture_init (&fixture);
  {
    const char *chosen[] = { fixture.measure[1], fixture.measure[1], NULL };

    session = trappa_vote_session_new (fixture.plan, chosen, TRAPPA_AXIS_INFLUENCE,
                                       TRAPPA_AXIS_KNOWLEDGE, 0, &error);
  }
  g_assert_no_error (error);
  g_assert_cmpuint (trappa_vote_session_get_n_measures (session), ==, 1);
  g_assert_cmpstr (trappa_vote_session_get_measure_id (session, 0), ==, fixture.measure[1]);
  g_assert_cmpint (trappa_vote_session_get_x_axis (session), ==, TRAPPA_AXIS_INFLUENCE);
  vote_fixture_clear (&fixture);
}

static void
test_json (void)
{
  VoteFixture fixture;
  g_autoptr(TrappaVoteSession) session = NULL;
  g_autofree char *json = NULL;

  vote_fixture_init (&fixture);
  session = vote_fixture_session (&fixture, 5);
  json = trappa_vote_session_to_json (session);
  g_assert_nonnull (strstr (json, "\"language\":\"nb\""));
  g_assert_nonnull (strstr (json, "\"x\":\"haster\",\"y\":\"kostbart\",\"dots\":5"));
  g_assert_nonnull (strstr (json, "\"name\":\"Gruppe 2\""));
  g_assert_nonnull (strstr (json, "Housing First"));
  vote_fixture_clear (&fixture);
}

static void
test_join (void)
{
  VoteFixture fixture;
  g_autoptr(TrappaVoteSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL, *second = NULL, *before = NULL, *after = NULL;
  g_autofree char *long_name = g_strnfill (TRAPPA_VOTE_MAX_NICKNAME + 1, 'a');
  g_autofree char *too_long = g_strdup_printf ("{\"group\":\"\",\"nickname\":\"%s\"}", long_name);
  const char *refused[] = {
    "{\"group\":\"gruppe-x\"}",
    "{\"nickname\":\"Kari\"}",
    "{\"group\":\"\",\"nickname\":7}",
    "{\"group\":\"\",\"admin\":true}",
    "[\"\"]",
    "{\"group\":",
    too_long,
  };

  vote_fixture_init (&fixture);
  session = vote_fixture_session (&fixture, 0);
  first = join (session, fixture.group[0]);
  second = join (session, "");
  g_assert_cmpstr (first, !=, second);
  g_assert_cmpuint (trappa_vote_session_count_joined (session, NULL), ==, 2);
  g_assert_cmpuint (trappa_vote_session_count_joined (session, fixture.group[0]), ==, 1);
  g_assert_cmpuint (trappa_vote_session_count_voters (session, NULL), ==, 0);

  before = vote_fixture_state (&fixture, session);
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_null (trappa_vote_session_join (session, refused[i], strlen (refused[i]), &error));
      g_assert_error (error, TRAPPA_VOTE_ERROR, TRAPPA_VOTE_ERROR_INVALID);
      g_clear_error (&error);
    }
  after = vote_fixture_state (&fixture, session);
  g_assert_cmpstr (before, ==, after);
  vote_fixture_clear (&fixture);
}

static void
test_participant_limit (void)
{
  VoteFixture fixture;
  g_autoptr(TrappaVoteSession) session = NULL;
  g_autoptr(GError) error = NULL;
  const char *body = "{\"group\":\"\"}";

  vote_fixture_init (&fixture);
  session = vote_fixture_session (&fixture, 0);
  for (guint i = 0; i < TRAPPA_VOTE_MAX_PARTICIPANTS; i++)
    g_free (join (session, ""));
  g_assert_null (trappa_vote_session_join (session, body, strlen (body), &error));
  g_assert_error (error, TRAPPA_VOTE_ERROR, TRAPPA_VOTE_ERROR_FULL);
  g_assert_cmpuint (trappa_vote_session_count_joined (session, NULL), ==, TRAPPA_VOTE_MAX_PARTICIPANTS);
  vote_fixture_clear (&fixture);
}

/* Each bad message is refused as a whole: a good score before the bad
 * part is not kept either. */
static void
test_vote_refused (void)
{
  VoteFixture fixture;
  g_autoptr(TrappaVoteSession) session = NULL, no_dots = NULL;
  g_autofree char *key = NULL, *before = NULL;
  const char *m0;
  const char *templates[] = {
    "{\"participant\":\"KEY\",\"scores\":[{\"measure\":\"M0\",\"x\":10,\"y\":20}",
    "{\"participant\":\"KEY\",\"scores\":[{\"measure\":\"M0\",\"x\":10,\"y\":20},{\"measure\":\"tiltak-99\",\"x\":1,\"y\":1}]}",
    "{\"participant\":\"KEY\",\"scores\":[{\"measure\":\"M0\",\"x\":10,\"y\":20},{\"measure\":\"M0\",\"x\":101,\"y\":1}]}",
    "{\"participant\":\"KEY\",\"scores\":[{\"measure\":\"M0\",\"x\":-1,\"y\":20}]}",
    "{\"participant\":\"KEY\",\"scores\":[{\"measure\":\"M0\",\"x\":\"50\",\"y\":20}]}",
    "{\"participant\":\"KEY\",\"scores\":[{\"measure\":\"M0\",\"x\":50.5,\"y\":20}]}",
    "{\"participant\":\"KEY\",\"scores\":[{\"measure\":\"M0\",\"x\":50}]}",
    "{\"participant\":\"KEY\",\"scores\":[{\"measure\":\"M0\",\"x\":50,\"y\":5,\"z\":1}]}",
    "{\"participant\":\"KEY\",\"scores\":{\"measure\":\"M0\"}}",
    "{\"participant\":\"KEY\",\"scores\":[\"M0\"]}",
    "{\"participant\":\"KEY\",\"dots\":{\"M0\":6}}",
    "{\"participant\":\"KEY\",\"dots\":{\"M0\":-1}}",
    "{\"participant\":\"KEY\",\"dots\":{\"tiltak-99\":1,\"x\":\"M0\"}}",
    "{\"participant\":\"KEY\",\"dots\":[\"M0\"]}",
    "{\"participant\":\"KEY\",\"vote\":\"M0\"}",
    "{\"participant\":\"xKEY\",\"scores\":[{\"measure\":\"M0\",\"x\":10,\"y\":20}]}",
    "\xff\xfe{\"participant\":\"KEY\",\"scores\":[{\"measure\":\"M0\",\"x\":10,\"y\":20}]}",
  };

  vote_fixture_init (&fixture);
  session = vote_fixture_session (&fixture, 5);
  no_dots = vote_fixture_session (&fixture, 0);
  m0 = fixture.measure[0];
  key = join (session, fixture.group[0]);
  vote (session, key, fixture.measure[1], 30, 40);
  before = vote_fixture_state (&fixture, session);

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    {
      g_autoptr(GString) text = g_string_new (templates[i]);
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      const char *body;

      g_string_replace (text, "KEY", key, 0);
      g_string_replace (text, "M0", m0, 0);
      body = text->str;

      g_test_message ("%s", body);
      g_assert_false (trappa_vote_session_vote (session, body, strlen (body), &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == TRAPPA_VOTE_ERROR);
      after = vote_fixture_state (&fixture, session);
      g_assert_cmpstr (before, ==, after);
    }
  {
    g_autofree char *body = g_strdup_printf ("{\"participant\":\"%s\",\"dots\":{\"%s\":4,\"%s\":2}}",
                                             key, m0, fixture.measure[1]);
    g_autoptr(GError) error = NULL;
    g_autofree char *after = NULL;

    g_assert_false (trappa_vote_session_vote (session, body, strlen (body), &error));
    g_assert_error (error, TRAPPA_VOTE_ERROR, TRAPPA_VOTE_ERROR_INVALID);
    after = vote_fixture_state (&fixture, session);
    g_assert_cmpstr (before, ==, after);
  }
  {
    g_autofree char *other = join (no_dots, "");
    g_autofree char *body = g_strdup_printf ("{\"participant\":\"%s\",\"dots\":{\"%s\":1}}", other, m0);
    g_autoptr(GError) error = NULL;

    g_assert_false (trappa_vote_session_vote (no_dots, body, strlen (body), &error));
    g_assert_error (error, TRAPPA_VOTE_ERROR, TRAPPA_VOTE_ERROR_INVALID);
  }
  vote_fixture_clear (&fixture);
}

/* Two participants of the first group and one without a group place the
 * first measure, the last also the third. */
static void
vote_three (VoteFixture       *fixture,
            TrappaVoteSession *session)
{
  g_autofree char *a = join (session, fixture->group[0]);
  g_autofree char *b = join (session, fixture->group[0]);
  g_autofree char *c = join (session, "");

  vote (session, a, fixture->measure[0], 20, 90);
  vote (session, b, fixture->measure[0], 40, 70);
  vote (session, c, fixture->measure[0], 90, 20);
  vote (session, c, fixture->measure[2], 55, 45);
}

static void
test_merge (void)
{
  VoteFixture fixture;
  g_autoptr(TrappaVoteSession) session = NULL;
  g_autoptr(GArray) all = NULL, group1 = NULL, room = NULL;
  TrappaVoteTally *tally;

  vote_fixture_init (&fixture);
  session = vote_fixture_session (&fixture, 0);
  vote_three (&fixture, session);

  all = trappa_vote_session_tally (session, NULL);
  tally = &g_array_index (all, TrappaVoteTally, 0);
  g_assert_cmpuint (tally->x.n, ==, 3);
  g_assert_cmpfloat_with_epsilon (tally->x.mean, 50.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (tally->y.mean, 60.0, 1e-9);
  /* Population standard deviation of 20, 40, 90. */
  g_assert_cmpfloat_with_epsilon (tally->x.spread, sqrt ((900.0 + 100.0 + 1600.0) / 3), 1e-9);
  g_assert_cmpuint (g_array_index (all, TrappaVoteTally, 1).x.n, ==, 0);

  group1 = trappa_vote_session_tally (session, fixture.group[0]);
  tally = &g_array_index (group1, TrappaVoteTally, 0);
  g_assert_cmpuint (tally->x.n, ==, 2);
  g_assert_cmpfloat_with_epsilon (tally->x.mean, 30.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (tally->x.spread, 10.0, 1e-9);
  g_assert_cmpuint (g_array_index (group1, TrappaVoteTally, 2).x.n, ==, 0);

  room = trappa_vote_session_tally (session, "");
  g_assert_cmpfloat_with_epsilon (g_array_index (room, TrappaVoteTally, 2).y.mean, 45.0, 1e-9);
  g_assert_cmpuint (trappa_vote_session_count_voters (session, NULL), ==, 3);
  g_assert_cmpuint (trappa_vote_session_count_voters (session, fixture.group[1]), ==, 0);
  vote_fixture_clear (&fixture);
}

static void
test_change (void)
{
  VoteFixture fixture;
  g_autoptr(TrappaVoteSession) session = NULL;
  g_autoptr(GArray) tallies = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL, *dots = NULL, *fewer = NULL;
  TrappaVoteTally *tally;

  vote_fixture_init (&fixture);
  session = vote_fixture_session (&fixture, 5);
  a = join (session, fixture.group[1]);
  b = join (session, fixture.group[1]);
  vote (session, a, fixture.measure[0], 10, 10);
  vote (session, b, fixture.measure[0], 30, 30);
  vote (session, a, fixture.measure[0], 70, 50);
  dots = g_strdup_printf ("{\"participant\":\"%s\",\"dots\":{\"%s\":3,\"%s\":2}}",
                          a, fixture.measure[0], fixture.measure[1]);
  g_assert_true (trappa_vote_session_vote (session, dots, strlen (dots), &error));
  /* A new allocation replaces the old one, so moving dots never needs
   * more than the budget. */
  fewer = g_strdup_printf ("{\"participant\":\"%s\",\"dots\":{\"%s\":5}}", a, fixture.measure[1]);
  g_assert_true (trappa_vote_session_vote (session, fewer, strlen (fewer), &error));
  g_assert_no_error (error);

  tallies = trappa_vote_session_tally (session, NULL);
  tally = &g_array_index (tallies, TrappaVoteTally, 0);
  g_assert_cmpuint (tally->x.n, ==, 2);
  g_assert_cmpfloat_with_epsilon (tally->x.mean, 50.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (tally->y.mean, 40.0, 1e-9);
  g_assert_cmpuint (tally->dots, ==, 0);
  g_assert_cmpuint (g_array_index (tallies, TrappaVoteTally, 1).dots, ==, 5);
  vote_fixture_clear (&fixture);
}

static void
count (guint *counter)
{
  (*counter)++;
}

/* Accepting is one "changed" and one undo step, a measure's new scores
 * one splice; undo and redo give back exactly the plan before and after. */
static void
test_accept (void)
{
  VoteFixture fixture;
  g_autoptr(TrappaVoteSession) session = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL;
  g_autoptr(GBytes) before = NULL, after = NULL, undone = NULL, redone = NULL;
  GListModel *scores;
  guint changed = 0, splices = 0;

  vote_fixture_init (&fixture);
  g_assert_true (trappa_measure_set_score (TRAPPA_MEASURE (trappa_plan_lookup (fixture.plan, fixture.measure[0])),
                                           fixture.plan, fixture.group[0], "haster", 5, NULL));
  trappa_plan_clear_history (fixture.plan);
  session = vote_fixture_session (&fixture, 0);
  a = join (session, fixture.group[0]);
  b = join (session, fixture.group[0]);
  c = join (session, "");
  g_assert_cmpuint (trappa_vote_session_accept (session, fixture.plan), ==, 0);
  g_assert_false (trappa_plan_get_can_undo (fixture.plan));

  vote (session, a, fixture.measure[0], 20, 91);
  vote (session, b, fixture.measure[0], 41, 70);
  vote (session, c, fixture.measure[1], 90, 20);
  before = trappa_plan_file_serialize (fixture.plan);
  scores = G_LIST_MODEL (trappa_item_get_list (trappa_plan_lookup (fixture.plan, fixture.measure[1]), "scores"));
  g_signal_connect_swapped (fixture.plan, "changed", G_CALLBACK (count), &changed);
  g_signal_connect_swapped (scores, "items-changed", G_CALLBACK (count), &splices);
  g_assert_cmpuint (trappa_vote_session_accept (session, fixture.plan), ==, 4);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (splices, ==, 1);
  after = trappa_plan_file_serialize (fixture.plan);
  g_assert_cmpint (score_of (&fixture, fixture.measure[0], fixture.group[0], "haster"), ==, 31);
  g_assert_cmpint (score_of (&fixture, fixture.measure[0], fixture.group[0], "kostbart"), ==, 81);
  g_assert_cmpint (score_of (&fixture, fixture.measure[1], "", "haster"), ==, 90);
  g_assert_cmpint (score_of (&fixture, fixture.measure[1], "", "kostbart"), ==, 20);
  g_assert_cmpint (score_of (&fixture, fixture.measure[1], fixture.group[0], "haster"), ==, -1);

  /* One undo step takes all of it back. */
  g_assert_cmpstr (trappa_plan_get_undo_label (fixture.plan), ==, "Accept Live Votes");
  g_assert_true (trappa_plan_undo (fixture.plan));
  g_assert_false (trappa_plan_get_can_undo (fixture.plan));
  g_assert_cmpint (score_of (&fixture, fixture.measure[0], fixture.group[0], "haster"), ==, 5);
  g_assert_cmpint (score_of (&fixture, fixture.measure[0], fixture.group[0], "kostbart"), ==, -1);
  g_assert_cmpint (score_of (&fixture, fixture.measure[1], "", "haster"), ==, -1);
  g_assert_cmpuint (splices, ==, 2);
  undone = trappa_plan_file_serialize (fixture.plan);
  g_assert_true (g_bytes_equal (undone, before));
  g_assert_true (trappa_plan_redo (fixture.plan));
  redone = trappa_plan_file_serialize (fixture.plan);
  g_assert_true (g_bytes_equal (redone, after));
  g_signal_handlers_disconnect_by_data (fixture.plan, &changed);
  g_signal_handlers_disconnect_by_data (scores, &splices);
  vote_fixture_clear (&fixture);
}

static gint64
dots_of (TrappaPlan  *plan,
         const char  *measure,
         const char  *group)
{
  return trappa_measure_get_dots (TRAPPA_MEASURE (trappa_plan_lookup (plan, measure)), group);
}

static void
spend_dots (TrappaVoteSession *session,
            const char        *key,
            const char        *dots)
{
  g_autofree char *body = g_strdup_printf ("{\"participant\":\"%s\",\"dots\":{%s}}", key, dots);
  g_autoptr(GError) error = NULL;

  g_assert_true (trappa_vote_session_vote (session, body, strlen (body), &error));
  g_assert_no_error (error);
}

/* Dots go into the plan as each group's count per measure, in the same
 * undo step as the scores, replace an earlier session's count and stay
 * through a save. */
static void
test_accept_dots (void)
{
  VoteFixture fixture;
  g_autoptr(TrappaVoteSession) session = NULL;
  g_autoptr(TrappaPlan) reread = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL, *ab = NULL, *bb = NULL, *cb = NULL;
  TrappaMeasure *third;

  vote_fixture_init (&fixture);
  third = TRAPPA_MEASURE (trappa_plan_lookup (fixture.plan, fixture.measure[2]));
  g_assert_true (trappa_measure_set_dots (third, fixture.plan, fixture.group[0], 7, NULL));
  g_assert_true (trappa_measure_set_dots (third, fixture.plan, fixture.group[1], 2, NULL));
  trappa_plan_clear_history (fixture.plan);
  session = vote_fixture_session (&fixture, 5);
  a = join (session, fixture.group[0]);
  b = join (session, fixture.group[0]);
  c = join (session, "");
  d = join (session, fixture.group[1]);
  ab = g_strdup_printf ("\"%s\":3,\"%s\":2", fixture.measure[0], fixture.measure[1]);
  bb = g_strdup_printf ("\"%s\":4", fixture.measure[1]);
  cb = g_strdup_printf ("\"%s\":5", fixture.measure[2]);
  spend_dots (session, a, ab);
  spend_dots (session, b, bb);
  spend_dots (session, c, cb);
  vote (session, a, fixture.measure[0], 60, 40);
  vote (session, d, fixture.measure[0], 10, 10);
  g_assert_cmpuint (trappa_vote_session_accept (session, fixture.plan), ==, 4);

  g_assert_cmpint (dots_of (fixture.plan, fixture.measure[0], fixture.group[0]), ==, 3);
  g_assert_cmpint (dots_of (fixture.plan, fixture.measure[1], fixture.group[0]), ==, 6);
  /* The group spent its dots elsewhere this time. */
  g_assert_cmpint (dots_of (fixture.plan, fixture.measure[2], fixture.group[0]), ==, 0);
  g_assert_cmpint (dots_of (fixture.plan, fixture.measure[2], ""), ==, 5);
  g_assert_cmpint (dots_of (fixture.plan, fixture.measure[0], ""), ==, 0);
  /* The second group placed a card but spent no dots: its count stays. */
  g_assert_cmpint (dots_of (fixture.plan, fixture.measure[2], fixture.group[1]), ==, 2);
  /* Every group's, summed. */
  g_assert_cmpint (dots_of (fixture.plan, fixture.measure[2], NULL), ==, 7);
  g_assert_cmpint (dots_of (fixture.plan, fixture.measure[1], NULL), ==, 6);
  g_assert_cmpint (score_of (&fixture, fixture.measure[0], fixture.group[0], "haster"), ==, 60);

  saved = trappa_plan_file_serialize (fixture.plan);
  reread = trappa_plan_file_parse (saved, "dots.trappa", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dots_of (reread, fixture.measure[1], fixture.group[0]), ==, 6);
  g_assert_cmpint (dots_of (reread, fixture.measure[2], ""), ==, 5);

  g_assert_true (trappa_plan_undo (fixture.plan));
  g_assert_false (trappa_plan_get_can_undo (fixture.plan));
  g_assert_cmpint (dots_of (fixture.plan, fixture.measure[2], fixture.group[0]), ==, 7);
  g_assert_cmpint (dots_of (fixture.plan, fixture.measure[0], fixture.group[0]), ==, 0);
  g_assert_cmpint (dots_of (fixture.plan, fixture.measure[2], ""), ==, 0);
  g_assert_cmpint (score_of (&fixture, fixture.measure[0], fixture.group[0], "haster"), ==, -1);

  /* Removing a group removes its dots. */
  trappa_plan_remove (fixture.plan, trappa_plan_lookup (fixture.plan, fixture.group[0]));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (third), "dots"))), ==, 1);
  vote_fixture_clear (&fixture);
}

/* A group or measure removed from the plan while the room voted. */
static void
test_accept_after_removal (void)
{
  VoteFixture fixture;
  g_autoptr(TrappaVoteSession) session = NULL;
  g_autofree char *a = NULL, *b = NULL;
  g_autofree char *group = NULL, *measure = NULL;

  vote_fixture_init (&fixture);
  session = vote_fixture_session (&fixture, 0);
  group = g_strdup (fixture.group[1]);
  measure = g_strdup (fixture.measure[0]);
  a = join (session, group);
  b = join (session, fixture.group[0]);
  vote (session, a, fixture.measure[1], 20, 20);
  vote (session, b, measure, 20, 20);
  vote (session, b, fixture.measure[1], 60, 60);
  trappa_plan_remove (fixture.plan, trappa_plan_lookup (fixture.plan, group));
  trappa_plan_remove (fixture.plan, trappa_plan_lookup (fixture.plan, measure));
  g_assert_cmpuint (trappa_vote_session_accept (session, fixture.plan), ==, 2);
  g_assert_cmpint (score_of (&fixture, fixture.measure[1], fixture.group[0], "haster"), ==, 60);
  vote_fixture_clear (&fixture);
}

/* What the projector lays out: the session's measures alone, with the
 * participants' mean and spread on the two voted axes, per group. */
static void
test_live (void)
{
  VoteFixture fixture;
  g_autoptr(TrappaVoteSession) session = NULL;
  g_autoptr(TrappaVoteLive) live = NULL;
  TrappaPlan *plan;
  TrappaScoreSummary summary;
  TrappaMeasure *measure;

  vote_fixture_init (&fixture);
  session = vote_fixture_session (&fixture, 0);
  live = trappa_vote_live_new (session);
  plan = trappa_vote_live_get_plan (live);
  g_assert_false (trappa_plan_get_can_undo (plan));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "workshop-groups"))), ==, 0);
  for (guint i = 0; i < 3; i++)
    {
      TrappaItem *item = trappa_plan_lookup (plan, fixture.measure[i]);

      g_assert_true (TRAPPA_IS_MEASURE (item));
      g_assert_cmpstr (trappa_item_get_string (item, "title"), ==,
                       trappa_item_get_string (trappa_plan_lookup (fixture.plan, fixture.measure[i]), "title"));
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (item, "scores"))), ==, 0);
    }
  measure = TRAPPA_MEASURE (trappa_plan_lookup (plan, fixture.measure[0]));

  vote_three (&fixture, session);
  /* The figures are those of the last update. */
  trappa_vote_live_summarize (measure, TRAPPA_AXIS_URGENCY, &summary, live);
  g_assert_cmpuint (summary.n, ==, 0);
  g_assert_cmpfloat (summary.mean, ==, TRAPPA_SCORE_NEUTRAL);

  trappa_vote_live_update (live, NULL);
  trappa_vote_live_summarize (measure, TRAPPA_AXIS_URGENCY, &summary, live);
  g_assert_cmpuint (summary.n, ==, 3);
  g_assert_cmpfloat_with_epsilon (summary.mean, 50.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (summary.spread, sqrt ((900.0 + 100.0 + 1600.0) / 3), 1e-9);
  g_assert_cmpfloat (summary.min, ==, 20);
  g_assert_cmpfloat (summary.max, ==, 90);
  trappa_vote_live_summarize (measure, TRAPPA_AXIS_COST, &summary, live);
  g_assert_cmpfloat_with_epsilon (summary.mean, 60.0, 1e-9);
  /* Nobody votes on the other axes. */
  trappa_vote_live_summarize (measure, TRAPPA_AXIS_KNOWLEDGE, &summary, live);
  g_assert_cmpuint (summary.n, ==, 0);
  trappa_vote_live_summarize (TRAPPA_MEASURE (trappa_plan_lookup (plan, fixture.measure[1])),
                              TRAPPA_AXIS_URGENCY, &summary, live);
  g_assert_cmpuint (summary.n, ==, 0);

  trappa_vote_live_update (live, fixture.group[0]);
  trappa_vote_live_summarize (measure, TRAPPA_AXIS_URGENCY, &summary, live);
  g_assert_cmpuint (summary.n, ==, 2);
  g_assert_cmpfloat_with_epsilon (summary.mean, 30.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (summary.spread, 10.0, 1e-9);
  trappa_vote_live_update (live, "");
  trappa_vote_live_summarize (measure, TRAPPA_AXIS_COST, &summary, live);
  g_assert_cmpuint (summary.n, ==, 1);
  g_assert_cmpfloat (summary.mean, ==, 20);
  vote_fixture_clear (&fixture);
}

typedef struct
{
  TrappaVoteSession *session;
  const char        *key;
  const char        *measure;
  int                last;   /* the last x (and 100 − y) this voter sends */
} Voter;

static gpointer
vote_many (gpointer data)
{
  Voter *voter = data;

  for (int x = 0; x <= voter->last; x++)
    vote (voter->session, voter->key, voter->measure, x, 100 - x);
  return NULL;
}

static void
count_changed (GThread **emitted_in)
{
  *emitted_in = g_thread_self ();
}

/* The server votes in its own thread while the window reads the tallies:
 * votes from several threads at once all count, and "changed" comes in
 * the context that made the session, never in a voting thread. */
static void
test_threads (void)
{
  VoteFixture fixture;
  g_autoptr(TrappaVoteSession) session = NULL;
  g_autoptr(GArray) tallies = NULL;
  char *keys[4];
  Voter voters[4];
  GThread *threads[4];
  GThread *emitted_in = NULL;
  TrappaVoteTally *tally;

  vote_fixture_init (&fixture);
  session = vote_fixture_session (&fixture, 0);
  g_signal_connect_swapped (session, "changed", G_CALLBACK (count_changed), &emitted_in);
  for (guint i = 0; i < G_N_ELEMENTS (voters); i++)
    {
      keys[i] = join (session, fixture.group[i % 2]);
      voters[i] = (Voter) { session, keys[i], fixture.measure[i % 2], 40 + 20 * (int) i };
    }
  emitted_in = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (voters); i++)
    threads[i] = g_thread_new ("voter", vote_many, &voters[i]);
  for (guint i = 0; i < G_N_ELEMENTS (voters); i++)
    {
      /* The window reads while they vote. */
      g_array_unref (trappa_vote_session_tally (session, NULL));
      g_thread_join (threads[i]);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (emitted_in == g_thread_self ());

  tallies = trappa_vote_session_tally (session, NULL);
  /* Measure 0: the voters' last x 40 and 80; measure 1: 60 and 100. */
  tally = &g_array_index (tallies, TrappaVoteTally, 0);
  g_assert_cmpuint (tally->x.n, ==, 2);
  g_assert_cmpfloat_with_epsilon (tally->x.mean, 60.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (tally->y.mean, 40.0, 1e-9);
  tally = &g_array_index (tallies, TrappaVoteTally, 1);
  g_assert_cmpuint (tally->x.n, ==, 2);
  g_assert_cmpfloat_with_epsilon (tally->x.mean, 80.0, 1e-9);
  g_assert_cmpuint (trappa_vote_session_count_voters (session, NULL), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_free (keys[i]);
  vote_fixture_clear (&fixture);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trappa/vote/session/new-refused", test_new_refused);
  g_test_add_func ("/trappa/vote/session/chosen-measures", test_chosen_measures);
  g_test_add_func ("/trappa/vote/session/json", test_json);
  g_test_add_func ("/trappa/vote/session/join", test_join);
  g_test_add_func ("/trappa/vote/session/participant-limit", test_participant_limit);
  g_test_add_func ("/trappa/vote/session/vote-refused", test_vote_refused);
  g_test_add_func ("/trappa/vote/session/merge", test_merge);
  g_test_add_func ("/trappa/vote/session/change", test_change);
  g_test_add_func ("/trappa/vote/session/accept", test_accept);
  g_test_add_func ("/trappa/vote/session/accept-after-removal", test_accept_after_removal);
  g_test_add_func ("/trappa/vote/session/accept-dots", test_accept_dots);
  g_test_add_func ("/trappa/vote/session/live", test_live);
  g_test_add_func ("/trappa/vote/session/threads", test_threads);
  return g_test_run ();
}
