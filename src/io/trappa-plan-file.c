/* trappa-plan-file.c: opening and saving plan files
 *
 * The reader (trappa-plan-reader.c) and the writer (trappa-plan-writer.c)
 * work on bytes; this file adds the file system: the size cap before any
 * byte is read, the etag that tells whether someone else saved meanwhile,
 * and the save that checks its own output and never loses the original.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-io"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "trappa-plan-file.h"
#include "trappa-plan-reader.h"

#define READ_CHUNK (64 * 1024)

/* Nothing outside the file is ever loaded: no DTD, no external entity,
 * no network, whatever the file asks for. */
static xmlParserInputPtr
deny_external_entity (const char       *url,
                      const char       *id,
                      xmlParserCtxtPtr  context)
{
  return NULL;
}

void
trappa_plan_file_init (void)
{
  static gsize initialised;

  if (g_once_init_enter (&initialised))
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (deny_external_entity);
      g_once_init_leave (&initialised, 1);
    }
}

/* Reads at most the cap plus one byte, so a file that grows after the
 * size check, or a device with no size, cannot make us read more. */
static GBytes *
read_capped (GInputStream  *stream,
             const char    *display_name,
             GError       **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();

  for (;;)
    {
      gsize before = data->len;
      gsize want = MIN (READ_CHUNK, TRAPPA_PLAN_MAX_BYTES + 1 - before);
      gsize got = 0;

      g_byte_array_set_size (data, before + want);
      if (!g_input_stream_read_all (stream, data->data + before, want, &got, NULL, error))
        {
          g_prefix_error (error, "%s: ", display_name);
          return NULL;
        }
      g_byte_array_set_size (data, before + got);
      if (got < want || data->len > TRAPPA_PLAN_MAX_BYTES)
        break;
    }

  if (data->len > TRAPPA_PLAN_MAX_BYTES)
    {
      g_autofree char *message = trappa_plan_reader_describe_too_large (data->len);

      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_TOO_LARGE, "%s: %s", display_name, message);
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

TrappaPlan *
trappa_plan_file_load_named (GFile       *file,
                             const char  *display_name,
                             char       **etag,
                             guint       *error_line,
                             GError     **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  TrappaPlan *plan;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (error_line != NULL)
    *error_line = 0;

  stream = g_file_read (file, NULL, error);
  if (stream != NULL)
    info = g_file_input_stream_query_info (stream,
                                           G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                           G_FILE_ATTRIBUTE_ETAG_VALUE,
                                           NULL, error);
  if (info == NULL)
    {
      g_prefix_error (error, "%s: ", display_name);
      return NULL;
    }

  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
      g_file_info_get_size (info) > TRAPPA_PLAN_MAX_BYTES)
    {
      g_autofree char *message = trappa_plan_reader_describe_too_large (g_file_info_get_size (info));

      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_TOO_LARGE, "%s: %s", display_name, message);
      return NULL;
    }

  bytes = read_capped (G_INPUT_STREAM (stream), display_name, error);
  if (bytes == NULL)
    return NULL;

  plan = trappa_plan_file_parse (bytes, display_name, error_line, error);
  if (plan != NULL && etag != NULL)
    *etag = g_strdup (g_file_info_get_etag (info));
  return plan;
}

TrappaPlan *
trappa_plan_file_load (GFile       *file,
                       char       **etag,
                       guint       *error_line,
                       GError     **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  return trappa_plan_file_load_named (file, name, etag, error_line, error);
}

gboolean
trappa_plan_file_save (TrappaPlan  *plan,
                       GFile       *file,
                       const char  *etag,
                       char       **new_etag,
                       GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TrappaPlan) check = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *written_etag = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_parse_name (file);
  bytes = trappa_plan_file_serialize (plan);

  /* What we write must open again: read it back with the same hardened
   * reader before the file on disk is touched. */
  check = trappa_plan_file_parse (bytes, name, NULL, &local_error);
  if (check == NULL)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                   _("Could not save “%s”: the plan would not open again (%s)"),
                   name, local_error->message);
      return FALSE;
    }

  /* A temporary file in the same folder, flushed, then renamed over the
   * original; the original becomes FILE~. With an etag, GIO refuses when
   * the file changed since it was opened. */
  data = g_bytes_get_data (bytes, &size);
  if (!g_file_replace_contents (file, data, size, etag, TRUE, G_FILE_CREATE_NONE,
                                &written_etag, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_CHANGED_ON_DISK,
                     _("“%s” was changed on disk since it was opened"), name);
      else
        g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                     _("Could not save “%s”: %s"), name, local_error->message);
      return FALSE;
    }

  trappa_plan_mark_saved (plan);
  if (new_etag != NULL)
    *new_etag = g_steal_pointer (&written_etag);
  return TRUE;
}
