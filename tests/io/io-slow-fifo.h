/* io-slow-fifo.h: a slow location for tests of background loading
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _IoSlowFifo IoSlowFifo;

/* Makes a FIFO at @path that a main-loop timer feeds @bytes, @chunk bytes
 * every @interval_ms: a reader that blocked the main loop would never see
 * the end of it. */
IoSlowFifo *io_slow_fifo_new       (const char *path,
                                    GBytes     *bytes,
                                    gsize       chunk,
                                    guint       interval_ms);
/* How often the timer ran so far. */
guint       io_slow_fifo_get_turns (IoSlowFifo *fifo);
/* Stops feeding; a reader still waiting sees the end of the file. */
void        io_slow_fifo_free      (IoSlowFifo *fifo);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IoSlowFifo, io_slow_fifo_free)

G_END_DECLS
