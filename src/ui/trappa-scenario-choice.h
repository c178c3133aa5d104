/* trappa-scenario-choice.h: a drop-down of the plan's population scenarios
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-plan.h"

G_BEGIN_DECLS

/* Gives @choice a model of scenario codes. */
void        trappa_scenario_choice_init   (GtkDropDown *choice);

/* Refills @choice with @plan's population series (their scenario codes),
 * keeping the chosen one while it exists. Changes nothing (and notifies
 * nothing) while the scenarios are the same. */
void        trappa_scenario_choice_update (GtkDropDown *choice,
                                           TrappaPlan  *plan);

/* The chosen scenario code, or NULL. */
const char *trappa_scenario_choice_get    (GtkDropDown *choice);

G_END_DECLS
