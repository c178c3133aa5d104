/* trappa-priority-grid-view.h: the priority grid as a chart view — cards
 * moved with the mouse, touch or the arrow keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-chart-view.h"
#include "trappa-priority-layout.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_PRIORITY_GRID_VIEW (trappa_priority_grid_view_get_type ())
G_DECLARE_FINAL_TYPE (TrappaPriorityGridView, trappa_priority_grid_view,
                      TRAPPA, PRIORITY_GRID_VIEW, TrappaChartView)

/* The "priority" chart: dragging a card (or the arrow keys on the selected
 * one; Shift moves ten) sets the scores of the two axes shown for the
 * group shown, as one undoable edit; the merged view only selects. Page
 * Up and Page Down select the next and previous card in the plan's order.
 * "selected" is the selected measure's id. */
GtkWidget                   *trappa_priority_grid_view_new         (void);
/* What to show (axes, group, filters, type size); copied. Its "selected"
 * is ignored: see the "selected" property. */
void                         trappa_priority_grid_view_set_options (TrappaPriorityGridView      *self,
                                                                    const TrappaPriorityOptions *options);
const TrappaPriorityOptions *trappa_priority_grid_view_get_options (TrappaPriorityGridView      *self);

G_END_DECLS
