/* trappa-plan-snapshot.h: a copy of a plan as it was at one moment, taken in steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

typedef struct _TrappaPlanSnapshot TrappaPlanSnapshot;

/* Begins copying @plan as it is now. Edits, undo and redo may go on
 * between the steps: they are not in the copy. */
TrappaPlanSnapshot *trappa_plan_snapshot_new   (TrappaPlan         *plan);
/* Copies records until g_get_monotonic_time() reaches @deadline (at
 * least one); TRUE once the copy is complete. */
gboolean            trappa_plan_snapshot_step  (TrappaPlanSnapshot *self,
                                                gint64              deadline);
/* The complete copy: shares nothing with the plan, so it may be handed
 * to another thread. */
TrappaPlan         *trappa_plan_snapshot_steal (TrappaPlanSnapshot *self);
void                trappa_plan_snapshot_free  (TrappaPlanSnapshot *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaPlanSnapshot, trappa_plan_snapshot_free)

G_END_DECLS
