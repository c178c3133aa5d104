/* trappa-vote-qr.c: the QR code of the voting address, drawn with cairo
 *
 * libqrencode makes the modules; this file only paints them, so the
 * window, a test and an export all draw the same code.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-vote"

#include <math.h>
#include <qrencode.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "trappa-vote-qr.h"

#define QUIET_ZONE 4   /* modules of white around the code, as the standard asks */

gboolean *
trappa_vote_qr_modules (const char  *text,
                        guint       *width,
                        GError     **error)
{
  QRcode *code = QRcode_encodeString8bit (text, 0, QR_ECLEVEL_M);
  gboolean *modules;

  if (code == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The address is too long for a QR code: %s"), text);
      return NULL;
    }
  *width = code->width;
  modules = g_new (gboolean, (gsize) code->width * code->width);
  for (gsize i = 0; i < (gsize) code->width * code->width; i++)
    modules[i] = code->data[i] & 1;
  QRcode_free (code);
  return modules;
}

gboolean
trappa_vote_qr_paint (cairo_t     *cr,
                      const char  *text,
                      double       x,
                      double       y,
                      double       size,
                      GError     **error)
{
  guint width;
  g_autofree gboolean *modules = trappa_vote_qr_modules (text, &width, error);
  double module, offset;

  if (modules == NULL)
    return FALSE;
  /* Whole pixels per module when there is room: sharp edges scan best. */
  module = size / (width + 2 * QUIET_ZONE);
  if (module >= 1)
    module = floor (module);
  offset = (size - module * width) / 2;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, size, size);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  for (guint row = 0; row < width; row++)
    for (guint col = 0; col < width; col++)
      if (modules[row * width + col])
        {
          double left = round (x + offset + col * module), top = round (y + offset + row * module);

          /* Edges on whole pixels, so neighbours meet without seams. */
          cairo_rectangle (cr, left, top, round (x + offset + (col + 1) * module) - left,
                           round (y + offset + (row + 1) * module) - top);
        }
  cairo_fill (cr);
  cairo_restore (cr);
  return TRUE;
}
