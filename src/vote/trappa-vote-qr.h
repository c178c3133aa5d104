/* trappa-vote-qr.h: the QR code of the voting address, drawn with cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The modules of @text's QR code (error correction M), row by row, TRUE
 * for dark; *@width modules a side, without the quiet zone. NULL with
 * @error when @text does not fit a QR code. */
gboolean *trappa_vote_qr_modules (const char  *text,
                                  guint       *width,
                                  GError     **error);

/* Paints @text's QR code into the square at (@x, @y) of side @size: white,
 * with the 4-module quiet zone readers need, and modules on whole device
 * pixels where @size allows, so a camera reads it from a projector. */
gboolean  trappa_vote_qr_paint   (cairo_t     *cr,
                                  const char  *text,
                                  double       x,
                                  double       y,
                                  double       size,
                                  GError     **error);

G_END_DECLS
