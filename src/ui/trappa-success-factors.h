/* trappa-success-factors.h: the six success factors as a row of traffic
 * lights, each assessed in a popover
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "trappa-plan.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_SUCCESS_FACTORS (trappa_success_factors_get_type ())
G_DECLARE_FINAL_TYPE (TrappaSuccessFactors, trappa_success_factors, TRAPPA, SUCCESS_FACTORS, AdwPreferencesGroup)

/* Its widget action "factors.assess" (a factor, TRAPPA_FACTOR_*) gives a
 * factor not assessed yet its record, as one undo step. */
GtkWidget *trappa_success_factors_new      (void);
/* Shows @plan's factors (NULL: none). */
void       trappa_success_factors_set_plan (TrappaSuccessFactors *self,
                                            TrappaPlan           *plan);
/* Brings the lights up to date after an edit, undo or redo of the plan. */
void       trappa_success_factors_refresh  (TrappaSuccessFactors *self);

G_END_DECLS
