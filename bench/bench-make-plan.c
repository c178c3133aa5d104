/* bench-make-plan.c: writes the benchmark plan of N measures to a file,
 * e.g. to open it in Trappa or compare with other tools
 *
 * Usage: bench-make-plan N OUT.trappa
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include "trappa-bench-plan.h"
#include "trappa-plan-file.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TrappaPlan) plan = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 3)
    {
      g_printerr ("Usage: %s N OUT.trappa\n", argv[0]);
      return 2;
    }
  trappa_plan_file_init ();
  plan = trappa_bench_plan_new ((guint) CLAMP (atoi (argv[1]), 1, 100000));
  bytes = trappa_plan_file_serialize (plan);
  if (!g_file_set_contents (argv[2], g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
