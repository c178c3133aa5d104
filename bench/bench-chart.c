/* bench-chart.c: how long a chart takes to lay out and paint
 *
 * Usage: bench-chart [KIND[,KIND…] [N_MEASURES [WIDTHxHEIGHT [OUT.png]]]]
 * (defaults bustadtrapp,meistringstrapp,gap, 1000 and 1920x1080) on the
 * benchmark plan of N_MEASURES measures (trappa-bench-plan.h). For each
 * kind it prints the best and median of 21 rounds of the layout and of
 * the paint (and the median CPU time, which other work on the machine
 * changes far less), twice: with the plan unchanged since the last round, and
 * after a card move (one score changed, so the plan's shared needs
 * figures are computed again, as a chart view lays out again after any
 * edit). OUT.png gets the last kind's picture.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>

#include "trappa-bench-clock.h"
#include "trappa-bench-plan.h"
#include "trappa-chart-export.h"
#include "trappa-chart-kind.h"
#include "trappa-priority.h"

#define ROUNDS 21

typedef struct
{
  double layout[ROUNDS];      /* ms, wall clock */
  double paint[ROUNDS];
  double layout_cpu[ROUNDS];  /* ms, this process's CPU time */
  double paint_cpu[ROUNDS];
} Rounds;

/* Best and median of @times and the median of @cpu, in ms; sorts them. */
static char *
summary (double *times,
         double *cpu)
{
  double median = trappa_bench_median (times, ROUNDS);  /* sorts them */

  return g_strdup_printf ("best %.2f ms, median %.2f ms (CPU %.2f)", times[0], median,
                          trappa_bench_median (cpu, ROUNDS));
}

/* A card move: the whole room's score of the first measure on the first
 * axis changes, one edit through the plan. */
static void
move_card (TrappaPlan *plan,
           guint       round)
{
  g_autoptr(TrappaMeasure) measure = g_list_model_get_item (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan),
                                                                                                  "measures")), 0);

  if (!trappa_measure_set_score (measure, plan, "", trappa_priority_axis_name (0),
                                 round % (TRAPPA_SCORE_MAX + 1), NULL))
    g_error ("the card move was refused");
}

static gboolean
run (const TrappaChartKind *kind,
     TrappaPlan            *plan,
     cairo_surface_t       *surface,
     gboolean               edit,
     Rounds                *rounds)
{
  TrappaChartRequest request = { .plan = plan };
  int width = cairo_image_surface_get_width (surface), height = cairo_image_surface_get_height (surface);

  for (guint r = 0; r < ROUNDS; r++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start, laid_out;
      double cpu_start, cpu_laid_out;
      gpointer layout;
      cairo_t *cr;

      if (edit)
        move_card (plan, r);
      start = g_get_monotonic_time ();
      cpu_start = trappa_bench_process_cpu_ms ();
      layout = kind->layout (kind, &request, width, height, &error);
      laid_out = g_get_monotonic_time ();
      cpu_laid_out = trappa_bench_process_cpu_ms ();
      if (layout == NULL)
        {
          fprintf (stderr, "%s: %s\n", kind->name, error->message);
          return FALSE;
        }
      cr = cairo_create (surface);
      kind->paint (cr, layout, -1, -1);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      rounds->paint[r] = (g_get_monotonic_time () - laid_out) / 1000.0;
      rounds->paint_cpu[r] = trappa_bench_process_cpu_ms () - cpu_laid_out;
      rounds->layout[r] = (laid_out - start) / 1000.0;
      rounds->layout_cpu[r] = cpu_laid_out - cpu_start;
      kind->free (layout);
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) names = g_strsplit (argc > 1 ? argv[1] : "bustadtrapp,meistringstrapp,gap", ",", -1);
  guint n = argc > 2 ? (guint) CLAMP (atoi (argv[2]), 1, 100000) : 1000;
  int width = 1920, height = 1080;
  g_autoptr(TrappaPlan) plan = trappa_bench_plan_new (n);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  int status = 0;

  if (argc > 3 && !trappa_chart_parse_size (argv[3], &width, &height, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  for (guint k = 0; names[k] != NULL && status == 0; k++)
    {
      const TrappaChartKind *kind = trappa_chart_kind_find (names[k], &error);

      if (kind == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          status = 1;
          break;
        }
      for (int edit = 0; edit <= 1; edit++)
        {
          Rounds rounds;
          g_autofree char *layout = NULL, *paint = NULL;

          if (!run (kind, plan, surface, edit, &rounds))
            {
              status = 1;
              break;
            }
          layout = summary (rounds.layout, rounds.layout_cpu);
          paint = summary (rounds.paint, rounds.paint_cpu);
          printf ("%s, %u measures, %d×%d, %s: layout %s; paint %s\n", kind->name, n, width, height,
                  edit ? "after a card move" : "plan unchanged", layout, paint);
        }
    }
  if (status == 0 && argc > 4 && cairo_surface_write_to_png (surface, argv[4]) != CAIRO_STATUS_SUCCESS)
    {
      fprintf (stderr, "Could not write %s\n", argv[4]);
      status = 1;
    }
  cairo_surface_destroy (surface);
  return status;
}
