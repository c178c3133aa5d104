/* trappa-reference.h: which records a reference field may name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

/* The lists of @plan whose records the reference field @pspec may name
 * (its scope, see trappa_param_spec_rules()), in plan order; borrowed. */
GPtrArray *trappa_reference_lists    (TrappaPlan  *plan,
                                      GParamSpec  *pspec);

/* Whether @target is a record @pspec may name. */
gboolean   trappa_reference_allows   (TrappaPlan  *plan,
                                      GParamSpec  *pspec,
                                      TrappaItem  *target);

/* Checks that every id @value (a reference field's value) names a record
 * of @plan in the field's scope; "" (none) always passes. */
gboolean   trappa_reference_check    (TrappaPlan    *plan,
                                      GParamSpec    *pspec,
                                      const GValue  *value,
                                      GError       **error);

G_END_DECLS
