/* trappa-priority-pane.h: the priority grid with the ranked list beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-pane.h"

#include "trappa-priority-grid-view.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_PRIORITY_PANE (trappa_priority_pane_get_type ())
G_DECLARE_FINAL_TYPE (TrappaPriorityPane, trappa_priority_pane, TRAPPA, PRIORITY_PANE, TrappaPane)

/* Shows the grid of the plan in its "plan" property. Actions:
 * "priority.present" (F5) opens or closes presentation mode,
 * "priority.export" and "priority.import" open a file chooser. */
GtkWidget              *trappa_priority_pane_new              (void);
TrappaPriorityGridView *trappa_priority_pane_get_grid         (TrappaPriorityPane *self);
/* The presentation window while presenting, else NULL. */
GtkWidget              *trappa_priority_pane_get_presentation (TrappaPriorityPane *self);
/* Reads @file, a group's copy of this plan, and asks before merging its
 * scores (what "priority.import" does after the file chooser); problems
 * show in the pane's message line. */
void                    trappa_priority_pane_import_file      (TrappaPriorityPane *self,
                                                               GFile              *file);
/* The pane's message line: the last import or export, or a problem. */
/* The ranked list's measures, best first, and which one is selected. */
GtkSingleSelection     *trappa_priority_pane_get_ranking      (TrappaPriorityPane *self);
const char             *trappa_priority_pane_get_message      (TrappaPriorityPane *self);
/* Shows the scores of @group_id ("" the whole room, NULL all groups
 * merged). */
void                    trappa_priority_pane_show_group       (TrappaPriorityPane *self,
                                                               const char         *group_id);

G_END_DECLS
