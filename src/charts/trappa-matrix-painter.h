/* trappa-matrix-painter.h: draws a laid-out matrix chart on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "trappa-matrix-layout.h"

G_BEGIN_DECLS

/* Paints @layout at (0, 0); @selected and @focused are chip numbers or -1.
 * The widget, PNG, SVG and PDF all call this. */
void trappa_matrix_painter_draw (cairo_t            *cr,
                                 TrappaMatrixLayout *layout,
                                 int                 selected,
                                 int                 focused);

G_END_DECLS
