/* trappa-priority-grid-view.h: the priority grid as a widget — cards moved
 * with the mouse, touch or the arrow keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-priority-layout.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_PRIORITY_GRID_VIEW (trappa_priority_grid_view_get_type ())
G_DECLARE_FINAL_TYPE (TrappaPriorityGridView, trappa_priority_grid_view,
                      TRAPPA, PRIORITY_GRID_VIEW, GtkWidget)

/* Draws the grid of its "plan" and redraws on every change. Dragging a card
 * (or the arrow keys on the selected one; Shift moves ten) sets the scores
 * of the two axes shown for the group shown, as one undoable edit. The
 * merged view only selects: it shows the groups' scores, it owns none.
 * "selected" is the selected measure's id. */
GtkWidget            *trappa_priority_grid_view_new          (void);

void                  trappa_priority_grid_view_set_plan     (TrappaPriorityGridView      *self,
                                                              TrappaPlan                  *plan);
TrappaPlan           *trappa_priority_grid_view_get_plan     (TrappaPriorityGridView      *self);
/* What to show (axes, group, filters, type size); copied. Its "selected"
 * is ignored: see the "selected" property. */
void                  trappa_priority_grid_view_set_options  (TrappaPriorityGridView      *self,
                                                              const TrappaPriorityOptions *options);
const TrappaPriorityOptions *
                      trappa_priority_grid_view_get_options  (TrappaPriorityGridView      *self);
const char           *trappa_priority_grid_view_get_selected (TrappaPriorityGridView      *self);
void                  trappa_priority_grid_view_set_selected (TrappaPriorityGridView      *self,
                                                              const char                  *measure_id);

/* The layout at the widget's current size; owned by the view, valid until
 * the next change. NULL before the first allocation. */
TrappaPriorityLayout *trappa_priority_grid_view_get_layout   (TrappaPriorityGridView      *self);

/* What the drag gesture calls, in widget coordinates; public so that tests
 * drive exactly the code a pointer does. begin returns FALSE when there is
 * no movable card at (@x, @y). */
gboolean              trappa_priority_grid_view_drag_begin   (TrappaPriorityGridView      *self,
                                                              double                       x,
                                                              double                       y);
void                  trappa_priority_grid_view_drag_update  (TrappaPriorityGridView      *self,
                                                              double                       dx,
                                                              double                       dy);
void                  trappa_priority_grid_view_drag_end     (TrappaPriorityGridView      *self,
                                                              double                       dx,
                                                              double                       dy);

G_END_DECLS
