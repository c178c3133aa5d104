/* trappa-merge-dialog.h: the conflicts of a merge, side by side, to choose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "trappa-plan-merge.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_MERGE_DIALOG (trappa_merge_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TrappaMergeDialog, trappa_merge_dialog, TRAPPA, MERGE_DIALOG, AdwWindow)

/* Shows @merge's conflicts over @parent; @theirs_name names their copy.
 * Emits "merge" when the user accepts (the choices are set on the
 * conflicts) and closes; closing otherwise changes nothing. */
TrappaMergeDialog *trappa_merge_dialog_new (GtkWindow   *parent,
                                            TrappaMerge *merge,
                                            const char  *theirs_name);

TrappaMerge       *trappa_merge_dialog_get_merge (TrappaMergeDialog *self);

G_END_DECLS
