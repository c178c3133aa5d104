/* io-slow-fifo.c: a slow location for tests of background loading
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io-slow-fifo.h"

struct _IoSlowFifo
{
  char   *path;
  GBytes *bytes;
  gsize   chunk;
  gsize   sent;
  int     fd;
  guint   turns;
  guint   source_id;
};

static gboolean
feed (gpointer data)
{
  IoSlowFifo *fifo = data;
  gsize size;
  const char *text = g_bytes_get_data (fifo->bytes, &size);
  ssize_t n;

  fifo->turns++;
  if (fifo->fd < 0)
    {
      /* Opens once the reader has. */
      fifo->fd = open (fifo->path, O_WRONLY | O_NONBLOCK);
      return G_SOURCE_CONTINUE;
    }
  if (fifo->sent < size)
    {
      n = write (fifo->fd, text + fifo->sent, MIN (fifo->chunk, size - fifo->sent));
      if (n > 0)
        fifo->sent += n;
      return G_SOURCE_CONTINUE;
    }
  close (fifo->fd);
  fifo->fd = -1;
  fifo->source_id = 0;
  return G_SOURCE_REMOVE;
}

IoSlowFifo *
io_slow_fifo_new (const char *path,
                  GBytes     *bytes,
                  gsize       chunk,
                  guint       interval_ms)
{
  IoSlowFifo *fifo = g_new0 (IoSlowFifo, 1);

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  fifo->path = g_strdup (path);
  fifo->bytes = g_bytes_ref (bytes);
  fifo->chunk = chunk;
  fifo->fd = -1;
  fifo->source_id = g_timeout_add (interval_ms, feed, fifo);
  return fifo;
}

guint
io_slow_fifo_get_turns (IoSlowFifo *fifo)
{
  return fifo->turns;
}

void
io_slow_fifo_free (IoSlowFifo *fifo)
{
  g_clear_handle_id (&fifo->source_id, g_source_remove);
  /* A reader still blocked in open() gets an empty rest of the file. */
  if (fifo->fd < 0)
    fifo->fd = open (fifo->path, O_WRONLY | O_NONBLOCK);
  if (fifo->fd >= 0)
    close (fifo->fd);
  g_bytes_unref (fifo->bytes);
  g_free (fifo->path);
  g_free (fifo);
}
