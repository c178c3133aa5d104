/* trappa-priority-push.h: cards that cover one another pushed apart, each
 * keeping near its point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-priority-layout.h"

G_BEGIN_DECLS

/* When @a and @b are nearer than @gap (or overlap), pushes them apart
 * inside @area, along the shorter overlap first (@parity, 1 or -1, says
 * which way when their points are level) and returns TRUE; else leaves
 * them and returns FALSE. */
gboolean trappa_priority_push_pair (TrappaPriorityCard      *a,
                                    TrappaPriorityCard      *b,
                                    const cairo_rectangle_t *area,
                                    double                   gap,
                                    int                      parity);
/* Up to @passes passes over every pair of @cards (TrappaPriorityCard) in
 * order, each card with every later one, parity alternating with the
 * sum of their places: trappa_priority_push_pair on each, until a pass
 * pushes none. Returns whether any two cards still overlap. */
gboolean trappa_priority_push_all  (GPtrArray               *cards,
                                    const cairo_rectangle_t *area,
                                    double                   gap,
                                    guint                    passes);

G_END_DECLS
