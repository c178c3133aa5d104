/* trappa-plan-file.c: opening and saving plan files
 *
 * The reader (trappa-plan-reader.c) and the writer (trappa-plan-writer.c)
 * work on bytes; this file adds the file system: the size cap before any
 * byte is read, the stamp that tells whether someone else saved meanwhile,
 * and the save that checks what reached the disk and never loses the original
 * (trappa-atomic-save.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-io"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "trappa-atomic-save.h"
#include "trappa-save-error.h"
#include "trappa-plan-file.h"
#include "trappa-revisions.h"
#include "trappa-plan-reader.h"

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

/* Why @file could not be read, as trappa_plan_file_load_named() says it. */
static void
explain_read_error (GError     *read_error,
                    const char *display_name,
                    guint64     size,
                    GError    **error)
{
  if (g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    {
      g_autofree char *message = trappa_plan_reader_describe_too_large (size);

      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_TOO_LARGE, "%s: %s", display_name, message);
    }
  else
    g_set_error (error, G_IO_ERROR, read_error->code, "%s: %s", display_name, read_error->message);
}

TrappaPlan *
trappa_plan_file_check_named (GFile       *file,
                              const char  *display_name,
                              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GInputStream) stream = NULL;
  guint64 size;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  stream = trappa_atomic_save_open (file, TRAPPA_PLAN_MAX_BYTES, &size, NULL, &local_error);
  if (stream == NULL)
    {
      explain_read_error (local_error, display_name, size, error);
      return NULL;
    }
  return trappa_plan_file_parse_stream (stream, display_name, NULL, error);
}

TrappaPlan *
trappa_plan_file_load_named (GFile       *file,
                             const char  *display_name,
                             char       **stamp,
                             guint       *error_line,
                             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  TrappaPlan *plan;
  guint64 size;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (error_line != NULL)
    *error_line = 0;

  bytes = trappa_atomic_save_read (file, TRAPPA_PLAN_MAX_BYTES, &size, NULL, &local_error);
  if (bytes == NULL)
    {
      explain_read_error (local_error, display_name, size, error);
      return NULL;
    }

  plan = trappa_plan_file_parse (bytes, display_name, error_line, error);
  /* A version opened here may be what a colleague's copy came from. */
  if (plan != NULL)
    trappa_revisions_keep (plan, bytes);
  if (plan != NULL && stamp != NULL)
    *stamp = trappa_atomic_save_stamp (bytes);
  /* What an interrupted save left beside the plan goes now, not only at
   * the next save. */
  if (plan != NULL)
    trappa_atomic_save_clean_strays (file);
  return plan;
}

TrappaPlan *
trappa_plan_file_load (GFile       *file,
                       char       **stamp,
                       guint       *error_line,
                       GError     **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  return trappa_plan_file_load_named (file, name, stamp, error_line, error);
}

gboolean
trappa_plan_file_write (GBytes        *bytes,
                        GFile         *file,
                        const char    *stamp,
                        char         **new_stamp,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_parse_name (file);
  /* The bytes come from the writer, from a plan that kept every rule, so
   * they are not parsed again (that took longer than all the rest of a
   * save); what reached the disk is compared with them before it replaces
   * the file (trappa-atomic-save.c). */
  if (!trappa_atomic_save (file, bytes, stamp, new_stamp, cancellable, &local_error))
    {
      if (g_error_matches (local_error, TRAPPA_ERROR, TRAPPA_ERROR_CHANGED_ON_DISK))
        g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_CHANGED_ON_DISK,
                     _("“%s” was changed on disk since it was opened"), name);
      else
        trappa_save_error_explain (file, local_error, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
trappa_plan_file_save (TrappaPlan  *plan,
                       GFile       *file,
                       const char  *stamp,
                       char       **new_stamp,
                       GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  trappa_revisions_stamp (plan);
  bytes = trappa_plan_file_serialize (plan);
  if (!trappa_plan_file_write (bytes, file, stamp, new_stamp, NULL, error))
    return FALSE;
  trappa_plan_mark_saved (plan);
  trappa_revisions_keep (plan, bytes);
  return TRUE;
}
