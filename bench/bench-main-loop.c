/* bench-main-loop.c: how long the main loop (the window) is blocked while
 * a plan of N measures opens and saves in the background
 *
 * Usage: bench-main-loop [N]   (default 10000)
 *
 * A 1 ms timer ticks while TrappaDocument loads and saves; the longest
 * gap between two ticks is the worst the window froze. Whatever runs on
 * the main thread (turning the new plan into the window's, taking the
 * bytes to save) shows up here; the reading, checking and writing in the
 * worker thread do not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <stdlib.h>

#include "trappa-bench-plan.h"
#include "trappa-document.h"
#include "trappa-plan-file.h"

typedef struct
{
  gint64        last;
  gint64        worst;
  GAsyncResult *result;
} Ticker;

static gboolean
tick (gpointer data)
{
  Ticker *ticker = data;
  gint64 now = g_get_monotonic_time ();

  ticker->worst = MAX (ticker->worst, now - ticker->last);
  ticker->last = now;
  return G_SOURCE_CONTINUE;
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  ((Ticker *) data)->result = g_object_ref (result);
}

/* Starts the ticker; @start begins the work; runs until it is done. */
static GAsyncResult *
measure (Ticker *ticker,
         void  (*start) (TrappaDocument *, GFile *, Ticker *),
         TrappaDocument *document,
         GFile          *file,
         gint64         *elapsed)
{
  guint id;
  gint64 began = g_get_monotonic_time ();

  ticker->last = began;
  ticker->worst = 0;
  ticker->result = NULL;
  id = g_timeout_add (1, tick, ticker);
  start (document, file, ticker);
  while (ticker->result == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* The gap up to the callback counts as well. */
  tick (ticker);
  g_source_remove (id);
  *elapsed = g_get_monotonic_time () - began;
  return ticker->result;
}

static void
start_load (TrappaDocument *document,
            GFile          *file,
            Ticker         *ticker)
{
  trappa_document_load_async (document, file, NULL, on_done, ticker);
}

static void
start_save (TrappaDocument *document,
            GFile          *file,
            Ticker         *ticker)
{
  trappa_document_save_async (document, NULL, FALSE, NULL, on_done, ticker);
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) CLAMP (atoi (argv[1]), 1, 100000) : 10000;
  g_autoptr(TrappaPlan) plan = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TrappaDocument) document = trappa_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bench-main-loop-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GAsyncResult) loaded = NULL;
  g_autoptr(GAsyncResult) saved = NULL;
  Ticker ticker = { 0 };
  gint64 load_time, save_time, load_worst;
  TrappaPlan *opened;

  g_assert_no_error (error);
  trappa_plan_file_init ();
  plan = trappa_bench_plan_new (n);
  bytes = trappa_plan_file_serialize (plan);
  path = g_build_filename (dir, "plan.trappa", NULL);
  backup = g_strconcat (path, "~", NULL);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  loaded = measure (&ticker, start_load, document, file, &load_time);
  load_worst = ticker.worst;
  if (!trappa_document_load_finish (document, loaded, &error))
    g_error ("%s", error->message);

  opened = trappa_document_get_plan (document);
  trappa_plan_set_string (opened, TRAPPA_ITEM (opened), "title", "Endra", NULL);
  saved = measure (&ticker, start_save, document, file, &save_time);
  if (!trappa_document_save_finish (document, saved, &error))
    g_error ("%s", error->message);

  {
    gint64 began = g_get_monotonic_time ();
    g_autoptr(GBytes) again = trappa_plan_file_serialize (opened);

    g_print ("%u measures, %.1f MB; taking the bytes (main thread) alone: %.0f ms\n", n,
             g_bytes_get_size (bytes) / 1e6, (g_get_monotonic_time () - began) / 1e3);
  }
  g_print ("open: %.0f ms in all, main loop blocked at most %.0f ms\n", load_time / 1e3, load_worst / 1e3);
  g_print ("save: %.0f ms in all, main loop blocked at most %.0f ms\n", save_time / 1e3, ticker.worst / 1e3);

  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
  return 0;
}
