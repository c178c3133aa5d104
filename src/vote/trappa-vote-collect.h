/* trappa-vote-collect.h: live voting without a window (--collect-votes)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Opens voting on every measure of the plan at @plan_path on @listen
 * ("ADDRESS:PORT"), axes @axes ("haster,kostbart" when NULL), prints the
 * address and token, serves until SIGINT or SIGTERM, then writes the plan
 * with the votes accepted as each group's scores to @output (never to the
 * plan file itself). */
gboolean trappa_vote_collect_command (const char  *plan_path,
                                      const char  *listen,
                                      const char  *axes,
                                      const char  *output,
                                      GError     **error);

G_END_DECLS
