/* trappa-vote-token.c: unguessable tokens for a voting session
 *
 * GLib's g_random is a Mersenne Twister, predictable from its output, so
 * tokens come from the kernel's generator instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-vote"

#include <errno.h>
#include <sys/random.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "trappa-vote-token.h"

#define TOKEN_BYTES 16

char *
trappa_vote_token_new (GError **error)
{
  static const char alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  guint8 bytes[TOKEN_BYTES];
  GString *token = g_string_sized_new (TOKEN_BYTES * 4 / 3 + 2);
  guint32 bits = 0;
  guint n_bits = 0;

  if (getrandom (bytes, sizeof bytes, 0) != sizeof bytes)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("No random numbers for the voting token: %s"), g_strerror (saved));
      g_string_free (token, TRUE);
      return NULL;
    }
  for (guint i = 0; i < TOKEN_BYTES; i++)
    {
      bits = (bits << 8) | bytes[i];
      n_bits += 8;
      while (n_bits >= 6)
        {
          n_bits -= 6;
          g_string_append_c (token, alphabet[(bits >> n_bits) & 0x3f]);
        }
    }
  if (n_bits > 0)
    g_string_append_c (token, alphabet[(bits << (6 - n_bits)) & 0x3f]);
  return g_string_free (token, FALSE);
}

gboolean
trappa_vote_token_equal (const char *expected,
                         const char *given)
{
  size_t length;
  guint8 difference = 0;

  if (expected == NULL || given == NULL)
    return FALSE;
  length = strlen (expected);
  if (strlen (given) != length)
    return FALSE;
  for (size_t i = 0; i < length; i++)
    difference |= (guint8) (expected[i] ^ given[i]);
  return difference == 0;
}
