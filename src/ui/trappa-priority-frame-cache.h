/* trappa-priority-frame-cache.h: what the priority grid keeps from one
 * frame to the next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-priority-layout.h"

G_BEGIN_DECLS

typedef struct _TrappaPriorityFrameCache TrappaPriorityFrameCache;

TrappaPriorityFrameCache *trappa_priority_frame_cache_new      (void);
void                      trappa_priority_frame_cache_free     (TrappaPriorityFrameCache   *self);

/* Appends the picture of @layout to @snapshot, as
 * trappa_priority_painter_draw paints it, at @scale device pixels a
 * pixel: the background as one texture and each card's layers as render
 * nodes, those kept from the frame before wherever nothing they show
 * changed, so a card move draws only that card again (and GTK repaints
 * only where it was and is). */
void                      trappa_priority_frame_cache_snapshot (TrappaPriorityFrameCache   *self,
                                                                GtkSnapshot                *snapshot,
                                                                const TrappaPriorityLayout *layout,
                                                                int                         scale);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaPriorityFrameCache, trappa_priority_frame_cache_free)

G_END_DECLS
