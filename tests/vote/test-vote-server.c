/* test-vote-server.c: the voting server over HTTP on 127.0.0.1 with a
 * libsoup client: the token, bad messages, merging, the rate limit and
 * closing
 *
 * The server answers from this thread's main loop, so the client uses the
 * asynchronous API and the test iterates the loop until the reply.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-vote-server.h"
#include "vote-fixture.h"

typedef struct
{
  VoteFixture        fixture;
  TrappaVoteSession *session;
  TrappaVoteServer  *server;
  SoupSession       *client;
  char              *base;    /* "http://127.0.0.1:PORT" */
  const char        *token;
} Fixture;

static void
request (Fixture    *f,
         const char *method,
         const char *path,
         const char *body,
         VoteReply  *reply)
{
  g_autofree char *url = g_strdup_printf ("%s%s%st=%s", f->base, path, strchr (path, '?') ? "&" : "?", f->token);

  vote_fixture_request (f->client, method, url, body, reply);
  g_assert_no_error (reply->error);
}

static char *
join (Fixture    *f,
      const char *group_id)
{
  g_autofree char *body = g_strdup_printf ("{\"group\":\"%s\"}", group_id);
  g_auto(VoteReply) reply = { 0 };
  const char *start;

  request (f, "POST", "/api/join", body, &reply);
  g_assert_cmpuint (reply.status, ==, SOUP_STATUS_OK);
  start = strstr (reply.body, "\"participant\":\"");
  g_assert_nonnull (start);
  start += strlen ("\"participant\":\"");
  return g_strndup (start, strchr (start, '"') - start);
}

static void
vote (Fixture    *f,
      const char *key,
      const char *measure,
      int         x,
      int         y)
{
  g_autofree char *body = vote_fixture_vote_body (key, measure, x, y);
  g_auto(VoteReply) reply = { 0 };

  request (f, "POST", "/api/vote", body, &reply);
  g_assert_cmpuint (reply.status, ==, SOUP_STATUS_OK);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GInetSocketAddress) address = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;

  vote_fixture_init (&f->fixture);
  f->session = vote_fixture_session (&f->fixture, 0);
  f->server = trappa_vote_server_new (f->session, &error);
  g_assert_no_error (error);
  address = trappa_vote_parse_address ("127.0.0.1:0", &error);
  g_assert_no_error (error);
  g_assert_true (trappa_vote_server_listen (f->server, address, &error));
  g_assert_no_error (error);
  f->token = trappa_vote_server_get_token (f->server);
  url = trappa_vote_server_get_url (f->server);
  g_assert_true (g_str_has_prefix (url, "http://127.0.0.1:"));
  g_assert_true (g_str_has_suffix (url, f->token));
  f->base = g_strndup (url, strstr (url, "/?t=") - url);
  f->client = soup_session_new ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->client);
  g_clear_object (&f->server);
  g_clear_object (&f->session);
  g_clear_pointer (&f->base, g_free);
  vote_fixture_clear (&f->fixture);
}

static void
test_address (void)
{
  const char *refused[] = { "0.0.0.0:8080", "[::]:8080", "localhost:8080", "127.0.0.1",
                            "127.0.0.1:70000", ":8080", "127.0.0.1:80x" };
  g_autoptr(GInetSocketAddress) v6 = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_null (trappa_vote_parse_address (refused[i], &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
    }
  v6 = trappa_vote_parse_address ("[fe80::1]:8080", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_inet_socket_address_get_port (v6), ==, 8080);
  g_assert_cmpint (g_inet_address_get_family (g_inet_socket_address_get_address (v6)), ==, G_SOCKET_FAMILY_IPV6);
}

static void
test_token (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *wrong = g_strdup (f->token);
  const char *paths[] = { "/", "/vote.js", "/api/session", "/api/join" };
  g_autofree char *before = vote_fixture_state (&f->fixture, f->session);
  g_autofree char *after = NULL;

  wrong[0] = wrong[0] == 'A' ? 'B' : 'A';
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      const char *method = g_str_has_prefix (paths[i], "/api/join") ? "POST" : "GET";
      const char *body = g_str_equal (method, "POST") ? "{\"group\":\"\"}" : NULL;
      g_autofree char *none = g_strconcat (f->base, paths[i], NULL);
      g_autofree char *bad = g_strdup_printf ("%s%s?t=%s", f->base, paths[i], wrong);
      g_autofree char *empty = g_strdup_printf ("%s%s?t=", f->base, paths[i]);
      const char *urls[] = { none, bad, empty };

      for (guint u = 0; u < G_N_ELEMENTS (urls); u++)
        {
          g_auto(VoteReply) reply = { 0 };

          vote_fixture_request (f->client, method, urls[u], body, &reply);
          g_assert_no_error (reply.error);
          g_assert_cmpuint (reply.status, ==, SOUP_STATUS_FORBIDDEN);
          g_assert_cmpstr (reply.body, ==, "");
        }
    }
  after = vote_fixture_state (&f->fixture, f->session);
  g_assert_cmpstr (before, ==, after);
}

static void
test_page (Fixture       *f,
           gconstpointer  data)
{
  g_auto(VoteReply) page = { 0 }, script = { 0 }, session = { 0 }, missing = { 0 };
  g_autofree char *script_ref = g_strdup_printf ("vote.js?t=%s", f->token);

  request (f, "GET", "/", NULL, &page);
  g_assert_cmpuint (page.status, ==, SOUP_STATUS_OK);
  g_assert_nonnull (strstr (page.body, script_ref));
  g_assert_nonnull (strstr (soup_message_headers_get_one (page.headers, "Content-Security-Policy"),
                            "script-src 'self'"));
  g_assert_cmpstr (soup_message_headers_get_one (page.headers, "Referrer-Policy"), ==, "no-referrer");
  g_assert_null (soup_message_headers_get_one (page.headers, "Set-Cookie"));

  request (f, "GET", "/vote.js", NULL, &script);
  g_assert_cmpuint (script.status, ==, SOUP_STATUS_OK);
  /* Titles reach the page as text only. */
  g_assert_null (strstr (script.body, "innerHTML"));
  g_assert_nonnull (strstr (script.body, "textContent"));

  request (f, "GET", "/api/session", NULL, &session);
  g_assert_cmpuint (session.status, ==, SOUP_STATUS_OK);
  g_assert_nonnull (strstr (session.body, "\\u003cscript>alert(1)\\u003c/script>") ?:
                    strstr (session.body, "<script>alert(1)</script>"));

  request (f, "GET", "/etc/passwd", NULL, &missing);
  g_assert_cmpuint (missing.status, ==, SOUP_STATUS_NOT_FOUND);
}

static void
test_bad_messages (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *key = join (f, f->fixture.group[0]);
  g_autofree char *big = NULL;
  g_autofree char *before = NULL;
  g_autofree char *out_of_range = g_strdup_printf ("{\"participant\":\"%s\",\"scores\":"
                                                   "[{\"measure\":\"%s\",\"x\":101,\"y\":0}]}",
                                                   key, f->fixture.measure[0]);
  g_autofree char *unknown = g_strdup_printf ("{\"participant\":\"%s\",\"scores\":"
                                              "[{\"measure\":\"tiltak-99\",\"x\":1,\"y\":0}]}", key);
  GString *padded = g_string_new (NULL);
  const char *bodies[] = { "{\"participant\":", "null", out_of_range, unknown, "{\"group\":\"x\"}", NULL };

  vote (f, key, f->fixture.measure[1], 10, 90);
  before = vote_fixture_state (&f->fixture, f->session);
  g_string_printf (padded, "{\"participant\":\"%s\",\"scores\":[{\"measure\":\"%s\",\"x\":1,\"y\":1}]",
                   key, f->fixture.measure[0]);
  while (padded->len <= TRAPPA_VOTE_MAX_BODY)
    g_string_append (padded, "        ");
  g_string_append_c (padded, '}');
  big = g_string_free (padded, FALSE);
  bodies[5] = big;

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_auto(VoteReply) reply = { 0 };
      g_autofree char *after = NULL;

      request (f, "POST", "/api/vote", bodies[i], &reply);
      g_assert_cmpuint (reply.status, ==, SOUP_STATUS_BAD_REQUEST);
      g_assert_cmpuint (strlen (reply.body), >, 0);
      g_assert_cmpuint (strlen (reply.body), <, 80);
      after = vote_fixture_state (&f->fixture, f->session);
      g_assert_cmpstr (before, ==, after);
    }
  {
    g_auto(VoteReply) reply = { 0 };

    request (f, "PUT", "/api/vote", "{}", &reply);
    g_assert_cmpuint (reply.status, ==, SOUP_STATUS_METHOD_NOT_ALLOWED);
  }
}

static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *a = join (f, f->fixture.group[0]);
  g_autofree char *b = join (f, f->fixture.group[1]);
  g_autofree char *c = join (f, "");
  g_autoptr(GArray) tallies = NULL;
  TrappaVoteTally *tally;

  vote (f, a, f->fixture.measure[2], 10, 100);
  vote (f, b, f->fixture.measure[2], 20, 50);
  vote (f, c, f->fixture.measure[2], 90, 0);
  vote (f, c, f->fixture.measure[2], 60, 30);   /* changes c's vote */

  tallies = trappa_vote_session_tally (f->session, NULL);
  tally = &g_array_index (tallies, TrappaVoteTally, 2);
  g_assert_cmpuint (tally->x.n, ==, 3);
  g_assert_cmpfloat_with_epsilon (tally->x.mean, 30.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (tally->y.mean, 60.0, 1e-9);
  g_assert_cmpuint (trappa_vote_session_count_voters (f->session, NULL), ==, 3);
}

/* A client over the limit gets 429 at once; another client is served. */
static void
test_rate_limit (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GInetAddress) other_host = g_inet_address_new_from_string ("127.0.0.2");
  g_autoptr(GSocketAddress) other_address = g_inet_socket_address_new (other_host, 0);
  g_autoptr(SoupSession) other = soup_session_new_with_options ("local-address", other_address, NULL);
  g_autofree char *url = g_strdup_printf ("%s/api/session?t=%s", f->base, f->token);
  g_auto(VoteReply) served = { 0 };
  guint limited = 0;

  for (guint i = 0; i < TRAPPA_VOTE_BURST + 10; i++)
    {
      g_auto(VoteReply) reply = { 0 };

      request (f, "GET", "/api/session", NULL, &reply);
      if (reply.status == 429)
        {
          limited++;
          g_assert_cmpstr (soup_message_headers_get_one (reply.headers, "Retry-After"), ==, "1");
        }
      else
        g_assert_cmpuint (reply.status, ==, SOUP_STATUS_OK);
    }
  g_assert_cmpuint (limited, >=, 5);
  vote_fixture_request (other, "GET", url, NULL, &served);
  g_assert_no_error (served.error);
  g_assert_cmpuint (served.status, ==, SOUP_STATUS_OK);
}

static void
test_close (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *url = g_strdup_printf ("%s/api/session?t=%s", f->base, f->token);
  g_autoptr(SoupSession) fresh = soup_session_new ();
  g_auto(VoteReply) before = { 0 }, after = { 0 };

  request (f, "GET", "/api/session", NULL, &before);
  g_assert_cmpuint (before.status, ==, SOUP_STATUS_OK);
  trappa_vote_server_close (f->server);
  g_assert_null (trappa_vote_server_get_url (f->server));
  vote_fixture_request (fresh, "GET", url, NULL, &after);
  g_assert_error (after.error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trappa/vote/server/address", test_address);
#define ADD(path, func) \
  g_test_add ("/trappa/vote/server/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("token", test_token);
  ADD ("page", test_page);
  ADD ("bad-messages", test_bad_messages);
  ADD ("merge", test_merge);
  ADD ("rate-limit", test_rate_limit);
  ADD ("close", test_close);
#undef ADD
  return g_test_run ();
}
