/* trappa-timeline-painter.h: paints a milestone timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "trappa-timeline-layout.h"

G_BEGIN_DECLS

/* Paints @layout at (0, 0): a diamond per milestone on its date, filled
 * when done, outlined (thicker, in the accent colour) when overdue,
 * hollow otherwise, so it reads without colour; a dashed line for today. */
void trappa_timeline_painter_draw (cairo_t                    *cr,
                                   const TrappaTimelineLayout *layout);

G_END_DECLS
