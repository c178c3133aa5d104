/* trappa-gap-painter.h: draws a gap layout on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "trappa-gap-layout.h"

G_BEGIN_DECLS

/* Paints @layout at user-space (0, 0); @selected is a group index or -1.
 * The same call serves the widget, PNG, SVG and PDF. */
void trappa_gap_painter_draw (cairo_t         *cr,
                              TrappaGapLayout *layout,
                              int              selected);

G_END_DECLS
