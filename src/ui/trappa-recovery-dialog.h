/* trappa-recovery-dialog.h: plans left unsaved by a crash, to restore or
 * discard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "trappa-drafts.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_RECOVERY_DIALOG (trappa_recovery_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TrappaRecoveryDialog, trappa_recovery_dialog, TRAPPA, RECOVERY_DIALOG, AdwMessageDialog)

/* Lists @drafts (TrappaDraft, taken) over @parent, each with its name,
 * file and time and Restore / Discard. Restore emits "restore" with the
 * TrappaDraft (valid during the emission); Discard removes the draft.
 * Closes once every draft is answered; "Decide Later" keeps the rest for
 * the next start. */
TrappaRecoveryDialog *trappa_recovery_dialog_new (GtkWindow *parent,
                                                  GPtrArray *drafts);

G_END_DECLS
