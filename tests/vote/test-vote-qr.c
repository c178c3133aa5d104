/* test-vote-qr.c: the QR code of the voting address is painted module for
 * module with its quiet zone; the addresses offered to listen on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-vote-network.h"
#include <math.h>

#include "trappa-vote-qr.h"

#define URL "http://192.168.1.20:8080/?t=AbCdEfGhIjKlMnOpQrStUv"

static gboolean
dark_at (cairo_surface_t *surface,
         int              x,
         int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  const guint32 *pixel = (const guint32 *) (data + y * cairo_image_surface_get_stride (surface)) + x;

  return (*pixel & 0xffffff) == 0;
}

static void
test_paint (void)
{
  guint width;
  g_autofree gboolean *modules = trappa_vote_qr_modules (URL, &width, NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  double module, offset;
  guint n_dark = 0;

  g_assert_nonnull (modules);
  /* A QR code of version v has 17 + 4v modules a side. */
  g_assert_cmpuint (width, >=, 21);
  g_assert_cmpuint ((width - 17) % 4, ==, 0);
  /* The finder patterns: dark corners top-left, top-right, bottom-left;
   * top-left, a light ring inside the dark one around a dark core, then
   * a light separator. */
  g_assert_true (modules[0] && modules[width - 1] && modules[(width - 1) * width]);
  g_assert_false (modules[1 * width + 1]);
  g_assert_true (modules[3 * width + 3]);
  g_assert_false (modules[7]);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 400);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 0, 0);
  cairo_paint (cr);
  g_assert_true (trappa_vote_qr_paint (cr, URL, 0, 0, 400, NULL));
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  module = floor (400.0 / (width + 8));
  offset = (400 - module * width) / 2;
  for (guint row = 0; row < width; row++)
    for (guint col = 0; col < width; col++)
      {
        int x = offset + (col + 0.5) * module, y = offset + (row + 0.5) * module;

        g_assert_cmpint (dark_at (surface, x, y), ==, modules[row * width + col]);
        n_dark += modules[row * width + col];
      }
  g_assert_cmpuint (n_dark, >, width * width / 4);
  /* The quiet zone is white, not the red underneath. */
  g_assert_cmphex (((guint32 *) cairo_image_surface_get_data (surface))[0] & 0xffffff, ==, 0xffffff);
  g_assert_false (dark_at (surface, offset - module * 2, offset - module * 2));
  cairo_surface_destroy (surface);
}

static void
test_too_long (void)
{
  g_autofree char *text = g_strnfill (8000, 'x');
  g_autoptr(GError) error = NULL;
  guint width;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  cairo_t *cr = cairo_create (surface);

  g_assert_null (trappa_vote_qr_modules (text, &width, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (trappa_vote_qr_paint (cr, text, 0, 0, 10, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_local_addresses (void)
{
  g_auto(GStrv) addresses = trappa_vote_local_addresses ();
  guint n = g_strv_length (addresses);

  g_assert_cmpuint (n, >, 0);
  g_assert_true (g_strv_contains ((const char * const *) addresses, "127.0.0.1"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GInetAddress) address = g_inet_address_new_from_string (addresses[i]);

      g_assert_nonnull (address);
      g_assert_false (g_inet_address_get_is_link_local (address));
      /* Loopback comes after every address a phone could reach. */
      if (g_inet_address_get_is_loopback (address))
        for (guint j = i + 1; j < n; j++)
          {
            g_autoptr(GInetAddress) later = g_inet_address_new_from_string (addresses[j]);

            g_assert_true (g_inet_address_get_is_loopback (later));
          }
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trappa/vote/qr/paint", test_paint);
  g_test_add_func ("/trappa/vote/qr/too-long", test_too_long);
  g_test_add_func ("/trappa/vote/network/local-addresses", test_local_addresses);
  return g_test_run ();
}
