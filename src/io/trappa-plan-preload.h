/* trappa-plan-preload.h: a plan file read ahead while the window starts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

typedef struct _TrappaPlanPreload TrappaPlanPreload;

/* Starts reading @file (trappa_plan_file_load()) in a thread of its own. */
void               trappa_plan_preload_start   (GFile             *file);

/* The read of @file started ahead and not claimed yet, or NULL: for
 * the one load it replaces. */
TrappaPlanPreload *trappa_plan_preload_claim   (GFile             *file);

/* Waits for @preload's read and returns its plan and @stamp, or NULL with
 * @error set, as trappa_plan_file_load() would have; frees @preload. */
TrappaPlan        *trappa_plan_preload_finish  (TrappaPlanPreload *preload,
                                                char             **stamp,
                                                GError           **error);

/* Lets go of @preload without its result (the read finishes on its own). */
void               trappa_plan_preload_drop    (TrappaPlanPreload *preload);

/* Reads started ahead and not claimed are not given to a later load
 * (the file may have changed by then). */
void               trappa_plan_preload_forget  (void);

G_END_DECLS
