/* trappa-cli-merge.h: --diff and --merge on the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* trappa --diff A B: prints every difference in words; 0 when the plans
 * are equal, 1 when they differ, 2 when one cannot be read. */
int trappa_cli_diff  (const char * const *files);
/* trappa --merge BASE MINE THEIRS --output OUT: 0 and OUT written when no
 * conflict remains; 1 and the conflicts listed (OUT not written) else. */
int trappa_cli_merge (const char * const *files,
                      const char         *output);

G_END_DECLS
