/* trappa-action-plan-revisions.h: the yearly revisions of the action
 * plan, listed in the Plan pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "trappa-plan.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_ACTION_PLAN_REVISIONS (trappa_action_plan_revisions_get_type ())
G_DECLARE_FINAL_TYPE (TrappaActionPlanRevisions, trappa_action_plan_revisions, TRAPPA,
                      ACTION_PLAN_REVISIONS, AdwPreferencesGroup)

GtkWidget *trappa_action_plan_revisions_new  (void);

/* Lists the revisions of @plan (NULL: none). */
void       trappa_action_plan_revisions_set_plan (TrappaActionPlanRevisions *self,
                                                  TrappaPlan                *plan);
/* Few rows, changed only by a roll or its undo: rebuilt after each edit. */
void       trappa_action_plan_revisions_refresh  (TrappaActionPlanRevisions *self);

/* "Measures done: Title, Title" for the measures of @ids, or that none
 * are. */
char      *trappa_action_plan_revisions_done_text (TrappaPlan         *plan,
                                                  const char * const *ids);

G_END_DECLS
