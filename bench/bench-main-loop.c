/* bench-main-loop.c: how long the main loop (the window) is blocked while
 * a plan of N measures opens, saves and is kept as a draft in the
 * background
 *
 * Usage: bench-main-loop [N]   (default 10000; target: under 50 ms)
 *
 * A 1 ms timer ticks while TrappaDocument loads, saves and autosaves;
 * the longest gap between two ticks is the worst the window froze.
 * Whatever runs on the main thread (turning the new plan into the
 * window's, the steps of a save's snapshot of the plan) shows up here;
 * the reading, serialising, checking and writing in the worker thread do
 * not. On a machine busy with other work a gap includes the time the
 * process waited for a processor, so the main thread's CPU time in the
 * gap is given too (in brackets): that much, the work on the main thread
 * took. The idle line is the gaps with nothing to do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include "trappa-bench-clock.h"
#include "trappa-bench-plan.h"
#include "trappa-document.h"
#include "trappa-drafts.h"
#include "trappa-plan-file.h"

typedef struct
{
  gint64        last;
  gint64        worst;
  gint64        last_cpu;
  gint64        worst_cpu;  /* the main thread's CPU time in a gap */
  GAsyncResult *result;
  char         *draft;   /* autosave: done once this file is there */
} Ticker;

static void
start_ticking (Ticker *ticker)
{
  ticker->last = g_get_monotonic_time ();
  ticker->last_cpu = trappa_bench_thread_cpu_us ();
  ticker->worst = ticker->worst_cpu = 0;
}

static gboolean
tick (gpointer data)
{
  Ticker *ticker = data;
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = trappa_bench_thread_cpu_us ();

  ticker->worst = MAX (ticker->worst, now - ticker->last);
  ticker->worst_cpu = MAX (ticker->worst_cpu, cpu - ticker->last_cpu);
  ticker->last = now;
  ticker->last_cpu = cpu;
  return G_SOURCE_CONTINUE;
}

static void
report (const char   *what,
        gint64        elapsed,
        const Ticker *ticker)
{
  g_print ("%s: %.0f ms, main loop blocked at most %.0f ms (%.0f ms CPU)\n",
           what, elapsed / 1e3, ticker->worst / 1e3, ticker->worst_cpu / 1e3);
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  ((Ticker *) data)->result = g_object_ref (result);
}

static gboolean
done (Ticker *ticker)
{
  return ticker->draft != NULL ? g_file_test (ticker->draft, G_FILE_TEST_EXISTS)
                               : ticker->result != NULL;
}

/* Starts the ticker; @start begins the work; runs until it is done. */
static void
measure (Ticker         *ticker,
         void          (*start) (TrappaDocument *, Ticker *),
         TrappaDocument *document,
         gint64         *elapsed)
{
  guint id;
  gint64 began = g_get_monotonic_time ();

  start_ticking (ticker);
  id = g_timeout_add (1, tick, ticker);
  if (start != NULL)
    start (document, ticker);
  while (!done (ticker))
    g_main_context_iteration (NULL, TRUE);
  /* The gap up to the callback counts as well. */
  tick (ticker);
  g_source_remove (id);
  *elapsed = g_get_monotonic_time () - began;
}

static void
start_load (TrappaDocument *document,
            Ticker         *ticker)
{
  g_autoptr(GFile) file = g_file_new_for_path (ticker->draft);

  g_clear_pointer (&ticker->draft, g_free);
  trappa_document_load_async (document, file, NULL, on_done, ticker);
}

static void
start_save (TrappaDocument *document,
            Ticker         *ticker)
{
  trappa_document_save_async (document, NULL, FALSE, NULL, on_done, ticker);
}

static void
edit (TrappaDocument *document,
      const char     *title)
{
  TrappaPlan *plan = trappa_document_get_plan (document);

  trappa_plan_set_string (plan, TRAPPA_ITEM (plan), "title", title, NULL);
}

static gboolean
stop (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* The longest gap in a second with nothing to do, which a machine busy
 * with other work makes. */
static void
idle_gap (Ticker *ticker)
{
  gboolean over = FALSE;
  guint id;

  start_ticking (ticker);
  id = g_timeout_add (1, tick, ticker);
  g_timeout_add (1000, stop, &over);
  while (!over)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (id);
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFile *child;

  while (children != NULL &&
         g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) && child != NULL)
    remove_tree (child);
  g_file_delete (file, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) CLAMP (atoi (argv[1]), 1, 100000) : 10000;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bench-main-loop-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *drafts = NULL;
  g_autoptr(TrappaPlan) plan = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TrappaDocument) document = NULL;
  g_autoptr(GFile) tree = NULL;
  Ticker ticker = { 0 };
  gint64 elapsed, serialize_time;

  g_assert_no_error (error);
  /* The drafts and kept versions go to the temporary folder. */
  data_home = g_build_filename (dir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  trappa_plan_file_init ();
  document = trappa_document_new ();

  plan = trappa_bench_plan_new (n);
  serialize_time = g_get_monotonic_time ();
  bytes = trappa_plan_file_serialize (plan);
  serialize_time = g_get_monotonic_time () - serialize_time;
  path = g_build_filename (dir, "plan.trappa", NULL);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_print ("%u measures, %.1f MB; serialising takes %.0f ms\n", n,
           g_bytes_get_size (bytes) / 1e6, serialize_time / 1e3);

  idle_gap (&ticker);
  report ("idle", G_USEC_PER_SEC, &ticker);

  ticker.draft = g_strdup (path);
  measure (&ticker, start_load, document, &elapsed);
  if (!trappa_document_load_finish (document, ticker.result, &error))
    g_error ("%s", error->message);
  g_clear_object (&ticker.result);
  report ("open", elapsed, &ticker);

  edit (document, "Endra");
  measure (&ticker, start_save, document, &elapsed);
  if (!trappa_document_save_finish (document, ticker.result, &error))
    g_error ("%s", error->message);
  g_clear_object (&ticker.result);
  report ("save", elapsed, &ticker);

  drafts = trappa_drafts_folder ();
  ticker.draft = g_strdup_printf ("%s/%s.draft", drafts, trappa_document_get_draft_id (document));
  trappa_document_set_autosave (document, TRUE);
  edit (document, "Endra igjen");
  measure (&ticker, NULL, document, &elapsed);
  /* 2 s of it wait for more edits (DRAFT_DELAY_MS). */
  report ("autosave, from the edit to the draft", elapsed, &ticker);
  g_clear_pointer (&ticker.draft, g_free);

  /* The document's end removes its draft. */
  g_clear_object (&document);
  tree = g_file_new_for_path (dir);
  remove_tree (tree);
  return 0;
}
