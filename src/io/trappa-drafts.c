/* trappa-drafts.c: unsaved plans kept in the drafts folder, for recovery
 *
 * Like GNOME Text Editor's drafts: each open plan with unsaved changes has
 * a draft, ID.trappa (the plan) and ID.draft (a key file: its title, its
 * file and stamp, when, and the process that wrote it). A clean close or
 * a save removes it; what is left after a crash is offered at the next
 * start. A draft written by a process that still runs is that process's
 * own and not offered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-drafts"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "trappa-drafts.h"
#include "trappa-plan-file.h"

#define GROUP      "Draft"
#define INFO_EXT   ".draft"

static char *
draft_path (const char *id,
            const char *extension)
{
  g_autofree char *folder = trappa_drafts_folder ();
  g_autofree char *name = g_strconcat (id, extension, NULL);

  return g_build_filename (folder, name, NULL);
}

/* Whether the process that wrote a draft still runs (then the draft is
 * its own). This process's own id counts as ended: drafts are listed
 * before it writes any, so one with its id is from an earlier process
 * (e.g. in a sandbox, where process ids repeat). */
static gboolean
writer_runs (gint64 pid)
{
  if (pid <= 0 || pid == getpid () || pid > G_MAXINT)
    return FALSE;
  return kill ((pid_t) pid, 0) == 0 || errno == EPERM;
}

static TrappaDraft *
read_info (const char *id)
{
  g_autofree char *path = draft_path (id, INFO_EXT);
  g_autofree char *plan_path = draft_path (id, TRAPPA_PLAN_FILE_EXTENSION);
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(TrappaDraft) draft = NULL;
  g_autofree char *time = NULL;

  if (!g_key_file_load_from_file (keys, path, G_KEY_FILE_NONE, NULL) ||
      !g_file_test (plan_path, G_FILE_TEST_IS_REGULAR) ||
      writer_runs (g_key_file_get_int64 (keys, GROUP, "Process", NULL)))
    return NULL;

  draft = trappa_draft_new ();
  draft->id = g_strdup (id);
  draft->title = g_key_file_get_string (keys, GROUP, "Title", NULL);
  draft->uri = g_key_file_get_string (keys, GROUP, "File", NULL);
  draft->stamp = g_key_file_get_string (keys, GROUP, "Stamp", NULL);
  time = g_key_file_get_string (keys, GROUP, "Time", NULL);
  draft->time = time != NULL ? g_date_time_new_from_iso8601 (time, NULL) : NULL;
  if (draft->title == NULL || draft->time == NULL)
    return NULL;
  if (draft->uri != NULL && *draft->uri == '\0')
    g_clear_pointer (&draft->uri, g_free);
  if (draft->stamp != NULL && *draft->stamp == '\0')
    g_clear_pointer (&draft->stamp, g_free);
  return g_steal_pointer (&draft);
}

static gint
newest_first (gconstpointer a,
              gconstpointer b)
{
  const TrappaDraft *da = *(TrappaDraft **) a;
  const TrappaDraft *db = *(TrappaDraft **) b;

  return g_date_time_compare (db->time, da->time);
}

TrappaDraft *
trappa_draft_new (void)
{
  return g_new0 (TrappaDraft, 1);
}

void
trappa_draft_free (TrappaDraft *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->id);
  g_free (draft->title);
  g_free (draft->uri);
  g_free (draft->stamp);
  g_clear_pointer (&draft->time, g_date_time_unref);
  g_free (draft);
}

char *
trappa_drafts_folder (void)
{
  return g_build_filename (g_get_user_data_dir (), "no.trappa.Trappa", "drafts", NULL);
}

gboolean
trappa_drafts_write (const TrappaDraft  *draft,
                     GBytes             *bytes,
                     GError            **error)
{
  g_autofree char *folder = trappa_drafts_folder ();
  g_autofree char *plan_path = draft_path (draft->id, TRAPPA_PLAN_FILE_EXTENSION);
  g_autofree char *info_path = draft_path (draft->id, INFO_EXT);
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *time = g_date_time_format_iso8601 (draft->time);
  g_autofree char *info = NULL;
  gsize length;

  g_return_val_if_fail (g_uuid_string_is_valid (draft->id), FALSE);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", folder, g_strerror (saved_errno));
      return FALSE;
    }
  g_key_file_set_string (keys, GROUP, "Title", draft->title);
  g_key_file_set_string (keys, GROUP, "File", draft->uri != NULL ? draft->uri : "");
  g_key_file_set_string (keys, GROUP, "Stamp", draft->stamp != NULL ? draft->stamp : "");
  g_key_file_set_string (keys, GROUP, "Time", time);
  g_key_file_set_int64 (keys, GROUP, "Process", getpid ());
  info = g_key_file_to_data (keys, &length, NULL);

  return g_file_set_contents_full (plan_path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error) &&
         g_file_set_contents_full (info_path, info, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

void
trappa_drafts_remove (const char *id)
{
  g_autofree char *plan_path = NULL;
  g_autofree char *info_path = NULL;

  g_return_if_fail (g_uuid_string_is_valid (id));

  plan_path = draft_path (id, TRAPPA_PLAN_FILE_EXTENSION);
  info_path = draft_path (id, INFO_EXT);
  /* The key file first: a draft without it is never listed. */
  g_unlink (info_path);
  g_unlink (plan_path);
}

GPtrArray *
trappa_drafts_list (void)
{
  g_autofree char *folder = trappa_drafts_folder ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) trappa_draft_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = NULL;
      TrappaDraft *draft;

      if (!g_str_has_suffix (name, INFO_EXT))
        continue;
      id = g_strndup (name, strlen (name) - strlen (INFO_EXT));
      if (g_uuid_string_is_valid (id) && (draft = read_info (id)) != NULL)
        g_ptr_array_add (drafts, draft);
    }
  g_ptr_array_sort (drafts, newest_first);
  return drafts;
}

TrappaPlan *
trappa_drafts_load (const TrappaDraft  *draft,
                    GError            **error)
{
  g_autofree char *path = draft_path (draft->id, TRAPPA_PLAN_FILE_EXTENSION);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return trappa_plan_file_load_named (file, draft->title, NULL, NULL, error);
}
