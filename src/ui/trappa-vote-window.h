/* trappa-vote-window.h: live voting on the projector — the QR code, the
 * address, and the room's votes arriving on the priority grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "trappa-vote-server.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_VOTE_WINDOW (trappa_vote_window_get_type ())
G_DECLARE_FINAL_TYPE (TrappaVoteWindow, trappa_vote_window, TRAPPA, VOTE_WINDOW, AdwWindow)

/* Shows @server's session (already listening) for @plan. "Close Voting"
 * (or closing the window) stops the server and asks whether to accept the
 * votes into @plan, as one undo step, or discard them. If @plan goes away
 * first the votes are discarded. Over a presentation window (@parent) it
 * covers the presentation's monitor and belongs to the presentation's
 * parent, so leaving the presentation does not end the vote. */
GtkWidget *trappa_vote_window_new         (GtkWindow        *parent,
                                           TrappaPlan       *plan,
                                           TrappaVoteServer *server);
TrappaVoteServer *trappa_vote_window_get_server (TrappaVoteWindow *self);
/* Stops the server and asks about the votes, as the button does. */
void       trappa_vote_window_close_voting (TrappaVoteWindow *self);

G_END_DECLS
