/* trappa-priority-background.h: the priority grid without its cards, drawn
 * once and kept while cards move
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-priority-layout.h"

G_BEGIN_DECLS

typedef struct _TrappaPriorityBackground TrappaPriorityBackground;

TrappaPriorityBackground *trappa_priority_background_new  (void);
void                      trappa_priority_background_free (TrappaPriorityBackground *self);

/* @layout's background (trappa_priority_painter_draw_background) as an
 * ARGB32 image of @layout's size times @scale (the device scale is set),
 * drawn again only when something it shows differs from the last call:
 * the size, scale, style, the plot, a label or the legend. Owned by
 * @self, valid until the next call; @redrawn (may be NULL) tells whether
 * this call drew it. */
cairo_surface_t          *trappa_priority_background_get  (TrappaPriorityBackground   *self,
                                                           const TrappaPriorityLayout *layout,
                                                           int                         scale,
                                                           gboolean                   *redrawn);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaPriorityBackground, trappa_priority_background_free)

G_END_DECLS
