/* trappa-vote-server.h: the small web server the phones vote through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "trappa-vote-network.h"
#include "trappa-vote-session.h"

G_BEGIN_DECLS

#define TRAPPA_VOTE_MAX_BODY    (16 * 1024)  /* bytes in one message */
#define TRAPPA_VOTE_RATE        15           /* requests per second per client … */
#define TRAPPA_VOTE_BURST       30           /* … after a burst of this many */

#define TRAPPA_TYPE_VOTE_SERVER (trappa_vote_server_get_type ())
G_DECLARE_FINAL_TYPE (TrappaVoteServer, trappa_vote_server, TRAPPA, VOTE_SERVER, GObject)

/* A server for @session with a fresh random token; not yet listening. */
TrappaVoteServer   *trappa_vote_server_new    (TrappaVoteSession   *session,
                                               GError             **error);
/* Starts listening on @address only (see trappa_vote_parse_address). */
gboolean            trappa_vote_server_listen (TrappaVoteServer    *self,
                                               GInetSocketAddress  *address,
                                               GError             **error);
/* The address phones open, token included: "http://192.168.1.20:8080/?t=…";
 * NULL when not listening. */
char               *trappa_vote_server_get_url   (TrappaVoteServer *self);
const char         *trappa_vote_server_get_token (TrappaVoteServer *self);
TrappaVoteSession  *trappa_vote_server_get_session (TrappaVoteServer *self);
/* Stops listening and drops every connection; the port is closed when this
 * returns. Also done when the server is finalized. */
void                trappa_vote_server_close  (TrappaVoteServer    *self);

G_END_DECLS
