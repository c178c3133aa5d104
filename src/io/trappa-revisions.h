/* trappa-revisions.h: which save a plan file is, and the versions kept for merging
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

#define TRAPPA_REVISIONS_KEPT       100  /* versions kept per plan */

/* Before a real save: a new revision id for @plan, the one it had first
 * in its history. Not an edit: nothing to undo, the plan stays as
 * modified as it was. */
void        trappa_revisions_stamp     (TrappaPlan  *plan);
/* Keeps @bytes, a version of @plan just saved or opened, so that a later
 * merge of a copy made from it finds its common original. Best effort:
 * a version that cannot be kept is only logged. */
void        trappa_revisions_keep      (TrappaPlan  *plan,
                                        GBytes      *bytes);
/* As trappa_revisions_keep(), for the plan with @plan_id at @revision;
 * touches no plan, so it may run in a worker thread. */
void        trappa_revisions_keep_bytes (const char *plan_id,
                                         const char *revision,
                                         GBytes     *bytes);
/* The newest kept version that both @theirs and @mine were made from
 * (its own revision or one of its history): their common original, or
 * NULL when none is kept here. Opening @theirs keeps it as well, so
 * @mine is what tells whether it is theirs' own version. */
TrappaPlan *trappa_revisions_find_base (TrappaPlan  *theirs,
                                        TrappaPlan  *mine);

G_END_DECLS
