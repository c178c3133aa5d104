/* test-render.c: the painter on image surfaces, and the file exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <cairo.h>

#include "chart-fixtures.h"
#include "trappa-chart-export.h"
#include "trappa-staircase-painter.h"

typedef struct
{
  cairo_surface_t       *surface;
  TrappaStaircaseLayout *layout;
} Painted;

static Painted
paint (TrappaPlan       *plan,
       const char       *kind,
       int               width,
       int               height,
       TrappaChartStyle  style)
{
  Painted p;
  cairo_t *cr;

  p.layout = trappa_staircase_layout_new (plan, trappa_plan_get_staircase (plan, kind),
                                          width, height, style);
  p.surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (p.surface);
  trappa_staircase_painter_draw (cr, p.layout, -1, -1);
  cairo_destroy (cr);
  cairo_surface_flush (p.surface);
  return p;
}

static void
painted_clear (Painted *p)
{
  g_clear_pointer (&p->surface, cairo_surface_destroy);
  g_clear_pointer (&p->layout, trappa_staircase_layout_free);
}

static guint32
pixel (Painted *p,
       double   x,
       double   y)
{
  const guchar *data = cairo_image_surface_get_data (p->surface);
  int stride = cairo_image_surface_get_stride (p->surface);

  return *(const guint32 *) (data + (int) y * stride + (int) x * 4) & 0xffffff;
}

static guint32
rgb_pixel (const TrappaRgb *rgb)
{
  return (guint32) (rgb->red * 255 + 0.5) << 16 | (guint32) (rgb->green * 255 + 0.5) << 8 |
         (guint32) (rgb->blue * 255 + 0.5);
}

static guint
count_not (Painted          *p,
           const TrappaRect *r,
           guint32           colour)
{
  guint n = 0;

  for (int y = (int) r->y + 1; y < (int) (r->y + r->height) - 1; y++)
    for (int x = (int) r->x + 1; x < (int) (r->x + r->width) - 1; x++)
      n += pixel (p, x, y) != colour;
  return n;
}

static guint
count_is (Painted          *p,
          const TrappaRect *r,
          guint32           colour)
{
  guint n = 0;

  for (int y = (int) r->y + 1; y < (int) (r->y + r->height) - 1; y++)
    for (int x = (int) r->x + 1; x < (int) (r->x + r->width) - 1; x++)
      n += pixel (p, x, y) == colour;
  return n;
}

/* Pixels within @tolerance of @colour in each channel: thin hatching lines
 * that start at a fraction of a pixel are all antialiased. */
static guint
count_near (Painted          *p,
            const TrappaRect *r,
            guint32           colour,
            int               tolerance)
{
  guint n = 0;

  for (int y = (int) r->y + 1; y < (int) (r->y + r->height) - 1; y++)
    for (int x = (int) r->x + 1; x < (int) (r->x + r->width) - 1; x++)
      {
        guint32 c = pixel (p, x, y);
        gboolean near = TRUE;

        for (int shift = 0; shift <= 16; shift += 8)
          near &= ABS ((int) ((c >> shift) & 0xff) - (int) ((colour >> shift) & 0xff)) <= tolerance;
        n += near;
      }
  return n;
}

static void
check_steps_drawn (TrappaChartStyle style)
{
  g_autoptr(TrappaPlan) plan = chart_fixture_long_names_plan (6);
  const TrappaChartPalette *palette = trappa_chart_palette_get (style);
  guint32 background = rgb_pixel (&palette->background);
  Painted p = paint (plan, TRAPPA_STAIRCASE_HOUSING, 900, 700, style);
  TrappaStepLayout *top = g_ptr_array_index (p.layout->steps, 5);
  /* Clear of the silhouette's thick line along the steps' edges. */
  TrappaRect margin = { 0, 0, top->rect.x - 2 - 2 * palette->line_width, top->rect.y + top->rect.height / 2 };

  for (guint k = 0; k < p.layout->steps->len; k++)
    {
      TrappaStepLayout *sl = g_ptr_array_index (p.layout->steps, k);

      /* The step block is painted (outline, bar, text; in high contrast
       * its fill is the background), and so is its supply bar. */
      g_assert_cmpuint (count_not (&p, &sl->rect, background), >, sl->track.width * sl->track.height / 2);
      g_assert_cmpuint (count_not (&p, &(TrappaRect) { sl->rect.x - 1, sl->rect.y - 2, sl->rect.width + 2, 5 },
                                   background), >, sl->rect.width / 2);
      g_assert_cmpuint (count_is (&p, &sl->supply, rgb_pixel (&palette->parts[0])), >, 0);
      /* Uncovered need has both the hatching ink and the light fill. */
      if (sl->figures.uncovered > 0)
        {
          g_assert_cmpuint (count_near (&p, &sl->uncovered, rgb_pixel (&palette->uncovered_ink), 64), >, 0);
          g_assert_cmpuint (count_is (&p, &sl->uncovered, rgb_pixel (&palette->uncovered_fill)), >, 0);
        }
    }
  /* Left of the raised steps, below the title, is the bare background. */
  margin.y = p.layout->font_px * 3.5;
  margin.height -= margin.y;
  g_assert_cmpfloat (margin.width, >, 10);
  g_assert_cmpuint (count_not (&p, &margin, background), ==, 0);
  g_assert_cmpuint (pixel (&p, 899, 350), ==, background);
  painted_clear (&p);
}

static void
test_paint_steps (void)
{
  check_steps_drawn (TRAPPA_CHART_STYLE_NORMAL);
  check_steps_drawn (TRAPPA_CHART_STYLE_DARK);
  check_steps_drawn (TRAPPA_CHART_STYLE_HIGH_CONTRAST);
  check_steps_drawn (TRAPPA_CHART_STYLE_DARK | TRAPPA_CHART_STYLE_HIGH_CONTRAST);
}

static void
test_paint_selection (void)
{
  g_autoptr(TrappaPlan) plan = chart_fixture_baerum ();
  Painted p = paint (plan, TRAPPA_STAIRCASE_HOUSING, 800, 600, TRAPPA_CHART_STYLE_NORMAL);
  TrappaStepLayout *sl = g_ptr_array_index (p.layout->steps, 2);
  guint32 accent = rgb_pixel (&trappa_chart_palette_get (TRAPPA_CHART_STYLE_NORMAL)->accent);
  cairo_t *cr;

  g_assert_cmpuint (count_is (&p, &sl->rect, accent), ==, 0);
  cr = cairo_create (p.surface);
  trappa_staircase_painter_draw (cr, p.layout, 2, 2);
  cairo_destroy (cr);
  cairo_surface_flush (p.surface);
  g_assert_cmpuint (count_is (&p, &(TrappaRect) { sl->rect.x - 3, sl->rect.y - 3, sl->rect.width + 6, 7 }, accent), >, 0);
  painted_clear (&p);
}

static char *
tmp_path (const char *dir,
          const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static void
test_export_formats (void)
{
  g_autoptr(TrappaPlan) plan = chart_fixture_baerum ();
  g_autofree char *dir = g_dir_make_tmp ("trappa-charts-XXXXXX", NULL);
  g_autofree char *png = tmp_path (dir, "trapp.png");
  g_autofree char *svg = tmp_path (dir, "trapp.SVG");
  g_autofree char *pdf = tmp_path (dir, "trapp.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  cairo_surface_t *image;
  gsize length;
  xmlDocPtr doc;
  guint pages = 0;

  g_assert_true (trappa_chart_export_command (plan, "bustadtrapp", png, "1000x700", NULL, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1000);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 700);
  cairo_surface_destroy (image);

  g_assert_true (trappa_chart_export_command (plan, "bustadtrapp", svg, "800×600", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &contents, &length, NULL));
  doc = xmlReadMemory (contents, (int) length, "trapp.svg", NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  g_assert_cmpstr ((const char *) xmlDocGetRootElement (doc)->name, ==, "svg");
  g_assert_cmpstr ((const char *) xmlGetProp (xmlDocGetRootElement (doc), BAD_CAST "width"), ==, "800px");
  xmlFreeDoc (doc);
  g_clear_pointer (&contents, g_free);

  g_assert_true (trappa_chart_export_command (plan, "meistringstrapp", pdf, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* "/Type /Page" objects, not the "/Type /Pages" tree; font streams hold
   * NUL bytes, so compare bytes rather than search strings. */
  for (gsize i = 0; i + strlen ("/Type /Pages") <= length; i++)
    pages += memcmp (contents + i, "/Type /Page", strlen ("/Type /Page")) == 0 &&
             contents[i + strlen ("/Type /Page")] != 's';
  g_assert_cmpuint (pages, ==, 1);

  g_assert_cmpint (g_remove (png), ==, 0);
  g_assert_cmpint (g_remove (svg), ==, 0);
  g_assert_cmpint (g_remove (pdf), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_export_errors (void)
{
  g_autoptr(TrappaPlan) plan = chart_fixture_baerum ();
  g_autoptr(TrappaPlan) bare = trappa_plan_new_empty ();
  g_autofree char *dir = g_dir_make_tmp ("trappa-charts-XXXXXX", NULL);
  g_autofree char *png = tmp_path (dir, "trapp.png");
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "trapp.png", NULL);
  static const char *bad_sizes[] = { "", "100", "10x10", "1600x", "x900", "-5x600",
                                     "99999x600", "800x600x2", "abcxdef", "800 x 600 px" };
  GError *error = NULL;

  g_assert_false (trappa_chart_export_command (plan, "trapp", png, NULL, NULL, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "“trapp”"));
  g_clear_error (&error);

  g_assert_false (trappa_chart_export_command (plan, "bustadtrapp", NULL, NULL, NULL, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_false (trappa_chart_export_command (plan, "bustadtrapp", "trapp.gif", NULL, NULL, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "trapp.gif"));
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (bad_sizes); i++)
    {
      g_assert_false (trappa_chart_export_command (plan, "bustadtrapp", png, bad_sizes[i], NULL, &error));
      g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
      g_clear_error (&error);
    }

  g_assert_false (trappa_chart_export_command (bare, "meistringstrapp", png, NULL, NULL, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_false (trappa_chart_export_command (plan, "bustadtrapp", missing, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_clear_error (&error);

  /* Nothing was written by any failure. */
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trappa/charts/render/steps", test_paint_steps);
  g_test_add_func ("/trappa/charts/render/selection", test_paint_selection);
  g_test_add_func ("/trappa/charts/export/formats", test_export_formats);
  g_test_add_func ("/trappa/charts/export/errors", test_export_errors);
  return g_test_run ();
}
