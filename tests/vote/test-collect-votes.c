/* test-collect-votes.c: `trappa --collect-votes` end to end from the
 * command line: it prints the address, takes votes over HTTP, saves them
 * on SIGTERM as a new file, leaves the plan alone and closes the port
 *
 * Usage: test-collect-votes --tap PATH-TO-TRAPPA
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <signal.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "trappa-plan-file.h"
#include "trappa-priority.h"

static const char *trappa;

static char *
example_path (void)
{
  return g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples", "alver.trappa", NULL);
}

/* The reply body; fails the test unless the status is @expected. */
static char *
send (SoupSession *client,
      const char  *method,
      const char  *url,
      const char  *body,
      guint        expected)
{
  g_autoptr(SoupMessage) msg = soup_message_new (method, url);
  g_autoptr(GBytes) reply = NULL;
  g_autoptr(GError) error = NULL;

  if (body != NULL)
    {
      g_autoptr(GBytes) content = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (msg, "application/json", content);
    }
  reply = soup_session_send_and_read (client, msg, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (soup_message_get_status (msg), ==, expected);
  return g_strndup (g_bytes_get_data (reply, NULL), g_bytes_get_size (reply));
}

static char *
api (const char *url,
     const char *path)
{
  const char *query = strstr (url, "/?t=");

  return g_strdup_printf ("%.*s%s%s", (int) (query - url), url, path, query + 1);
}

static char *
join (SoupSession *client,
      const char  *url,
      const char  *group)
{
  g_autofree char *join_url = api (url, "/api/join");
  g_autofree char *body = g_strdup_printf ("{\"group\":\"%s\",\"nickname\":\"Ola\"}", group);
  g_autofree char *reply = send (client, "POST", join_url, body, SOUP_STATUS_OK);
  g_autoptr(JsonNode) node = json_from_string (reply, NULL);

  return g_strdup (json_object_get_string_member (json_node_get_object (node), "participant"));
}

static void
vote (SoupSession *client,
      const char  *url,
      const char  *key,
      const char  *measure,
      int          x,
      int          y)
{
  g_autofree char *vote_url = api (url, "/api/vote");
  g_autofree char *body = g_strdup_printf ("{\"participant\":\"%s\",\"scores\":"
                                           "[{\"measure\":\"%s\",\"x\":%d,\"y\":%d}]}",
                                           key, measure, x, y);

  g_free (send (client, "POST", vote_url, body, SOUP_STATUS_OK));
}

static gint64
score_of (TrappaPlan *plan,
          const char *measure,
          const char *group,
          const char *axis)
{
  TrappaScore *score = trappa_measure_find_score (TRAPPA_MEASURE (trappa_plan_lookup (plan, measure)), group, axis);

  return score != NULL ? trappa_item_get_int (TRAPPA_ITEM (score), "value") : -1;
}

static void
test_round_trip (void)
{
  g_autofree char *dir = g_dir_make_tmp ("trappa-collect-XXXXXX", NULL);
  g_autofree char *source = example_path ();
  g_autofree char *plan_path = g_build_filename (dir, "alver.trappa", NULL);
  g_autofree char *output = g_build_filename (dir, "votes.trappa", NULL);
  g_autofree char *original = NULL, *after = NULL, *line = NULL, *url = NULL;
  g_autofree char *session_url = NULL, *session_json = NULL, *a = NULL, *b = NULL, *c = NULL;
  g_autofree char *measure = NULL, *second = NULL, *group = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(SoupSession) client = soup_session_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GFile) result_file = NULL;
  g_autoptr(TrappaPlan) result = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *session;
  gsize length;

  g_assert_true (g_file_get_contents (source, &original, &length, NULL));
  g_assert_true (g_file_set_contents (plan_path, original, length, NULL));
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, trappa, "--collect-votes", plan_path,
                              "--listen", "127.0.0.1:0", "--output", output, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  g_assert_nonnull (strstr (line, "http://127.0.0.1:"));
  url = g_strdup (strstr (line, "http://"));
  g_strchomp (url);

  session_url = api (url, "/api/session");
  session_json = send (client, "GET", session_url, NULL, SOUP_STATUS_OK);
  root = json_from_string (session_json, &error);
  g_assert_no_error (error);
  session = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (session, "x"), ==, "haster");
  measure = g_strdup (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (session, "measures"), 0), "id"));
  second = g_strdup (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (session, "measures"), 1), "id"));
  group = g_strdup (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (session, "groups"), 1), "id"));

  a = join (client, url, group);
  b = join (client, url, group);
  c = join (client, url, "");
  vote (client, url, a, measure, 20, 80);
  vote (client, url, b, measure, 40, 60);
  vote (client, url, b, measure, 50, 50);   /* b changes its mind */
  vote (client, url, c, second, 7, 93);

  g_subprocess_send_signal (process, SIGTERM);
  g_assert_true (g_subprocess_wait (process, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);

  /* The plan is untouched; the votes are in the new file. */
  g_assert_true (g_file_get_contents (plan_path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, original);
  trappa_plan_file_init ();
  result_file = g_file_new_for_path (output);
  result = trappa_plan_file_load (result_file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (score_of (result, measure, group, "haster"), ==, 35);
  g_assert_cmpint (score_of (result, measure, group, "kostbart"), ==, 65);
  g_assert_cmpint (score_of (result, second, "", "haster"), ==, 7);
  g_assert_cmpint (score_of (result, second, "", "kostbart"), ==, 93);

  /* The port is closed. */
  {
    g_autoptr(SoupMessage) msg = soup_message_new ("GET", session_url);
    g_autoptr(GBytes) none = soup_session_send_and_read (client, msg, NULL, &error);

    g_assert_null (none);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED);
    g_clear_error (&error);
  }

  g_unlink (output);
  g_unlink (plan_path);
  g_rmdir (dir);
}

static void
check_refused (const char *listen,
               const char *output,
               const char *expected)
{
  g_autofree char *plan = example_path ();
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                              trappa, "--collect-votes", plan, "--listen", listen,
                              "--output", output != NULL ? output : plan, NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &err, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, expected));
}

static void
test_refused (void)
{
  g_autofree char *output = g_build_filename (g_get_tmp_dir (), "trappa-never-written.trappa", NULL);

  check_refused ("127.0.0.1:0", NULL, "new file");
  check_refused ("0.0.0.0:0", output, "0.0.0.0");
  check_refused ("localhost:8080", output, "localhost");
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
}

int
main (int argc, char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  trappa = argv[1];
  g_test_add_func ("/trappa/vote/collect/round-trip", test_round_trip);
  g_test_add_func ("/trappa/vote/collect/refused", test_refused);
  return g_test_run ();
}
