/* trappa-vote-token.h: unguessable tokens for a voting session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* 128 random bits from the kernel (getrandom), as 22 URL-safe characters
 * (base64url without padding), so a token fits a short URL and a small QR
 * code. NULL with @error set when the kernel gives no randomness. */
char     *trappa_vote_token_new   (GError     **error);

/* Compares in time independent of where the strings differ, so a client
 * cannot find the token a character at a time. NULL never matches. */
gboolean  trappa_vote_token_equal (const char  *expected,
                                   const char  *given);

G_END_DECLS
