/* chart-pixels.h: what the tests comparing a kept frame with a fresh
 * paint share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "trappa-plan.h"

G_BEGIN_DECLS

/* data/examples/@name from the source tree, read (asserted). */
TrappaPlan *chart_pixels_load_example      (const char      *name);

/* How many pixels of two image surfaces of one size differ by more than a
 * rounding step in some channel. */
guint       chart_pixels_count_differences (cairo_surface_t *a,
                                            cairo_surface_t *b);

G_END_DECLS
