/* bench-report.c: how long the written plan takes as a PDF
 *
 * Usage: bench-report [N_MEASURES [OUT.pdf]] (default 1000). The plan is
 * the benchmarks' made-up one (trappa-bench-plan.c): measures in target
 * areas with strategies and costs, scores for the priority grid. Prints
 * the page count and the best and mean of 5 rounds of building, laying
 * out and rendering the report; the target is under 5 s for 1,000
 * measures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>

#include "trappa-bench-plan.h"
#include "trappa-report-pdf.h"

#define ROUNDS 5

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 1000;
  g_autoptr(TrappaPlan) plan = trappa_bench_plan_new (n);
  double best = G_MAXDOUBLE, total = 0;
  guint pages = 0;

  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(TrappaReport) report = trappa_report_new_for_plan (plan);
      g_autoptr(GBytes) pdf = trappa_report_render_pdf (report, "bench", &error);
      double seconds = (g_get_monotonic_time () - start) / 1e6;

      if (pdf == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      if (round == 0 && argc > 2 && !g_file_set_contents (argv[2], g_bytes_get_data (pdf, NULL),
                                                        g_bytes_get_size (pdf), &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      pages = trappa_report_get_n_pages (report);
      best = MIN (best, seconds);
      total += seconds;
    }
  printf ("report of %u measures: %u pages, best %.2f s, mean %.2f s (target < 5 s)\n",
          n, pages, best, total / ROUNDS);
  return 0;
}
