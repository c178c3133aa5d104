/* trappa-priority-painter.h: draws a laid-out priority grid on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-priority-layout.h"

G_BEGIN_DECLS

/* Paints @layout at (0, 0): the widget, PNG, SVG and PDF all call this. */
void trappa_priority_painter_draw (cairo_t                    *cr,
                                   const TrappaPriorityLayout *layout);

/* Lays out and paints the plan's grid in one go (exports, benchmarks). */
void trappa_priority_paint        (cairo_t                     *cr,
                                   TrappaPlan                  *plan,
                                   const TrappaPriorityOptions *options,
                                   double                       width,
                                   double                       height);

G_END_DECLS
