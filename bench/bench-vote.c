/* bench-vote.c: a room of phones voting at once, on 127.0.0.1
 *
 * Usage: bench-vote [PARTICIPANTS [MEASURES [CHANGES [PACE_MS]]]]
 * (defaults 300, 25, 5, 500)
 *
 * The server runs in its own thread and main loop, as in the app; each
 * simulated participant has its own HTTP session from its own loopback
 * address (127.1.x.y), so each is one client to the rate limit, as phones
 * are. Each joins, places every measure (one message per card, as the
 * page sends them), then changes some, waiting PACE_MS between its
 * messages (500: two cards a second, a quick thumb; the rate limit allows
 * 15 a second), all participants at the same time.
 * Checks that no vote is lost (the server's merged means equal the means
 * of what was last sent) and prints the response times. Then times what
 * the projector does with the result: the live votes as a plan (at most
 * four times a second) and the merged grid laid out and painted at
 * 1024×768.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <time.h>
#include <libsoup/soup.h>

#include "trappa-priority-painter.h"
#include "trappa-vote-server.h"


typedef struct Bench Bench;

typedef struct
{
  Bench       *bench;
  SoupSession *client;
  char        *group;
  char        *key;
  gint16      *x;        /* what this participant last sent, per measure */
  gint16      *y;
  guint        step;     /* requests sent: join, measures, changes */
} Participant;

struct Bench
{
  TrappaVoteSession *session;
  char              *base;    /* http://127.0.0.1:PORT */
  const char        *token;
  guint              n_measures;
  guint              n_changes;
  GRand             *rand;
  GArray            *latencies;  /* µs per request */
  guint              refused;    /* any status but 200 */
  guint              running;
  guint              pace_ms;
  GMainLoop         *loop;
};

static GMainContext *server_context;
static GMainLoop *server_loop;

static gpointer
serve (gpointer data)
{
  g_main_context_push_thread_default (server_context);
  g_main_loop_run (server_loop);
  g_main_context_pop_thread_default (server_context);
  return NULL;
}

static void next_request (Participant *participant);

typedef struct
{
  Participant *participant;
  SoupMessage *msg;
  gint64       start;
} Pending;

static void
replied (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Pending *pending = user_data;
  Participant *participant = pending->participant;
  Bench *bench = participant->bench;
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, NULL);
  gint64 took = g_get_monotonic_time () - pending->start;

  g_array_append_val (bench->latencies, took);
  if (body == NULL || soup_message_get_status (pending->msg) != SOUP_STATUS_OK)
    {
      bench->refused++;
      g_printerr ("refused: %u %s\n", soup_message_get_status (pending->msg),
                  body != NULL ? (const char *) g_bytes_get_data (body, NULL) : "(no reply)");
    }
  else if (participant->key == NULL)
    {
      const char *text = g_bytes_get_data (body, NULL);
      const char *start = strstr (text, "\"participant\":\"") + strlen ("\"participant\":\"");

      participant->key = g_strndup (start, strchr (start, '"') - start);
    }
  g_object_unref (pending->msg);
  g_free (pending);
  g_timeout_add_once (bench->pace_ms, (GSourceOnceFunc) next_request, participant);
}

static void
send_json (Participant *participant,
           const char  *path,
           const char  *json)
{
  Bench *bench = participant->bench;
  g_autofree char *url = g_strdup_printf ("%s%s?t=%s", bench->base, path, bench->token);
  g_autoptr(GBytes) content = g_bytes_new (json, strlen (json));
  Pending *pending = g_new0 (Pending, 1);

  pending->participant = participant;
  pending->msg = soup_message_new ("POST", url);
  soup_message_set_request_body_from_bytes (pending->msg, "application/json", content);
  pending->start = g_get_monotonic_time ();
  soup_session_send_and_read_async (participant->client, pending->msg, G_PRIORITY_DEFAULT, NULL,
                                    replied, pending);
}

static void
next_request (Participant *participant)
{
  Bench *bench = participant->bench;
  guint step = participant->step++;
  guint measure;
  g_autofree char *json = NULL;

  if (step == 0)
    {
      json = g_strdup_printf ("{\"group\":\"%s\"}", participant->group);
      send_json (participant, "/api/join", json);
      return;
    }
  if (participant->key == NULL || step > bench->n_measures + bench->n_changes)
    {
      if (--bench->running == 0)
        g_main_loop_quit (bench->loop);
      return;
    }
  /* Place each measure once, then move n_changes of them again. */
  measure = step <= bench->n_measures ? step - 1 : (guint) g_rand_int_range (bench->rand, 0, bench->n_measures);
  participant->x[measure] = g_rand_int_range (bench->rand, 0, 101);
  participant->y[measure] = g_rand_int_range (bench->rand, 0, 101);
  json = g_strdup_printf ("{\"participant\":\"%s\",\"scores\":[{\"measure\":\"%s\",\"x\":%d,\"y\":%d}]}",
                          participant->key, trappa_vote_session_get_measure_id (bench->session, measure),
                          participant->x[measure], participant->y[measure]);
  send_json (participant, "/api/vote", json);
}

#define ROUNDS 10

/* CPU time of this process in ms: the server thread has stopped by now,
 * and other programs on a busy machine do not count. */
static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

/* What one refresh of the projector's grid costs with every vote in. */
static void
time_projector (TrappaVoteSession *session)
{
  TrappaPriorityOptions options;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1024, 768);
  double plan_ms = 0, layout_ms = 0, paint_ms = 0;

  trappa_priority_options_init (&options);
  options.x_axis = trappa_vote_session_get_x_axis (session);
  options.y_axis = trappa_vote_session_get_y_axis (session);
  options.marker_axis = TRAPPA_AXIS_KNOWLEDGE;
  options.merged = TRUE;
  for (guint r = 0; r < ROUNDS; r++)
    {
      double start = cpu_ms (), planned, laid_out;
      g_autoptr(TrappaPlan) live = trappa_vote_session_to_plan (session, NULL);
      g_autoptr(TrappaPriorityLayout) layout = NULL;
      cairo_t *cr = cairo_create (surface);

      planned = cpu_ms ();
      layout = trappa_priority_layout_new (live, &options, 1024, 768);
      laid_out = cpu_ms ();
      trappa_priority_painter_draw (cr, layout);
      cairo_surface_flush (surface);
      cairo_destroy (cr);
      plan_ms += planned - start;
      layout_ms += laid_out - planned;
      paint_ms += cpu_ms () - laid_out;
    }
  printf ("projector refresh, CPU time (mean of %d): live plan %.1f ms, layout %.1f ms, paint %.1f ms "
          "(a frame without new votes only paints)\n",
          ROUNDS, plan_ms / ROUNDS, layout_ms / ROUNDS, paint_ms / ROUNDS);
  cairo_surface_destroy (surface);
}

static int
compare_latency (gconstpointer a,
                 gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* The mean of what the participants of @group (NULL: all) last sent. */
static guint
check_means (Bench        *bench,
             Participant  *participants,
             guint         n,
             const char   *group)
{
  g_autoptr(GArray) tallies = trappa_vote_session_tally (bench->session, group);
  guint lost = 0;

  for (guint m = 0; m < bench->n_measures; m++)
    {
      TrappaVoteTally *tally = &g_array_index (tallies, TrappaVoteTally, m);
      double sum_x = 0, sum_y = 0;
      guint count = 0;

      for (guint i = 0; i < n; i++)
        if ((group == NULL || g_str_equal (participants[i].group, group)) && participants[i].x[m] >= 0)
          {
            sum_x += participants[i].x[m];
            sum_y += participants[i].y[m];
            count++;
          }
      if (tally->x.n != count ||
          (count > 0 && (fabs (tally->x.mean - sum_x / count) > 1e-9 ||
                         fabs (tally->y.mean - sum_y / count) > 1e-9)))
        lost++;
    }
  return lost;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) CLAMP (atoi (argv[1]), 1, TRAPPA_VOTE_MAX_PARTICIPANTS) : TRAPPA_VOTE_MAX_PARTICIPANTS;
  guint n_measures = argc > 2 ? (guint) CLAMP (atoi (argv[2]), 1, 1000) : 25;
  guint n_changes = argc > 3 ? (guint) CLAMP (atoi (argv[3]), 0, 1000) : 5;
  guint pace_ms = argc > 4 ? (guint) CLAMP (atoi (argv[4]), 1, 60000) : 500;
  const char *groups[4] = { "" };
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(TrappaVoteServer) server = NULL;
  g_autoptr(GInetSocketAddress) address = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree Participant *participants = g_new0 (Participant, n);
  GThread *thread;
  Bench bench = { 0 };
  gint64 start, wall;
  guint lost = 0;

  for (guint g = 1; g < G_N_ELEMENTS (groups); g++)
    {
      g_autofree char *name = g_strdup_printf ("Gruppe %u", g);
      g_autoptr(TrappaWorkshopGroup) group = trappa_workshop_group_new (name);

      trappa_plan_insert (plan, TRAPPA_ITEM (plan), "workshop-groups", -1, TRAPPA_ITEM (group));
      groups[g] = trappa_item_get_id (TRAPPA_ITEM (group));
    }
  for (guint m = 0; m < n_measures; m++)
    {
      g_autofree char *title = g_strdup_printf ("Tiltak %u", m + 1);
      g_autoptr(TrappaMeasure) measure = trappa_measure_new (title);

      trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_ITEM (measure));
    }

  bench.session = trappa_vote_session_new (plan, NULL, TRAPPA_AXIS_URGENCY, TRAPPA_AXIS_COST, 0, &error);
  g_assert_no_error (error);
  server_context = g_main_context_new ();
  server_loop = g_main_loop_new (server_context, FALSE);
  g_main_context_push_thread_default (server_context);
  server = trappa_vote_server_new (bench.session, &error);
  address = trappa_vote_parse_address ("127.0.0.1:0", &error);
  if (server == NULL || !trappa_vote_server_listen (server, address, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  g_main_context_pop_thread_default (server_context);
  url = trappa_vote_server_get_url (server);
  bench.base = g_strndup (url, strstr (url, "/?t=") - url);
  bench.token = trappa_vote_server_get_token (server);
  bench.n_measures = n_measures;
  bench.n_changes = n_changes;
  bench.pace_ms = pace_ms;
  bench.rand = g_rand_new_with_seed (2040);
  bench.latencies = g_array_new (FALSE, FALSE, sizeof (gint64));
  bench.loop = g_main_loop_new (NULL, FALSE);
  bench.running = n;
  thread = g_thread_new ("vote-server", serve, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *host = g_strdup_printf ("127.1.%u.%u", (i + 1) / 250, (i + 1) % 250 + 1);
      g_autoptr(GInetAddress) inet = g_inet_address_new_from_string (host);
      g_autoptr(GSocketAddress) local = g_inet_socket_address_new (inet, 0);

      participants[i].bench = &bench;
      participants[i].client = soup_session_new_with_options ("local-address", local, NULL);
      participants[i].group = g_strdup (groups[i % G_N_ELEMENTS (groups)]);
      participants[i].x = g_new (gint16, n_measures);
      participants[i].y = g_new (gint16, n_measures);
      for (guint m = 0; m < n_measures; m++)
        participants[i].x[m] = participants[i].y[m] = -1;
      /* Phones do not start in the same millisecond. */
      g_timeout_add_once (g_rand_int_range (bench.rand, 0, bench.pace_ms), (GSourceOnceFunc) next_request,
                          &participants[i]);
    }
  start = g_get_monotonic_time ();
  g_main_loop_run (bench.loop);
  wall = g_get_monotonic_time () - start;

  g_main_loop_quit (server_loop);
  g_thread_join (thread);
  g_main_context_push_thread_default (server_context);
  trappa_vote_server_close (server);
  g_main_context_pop_thread_default (server_context);

  lost += check_means (&bench, participants, n, NULL);
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    lost += check_means (&bench, participants, n, groups[g]);
  g_array_sort (bench.latencies, compare_latency);
  {
    guint count = bench.latencies->len;
    double p50 = g_array_index (bench.latencies, gint64, count / 2) / 1000.0;
    double p95 = g_array_index (bench.latencies, gint64, (guint) (count * 0.95)) / 1000.0;
    double max = g_array_index (bench.latencies, gint64, count - 1) / 1000.0;

    printf ("participants %u, measures %u, changes %u, one message per %u ms each: "
            "%u requests in %.1f s (%.0f/s)\n",
            n, n_measures, n_changes, pace_ms, count, wall / 1e6, count / (wall / 1e6));
    printf ("response time: p50 %.2f ms, p95 %.2f ms (target < 50), max %.2f ms\n", p50, p95, max);
    printf ("refused requests: %u; voters %u; tallies not matching what was sent: %u\n",
            bench.refused, trappa_vote_session_count_voters (bench.session, NULL), lost);
    time_projector (bench.session);
    for (guint i = 0; i < n; i++)
      {
        g_object_unref (participants[i].client);
        g_free (participants[i].group);
        g_free (participants[i].key);
        g_free (participants[i].x);
        g_free (participants[i].y);
      }
    g_free (bench.base);
    g_rand_free (bench.rand);
    g_array_unref (bench.latencies);
    g_main_loop_unref (bench.loop);
    g_main_loop_unref (server_loop);
    g_main_context_unref (server_context);
    g_object_unref (bench.session);
    return lost == 0 && bench.refused == 0 && p95 < 50 ? 0 : 1;
  }
}
