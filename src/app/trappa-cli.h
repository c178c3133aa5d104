/* trappa-cli.h: the commands that run without a window or a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Adds the command options (--validate …) and the file arguments to
 * @application's command line. */
void trappa_cli_add_options (GApplication *application);

/* From "handle-local-options": runs the command given on the command line
 * and returns its exit status, or -1 when none was given (the application
 * then starts as usual). The file arguments are left in *@files (the
 * caller owns them), NULL when there are none. */
int  trappa_cli_run         (GVariantDict *options,
                             char       ***files);

G_END_DECLS
