/* chart-pixels.c: what the tests comparing a kept frame with a fresh
 * paint share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "chart-pixels.h"
#include "trappa-plan-file.h"

TrappaPlan *
chart_pixels_load_example (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TrappaPlan *plan = trappa_plan_file_load (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

guint
chart_pixels_count_differences (cairo_surface_t *a,
                                cairo_surface_t *b)
{
  const guint8 *pa = cairo_image_surface_get_data (a), *pb = cairo_image_surface_get_data (b);
  int stride = cairo_image_surface_get_stride (a);
  int width = cairo_image_surface_get_width (a), height = cairo_image_surface_get_height (a);
  guint n = 0;

  g_assert_cmpint (width, ==, cairo_image_surface_get_width (b));
  g_assert_cmpint (height, ==, cairo_image_surface_get_height (b));
  cairo_surface_flush (a);
  cairo_surface_flush (b);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      for (int c = 0; c < 4; c++)
        if (ABS (pa[y * stride + 4 * x + c] - pb[y * stride + 4 * x + c]) > 2)
          {
            n++;
            break;
          }
  return n;
}
