/* trappa-need-painter.h: draws a need layout on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "trappa-need-layout.h"

G_BEGIN_DECLS

/* Paints @layout at user-space (0, 0): the widget, PNG, SVG and PDF. */
void trappa_need_painter_draw (cairo_t          *cr,
                               TrappaNeedLayout *layout);

G_END_DECLS
