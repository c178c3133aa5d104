/* trappa-remote-mount.h: mounting a shared folder on first use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Mounts the GVfs location @file is on (dav://, davs://, smb://, sftp://…)
 * when it is not mounted yet, as the file chooser does: a plan given on
 * the command line or from a recent-files list may be on a share that is
 * not mounted in this session. Blocks the calling thread (a worker's, or
 * the command line's) on a private main context. A location that is
 * mounted already counts as success. No password is asked: a server that
 * wants one fails with GIO's message. */
gboolean trappa_remote_mount (GFile         *file,
                              GCancellable  *cancellable,
                              GError       **error);

G_END_DECLS
