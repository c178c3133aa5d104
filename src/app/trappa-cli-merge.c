/* trappa-cli-merge.c: --diff and --merge on the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-cli-merge"

#include <glib/gi18n.h>

#include "trappa-cli-merge.h"
#include "trappa-plan-diff.h"
#include "trappa-plan-file.h"
#include "trappa-plan-merge.h"

static TrappaPlan *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  TrappaPlan *plan = trappa_plan_file_load_named (file, path, NULL, NULL, &error);

  if (plan == NULL)
    g_printerr ("%s\n", error->message);
  return plan;
}

int
trappa_cli_diff (const char * const *files)
{
  g_autoptr(TrappaPlan) a = NULL;
  g_autoptr(TrappaPlan) b = NULL;
  g_autoptr(GPtrArray) diffs = NULL;

  if (files == NULL || g_strv_length ((char **) files) != 2)
    {
      g_printerr ("%s\n", _("--diff needs exactly two plan files"));
      return 2;
    }
  trappa_plan_file_init ();
  if ((a = load (files[0])) == NULL || (b = load (files[1])) == NULL)
    return 2;

  diffs = trappa_plan_diff (a, b);
  for (guint i = 0; i < diffs->len; i++)
    {
      g_autofree char *line = trappa_diff_describe (diffs->pdata[i], a, b);

      g_print ("%s\n", line);
    }
  return diffs->len == 0 ? 0 : 1;
}

int
trappa_cli_merge (const char * const *files,
                  const char         *output)
{
  g_autoptr(TrappaPlan) base = NULL;
  g_autoptr(TrappaPlan) mine = NULL;
  g_autoptr(TrappaPlan) theirs = NULL;
  g_autoptr(TrappaMerge) merge = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *conflicts;
  guint refused;

  if (files == NULL || g_strv_length ((char **) files) != 3 || output == NULL)
    {
      g_printerr ("%s\n", _("--merge needs three plan files (BASE MINE THEIRS) and --output FILE"));
      return 2;
    }
  trappa_plan_file_init ();
  if ((base = load (files[0])) == NULL || (mine = load (files[1])) == NULL ||
      (theirs = load (files[2])) == NULL)
    return 2;

  merge = trappa_merge_new (base, mine, theirs, &error);
  if (merge == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  conflicts = trappa_merge_get_conflicts (merge);
  if (conflicts->len > 0)
    {
      for (guint i = 0; i < conflicts->len; i++)
        {
          g_autofree char *line = trappa_conflict_describe (merge, conflicts->pdata[i]);

          g_print ("%s\n", line);
        }
      g_printerr (g_dngettext (NULL, "%u conflict: nothing written",
                               "%u conflicts: nothing written", conflicts->len),
                  conflicts->len);
      g_printerr ("\n");
      return 1;
    }

  refused = trappa_merge_apply (merge);
  if (refused > 0)
    {
      g_printerr (g_dngettext (NULL, "%u of their changes does not fit this plan and was left out",
                               "%u of their changes do not fit this plan and were left out", refused),
                  refused);
      g_printerr ("\n");
    }
  out = g_file_new_for_commandline_arg (output);
  if (!trappa_plan_file_save (mine, out, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  return 0;
}
