/* bench-frames.c: how long an edit takes to reach the screen
 *
 * Opens a plan file in Trappa's window at 1920×1080 and, for each kind of
 * edit asked for, shows its pane and makes the edit through the model API
 * as the pane does (a table's cell: one trappa_plan_set_value() in its
 * own undo step; the priority grid: a card's two scores in one step),
 * ROUNDS times:
 *   move           a card on the priority grid
 *   title, cost    a measure's title, its investment cost (measures pane)
 *   housing        a housing step's units today (housing pane)
 *   activity       an activity step's recipients today (activity pane)
 *   action-plan    the investment cost of a measure the action plan shows
 *                  in one of its years, the action plan shown
 *   population     a value of the first population projection
 *   gap            a gap text's status today (needs and gap pane)
 *   ros, stakeholders, swot, participation, milestones, national-goals,
 *   plan           one field of the first record of the tool's table
 *
 * Each round starts from an idle frame clock, as a user's edit does.
 * GDK's frame clock paints at most once per refresh interval (16.7 ms at
 * 60 Hz) counted from the previous frame: an edit made right after a
 * frame was painted waits out the rest of that interval, so timing such
 * edits measured the pacing (about 17 ms whatever the work). So each
 * round waits until no frame has been painted for three refresh
 * intervals, then edits and follows the frames the clock paints until it
 * is idle again (normally one: the edit's).
 *
 * Prints one line per edit, the medians over the rounds:
 *   "<edit> <wall> <cpu> <frames> <first>"
 * wall: ms from the edit to the after-paint of the last of those frames
 * (the one that shows all of the edit); cpu: the main thread's CPU time
 * over the same span, in ms (wall − cpu is waiting: for the X server, for
 * a core; the draft a worker thread writes 2 s after an edit is not
 * counted);
 * frames: how many the clock painted (1 = the edit reached the screen in
 * one frame); first: ms to the first of them. An edit whose records the
 * plan lacks (the generated plans have no risks, stakeholders, SWOT,
 * participation, milestones or national goals) prints "<edit> none".
 *
 * Usage: bench-frames PLAN.trappa EDIT[,EDIT...]|all [ROUNDS]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include "trappa-action-plan.h"
#include "trappa-bench-clock.h"
#include "trappa-plan-file.h"
#include "trappa-priority.h"
#include "trappa-window-private.h"

#define TIMEOUT_MS 60000
/* Quiet for this many refresh intervals: the clock is idle. */
#define IDLE_INTERVALS 3

typedef struct
{
  const char *name;
  const char *pane;   /* the window's stack page */
  /* The record edited: the first of the list at this path from the plan
   * ("housing" and "activity" name a staircase); "" is the plan itself;
   * NULL for the card move. */
  const char *path;
  const char *field;
  /* The record edited when not the first of @path: one whose edit shows. */
  TrappaItem *(*pick) (TrappaPlan *plan);
} Edit;

static TrappaItem *pick_in_action_plan (TrappaPlan *plan);

static const Edit edits[] = {
  { "move", "priority", NULL, NULL },
  { "title", "measures", "measures", "title" },
  { "cost", "measures", "measures", "investment-cost" },
  { "housing", "housing", "housing/steps", "units-today" },
  { "activity", "activity", "activity/steps", "units-today" },
  { "action-plan", "action-plan", "measures", "investment-cost", pick_in_action_plan },
  { "population", "population", "population-series/values", "count" },
  { "gap", "gap", "gap-texts", "status-today" },
  { "ros", "ros", "risks", "likelihood" },
  { "stakeholders", "stakeholders", "stakeholders", "influence" },
  { "swot", "swot", "swot-points", "text" },
  { "participation", "participation", "participation-plan", "who" },
  { "milestones", "milestones", "milestones", "title" },
  { "national-goals", "national-goals", "national-goals", "approach" },
  { "plan", "plan", "", "description" },
};

typedef struct
{
  GMainLoop *loop;
  gboolean   need_frame;
  guint      idle_ms;
  guint      quiet;     /* the timeout that ends the watch */
  gboolean   painting;  /* this cycle of the clock has painted */
  guint      frames;    /* cycles that painted */
  gint64     first;     /* their after-paint times, monotonic µs */
  gint64     last;
  gint64     last_cpu;  /* main thread's CPU µs at the last after-paint */
} Watch;

/* No frame for idle_ms: the clock is idle. A watch of an edit waits for
 * its first frame however long the edit's work takes. */
static gboolean
on_quiet (gpointer data)
{
  Watch *watch = data;

  if (watch->frames == 0 && watch->need_frame)
    return G_SOURCE_CONTINUE;
  watch->quiet = 0;
  g_main_loop_quit (watch->loop);
  return G_SOURCE_REMOVE;
}

static void
on_paint (GdkFrameClock *clock,
          Watch         *watch)
{
  watch->painting = TRUE;
}

/* A cycle of the clock that only delivered input or X events (a
 * property the window set, a pointer crossing) painted nothing: not a
 * frame. */
static void
on_after_paint (GdkFrameClock *clock,
                Watch         *watch)
{
  gint64 now = g_get_monotonic_time ();

  if (!watch->painting)
    return;
  watch->painting = FALSE;
  if (watch->frames++ == 0)
    watch->first = now;
  watch->last = now;
  watch->last_cpu = trappa_bench_thread_cpu_us ();
  g_source_remove (watch->quiet);
  watch->quiet = g_timeout_add (watch->idle_ms, on_quiet, watch);
}

static gboolean
on_timeout (gpointer data)
{
  g_error ("no frame within %d s, or the frame clock never went idle (does the edit change what the pane shows?)",
           TIMEOUT_MS / 1000);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the window's frame clock has painted nothing
 * for IDLE_INTERVALS refresh intervals, counting the frames it painted;
 * @need_frame: wait for at least one. */
static Watch
watch_frames (GtkWidget *window,
              gboolean   need_frame)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gint64 interval = 0;
  Watch watch = { g_main_loop_new (NULL, FALSE), need_frame, 0, 0, FALSE, 0, 0, 0, 0 };
  gulong paint_id = g_signal_connect (clock, "paint", G_CALLBACK (on_paint), &watch);
  gulong after_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &watch);
  guint timeout = g_timeout_add (TIMEOUT_MS, on_timeout, NULL);

  gdk_frame_clock_get_refresh_info (clock, 0, &interval, NULL);
  watch.idle_ms = (guint) (IDLE_INTERVALS * (interval > 0 ? interval : 16667) / 1000);
  watch.quiet = g_timeout_add (watch.idle_ms, on_quiet, &watch);
  g_main_loop_run (watch.loop);
  g_source_remove (timeout);
  g_signal_handler_disconnect (clock, paint_id);
  g_signal_handler_disconnect (clock, after_id);
  g_main_loop_unref (watch.loop);
  return watch;
}

static const Edit *
find_edit (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    if (g_str_equal (edits[i].name, name))
      return &edits[i];
  return NULL;
}

/* The first record of the list at @path, or NULL. */
static TrappaItem *
find_record (TrappaPlan *plan,
             const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  TrappaItem *item = TRAPPA_ITEM (plan);

  for (guint i = 0; parts[i] != NULL && item != NULL; i++)
    {
      if (i == 0 && (g_str_equal (parts[i], TRAPPA_STAIRCASE_HOUSING) ||
                     g_str_equal (parts[i], TRAPPA_STAIRCASE_ACTIVITY)))
        item = TRAPPA_ITEM (trappa_plan_get_staircase (plan, parts[i]));
      else if (parts[i][0] != '\0')
        {
          GListModel *list = G_LIST_MODEL (trappa_item_get_list (item, parts[i]));
          g_autoptr(TrappaItem) first = g_list_model_get_n_items (list) > 0 ? g_list_model_get_item (list, 0) : NULL;

          item = first;  /* the plan holds it */
        }
    }
  return item;
}

/* The first measure the action plan shows whose investment cost falls in
 * one of its years (a single figure, in its deadline's year): the first
 * measure of a plan may lie outside the four years, and an edit of it
 * rightly paints nothing. */
static TrappaItem *
pick_in_action_plan (TrappaPlan *plan)
{
  TrappaActionPlan *action_plan = trappa_action_plan_new (plan, TRUE);
  TrappaItem *found = NULL;

  for (guint a = 0; found == NULL && a < action_plan->areas->len; a++)
    {
      TrappaActionPlanArea *area = g_ptr_array_index (action_plan->areas, a);

      for (guint r = 0; found == NULL && r < area->rows->len; r++)
        {
          TrappaActionPlanRow *row = g_ptr_array_index (area->rows, r);
          gint64 year = trappa_deadline_year (trappa_item_get_string (row->measure, "deadline"));

          if (*trappa_item_get_string (row->measure, "investment-by-year") == '\0' &&
              year >= action_plan->first_year && year < action_plan->first_year + TRAPPA_ACTION_PLAN_YEARS)
            found = row->measure;
        }
    }
  trappa_action_plan_free (action_plan);
  return found;
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

/* A new value each round: text with the round's number, a number one up
 * (from 1 again past 5, which every scale and count allows). */
static void
set_field (TrappaPlan *plan,
           TrappaItem *item,
           const char *field,
           guint       round)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), field);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  if (pspec == NULL)
    g_error ("%s has no field %s", G_OBJECT_TYPE_NAME (item), field);
  g_value_init (&value, pspec->value_type);
  if (pspec->value_type == G_TYPE_STRING)
    g_value_take_string (&value, g_strdup_printf ("Endra %u", round));
  else
    g_value_set_int64 (&value, trappa_item_get_int (item, field) % 5 + 1);
  trappa_plan_begin_edit (plan, "Edit");
  if (!trappa_plan_set_value (plan, item, field, &value, &error))
    g_error ("%s: %s", field, error->message);
  trappa_plan_end_edit (plan);
}

static void
run_edit (TrappaWindow *window,
          TrappaPlan   *plan,
          const Edit   *edit,
          guint         rounds)
{
  TrappaItem *item = edit->pick != NULL ? edit->pick (plan)
                                         : find_record (plan, edit->path != NULL ? edit->path : "measures");
  /* ms */
  g_autofree double *wall = g_new (double, rounds);
  g_autofree double *cpu = g_new (double, rounds);
  g_autofree double *frames = g_new (double, rounds);
  g_autofree double *first = g_new (double, rounds);
  gboolean switched;

  if (item == NULL)
    {
      g_print ("%s none\n", edit->name);
      return;
    }
  switched = g_strcmp0 (gtk_stack_get_visible_child_name (window->stack), edit->pane) != 0;
  gtk_stack_set_visible_child_name (window->stack, edit->pane);
  /* The pane built, laid out and painted before the first round. */
  watch_frames (GTK_WIDGET (window), switched);

  for (guint r = 0; r < rounds; r++)
    {
      gint64 start, cpu_start;
      Watch watch;

      watch_frames (GTK_WIDGET (window), FALSE);
      start = g_get_monotonic_time ();
      cpu_start = trappa_bench_thread_cpu_us ();
      if (edit->path == NULL)
        move_card (plan, item, r);
      else
        set_field (plan, item, edit->field, r);
      watch = watch_frames (GTK_WIDGET (window), TRUE);
      wall[r] = (watch.last - start) / 1000.0;
      cpu[r] = (watch.last_cpu - cpu_start) / 1000.0;
      frames[r] = watch.frames;
      first[r] = (watch.first - start) / 1000.0;
    }
  g_print ("%s %.1f %.1f %.0f %.1f\n", edit->name, trappa_bench_median (wall, rounds),
           trappa_bench_median (cpu, rounds), trappa_bench_median (frames, rounds),
           trappa_bench_median (first, rounds));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_auto(GStrv) names = NULL;
  TrappaWindow *window;
  TrappaPlan *plan;
  guint rounds;

  names = argc >= 3 ? g_strsplit (argv[2], ",", -1) : NULL;
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (find_edit (names[i]) == NULL && !g_str_equal (names[i], "all"))
      g_clear_pointer (&names, g_strfreev);
  if (names == NULL)
    {
      g_printerr ("Usage: %s PLAN.trappa EDIT[,EDIT...]|all [ROUNDS]\nEdits:", argv[0]);
      for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
        g_printerr (" %s", edits[i].name);
      g_printerr ("\n");
      return 2;
    }
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
  if (find_record (plan, "measures") == NULL)
    g_error ("%s has no measures (or could not be read)", argv[1]);

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], "all"))
      for (guint e = 0; e < G_N_ELEMENTS (edits); e++)
        run_edit (window, plan, &edits[e], rounds);
    else
      run_edit (window, plan, find_edit (names[i]), rounds);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
