/* trappa-priority-buckets.h: points of the priority grid sorted into a
 * lattice of cells, to find the few near one place without looking at
 * every card
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _TrappaPriorityBuckets TrappaPriorityBuckets;

/* Room for items 0 to @n − 1 over @area, in cells of at least
 * @cell_width × @cell_height (points outside @area go to the cells at its
 * edge). */
TrappaPriorityBuckets *trappa_priority_buckets_new   (const cairo_rectangle_t *area,
                                                      double                   cell_width,
                                                      double                   cell_height,
                                                      guint                    n);
void                   trappa_priority_buckets_free  (TrappaPriorityBuckets   *self);
/* Puts item @index at (@x, @y), taking it from where it was. */
void                   trappa_priority_buckets_place (TrappaPriorityBuckets   *self,
                                                      guint                    index,
                                                      double                   x,
                                                      double                   y);
/* Sets @found (of guint) to the items above @after (-1: all) in the cells
 * that meet @x0 … @x1 × @y0 … @y1, in ascending order: every item whose
 * point is in that box, and maybe some near it. */
void                   trappa_priority_buckets_find  (TrappaPriorityBuckets   *self,
                                                      double                   x0,
                                                      double                   y0,
                                                      double                   x1,
                                                      double                   y1,
                                                      int                      after,
                                                      GArray                  *found);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaPriorityBuckets, trappa_priority_buckets_free)

G_END_DECLS
