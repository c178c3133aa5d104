/* trappa-swot-painter.h: draws a laid-out SWOT chart on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "trappa-swot-layout.h"

G_BEGIN_DECLS

/* Paints @layout at (0, 0); @selected and @focused are point numbers or
 * -1. */
void trappa_swot_painter_draw (cairo_t          *cr,
                               TrappaSwotLayout *layout,
                               int               selected,
                               int               focused);

G_END_DECLS
