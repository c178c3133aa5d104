/* bench-frames.c: how long an edit takes to reach the screen
 *
 * Opens a plan file in Trappa's window, shows a pane and times, from the
 * edit until the window's frame clock has painted the next frame:
 *   move   a card on the priority grid (two scores, one undo step, as the
 *          arrow keys or a drop do)
 *   edit   a measure's title in the measures pane (as a typed cell does)
 * Prints the medians in milliseconds on one line: "<what> <wall> <cpu>",
 * the second the process's CPU time over the same span (which a machine
 * busy with other work changes far less).
 *
 * Usage: bench-frames PLAN.trappa move|edit [ROUNDS]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <time.h>

#include "trappa-plan-file.h"
#include "trappa-priority.h"
#include "trappa-window-private.h"

#define TIMEOUT_MS 60000

typedef struct
{
  GMainLoop *loop;
  gint64     painted;
} Wait;

static void
on_after_paint (GdkFrameClock *clock,
                Wait          *wait)
{
  if (wait->painted == 0)
    wait->painted = g_get_monotonic_time ();
  g_main_loop_quit (wait->loop);
}

static gboolean
on_timeout (gpointer data)
{
  g_error ("no frame painted within %d s", TIMEOUT_MS / 1000);
  return G_SOURCE_REMOVE;
}

/* Runs until the next frame is painted; returns when it was. */
static gint64
next_frame (GtkWidget *window)
{
  Wait wait = { g_main_loop_new (NULL, FALSE), 0 };
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &wait);
  guint timeout = g_timeout_add (TIMEOUT_MS, on_timeout, NULL);

  g_main_loop_run (wait.loop);
  g_source_remove (timeout);
  g_signal_handler_disconnect (clock, id);
  g_main_loop_unref (wait.loop);
  return wait.painted;
}

static void
move_card (TrappaPlan *plan,
           TrappaItem *measure,
           guint       round)
{
  gint64 value = 20 + round % 60;

  trappa_plan_begin_edit (plan, "Move card");
  trappa_measure_set_score (TRAPPA_MEASURE (measure), plan, "", trappa_priority_axis_name (0), value, NULL);
  trappa_measure_set_score (TRAPPA_MEASURE (measure), plan, "", trappa_priority_axis_name (1), value, NULL);
  trappa_plan_end_edit (plan);
}

static void
edit_title (TrappaPlan *plan,
            TrappaItem *measure,
            guint       round)
{
  g_autofree char *title = g_strdup_printf ("Tiltak endra %u", round);

  trappa_plan_begin_edit (plan, "Change title");
  trappa_plan_set_string (plan, measure, "title", title, NULL);
  trappa_plan_end_edit (plan);
}

static gint64
cpu_now_us (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autofree gint64 *times = NULL;
  g_autofree gint64 *cpu = NULL;
  TrappaWindow *window;
  TrappaPlan *plan;
  g_autoptr(TrappaItem) measure = NULL;
  gboolean move;
  guint rounds;

  if (argc < 3 || (!g_str_equal (argv[2], "move") && !g_str_equal (argv[2], "edit")))
    {
      g_printerr ("Usage: %s PLAN.trappa move|edit [ROUNDS]\n", argv[0]);
      return 2;
    }
  move = g_str_equal (argv[2], "move");
  rounds = argc > 3 ? (guint) CLAMP (atoi (argv[3]), 1, 1000) : 15;

  gtk_init ();
  adw_init ();
  trappa_plan_file_init ();
  file = g_file_new_for_commandline_arg (argv[1]);
  window = trappa_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  gtk_window_present (GTK_WINDOW (window));
  trappa_window_open (window, file);
  /* Opened in the background. */
  while (trappa_document_get_busy (trappa_window_get_document (window)))
    g_main_context_iteration (NULL, TRUE);
  plan = trappa_document_get_plan (trappa_window_get_document (window));
  measure = g_list_model_get_item (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures")), 0);
  if (measure == NULL)
    g_error ("%s has no measures", argv[1]);

  gtk_stack_set_visible_child_name (window->stack, move ? "priority" : "measures");
  /* Settle: the pane laid out and painted before the first round. */
  for (guint i = 0; i < 3; i++)
    {
      gtk_widget_queue_draw (GTK_WIDGET (window));
      next_frame (GTK_WIDGET (window));
    }

  times = g_new (gint64, rounds);
  cpu = g_new (gint64, rounds);
  for (guint r = 0; r < rounds; r++)
    {
      gint64 start = g_get_monotonic_time (), cpu_start = cpu_now_us ();

      (move ? move_card : edit_title) (plan, measure, r);
      times[r] = next_frame (GTK_WIDGET (window)) - start;
      cpu[r] = cpu_now_us () - cpu_start;
    }
  qsort (times, rounds, sizeof *times, compare_times);
  qsort (cpu, rounds, sizeof *cpu, compare_times);
  g_print ("%s %.1f %.1f\n", argv[2], times[rounds / 2] / 1000.0, cpu[rounds / 2] / 1000.0);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
