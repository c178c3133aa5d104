/* trappa-typed-need.h: what becomes of a need typed on a step or category
 *
 * Before format 1.1 a step's (or its categories') need was typed in. The
 * needs model (docs/needs.md) computes every need instead, so a typed
 * need is kept as a mapped figure when a plan is read (docs/file-format.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

/* For a plan just read, before anyone edits it: a step with a typed need
 * and no mapping rows gets a mapping row with no target group holding it
 * (units today = the smaller of its units and the need, uncovered now =
 * the rest), its categories' needs listed in the row's remark; on a step
 * that has mapping rows, the typed figure is added to the step's
 * description. The typed fields are then cleared. Returns how many steps
 * had a typed need. Not undoable: it is how the file is read. */
guint trappa_typed_need_adopt (TrappaPlan *plan);

G_END_DECLS
