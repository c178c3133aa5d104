/* trappa-revision-history.c: the list of saves a plan came from
 *
 * A save puts the revision it replaces first (trappa-revisions.c); a
 * merge puts their copy's revision first (trappa-plan-merge.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-limits.h"
#include "trappa-revision-history.h"

char *
trappa_revision_history_prepend (const char *history,
                                 const char *revision)
{
  g_auto(GStrv) old = g_strsplit (history != NULL ? history : "", " ", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  guint n = 0;

  if (g_uuid_string_is_valid (revision))
    {
      g_strv_builder_add (builder, revision);
      n++;
    }
  for (guint i = 0; old[i] != NULL && n < TRAPPA_REVISION_HISTORY_MAX; i++)
    if (g_uuid_string_is_valid (old[i]) && g_strcmp0 (old[i], revision) != 0)
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  ids = g_strv_builder_end (builder);
  return g_strjoinv (" ", ids);
}
