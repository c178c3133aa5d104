/* trappa-revision-history.h: the list of saves a plan came from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A plan's "revision-history" with @revision first: the UUIDs of @history
 * after it (not @revision again, nothing that is not a UUID), at most
 * TRAPPA_REVISION_HISTORY_MAX in all, space-separated as the file holds
 * them. */
char *trappa_revision_history_prepend (const char *history,
                                       const char *revision);

G_END_DECLS
