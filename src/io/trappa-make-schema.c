/* trappa-make-schema.c: writes the plan file schema generated from the model
 *
 * Used by `ninja update-schema` to refresh data/trappa-plan.rng after a
 * record kind changed. Without an argument it prints to stdout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>

#include "trappa-plan-schema.h"

int
main (int   argc,
      char *argv[])
{
  g_autofree char *schema = trappa_plan_schema_generate ();
  g_autoptr(GError) error = NULL;

  if (argc < 2)
    {
      fputs (schema, stdout);
      return 0;
    }
  if (!g_file_set_contents (argv[1], schema, -1, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("Wrote %s\n", argv[1]);
  return 0;
}
