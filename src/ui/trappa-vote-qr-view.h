/* trappa-vote-qr-view.h: a QR code on screen, as large as it fits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TRAPPA_TYPE_VOTE_QR_VIEW (trappa_vote_qr_view_get_type ())
G_DECLARE_FINAL_TYPE (TrappaVoteQrView, trappa_vote_qr_view, TRAPPA, VOTE_QR_VIEW, GtkWidget)

/* Shows the QR code of @text (the voting address), square, centred. */
GtkWidget *trappa_vote_qr_view_new      (const char       *text);
void       trappa_vote_qr_view_set_text (TrappaVoteQrView *self,
                                         const char       *text);

G_END_DECLS
