/* trappa-vote-network.h: the addresses live voting can listen on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Parses "ADDRESS:PORT" ("192.168.1.20:8080", "[fe80::1]:8080"; port 0 =
 * any free port). The address must be a literal one of this machine's
 * interfaces: a host name or 0.0.0.0 / :: (every interface) is refused, so
 * the server never listens on more networks than the leader chose. */
GInetSocketAddress *trappa_vote_parse_address (const char  *text,
                                               GError     **error);

/* This machine's IP addresses a phone can reach, as text, NULL-terminated:
 * IPv4 first (phones type and scan those best), loopback last (for a test
 * on the laptop itself); link-local IPv6 addresses are left out, as a URL
 * cannot carry their interface. */
char              **trappa_vote_local_addresses (void);

G_END_DECLS
