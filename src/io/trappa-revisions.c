/* trappa-revisions.c: which save a plan file is, and the versions kept for merging
 *
 * Every save gives the plan a new random revision id and moves the old
 * one to the front of its revision history (TRAPPA_REVISION_HISTORY_MAX
 * ids). Every version saved or opened here is kept under
 *   $XDG_DATA_HOME/no.trappa.Trappa/revisions/<hash of plan id>/<revision>.trappa
 * so when a colleague's copy comes back, its history names the version it
 * was made from, and that version is the common original of a merge.
 * Revision ids are UUIDs; anything else in a file is never used as a name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-io"

#include <glib/gstdio.h>

#include "trappa-plan-file.h"
#include "trappa-revisions.h"
#include "trappa-revision-history.h"

static char *
plan_folder (const char *plan_id)
{
  g_autofree char *key = g_compute_checksum_for_string (G_CHECKSUM_SHA256, plan_id, -1);

  return g_build_filename (g_get_user_data_dir (), "no.trappa.Trappa", "revisions", key, NULL);
}

void
trappa_revisions_stamp (TrappaPlan *plan)
{
  g_autofree char *history = trappa_revision_history_prepend (trappa_item_get_string (TRAPPA_ITEM (plan), "revision-history"),
                                                              trappa_item_get_string (TRAPPA_ITEM (plan), "revision"));
  g_autofree char *next = g_uuid_string_random ();

  /* Bookkeeping of the save, not the user's edit: set directly, so it is
   * neither undone nor marks the plan modified. */
  g_object_set (plan, "revision", next, "revision-history", history, NULL);
}

static gint
by_time (gconstpointer a,
         gconstpointer b)
{
  guint64 ta = g_file_info_get_attribute_uint64 (*(GFileInfo **) a, G_FILE_ATTRIBUTE_TIME_MODIFIED);
  guint64 tb = g_file_info_get_attribute_uint64 (*(GFileInfo **) b, G_FILE_ATTRIBUTE_TIME_MODIFIED);

  return ta < tb ? 1 : ta > tb ? -1 : 0;
}

/* Drops the oldest versions beyond TRAPPA_REVISIONS_KEPT. */
static void
prune (const char *folder)
{
  g_autoptr(GFile) dir = g_file_new_for_path (folder);
  g_autoptr(GFileEnumerator) files =
    g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_TIME_MODIFIED,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func (g_object_unref);
  GFileInfo *info;

  if (files == NULL)
    return;
  while ((info = g_file_enumerator_next_file (files, NULL, NULL)) != NULL)
    g_ptr_array_add (infos, info);
  g_ptr_array_sort (infos, by_time);
  for (guint i = TRAPPA_REVISIONS_KEPT; i < infos->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_file_info_get_name (infos->pdata[i]), NULL);

      g_unlink (path);
    }
}

void
trappa_revisions_keep (TrappaPlan *plan,
                       GBytes     *bytes)
{
  trappa_revisions_keep_bytes (trappa_item_get_id (TRAPPA_ITEM (plan)),
                               trappa_item_get_string (TRAPPA_ITEM (plan), "revision"), bytes);
}

void
trappa_revisions_keep_bytes (const char *plan_id,
                             const char *revision,
                             GBytes     *bytes)
{
  g_autofree char *folder = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_uuid_string_is_valid (revision))
    return;
  folder = plan_folder (plan_id);
  name = g_strconcat (revision, TRAPPA_PLAN_FILE_EXTENSION, NULL);
  path = g_build_filename (folder, name, NULL);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return;
  if (g_mkdir_with_parents (folder, 0700) != 0 ||
      !g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    {
      g_message ("Could not keep revision %s for merging: %s", revision,
                 error != NULL ? error->message : g_strerror (errno));
      return;
    }
  prune (folder);
}

static TrappaPlan *
load_kept (const char *folder,
           const char *revision)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  if (!g_uuid_string_is_valid (revision))
    return NULL;
  name = g_strconcat (revision, TRAPPA_PLAN_FILE_EXTENSION, NULL);
  path = g_build_filename (folder, name, NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  file = g_file_new_for_path (path);
  /* Kept files are read as carefully as any other. */
  return trappa_plan_file_load (file, NULL, NULL, NULL);
}

/* @plan's own revision, then the saves it came from, newest first. */
static GStrv
chain_of (TrappaPlan *plan)
{
  g_autofree char *chain = g_strjoin (" ", trappa_item_get_string (TRAPPA_ITEM (plan), "revision"),
                                      trappa_item_get_string (TRAPPA_ITEM (plan), "revision-history"),
                                      NULL);

  return g_strsplit (chain, " ", TRAPPA_REVISION_HISTORY_MAX + 2);
}

TrappaPlan *
trappa_revisions_find_base (TrappaPlan *theirs,
                            TrappaPlan *mine)
{
  g_autofree char *folder = plan_folder (trappa_item_get_id (TRAPPA_ITEM (theirs)));
  g_auto(GStrv) their_chain = chain_of (theirs);
  g_auto(GStrv) my_chain = chain_of (mine);
  TrappaPlan *base = NULL;

  for (guint i = 0; base == NULL && their_chain[i] != NULL && i <= TRAPPA_REVISION_HISTORY_MAX; i++)
    if (g_strv_contains ((const char * const *) my_chain, their_chain[i]))
      base = load_kept (folder, their_chain[i]);
  return base;
}
