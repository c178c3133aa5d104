/* trappa-needs-choice.h: the scenario and year a staircase shows the need of
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-plan.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_NEEDS_CHOICE (trappa_needs_choice_get_type ())
G_DECLARE_FINAL_TYPE (TrappaNeedsChoice, trappa_needs_choice, TRAPPA, NEEDS_CHOICE, GtkBox)

/* A scenario drop-down and a "Need in" year (base year to the needs
 * horizon; by default the plan period's end). The choice is the plan's,
 * one per window: every choice of the same plan shows it, so the housing
 * and the activity staircase always show the same year. "changed" is
 * emitted when the choice shown changes, by the user or by following the
 * plan (another pane's choice, a scenario removed, a new plan). */
GtkWidget  *trappa_needs_choice_new          (void);

/* Shows @plan's choice; call again after the plan's edits (its series and
 * years may have changed). */
void        trappa_needs_choice_set_plan     (TrappaNeedsChoice *self,
                                              TrappaPlan        *plan);
/* The chosen scenario code (NULL: the plan has no population series) and
 * year (0 without a plan). */
const char *trappa_needs_choice_get_scenario (TrappaNeedsChoice *self);
gint64      trappa_needs_choice_get_year     (TrappaNeedsChoice *self);

/* A computed column of the steps (TrappaRecordTextFunc): @step's need with
 * adopted measures in @plan's chosen scenario and year, "–" where it is
 * not known. */
char       *trappa_needs_choice_step_need    (TrappaPlan        *plan,
                                              TrappaItem        *step);
/* That column's title: "Need in 2035". */
char       *trappa_needs_choice_column_title (TrappaNeedsChoice *self);

G_END_DECLS
