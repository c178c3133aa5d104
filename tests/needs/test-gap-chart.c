/* test-gap-chart.c: the gap and need charts' layout and rendering
 *
 * Uses the worked example of test-needs.c (needs-fixture.c): two housing
 * steps, omsorg and heildogn, with the four measures, and the service
 * level sjukeheim; gap years 2028 and
 * 2027 (the default years 2028, 2027, 2028 with the repeat dropped).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE
#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <cairo.h>

#include "needs-fixture.h"
#include "trappa-gap-layout.h"
#include "trappa-gap-painter.h"
#include "trappa-need-layout.h"
#include "trappa-need-painter.h"
#include "trappa-chart-export.h"

static const int sizes[][2] = { { 1920, 1080 }, { 1024, 768 }, { 800, 600 }, { 640, 480 } };

static void
assert_inside (const TrappaRect *r,
               double            width,
               double            height)
{
  g_assert_cmpfloat (r->x, >=, 0);
  g_assert_cmpfloat (r->y, >=, 0);
  g_assert_cmpfloat (r->x + r->width, <=, width);
  g_assert_cmpfloat (r->y + r->height, <=, height);
}

static void
assert_labels_apart (GPtrArray *labels,
                     double     width,
                     double     height)
{
  for (guint i = 0; i < labels->len; i++)
    {
      TrappaChartLabel *a = labels->pdata[i];

      assert_inside (&a->box, width, height);
      for (guint j = i + 1; j < labels->len; j++)
        {
          TrappaChartLabel *b = labels->pdata[j];

          if (trappa_rect_intersects (&a->box, &b->box))
            g_error ("labels “%s” and “%s” overlap", pango_layout_get_text (a->layout),
                     pango_layout_get_text (b->layout));
        }
    }
}

static void
add_fixture (Fixture       *f,
             gconstpointer  data)
{
  needs_fixture_set_up (f, data);
  needs_fixture_add_measures (f);
}

static void
test_gap_layout (Fixture       *f,
                 gconstpointer  data)
{
  /* Expected per step: (units today, additions, gap, need, need with) in
   * 2028 and 2027, from test-needs.c. The service level sjukeheim has a
   * coverage setting too, but the gap chart is of the housing staircase.
   * The marker and the "need" label are the need with adopted measures. */
  static const char *steps[] = { "omsorg", "heildogn" };
  static const gint64 expected[2][2][5] = {
    { { 30, 4, 0, 38, 34 }, { 30, 4, 0, 36, 32 } },
    { { 12, 2, 0, 12, 11 }, { 12, 0, 0, 12, 11 } },
  };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      double w = sizes[s][0], h = sizes[s][1];
      g_autoptr(TrappaGapLayout) layout = trappa_gap_layout_new (f->plan, NULL, NULL, 0, w, h,
                                                                 TRAPPA_CHART_STYLE_NORMAL);

      g_test_message ("%gx%g: font %g px", w, h, layout->font_px);
      g_assert_null (layout->message);
      g_assert_cmpuint (layout->groups->len, ==, 2);
      if (w >= 1024)
        g_assert_cmpfloat (layout->font_px, >=, 14.0);
      assert_labels_apart (layout->labels, w, h);

      for (guint g = 0; g < 2; g++)
        {
          TrappaGapGroup *group = layout->groups->pdata[g];
          g_assert_cmpstr (group->step_id, ==, steps[g]);
          g_assert_cmpuint (group->rows->len, ==, 2);
          g_assert_nonnull (strstr (pango_layout_get_text (group->name->layout), steps[g]));
          for (guint r = 0; r < 2; r++)
            {
              TrappaGapRow *row = &g_array_index (group->rows, TrappaGapRow, r);
              const gint64 *e = expected[g][r];

              g_assert_cmpint (row->year, ==, r == 0 ? 2028 : 2027);
              g_assert_cmpint (row->units_today, ==, e[0]);
              g_assert_cmpint (row->additions, ==, e[1]);
              g_assert_cmpint (row->gap, ==, e[2]);
              g_assert_cmpint (row->need, ==, e[3]);
              g_assert_cmpint (row->need_with, ==, e[4]);
              /* Bars proportional to their values on one shared scale,
               * the parts end to end from zero. */
              g_assert_cmpfloat_with_epsilon (row->today.x, group->zero_x, 1e-6);
              g_assert_cmpfloat_with_epsilon (row->today.width, e[0] * layout->scale, 1e-6);
              g_assert_cmpfloat_with_epsilon (row->added.x, row->today.x + row->today.width, 1e-6);
              g_assert_cmpfloat_with_epsilon (row->added.width, e[1] * layout->scale, 1e-6);
              g_assert_cmpfloat_with_epsilon (row->remaining.x, row->added.x + row->added.width, 1e-6);
              g_assert_cmpfloat_with_epsilon (row->remaining.width, e[2] * layout->scale, 1e-6);
              g_assert_cmpfloat_with_epsilon (row->need_x - group->zero_x, e[4] * layout->scale, 1e-6);
              {
                g_autofree char *need = g_strdup_printf ("need %" G_GINT64_FORMAT " ", e[4]);
                g_autofree char *need_end = g_strdup_printf ("need %" G_GINT64_FORMAT ",", e[4]);
                const char *numbers = pango_layout_get_text (row->numbers->layout);

                g_assert_true (g_str_has_prefix (numbers, need) || g_str_has_prefix (numbers, need_end));
              }
              assert_inside (&row->today, w, h);
              assert_inside (&row->remaining, w, h);
              g_assert_cmpfloat (row->need_x, <=, w);
              /* The numbers sit right of the bar and its marker. */
              g_assert_cmpfloat (row->numbers->box.x, >=, row->remaining.x + row->remaining.width);
              g_assert_cmpfloat (row->numbers->box.x, >=, row->need_x);
            }
          /* Hit-testing: the middle of group g is group g. */
          g_assert_cmpint (trappa_gap_layout_hit (layout, group->rect.x + group->rect.width / 2,
                                                  group->rect.y + group->rect.height / 2), ==, g);
        }
      g_assert_cmpint (trappa_gap_layout_hit (layout, w - 1, h - 1), ==, -1);
    }
}

static void
test_gap_layout_chosen_years (Fixture       *f,
                              gconstpointer  data)
{
  static const gint64 years[] = { 2025, 2026 };
  g_autoptr(TrappaGapLayout) layout = trappa_gap_layout_new (f->plan, "MMMM", years, 2, 900, 700,
                                                             TRAPPA_CHART_STYLE_HIGH_CONTRAST);
  TrappaGapGroup *omsorg = layout->groups->pdata[0];
  TrappaGapRow *row = &g_array_index (omsorg->rows, TrappaGapRow, 0);

  g_assert_cmpuint (omsorg->rows->len, ==, 2);
  g_assert_cmpint (row->year, ==, 2025);
  /* 2025: need 32.25 → 32, supply 30. */
  g_assert_cmpint (row->gap, ==, 2);
  g_assert_cmpstr (pango_layout_get_text (row->numbers->layout), ==, "need 32, gap 2");
  /* The caption names scenario, base year and source. */
  g_assert_nonnull (layout->caption);
  g_assert_nonnull (strstr (pango_layout_get_text (layout->caption->layout), "Scenario MMMM, base year 2024"));
}

static void
test_gap_layout_empty (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new_empty ();
  g_autoptr(TrappaGapLayout) layout = trappa_gap_layout_new (plan, NULL, NULL, 0, 640, 480,
                                                             TRAPPA_CHART_STYLE_NORMAL);
  g_autoptr(TrappaNeedLayout) need = trappa_need_layout_new (plan, NULL, NULL, 640, 480,
                                                             TRAPPA_CHART_STYLE_NORMAL);

  g_assert_nonnull (layout->message);
  g_assert_cmpuint (layout->groups->len, ==, 0);
  assert_labels_apart (layout->labels, 640, 480);
  g_assert_nonnull (need->message);
  assert_labels_apart (need->labels, 640, 480);
}

static const TrappaNeedLine *
find_line (TrappaNeedLayout   *layout,
           TrappaNeedLineKind  kind)
{
  for (guint i = 0; i < layout->lines->len; i++)
    if (((TrappaNeedLine *) layout->lines->pdata[i])->kind == kind)
      return layout->lines->pdata[i];
  g_assert_not_reached ();
}

static void
assert_line (TrappaNeedLayout *layout,
             TrappaNeedLineKind kind,
             const gint64      *values)
{
  const TrappaNeedLine *line = find_line (layout, kind);

  g_assert_cmpuint (line->points->len, ==, NEEDS_N_YEARS);
  for (guint i = 0; i < NEEDS_N_YEARS; i++)
    {
      const TrappaPoint *p = &g_array_index (line->points, TrappaPoint, i);

      g_assert_cmpfloat_with_epsilon (p->x, trappa_need_layout_x (layout, needs_years[i]), 1e-6);
      g_assert_cmpfloat_with_epsilon (p->y, trappa_need_layout_y (layout, values[i]), 1e-6);
    }
}

static void
test_need_layout (Fixture       *f,
                  gconstpointer  data)
{
  /* omsorg, from test-needs.c */
  static const gint64 need[] = { 30, 32, 34, 36, 38 };
  static const gint64 with[] = { 30, 32, 34, 32, 34 };
  static const gint64 supply[] = { 30, 30, 34, 34, 34 };
  /* the housing steps summed: omsorg + heildogn (not the service level),
   * sums of the rounded step figures: 30 + 11, 32 + 11, 34 + 12, 36 + 12, 38 + 12 */
  static const gint64 all_need[] = { 41, 43, 46, 48, 50 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      double w = sizes[s][0], h = sizes[s][1];
      g_autoptr(TrappaNeedLayout) one = trappa_need_layout_new (f->plan, NULL, "omsorg", w, h,
                                                                TRAPPA_CHART_STYLE_NORMAL);
      g_autoptr(TrappaNeedLayout) all = trappa_need_layout_new (f->plan, NULL, NULL, w, h,
                                                                TRAPPA_CHART_STYLE_DARK);

      g_test_message ("%gx%g: font %g px", w, h, one->font_px);
      g_assert_cmpuint (one->lines->len, ==, 3);
      assert_line (one, TRAPPA_NEED_LINE_WITHOUT, need);
      assert_line (one, TRAPPA_NEED_LINE_WITH, with);
      assert_line (one, TRAPPA_NEED_LINE_SUPPLY, supply);
      g_assert_cmpint (one->top, >=, 38);
      assert_inside (&one->plot, w, h);
      assert_labels_apart (one->labels, w, h);
      if (w >= 1024)
        g_assert_cmpfloat (one->font_px, >=, 14.0);
      assert_line (all, TRAPPA_NEED_LINE_WITHOUT, all_need);
      {
        /* A service level on its own. */
        g_autoptr(TrappaNeedLayout) level = trappa_need_layout_new (f->plan, NULL, "sjukeheim", w, h,
                                                                    TRAPPA_CHART_STYLE_NORMAL);
        static const gint64 places[] = { 50, 54, 57, 60, 64 };

        assert_line (level, TRAPPA_NEED_LINE_WITHOUT, places);
      }
      assert_labels_apart (all->labels, w, h);
    }
}

/* Pixels: each bar part drawn in its rectangle, the background elsewhere. */
static void
test_gap_render (Fixture       *f,
                 gconstpointer  data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1024, 768);
  cairo_t *cr = cairo_create (surface);
  static const gint64 years[] = { 2025 };   /* omsorg's gap: 2 */
  g_autoptr(TrappaGapLayout) layout = trappa_gap_layout_new (f->plan, NULL, years, 1, 1024, 768,
                                                             TRAPPA_CHART_STYLE_NORMAL);
  TrappaGapGroup *omsorg = layout->groups->pdata[0];
  TrappaGapRow *row = &g_array_index (omsorg->rows, TrappaGapRow, 0);
  const TrappaChartPalette *palette = trappa_chart_palette_get (TRAPPA_CHART_STYLE_NORMAL);
  guint32 supply = 0xff000000 | (guint) (palette->parts[0].red * 255 + 0.5) << 16 |
                   (guint) (palette->parts[0].green * 255 + 0.5) << 8 | (guint) (palette->parts[0].blue * 255 + 0.5);
  guchar *data_px;
  int stride;

  trappa_gap_painter_draw (cr, layout, -1);
  cairo_surface_flush (surface);
  data_px = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
#define PIXEL(x, y) (*(guint32 *) (data_px + (int) (y) * stride + (int) (x) * 4) | 0xff000000)
  g_assert_cmphex (PIXEL (row->today.x + row->today.width / 2, row->today.y + row->today.height / 2), ==, supply);
  g_assert_cmphex (PIXEL (1023, 767), ==, 0xffffffff);
  {
    /* The hatched gap is neither background nor empty. */
    guint drawn = 0;

    for (double x = row->remaining.x + 1; x < row->remaining.x + row->remaining.width - 1; x++)
      for (double y = row->remaining.y + 1; y < row->remaining.y + row->remaining.height - 1; y++)
        drawn += PIXEL (x, y) != 0xffffffff;
    g_assert_cmpuint (drawn, >, 0);
  }
#undef PIXEL
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("trappa-gap-XXXXXX", &error);
  const char *names[] = { "gap", "need" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *png = g_strdup_printf ("%s/%s.png", dir, names[i]);
      g_autofree char *svg = g_strdup_printf ("%s/%s.svg", dir, names[i]);
      g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", dir, names[i]);
      g_autofree char *svg_text = NULL;
      g_autofree char *pdf_text = NULL;
      gsize pdf_len = 0;
      cairo_surface_t *image;
      guint pages = 0;

      g_assert_true (trappa_chart_export_command (f->plan, names[i], png, "800x500", NULL, &error));
      g_assert_no_error (error);
      image = cairo_image_surface_create_from_png (png);
      g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (image), ==, 800);
      g_assert_cmpint (cairo_image_surface_get_height (image), ==, 500);
      cairo_surface_destroy (image);

      g_assert_true (trappa_chart_export_command (f->plan, names[i], svg, NULL, NULL, &error));
      g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
      {
        /* Well-formed XML with an <svg> root. */
        g_autoptr(GMarkupParseContext) ctx = NULL;
        GMarkupParser parser = { 0 };

        ctx = g_markup_parse_context_new (&parser, 0, NULL, NULL);
        g_assert_true (g_markup_parse_context_parse (ctx, svg_text, -1, &error));
        g_assert_true (g_markup_parse_context_end_parse (ctx, &error));
        g_assert_no_error (error);
        g_assert_nonnull (strstr (svg_text, "<svg"));
      }

      g_assert_true (trappa_chart_export_command (f->plan, names[i], pdf, NULL, NULL, &error));
      g_assert_true (g_file_get_contents (pdf, &pdf_text, &pdf_len, NULL));
      g_assert_true (g_str_has_prefix (pdf_text, "%PDF"));
      /* "/Type /Page" objects, not the "/Type /Pages" tree; memmem, as
       * compressed streams hold zero bytes. */
      for (const char *p = pdf_text; (p = memmem (p, pdf_len - (p - pdf_text), "/Type /Page", 11)) != NULL; p++)
        pages += p[11] != 's';
      g_assert_cmpuint (pages, ==, 1);

      g_remove (png);
      g_remove (svg);
      g_remove (pdf);
    }

  g_assert_false (trappa_chart_export_command (f->plan, "gaps", "x.png", NULL, NULL, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (trappa_chart_export_command (f->plan, "gap", NULL, NULL, NULL, &error));
  g_clear_error (&error);
  g_assert_false (trappa_chart_export_command (f->plan, "gap", "x.gif", NULL, NULL, &error));
  g_clear_error (&error);
  g_assert_false (trappa_chart_export_command (f->plan, "need", "x.png", "10x10", NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* --scenario: an unknown one is refused naming the plan's; a known one
   * draws its own figures; not for the staircase. */
  {
    g_autofree char *png = g_build_filename (dir, "gap.png", NULL);
    g_autoptr(TrappaPlan) bare = trappa_plan_new ();

    g_assert_false (trappa_chart_export_command_full (f->plan, "gap", png, NULL, NULL, "HHMH", &error));
    g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
    g_assert_nonnull (strstr (error->message, "HHMH"));
    g_assert_nonnull (strstr (error->message, "MMMM"));
    g_clear_error (&error);
    g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
    g_assert_true (trappa_chart_export_command_full (f->plan, "need", png, NULL, NULL, "MMMM", &error));
    g_assert_no_error (error);
    g_remove (png);
    g_assert_false (trappa_chart_export_command_full (f->plan, "bustadtrapp", png, NULL, NULL, "MMMM", &error));
    g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
    g_clear_error (&error);

    /* A plan with no population projection: a message, no file. */
    g_assert_false (trappa_chart_export_command (bare, "gap", png, NULL, NULL, &error));
    g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
    g_assert_nonnull (strstr (error->message, "population"));
    g_clear_error (&error);
    g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/trappa/needs/" path, Fixture, NULL, add_fixture, func, needs_fixture_tear_down)
  ADD ("gap-chart/layout", test_gap_layout);
  ADD ("gap-chart/chosen-years", test_gap_layout_chosen_years);
  ADD ("gap-chart/render", test_gap_render);
  ADD ("need-chart/layout", test_need_layout);
  ADD ("charts/export", test_export);
#undef ADD
  g_test_add_func ("/trappa/needs/gap-chart/empty", test_gap_layout_empty);
  return g_test_run ();
}
