/* trappa-validate.h: `trappa --validate FILE…`, with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Checks each plan file as opening it would, and appends to @out one line
 * "PATH: ok" per good file, or one "PATH:LINE: problem" per problem.
 * Returns 0 when every file is good, 1 otherwise (an exit status). The
 * plans read are freed, or, when @read is not NULL, added to it. */
int trappa_validate_files (const char * const *paths,
                           GString            *out,
                           GPtrArray          *read);

G_END_DECLS
