/* bench-vote.c: a room of phones voting at once, on 127.0.0.1, while the
 * projector's grid repaints
 *
 * Usage: bench-vote [PARTICIPANTS [MEASURES [CHANGES [PACE_MS]]]]
 * (defaults 300, 25, 5, 500)
 *
 * The server answers in its own thread, as in the app. A second thread
 * is the window's main loop: the session's "changed" arrives there, and
 * the projector's grid is laid out, described (its accessible text) and
 * painted at its size in the window on a 1024×768 projector on a frame of
 * a 60 Hz clock after votes came in, at most every
 * TRAPPA_VOTE_LIVE_INTERVAL_US, at the frame clock's priority, as the
 * live-voting window does it (TrappaVoteLive and the "priority" chart
 * kind). The paint is the grid view's: the background kept as one image
 * (TrappaPriorityBackground) and every card's layers drawn again, as they
 * change with every vote (the view keeps a card's only while it looks the
 * same). The frame times are taken while votes arrive.
 *
 * Each simulated participant is one keep-alive HTTP/1.1 connection from
 * its own loopback address (127.1.x.y), so each is one client to the rate
 * limit, as phones are. The phones are driven by one epoll loop with plain
 * sockets in the program's main thread: real phones do not share the
 * laptop's processor, so the simulation must cost it as little as it can. Each joins, places every
 * measure (one message per card, as the page sends them), then changes
 * some, waiting PACE_MS between its messages (500: two cards a second, a
 * quick thumb; the rate limit allows 15 a second), all at the same time.
 * A response time runs from writing the request to having read the whole
 * reply.
 *
 * Checks that no vote is lost (the server's merged means equal the means
 * of what was last sent), prints the response times and the frame times;
 * exits 1 when a vote was lost, a request refused, p95 ≥ 50 ms or a frame
 * at p95 took ≥ 16 ms.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>

#include "trappa-chart-kind.h"
#include "trappa-priority-background.h"
#include "trappa-priority-layout.h"
#include "trappa-priority-painter.h"
#include "trappa-vote-live.h"
#include "trappa-vote-server.h"

#define FRAME_US        16667   /* 60 frames a second */
#define FRAME_PRIORITY  (G_PRIORITY_HIGH_IDLE + 20)   /* GDK_PRIORITY_REDRAW */
/* The grid of the live-voting window full screen on a 1024×768 projector
 * (beside the QR code panel, below the header bar). */
#define PROJECTOR_W     617
#define PROJECTOR_H     711
#define REPLY_MAX       4096

typedef struct Bench Bench;

typedef struct
{
  Bench   *bench;
  guint    number;
  int      fd;        /* -1: not connected yet */
  char    *group;
  char    *key;
  gint16  *x;         /* what this participant last sent, per measure */
  gint16  *y;
  guint    step;      /* requests sent: join, measures, changes */
  gint64   next_at;   /* monotonic µs of the next request; 0: awaiting a reply */
  gint64   sent_at;
  char     reply[REPLY_MAX];
  gsize    reply_len;
  gboolean done;
} Phone;

struct Bench
{
  TrappaVoteSession *session;
  guint16            port;
  const char        *token;
  guint              n_measures;
  guint              n_changes;
  guint              pace_ms;
  GRand             *rand;
  GArray            *latencies;  /* µs per request */
  guint              refused;    /* any status but 200, or no reply */
  guint              running;
  int                epoll;
};

/* The projector, in the window's thread. */
typedef struct
{
  TrappaVoteLive        *live;
  TrappaPriorityOptions  options;
  const TrappaChartKind *kind;
  TrappaPriorityBackground *background;
  cairo_surface_t       *surface;
  GSource               *pending;    /* a frame is due */
  gint64                 drawn_at;
  GArray                *frame_us;   /* wall time of each frame */
  GArray                *frame_cpu;  /* its CPU time in this thread */
  double                 phase_cpu[4];  /* summed: tallies, layout, description, paint */
  double                 window_cpu_ms;
} Projector;

static GMainContext *window_context;
static GMainLoop *window_loop;

static double
thread_cpu_us (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1e6 + now.tv_nsec / 1e3;
}

/* What the vote window does on a frame after votes came in: new tallies,
 * the grid's layout, its accessible description (the chart view describes
 * the layout it paints) and the paint. */
static gboolean
draw_frame (gpointer data)
{
  Projector *projector = data;
  TrappaChartRequest request = { trappa_vote_live_get_plan (projector->live), 0, NULL, &projector->options };
  gint64 start = g_get_monotonic_time ();
  double cpu = thread_cpu_us ();
  gpointer layout;
  g_autofree char *text = NULL;
  cairo_t *cr;
  gint64 took;
  double took_cpu, phase[4];

  g_clear_pointer (&projector->pending, g_source_unref);
  projector->drawn_at = start;
  trappa_vote_live_update (projector->live, NULL);
  phase[0] = thread_cpu_us ();
  layout = projector->kind->layout (projector->kind, &request, PROJECTOR_W, PROJECTOR_H, NULL);
  phase[1] = thread_cpu_us ();
  text = projector->kind->describe (layout, &request, -1);
  phase[2] = thread_cpu_us ();
  cr = cairo_create (projector->surface);
  cairo_set_source_surface (cr, trappa_priority_background_get (projector->background, layout, 1, NULL), 0, 0);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_paint (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  for (TrappaPriorityLayer l = 0; l < TRAPPA_PRIORITY_N_LAYERS; l++)
    for (guint i = 0; i < ((TrappaPriorityLayout *) layout)->cards->len; i++)
      trappa_priority_painter_draw_layer (cr, layout, i, l);
  cairo_destroy (cr);
  cairo_surface_flush (projector->surface);
  projector->kind->free (layout);
  phase[3] = thread_cpu_us ();
  for (guint i = 0; i < G_N_ELEMENTS (phase); i++)
    projector->phase_cpu[i] += phase[i] - (i > 0 ? phase[i - 1] : cpu);
  took = g_get_monotonic_time () - start;
  took_cpu = thread_cpu_us () - cpu;
  g_array_append_val (projector->frame_us, took);
  g_array_append_val (projector->frame_cpu, took_cpu);
  return G_SOURCE_REMOVE;
}

/* Votes came in: a frame at the first tick of a 60 Hz clock at least
 * TRAPPA_VOTE_LIVE_INTERVAL_US after the last, as the window waits. */
static void
on_votes (Projector *projector)
{
  gint64 now = g_get_monotonic_time ();
  gint64 due = MAX (now, projector->drawn_at + TRAPPA_VOTE_LIVE_INTERVAL_US);

  if (projector->pending != NULL)
    return;
  due += FRAME_US - due % FRAME_US;
  projector->pending = g_timeout_source_new ((due - now + 999) / 1000);
  g_source_set_priority (projector->pending, FRAME_PRIORITY);
  g_source_set_callback (projector->pending, draw_frame, projector, NULL);
  g_source_attach (projector->pending, window_context);
}

static gpointer
run_window (gpointer data)
{
  Projector *projector = data;

  g_main_context_push_thread_default (window_context);
  g_main_loop_run (window_loop);
  if (projector->pending != NULL)
    g_source_destroy (projector->pending);
  g_clear_pointer (&projector->pending, g_source_unref);
  g_main_context_pop_thread_default (window_context);
  projector->window_cpu_ms = thread_cpu_us () / 1000;
  return NULL;
}

static void
phone_fail (Phone      *phone,
            const char *why)
{
  g_printerr ("phone %u: %s\n", phone->number, why);
  phone->bench->refused++;
  phone->done = TRUE;
  phone->bench->running--;
}

static void
phone_send (Phone      *phone,
            const char *path,
            const char *json)
{
  Bench *bench = phone->bench;
  g_autofree char *request = g_strdup_printf ("POST %s?t=%s HTTP/1.1\r\nHost: 127.0.0.1:%u\r\n"
                                              "Content-Type: application/json\r\nContent-Length: %zu\r\n\r\n%s",
                                              path, bench->token, bench->port, strlen (json), json);
  gsize length = strlen (request);

  if (phone->fd < 0)
    {
      struct sockaddr_in local = { .sin_family = AF_INET }, server = { .sin_family = AF_INET };
      struct epoll_event event = { .events = EPOLLIN, .data.ptr = phone };
      int one = 1;

      local.sin_addr.s_addr = htonl ((127u << 24) | (1u << 16) | (phone->number + 1));
      server.sin_addr.s_addr = htonl (INADDR_LOOPBACK);
      server.sin_port = htons (bench->port);
      phone->fd = socket (AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
      setsockopt (phone->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
      if (bind (phone->fd, (struct sockaddr *) &local, sizeof local) != 0 ||
          connect (phone->fd, (struct sockaddr *) &server, sizeof server) != 0)
        {
          phone_fail (phone, g_strerror (errno));
          return;
        }
      epoll_ctl (bench->epoll, EPOLL_CTL_ADD, phone->fd, &event);
    }
  phone->next_at = 0;
  phone->reply_len = 0;
  phone->sent_at = g_get_monotonic_time ();
  /* A request of a few hundred bytes fits the socket's buffer whole. */
  if (write (phone->fd, request, length) != (ssize_t) length)
    phone_fail (phone, "the request was not written whole");
}

static void
phone_next (Phone *phone)
{
  Bench *bench = phone->bench;
  guint step = phone->step++;
  guint measure;
  g_autofree char *json = NULL;

  if (step == 0)
    {
      json = g_strdup_printf ("{\"group\":\"%s\"}", phone->group);
      phone_send (phone, "/api/join", json);
      return;
    }
  if (step > bench->n_measures + bench->n_changes)
    {
      phone->done = TRUE;
      bench->running--;
      return;
    }
  /* Place each measure once, then move n_changes of them again. */
  measure = step <= bench->n_measures ? step - 1 : (guint) g_rand_int_range (bench->rand, 0, bench->n_measures);
  phone->x[measure] = g_rand_int_range (bench->rand, 0, 101);
  phone->y[measure] = g_rand_int_range (bench->rand, 0, 101);
  json = g_strdup_printf ("{\"participant\":\"%s\",\"scores\":[{\"measure\":\"%s\",\"x\":%d,\"y\":%d}]}",
                          phone->key, trappa_vote_session_get_measure_id (bench->session, measure),
                          phone->x[measure], phone->y[measure]);
  phone_send (phone, "/api/vote", json);
}

/* Reads what arrived; once the whole reply is in, notes its time and
 * schedules the next request. */
static void
phone_read (Phone *phone)
{
  Bench *bench = phone->bench;
  ssize_t got = read (phone->fd, phone->reply + phone->reply_len, REPLY_MAX - 1 - phone->reply_len);
  const char *end, *length_header, *body;
  gint64 took;

  if (got <= 0)
    {
      phone_fail (phone, got == 0 ? "the server closed the connection" : g_strerror (errno));
      return;
    }
  phone->reply_len += got;
  phone->reply[phone->reply_len] = '\0';
  end = strstr (phone->reply, "\r\n\r\n");
  if (end == NULL)
    return;
  body = end + 4;
  length_header = g_strstr_len (phone->reply, end - phone->reply, "Content-Length: ");
  if (length_header == NULL)
    {
      phone_fail (phone, "a reply without a length");
      return;
    }
  if ((gsize) (phone->reply + phone->reply_len - body) < strtoul (length_header + 16, NULL, 10))
    return;

  took = g_get_monotonic_time () - phone->sent_at;
  g_array_append_val (bench->latencies, took);
  if (!g_str_has_prefix (phone->reply, "HTTP/1.1 200 "))
    {
      phone_fail (phone, phone->reply);
      return;
    }
  if (phone->key == NULL)
    {
      const char *start = strstr (body, "\"participant\":\"") + strlen ("\"participant\":\"");

      phone->key = g_strndup (start, strchr (start, '"') - start);
    }
  phone->next_at = g_get_monotonic_time () + bench->pace_ms * 1000;
}

static void
run_phones (Bench *bench,
            Phone *phones,
            guint  n)
{
  struct epoll_event events[64];

  while (bench->running > 0)
    {
      gint64 now = g_get_monotonic_time (), wake = now + 100000;
      int ready;

      for (guint i = 0; i < n; i++)
        if (!phones[i].done && phones[i].next_at != 0)
          {
            if (phones[i].next_at <= now)
              phone_next (&phones[i]);
            else
              wake = MIN (wake, phones[i].next_at);
          }
      ready = epoll_wait (bench->epoll, events, G_N_ELEMENTS (events),
                          (int) ((MAX (wake - g_get_monotonic_time (), 0) + 999) / 1000));
      for (int e = 0; e < ready; e++)
        {
          Phone *phone = events[e].data.ptr;

          if (!phone->done && phone->next_at == 0)
            phone_read (phone);
        }
    }
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The mean of what the participants of @group (NULL: all) last sent. */
static guint
check_means (Bench       *bench,
             Phone       *phones,
             guint        n,
             const char  *group)
{
  g_autoptr(GArray) tallies = trappa_vote_session_tally (bench->session, group);
  guint lost = 0;

  for (guint m = 0; m < bench->n_measures; m++)
    {
      TrappaVoteTally *tally = &g_array_index (tallies, TrappaVoteTally, m);
      double sum_x = 0, sum_y = 0;
      guint count = 0;

      for (guint i = 0; i < n; i++)
        if ((group == NULL || g_str_equal (phones[i].group, group)) && phones[i].x[m] >= 0)
          {
            sum_x += phones[i].x[m];
            sum_y += phones[i].y[m];
            count++;
          }
      if (tally->x.n != count ||
          (count > 0 && (fabs (tally->x.mean - sum_x / count) > 1e-9 ||
                         fabs (tally->y.mean - sum_y / count) > 1e-9)))
        lost++;
    }
  return lost;
}

static void
projector_init (Projector         *projector,
                TrappaVoteSession *session)
{
  projector->live = trappa_vote_live_new (session);
  trappa_priority_options_init (&projector->options);
  projector->options.x_axis = trappa_vote_session_get_x_axis (session);
  projector->options.y_axis = trappa_vote_session_get_y_axis (session);
  projector->options.merged = TRUE;
  projector->options.participants = TRUE;
  projector->options.font_scale = 1.25;
  projector->options.summarize = trappa_vote_live_summarize;
  projector->options.summarize_data = projector->live;
  projector->options.count_dots = trappa_vote_live_count_dots;
  projector->kind = trappa_chart_kind_find ("priority", NULL);
  projector->background = trappa_priority_background_new ();
  projector->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, PROJECTOR_W, PROJECTOR_H);
  projector->frame_us = g_array_new (FALSE, FALSE, sizeof (gint64));
  projector->frame_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_signal_connect_swapped (session, "changed", G_CALLBACK (on_votes), projector);
}

static void
projector_clear (Projector *projector)
{
  g_object_unref (projector->live);
  trappa_priority_background_free (projector->background);
  cairo_surface_destroy (projector->surface);
  g_array_unref (projector->frame_us);
  g_array_unref (projector->frame_cpu);
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
  g_autofree Phone *phones = g_new0 (Phone, n);
  GThread *thread;
  Bench bench = { 0 };
  Projector projector = { 0 };
  gint64 start, wall;
  double p50, p95, max, frame_p50, frame_p95, frame_max, cpu_p95, phones_cpu_ms, server_cpu_ms;
  struct rusage usage;
  guint lost = 0, count, frames;

  for (guint g = 1; g < G_N_ELEMENTS (groups); g++)
    {
      g_autofree char *name = g_strdup_printf ("Gruppe %u", g);
      g_autoptr(TrappaWorkshopGroup) group = trappa_workshop_group_new (name);

      trappa_plan_insert (plan, TRAPPA_ITEM (plan), "workshop-groups", -1, TRAPPA_ITEM (group));
      groups[g] = trappa_item_get_id (TRAPPA_ITEM (group));
    }
  for (guint m = 0; m < n_measures; m++)
    {
      g_autofree char *title = g_strdup_printf ("Tiltak %u for betre bustader", m + 1);
      g_autoptr(TrappaMeasure) measure = trappa_measure_new (title);

      trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_ITEM (measure));
    }

  /* Made in the window's context, as the window makes it, so "changed"
   * arrives there. */
  window_context = g_main_context_new ();
  window_loop = g_main_loop_new (window_context, FALSE);
  g_main_context_push_thread_default (window_context);
  bench.session = trappa_vote_session_new (plan, NULL, TRAPPA_AXIS_URGENCY, TRAPPA_AXIS_COST, 0, &error);
  g_assert_no_error (error);
  server = trappa_vote_server_new (bench.session, &error);
  address = trappa_vote_parse_address ("127.0.0.1:0", &error);
  if (server == NULL || !trappa_vote_server_listen (server, address, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  projector_init (&projector, bench.session);
  g_main_context_pop_thread_default (window_context);
  url = trappa_vote_server_get_url (server);
  bench.port = atoi (strrchr (strstr (url, "//"), ':') + 1);
  bench.token = trappa_vote_server_get_token (server);
  bench.n_measures = n_measures;
  bench.n_changes = n_changes;
  bench.pace_ms = pace_ms;
  bench.rand = g_rand_new_with_seed (2040);
  bench.latencies = g_array_new (FALSE, FALSE, sizeof (gint64));
  bench.running = n;
  bench.epoll = epoll_create1 (EPOLL_CLOEXEC);
  thread = g_thread_new ("window", run_window, &projector);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    {
      phones[i].bench = &bench;
      phones[i].number = i + 1;
      phones[i].fd = -1;
      phones[i].group = g_strdup (groups[i % G_N_ELEMENTS (groups)]);
      phones[i].x = g_new (gint16, n_measures);
      phones[i].y = g_new (gint16, n_measures);
      for (guint m = 0; m < n_measures; m++)
        phones[i].x[m] = phones[i].y[m] = -1;
      /* Phones do not start in the same millisecond. */
      phones[i].next_at = start + g_rand_int_range (bench.rand, 0, pace_ms) * 1000 + 1;
    }
  run_phones (&bench, phones, n);
  wall = g_get_monotonic_time () - start;
  phones_cpu_ms = thread_cpu_us () / 1000;

  g_main_loop_quit (window_loop);
  g_thread_join (thread);
  trappa_vote_server_close (server);
  getrusage (RUSAGE_SELF, &usage);
  /* The server thread's: all but the phones' and the window's. */
  server_cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
                  (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3 - phones_cpu_ms - projector.window_cpu_ms;

  lost += check_means (&bench, phones, n, NULL);
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    lost += check_means (&bench, phones, n, groups[g]);
  count = bench.latencies->len;
  g_array_sort (bench.latencies, compare_gint64);
  p50 = g_array_index (bench.latencies, gint64, count / 2) / 1000.0;
  p95 = g_array_index (bench.latencies, gint64, (guint) (count * 0.95)) / 1000.0;
  max = g_array_index (bench.latencies, gint64, count - 1) / 1000.0;
  frames = projector.frame_us->len;
  g_array_sort (projector.frame_us, compare_gint64);
  g_array_sort (projector.frame_cpu, compare_double);
  frame_p50 = g_array_index (projector.frame_us, gint64, frames / 2) / 1000.0;
  frame_p95 = g_array_index (projector.frame_us, gint64, (guint) (frames * 0.95)) / 1000.0;
  frame_max = g_array_index (projector.frame_us, gint64, frames - 1) / 1000.0;
  cpu_p95 = g_array_index (projector.frame_cpu, double, (guint) (frames * 0.95)) / 1000.0;

  printf ("participants %u, measures %u, changes %u, one message per %u ms each: "
          "%u requests in %.1f s (%.0f/s)\n",
          n, n_measures, n_changes, pace_ms, count, wall / 1e6, count / (wall / 1e6));
  printf ("response time: p50 %.2f ms, p95 %.2f ms (target < 50), max %.2f ms\n", p50, p95, max);
  printf ("refused requests: %u; voters %u; tallies not matching what was sent: %u\n",
          bench.refused, trappa_vote_session_count_voters (bench.session, NULL), lost);
  printf ("projector frames while votes arrived: %u, grid %dx%d (tallies, layout, description, paint): "
          "p50 %.2f ms, p95 %.2f ms (target < 16), max %.2f ms; p95 CPU time %.2f ms\n",
          frames, PROJECTOR_W, PROJECTOR_H, frame_p50, frame_p95, frame_max, cpu_p95);
  printf ("a frame's CPU time, mean: tallies %.2f ms, layout %.2f ms, accessible description %.2f ms, "
          "paint %.2f ms\n",
          projector.phase_cpu[0] / frames / 1000, projector.phase_cpu[1] / frames / 1000,
          projector.phase_cpu[2] / frames / 1000, projector.phase_cpu[3] / frames / 1000);
  /* What a request costs the laptop, whatever else runs on it. */
  printf ("CPU time: server thread %.0f ms, %.3f ms a request; window thread %.0f ms\n",
          server_cpu_ms, server_cpu_ms / count, projector.window_cpu_ms);

  for (guint i = 0; i < n; i++)
    {
      if (phones[i].fd >= 0)
        close (phones[i].fd);
      g_free (phones[i].group);
      g_free (phones[i].key);
      g_free (phones[i].x);
      g_free (phones[i].y);
    }
  close (bench.epoll);
  projector_clear (&projector);
  g_rand_free (bench.rand);
  g_array_unref (bench.latencies);
  g_main_loop_unref (window_loop);
  g_main_context_unref (window_context);
  g_object_unref (bench.session);
  return lost == 0 && bench.refused == 0 && p95 < 50 && frame_p95 < 16 ? 0 : 1;
}
