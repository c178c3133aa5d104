/* fuzz-plan-file.c: the plan file reader under libFuzzer
 *
 * Any input must either be refused with a TRAPPA_ERROR or give a plan that
 * saves, loads again and saves to the same bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include "trappa-fuzz.h"
#include "trappa-plan-file.h"

static GBytes *
check_round_trip (TrappaPlan *plan)
{
  g_autoptr(GBytes) saved = trappa_plan_file_serialize (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) again = trappa_plan_file_parse (saved, "saved", NULL, &error);
  g_autoptr(GBytes) saved_again = NULL;

  /* abort(), not g_error(): libFuzzer keeps the input of an abort but
   * not of the trap g_error() raises. */
  if (again == NULL)
    {
      g_printerr ("An accepted plan does not load after saving: %s\n", error->message);
      abort ();
    }
  saved_again = trappa_plan_file_serialize (again);
  if (!g_bytes_equal (saved, saved_again))
    {
      g_printerr ("Save → load → save changed the bytes\n");
      abort ();
    }
  return g_steal_pointer (&saved);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) plan = NULL;
  g_autoptr(GBytes) saved = NULL;
  guint line = 0;

  trappa_plan_file_init ();
  plan = trappa_plan_file_parse (bytes, "fuzz.trappa", &line, &error);
  if (plan == NULL)
    {
      if (error == NULL || error->domain != TRAPPA_ERROR || error->message[0] == '\0')
        abort ();
      return 0;
    }
  if (error != NULL || trappa_plan_get_modified (plan) || trappa_plan_get_can_undo (plan))
    abort ();
  saved = check_round_trip (plan);
  return 0;
}
