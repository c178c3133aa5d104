/* trappa-presentation-window.h: the plan's charts full screen for the
 * projector
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-chart-view.h"
#include "trappa-presentation-menu.h"
#include "trappa-priority-grid-view.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_PRESENTATION_WINDOW (trappa_presentation_window_get_type ())
G_DECLARE_FINAL_TYPE (TrappaPresentationWindow, trappa_presentation_window,
                      TRAPPA, PRESENTATION_WINDOW, GtkWindow)

/* A full-screen window showing every chart @plan has, one at a time, in
 * the chart-kind table's order, starting with @source's kind (same
 * options, the selection kept in step; NULL: the first chart). On a
 * second monitor when one is connected, so the laptop keeps the editing
 * window. Large type, no editing chrome; the leader still moves cards.
 * Keys: Page Down / Page Up (a presenter's clicker) and the arrow keys step
 * through the pages (the arrows move the selected card on the grid); 1–9
 * show that page ("presentation.page"), a kind's present_key its chart
 * (G the grid, S and A the staircases, R the risk matrix, I the
 * stakeholders; "presentation.show" with the kind's name); V starts live
 * voting on the grid's measures ("presentation.live-voting"); F10 or a
 * right click opens the presenter's menu ("presentation.menu"); Esc or F5
 * leaves ("presentation.leave"). */
GtkWidget              *trappa_presentation_window_present (GtkWindow                *parent,
                                                            TrappaPlan               *plan,
                                                            TrappaChartView          *source);
/* The same, from the priority pane's grid. */
GtkWidget              *trappa_presentation_window_new     (GtkWindow                *parent,
                                                            TrappaPriorityGridView   *source);
/* Adds @page after the others, under @name (unique; the chart pages are
 * named after their kinds), e.g. live voting; @title (translated) names
 * it in the presenter's menu. */
void                    trappa_presentation_window_add_page (TrappaPresentationWindow *self,
                                                             const char               *name,
                                                             const char               *title,
                                                             GtkWidget                *page);
TrappaPresentationMenu *trappa_presentation_window_get_menu (TrappaPresentationWindow *self);
/* Of @monitors (GdkMonitor), the one a presentation goes on: the first
 * that is not @own (the editing window's: the laptop keeps it), else
 * @own. Borrowed; only compares the objects. */
gpointer                trappa_presentation_pick_monitor   (GListModel               *monitors,
                                                            gpointer                  own);
/* The chart shown now; NULL when the page shown is no chart. */
TrappaChartView        *trappa_presentation_window_get_shown (TrappaPresentationWindow *self);
TrappaPriorityGridView *trappa_presentation_window_get_grid  (TrappaPresentationWindow *self);

G_END_DECLS
