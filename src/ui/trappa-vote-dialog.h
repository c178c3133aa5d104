/* trappa-vote-dialog.h: choosing what the room votes on, then opening
 * live voting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "trappa-plan.h"
#include "trappa-priority-layout.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_VOTE_DIALOG (trappa_vote_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TrappaVoteDialog, trappa_vote_dialog, TRAPPA, VOTE_DIALOG, AdwWindow)

/* The measures (@measure_ids checked, the others listed unchecked), the
 * two axes (@x_axis, @y_axis at first), dot voting and the network to
 * listen on. "Start Voting" opens the live-voting window over @parent. */
GtkWidget *trappa_vote_dialog_new   (GtkWindow          *parent,
                                     TrappaPlan         *plan,
                                     const char * const *measure_ids,
                                     TrappaAxis          x_axis,
                                     TrappaAxis          y_axis);
/* The same with the measures @options' filters show checked, on its two
 * axes: live voting from the priority pane or presentation mode. */
GtkWidget *trappa_vote_dialog_new_filtered (GtkWindow                   *parent,
                                            TrappaPlan                  *plan,
                                            const TrappaPriorityOptions *options);
/* Starts as the button does; returns the live-voting window, or NULL with
 * the problem shown in the dialog. */
GtkWidget *trappa_vote_dialog_start (TrappaVoteDialog   *self);

G_END_DECLS
