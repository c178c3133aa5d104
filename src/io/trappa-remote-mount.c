/* trappa-remote-mount.c: mounting a shared folder on first use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-remote-mount.h"

static void
on_mounted (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

gboolean
trappa_remote_mount (GFile         *file,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autoptr(GError) local_error = NULL;
  GAsyncResult *result = NULL;
  gboolean mounted;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* A private context: the caller may be a worker thread, and the main
   * loop's other sources must not run inside a load or save. */
  g_main_context_push_thread_default (context);
  /* GVfs's dav backend mounts a folder, never a file ("Could not find an
   * enclosing directory"): mount the plan's folder. */
  if (folder != NULL)
    file = folder;
  g_file_mount_enclosing_volume (file, G_MOUNT_MOUNT_NONE, NULL, cancellable, on_mounted, &result);
  while (result == NULL)
    g_main_context_iteration (context, TRUE);
  /* What GIO left to do after the callback (freeing its task) runs too. */
  while (g_main_context_pending (context))
    g_main_context_iteration (context, FALSE);
  g_main_context_pop_thread_default (context);

  mounted = g_file_mount_enclosing_volume_finish (file, result, &local_error);
  g_object_unref (result);
  if (mounted || g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_ALREADY_MOUNTED))
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}
