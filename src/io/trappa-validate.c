/* trappa-validate.c: `trappa --validate FILE…`, with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-io"

#include <glib/gi18n.h>

#include "trappa-plan-file.h"
#include "trappa-validate.h"

int
trappa_validate_files (const char * const *paths,
                       GString            *out,
                       GPtrArray          *read)
{
  int status = 0;

  g_return_val_if_fail (paths != NULL, 1);
  g_return_val_if_fail (out != NULL, 1);

  trappa_plan_file_init ();
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(TrappaPlan) plan = trappa_plan_file_check_named (file, paths[i], &error);

      if (plan != NULL)
        {
          /* TRANSLATORS: printed after a plan file's name when it has no problems */
          g_string_append_printf (out, "%s: %s\n", paths[i], _("ok"));
          if (read != NULL)
            g_ptr_array_add (read, g_steal_pointer (&plan));
        }
      else
        {
          /* The reader's messages already read "PATH:LINE: problem". */
          g_string_append_printf (out, "%s\n", error->message);
          status = 1;
        }
    }
  return status;
}
