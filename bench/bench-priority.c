/* bench-priority.c: how long one layout and paint of the priority grid
 * takes with many measures
 *
 * Usage: bench-priority [N_MEASURES [WIDTHxHEIGHT [OUT.png]]]
 * (defaults 1000 and 1920x1080). Scores are pseudo-random with a fixed
 * seed, so runs compare. With OUT.png the last paint is saved to look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>

#include "trappa-chart-export.h"
#include "trappa-priority-painter.h"

#define ROUNDS 10

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) CLAMP (atoi (argv[1]), 1, 100000) : 1000;
  int width = 1920, height = 1080;
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (2040);
  g_autoptr(GError) error = NULL;
  TrappaPriorityOptions options;
  cairo_surface_t *surface;
  double best = G_MAXDOUBLE, layout_ms = 0, paint_ms = 0;

  if (argc > 2 && !trappa_chart_parse_size (argv[2], &width, &height, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Tiltak %u: bustad og tenester", i + 1);
      g_autoptr(TrappaMeasure) measure = trappa_measure_new (title);

      trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_ITEM (measure));
      for (guint a = 0; a < TRAPPA_N_AXES; a++)
        trappa_measure_set_score (measure, plan, "", trappa_priority_axis_name (a),
                                  g_rand_int_range (rand, 0, TRAPPA_SCORE_MAX + 1), NULL);
    }

  trappa_priority_options_init (&options);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  for (guint r = 0; r < ROUNDS; r++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();
      g_autoptr(TrappaPriorityLayout) layout = trappa_priority_layout_new (plan, &options, width, height);
      gint64 laid_out = g_get_monotonic_time ();

      trappa_priority_painter_draw (cr, layout);
      cairo_surface_flush (surface);
      layout_ms += (laid_out - start) / 1000.0;
      paint_ms += (g_get_monotonic_time () - laid_out) / 1000.0;
      best = MIN (best, (g_get_monotonic_time () - start) / 1000.0);
      cairo_destroy (cr);
    }
  printf ("priority grid, %u measures, %dx%d: layout + paint best %.1f ms; mean layout %.1f ms, "
          "mean paint %.1f ms (%d rounds)\n",
          n, width, height, best, layout_ms / ROUNDS, paint_ms / ROUNDS, ROUNDS);
  if (argc > 3)
    cairo_surface_write_to_png (surface, argv[3]);
  cairo_surface_destroy (surface);
  return 0;
}
