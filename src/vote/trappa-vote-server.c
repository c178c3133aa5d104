/* trappa-vote-server.c: the small web server the phones vote through
 *
 * The server answers in a thread of its own, with its own main context:
 * a reply never waits for the projector's frame or anything else the
 * window does, and a room of phones never stalls the window. Only the
 * session (which locks) is shared; the session emits "changed" in the
 * window's main loop, so no widget is touched from this thread.
 *
 * Every request passes, before its body is read: a per-client rate limit
 * (429), the session token (403, nothing else) and, for a message, its
 * declared size (400). The page is served with a strict content security
 * policy and no referrer, so the token in the address stays on the phone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-vote"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "trappa-vote-server.h"
#include "trappa-vote-token.h"

#define RESOURCE_PATH "/no/trappa/Trappa/vote/"
#define MAX_CLIENTS   4096   /* rate-limit buckets kept before idle ones go */
#define STATUS_TOO_MANY_REQUESTS 429   /* not named in libsoup 3.2 */
#define LISTEN_BACKLOG 512

typedef struct
{
  double tokens;
  gint64 updated;   /* monotonic µs */
} Bucket;

struct _TrappaVoteServer
{
  GObject            parent_instance;

  TrappaVoteSession *session;
  SoupServer        *server;    /* used in the thread only while it runs */
  GMainContext      *context;   /* the server's, iterated by the thread */
  GThread           *thread;
  gint               stopping;  /* atomic */
  char              *url;
  char              *token;
  GHashTable        *clients;   /* remote host → Bucket; the thread's */
};

G_DEFINE_FINAL_TYPE (TrappaVoteServer, trappa_vote_server, G_TYPE_OBJECT)

/* The files of the phone page and how they are served. */
static const struct
{
  const char *path;
  const char *resource;
  const char *content_type;
} files[] = {
  { "/", "vote.html", "text/html; charset=utf-8" },
  { "/vote.css", "vote.css", "text/css; charset=utf-8" },
  { "/vote.js", "vote.js", "text/javascript; charset=utf-8" },
};

static void
reply (SoupServerMessage *msg,
       guint              status,
       const char        *content_type,
       const char        *body,
       gsize              length)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  soup_message_headers_replace (headers, "Cache-Control", "no-store");
  soup_message_headers_replace (headers, "X-Content-Type-Options", "nosniff");
  soup_message_headers_replace (headers, "Referrer-Policy", "no-referrer");
  soup_server_message_set_status (msg, status,
                                  status == STATUS_TOO_MANY_REQUESTS ? "Too Many Requests" : NULL);
  if (body != NULL)
    soup_server_message_set_response (msg, content_type, SOUP_MEMORY_COPY, body, length);
}

static void
reply_reason (SoupServerMessage *msg,
              guint              status,
              const char        *reason)
{
  reply (msg, status, "text/plain; charset=utf-8", reason, strlen (reason));
}

/* A token bucket per client address: a phone flooding the server gets 429
 * at once and costs the others almost nothing. */
static gboolean
allow_client (TrappaVoteServer *self,
              const char       *host)
{
  gint64 now = g_get_monotonic_time ();
  Bucket *bucket = g_hash_table_lookup (self->clients, host ?: "");

  if (bucket == NULL)
    {
      if (g_hash_table_size (self->clients) >= MAX_CLIENTS)
        g_hash_table_remove_all (self->clients);
      bucket = g_new (Bucket, 1);
      bucket->tokens = TRAPPA_VOTE_BURST;
      bucket->updated = now;
      g_hash_table_insert (self->clients, g_strdup (host ?: ""), bucket);
    }
  bucket->tokens = MIN (TRAPPA_VOTE_BURST,
                        bucket->tokens + (now - bucket->updated) * TRAPPA_VOTE_RATE / (double) G_USEC_PER_SEC);
  bucket->updated = now;
  if (bucket->tokens < 1)
    return FALSE;
  bucket->tokens -= 1;
  return TRUE;
}

static gboolean
has_token (TrappaVoteServer  *self,
           SoupServerMessage *msg)
{
  const char *query = g_uri_get_query (soup_server_message_get_uri (msg));
  g_autoptr(GHashTable) params = NULL;

  if (query == NULL)
    return FALSE;
  params = g_uri_parse_params (query, -1, "&", G_URI_PARAMS_NONE, NULL);
  return params != NULL && trappa_vote_token_equal (self->token, g_hash_table_lookup (params, "t"));
}

/* Before the body is read. */
static void
early_handler (SoupServer        *server,
               SoupServerMessage *msg,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  TrappaVoteServer *self = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);

  if (!allow_client (self, soup_server_message_get_remote_host (msg)))
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", "1");
      reply_reason (msg, STATUS_TOO_MANY_REQUESTS, "too many requests");
      return;
    }
  if (!has_token (self, msg))
    {
      reply (msg, SOUP_STATUS_FORBIDDEN, NULL, NULL, 0);
      return;
    }
  if (g_str_equal (soup_server_message_get_method (msg), SOUP_METHOD_POST) &&
      (soup_message_headers_get_encoding (headers) != SOUP_ENCODING_CONTENT_LENGTH ||
       soup_message_headers_get_content_length (headers) > TRAPPA_VOTE_MAX_BODY))
    reply_reason (msg, SOUP_STATUS_BAD_REQUEST, "the body must have a length of at most 16 KB");
}

static void
serve_file (SoupServerMessage *msg,
            const char        *resource,
            const char        *content_type,
            const char        *token)
{
  g_autofree char *path = g_strconcat (RESOURCE_PATH, resource, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GString) text = NULL;

  g_return_if_fail (bytes != NULL);
  /* The page names its style sheet and script with the token, as every
   * request must carry it; the token is URL-safe text. */
  text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_string_replace (text, "@TOKEN@", token, 0);
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Content-Security-Policy",
                                "default-src 'none'; script-src 'self'; style-src 'self'; "
                                "connect-src 'self'; img-src 'self'; base-uri 'none'; "
                                "form-action 'none'; frame-ancestors 'none'");
  reply (msg, SOUP_STATUS_OK, content_type, text->str, text->len);
}

static void
reply_error (SoupServerMessage *msg,
             GError            *error)
{
  guint status = SOUP_STATUS_BAD_REQUEST;

  if (g_error_matches (error, TRAPPA_VOTE_ERROR, TRAPPA_VOTE_ERROR_FULL))
    status = SOUP_STATUS_SERVICE_UNAVAILABLE;
  else if (!g_error_matches (error, TRAPPA_VOTE_ERROR, TRAPPA_VOTE_ERROR_INVALID) &&
           !g_error_matches (error, TRAPPA_VOTE_ERROR, TRAPPA_VOTE_ERROR_UNKNOWN_PARTICIPANT))
    status = SOUP_STATUS_INTERNAL_SERVER_ERROR;
  reply_reason (msg, status, error->message);
}

static void
handle_post (TrappaVoteServer  *self,
             SoupServerMessage *msg,
             const char        *path)
{
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_autoptr(GError) error = NULL;

  /* The declared length was checked early; this catches a body longer
   * than declared. */
  if (body->length > TRAPPA_VOTE_MAX_BODY)
    {
      reply_reason (msg, SOUP_STATUS_BAD_REQUEST, "the body must have a length of at most 16 KB");
      return;
    }
  if (g_str_equal (path, "/api/join"))
    {
      g_autofree char *key = trappa_vote_session_join (self->session, body->data, body->length, &error);
      g_autofree char *json = NULL;

      if (key == NULL)
        {
          reply_error (msg, error);
          return;
        }
      json = g_strdup_printf ("{\"participant\":\"%s\"}", key);
      reply (msg, SOUP_STATUS_OK, "application/json", json, strlen (json));
    }
  else if (g_str_equal (path, "/api/vote"))
    {
      if (!trappa_vote_session_vote (self->session, body->data, body->length, &error))
        reply_error (msg, error);
      else
        reply (msg, SOUP_STATUS_OK, "application/json", "{\"ok\":true}", strlen ("{\"ok\":true}"));
    }
  else
    reply_reason (msg, SOUP_STATUS_NOT_FOUND, "not found");
}

static void
handler (SoupServer        *server,
         SoupServerMessage *msg,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  TrappaVoteServer *self = user_data;
  const char *method = soup_server_message_get_method (msg);

  if (g_str_equal (method, SOUP_METHOD_POST))
    {
      handle_post (self, msg, path);
      return;
    }
  if (!g_str_equal (method, SOUP_METHOD_GET))
    {
      reply_reason (msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "method not allowed");
      return;
    }
  if (g_str_equal (path, "/api/session"))
    {
      g_autofree char *json = trappa_vote_session_to_json (self->session);

      reply (msg, SOUP_STATUS_OK, "application/json", json, strlen (json));
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    if (g_str_equal (path, files[i].path))
      {
        serve_file (msg, files[i].resource, files[i].content_type, self->token);
        return;
      }
  reply_reason (msg, SOUP_STATUS_NOT_FOUND, "not found");
}

static gpointer
serve (gpointer data)
{
  TrappaVoteServer *self = data;

  g_main_context_push_thread_default (self->context);
  while (!g_atomic_int_get (&self->stopping))
    g_main_context_iteration (self->context, TRUE);
  g_main_context_pop_thread_default (self->context);
  return NULL;
}

/* The address phones open, from the socket actually bound (port 0 picks
 * one). */
static char *
make_url (SoupServer *server,
          const char *token)
{
  GSList *uris = soup_server_get_uris (server);
  char *url = NULL;

  if (uris != NULL)
    {
      GUri *uri = uris->data;
      const char *host = g_uri_get_host (uri);

      url = g_strdup_printf (strchr (host, ':') != NULL ? "http://[%s]:%d/?t=%s" : "http://%s:%d/?t=%s",
                             host, g_uri_get_port (uri), token);
    }
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return url;
}

static void
trappa_vote_server_dispose (GObject *object)
{
  TrappaVoteServer *self = TRAPPA_VOTE_SERVER (object);

  trappa_vote_server_close (self);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (trappa_vote_server_parent_class)->dispose (object);
}

static void
trappa_vote_server_finalize (GObject *object)
{
  TrappaVoteServer *self = TRAPPA_VOTE_SERVER (object);

  g_free (self->token);
  g_free (self->url);
  g_hash_table_unref (self->clients);

  G_OBJECT_CLASS (trappa_vote_server_parent_class)->finalize (object);
}

static void
trappa_vote_server_class_init (TrappaVoteServerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = trappa_vote_server_dispose;
  object_class->finalize = trappa_vote_server_finalize;
}

static void
trappa_vote_server_init (TrappaVoteServer *self)
{
  self->clients = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

TrappaVoteServer *
trappa_vote_server_new (TrappaVoteSession  *session,
                        GError            **error)
{
  g_autoptr(TrappaVoteServer) self = NULL;

  g_return_val_if_fail (TRAPPA_IS_VOTE_SESSION (session), NULL);

  self = g_object_new (TRAPPA_TYPE_VOTE_SERVER, NULL);
  self->token = trappa_vote_token_new (error);
  if (self->token == NULL)
    return NULL;
  self->session = g_object_ref (session);
  return g_steal_pointer (&self);
}

gboolean
trappa_vote_server_listen (TrappaVoteServer    *self,
                           GInetSocketAddress  *address,
                           GError             **error)
{
  g_autoptr(SoupServer) server = NULL;
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GMainContext) context = NULL;
  gboolean listening;

  g_return_val_if_fail (TRAPPA_IS_VOTE_SERVER (self), FALSE);
  g_return_val_if_fail (G_IS_INET_SOCKET_ADDRESS (address), FALSE);
  g_return_val_if_fail (self->server == NULL, FALSE);

  if (g_inet_address_get_is_any (g_inet_socket_address_get_address (address)))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Live voting listens on one network only, not on every network"));
      return FALSE;
    }
  socket = g_socket_new (g_socket_address_get_family (G_SOCKET_ADDRESS (address)),
                         G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, error);
  if (socket == NULL)
    return FALSE;
  /* A room of phones connects at once; GLib's default queue of 10 would
   * drop connections, which phones then retry only after a second or more. */
  g_socket_set_listen_backlog (socket, LISTEN_BACKLOG);
  if (!g_socket_bind (socket, G_SOCKET_ADDRESS (address), TRUE, error) ||
      !g_socket_listen (socket, error))
    return FALSE;
  /* The server's sources go to its own context, which the thread runs. */
  context = g_main_context_new ();
  g_main_context_push_thread_default (context);
  server = soup_server_new ("server-header", "", NULL);
  soup_server_add_early_handler (server, NULL, early_handler, self, NULL);
  soup_server_add_handler (server, NULL, handler, self, NULL);
  listening = soup_server_listen_socket (server, socket, 0, error);
  g_main_context_pop_thread_default (context);
  if (!listening)
    return FALSE;
  self->url = make_url (server, self->token);
  self->server = g_steal_pointer (&server);
  self->context = g_steal_pointer (&context);
  g_atomic_int_set (&self->stopping, FALSE);
  self->thread = g_thread_new ("trappa-vote-server", serve, self);
  return TRUE;
}

char *
trappa_vote_server_get_url (TrappaVoteServer *self)
{
  g_return_val_if_fail (TRAPPA_IS_VOTE_SERVER (self), NULL);
  return self->server != NULL ? g_strdup (self->url) : NULL;
}

const char *
trappa_vote_server_get_token (TrappaVoteServer *self)
{
  g_return_val_if_fail (TRAPPA_IS_VOTE_SERVER (self), NULL);
  return self->token;
}

TrappaVoteSession *
trappa_vote_server_get_session (TrappaVoteServer *self)
{
  g_return_val_if_fail (TRAPPA_IS_VOTE_SERVER (self), NULL);
  return self->session;
}

void
trappa_vote_server_close (TrappaVoteServer *self)
{
  g_return_if_fail (TRAPPA_IS_VOTE_SERVER (self));

  if (self->server == NULL)
    return;
  g_atomic_int_set (&self->stopping, TRUE);
  g_main_context_wakeup (self->context);
  g_thread_join (g_steal_pointer (&self->thread));
  /* The thread is gone: the server is this thread's now. */
  g_main_context_push_thread_default (self->context);
  soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  while (g_main_context_iteration (self->context, FALSE))
    ;
  g_main_context_pop_thread_default (self->context);
  g_clear_pointer (&self->context, g_main_context_unref);
}
