/* trappa-vote-network.c: the addresses live voting can listen on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-vote"

#include <ifaddrs.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <glib/gi18n-lib.h>

#include "trappa-vote-network.h"

/* Sorting rank: IPv4 before IPv6, loopback last. */
static int
rank (GInetAddress *address)
{
  return (g_inet_address_get_is_loopback (address) ? 2 : 0) +
         (g_inet_address_get_family (address) == G_SOCKET_FAMILY_IPV6 ? 1 : 0);
}

static int
compare_rank (gconstpointer a,
              gconstpointer b)
{
  GInetAddress *x = *(GInetAddress * const *) a, *y = *(GInetAddress * const *) b;

  return rank (x) - rank (y);
}

GInetSocketAddress *
trappa_vote_parse_address (const char  *text,
                           GError     **error)
{
  g_autofree char *host = NULL;
  g_autoptr(GInetAddress) address = NULL;
  const char *colon = text != NULL ? strrchr (text, ':') : NULL;
  guint64 port;

  if (colon == NULL || colon == text ||
      !g_ascii_string_to_unsigned (colon + 1, 10, 0, G_MAXUINT16, &port, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not ADDRESS:PORT, e.g. 192.168.1.20:8080"), text != NULL ? text : "");
      return NULL;
    }
  host = text[0] == '[' && colon[-1] == ']' ? g_strndup (text + 1, colon - text - 2)
                                            : g_strndup (text, colon - text);
  address = g_inet_address_new_from_string (host);
  if (address == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not an IP address of this computer"), host);
      return NULL;
    }
  if (g_inet_address_get_is_any (address))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Choose the address of one network, not “%s” (every network)"), host);
      return NULL;
    }
  return G_INET_SOCKET_ADDRESS (g_inet_socket_address_new (address, port));
}

char **
trappa_vote_local_addresses (void)
{
  g_autoptr(GPtrArray) addresses = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GStrvBuilder) texts = g_strv_builder_new ();
  struct ifaddrs *list = NULL;

  if (getifaddrs (&list) == 0)
    {
      for (struct ifaddrs *entry = list; entry != NULL; entry = entry->ifa_next)
        {
          GSocketAddress *socket_address;
          GInetAddress *address;

          if (entry->ifa_addr == NULL ||
              (entry->ifa_addr->sa_family != AF_INET && entry->ifa_addr->sa_family != AF_INET6))
            continue;
          socket_address = g_socket_address_new_from_native (entry->ifa_addr,
                                                             entry->ifa_addr->sa_family == AF_INET
                                                             ? sizeof (struct sockaddr_in)
                                                             : sizeof (struct sockaddr_in6));
          if (socket_address == NULL)
            continue;
          address = g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (socket_address));
          if (!g_inet_address_get_is_link_local (address))
            g_ptr_array_add (addresses, g_object_ref (address));
          g_object_unref (socket_address);
        }
      freeifaddrs (list);
    }
  g_ptr_array_sort (addresses, compare_rank);
  for (guint i = 0; i < addresses->len; i++)
    {
      g_autofree char *text = g_inet_address_to_string (addresses->pdata[i]);

      g_strv_builder_add (texts, text);
    }
  return g_strv_builder_end (texts);
}
