/* bench-chart.c: how long one staircase chart takes to lay out and paint
 *
 * Usage: bench-chart [N_STEPS [WIDTHxHEIGHT [OUT.png]]]
 * (defaults 6 and 1920x1080). Each step has two categories and the
 * staircase two counts beside it, as in Bærum's plan; names are long
 * Nynorsk ones so text wrapping is part of the cost. Prints the best and
 * mean of 20 rounds for the layout and for the paint.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>

#include "trappa-chart-export.h"
#include "trappa-staircase-painter.h"

#define ROUNDS 20

static void
add_record (TrappaItem *parent,
            const char *list,
            TrappaItem *record)
{
  g_list_store_append (trappa_item_get_list (parent, list), record);
  g_object_unref (record);
}

static TrappaPlan *
build_plan (guint n_steps)
{
  TrappaPlan *plan = trappa_plan_new ();
  TrappaStaircase *housing = trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING);

  for (guint k = 0; k < n_steps; k++)
    {
      g_autofree char *name = g_strdup_printf ("Trinn %u: bustad med tenester og oppfølging etter behov", k + 1);
      g_autofree char *id = g_strdup_printf ("step-%u", k);
      TrappaStep *step = trappa_step_new ();
      const char *categories[] = { "Velferdsbustad", "Omsorgsbustad" };

      g_object_set (step, "id", id, "name", name, NULL);
      for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
        {
          TrappaCategory *category = trappa_category_new ();
          g_autofree char *category_id = g_strdup_printf ("%s-%u", id, c);

          g_object_set (category, "id", category_id, "name", categories[c],
                        "units-today", (gint64) (400 / (k + 1) + 20 * c),
                        "need", (gint64) (450 / (k + 1) + 25 * c), NULL);
          add_record (TRAPPA_ITEM (step), "categories", TRAPPA_ITEM (category));
        }
      add_record (TRAPPA_ITEM (housing), "steps", TRAPPA_ITEM (step));
    }
  for (guint i = 0; i < 2; i++)
    {
      TrappaSideCount *count = trappa_side_count_new ();

      g_object_set (count, "id", i == 0 ? "natthjem" : "kad",
                    "name", i == 0 ? "Natthjemsplassar" : "KAD-plassar", "count", (gint64) (4 - 2 * i), NULL);
      add_record (TRAPPA_ITEM (housing), "side-counts", TRAPPA_ITEM (count));
    }
  return plan;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) CLAMP (atoi (argv[1]), 1, 50) : 6;
  int width = 1920, height = 1080;
  g_autoptr(TrappaPlan) plan = build_plan (n);
  TrappaStaircase *housing = trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING);
  g_autoptr(GError) error = NULL;
  double layout_best = G_MAXDOUBLE, layout_total = 0, paint_best = G_MAXDOUBLE, paint_total = 0;
  cairo_surface_t *surface;

  if (argc > 2 && !trappa_chart_parse_size (argv[2], &width, &height, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  for (guint r = 0; r < ROUNDS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(TrappaStaircaseLayout) layout =
        trappa_staircase_layout_new (plan, housing, width, height, TRAPPA_CHART_STYLE_NORMAL);
      gint64 laid_out = g_get_monotonic_time ();
      cairo_t *cr = cairo_create (surface);
      double layout_ms, paint_ms;

      trappa_staircase_painter_draw (cr, layout, 0, 1);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      layout_ms = (laid_out - start) / 1000.0;
      paint_ms = (g_get_monotonic_time () - laid_out) / 1000.0;
      layout_best = MIN (layout_best, layout_ms);
      layout_total += layout_ms;
      paint_best = MIN (paint_best, paint_ms);
      paint_total += paint_ms;
    }
  printf ("staircase chart, %u steps, %d×%d: layout best %.2f ms, mean %.2f ms; "
          "paint best %.2f ms, mean %.2f ms\n",
          n, width, height, layout_best, layout_total / ROUNDS, paint_best, paint_total / ROUNDS);
  if (argc > 3 && cairo_surface_write_to_png (surface, argv[3]) != CAIRO_STATUS_SUCCESS)
    {
      fprintf (stderr, "Could not write %s\n", argv[3]);
      cairo_surface_destroy (surface);
      return 1;
    }
  cairo_surface_destroy (surface);
  return 0;
}
