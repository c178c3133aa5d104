/* trappa-staircase-painter.h: draws a staircase layout on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "trappa-staircase-layout.h"

G_BEGIN_DECLS

/* Paints @layout at user-space (0, 0); @selected and @focused are step
 * indexes or -1. The same call serves the widget, PNG, SVG and PDF. */
void trappa_staircase_painter_draw (cairo_t               *cr,
                                    TrappaStaircaseLayout *layout,
                                    int                    selected,
                                    int                    focused);

G_END_DECLS
