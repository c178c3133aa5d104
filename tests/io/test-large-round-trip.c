/* test-large-round-trip.c: a generated plan of 1,000 measures, and the
 * examples, read back as they were written
 *
 * The reader reads the plan's lists member by member while libxml2
 * parses, and frees each one (trappa-plan-reader.c): at a size where the
 * lists are long, the plan it gives has every record and serialises to
 * the very bytes it was read from. The generator writes the current needs
 * model (mapping rows, population, coverage settings), so reading changes
 * nothing: the plan read saves as the generated one was written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-bench-plan.h"
#include "trappa-plan-file.h"

static void
test_round_trip (void)
{
  g_autoptr(TrappaPlan) made = trappa_bench_plan_new (1000);
  g_autoptr(GBytes) written = trappa_plan_file_serialize (made);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) read = trappa_plan_file_parse (written, "bench-1000.trappa", NULL, &error);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(TrappaPlan) reread = NULL;
  g_autoptr(GBytes) again = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (read), "measures"))),
                    ==, 1000);
  saved = trappa_plan_file_serialize (read);
  g_assert_true (g_bytes_equal (saved, written));
  reread = trappa_plan_file_parse (saved, "bench-1000.trappa", NULL, &error);
  g_assert_no_error (error);
  again = trappa_plan_file_serialize (reread);
  g_assert_cmpuint (g_bytes_get_size (again), ==, g_bytes_get_size (saved));
  g_assert_true (g_bytes_equal (again, saved));
}

/* The examples, read as they are written, save to their very bytes. */
static void
test_examples (void)
{
  const char *names[] = { "alver.trappa", "baerum.trappa" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples", names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(TrappaPlan) plan = trappa_plan_file_check_named (file, names[i], &error);
      g_autoptr(GBytes) saved = NULL;

      g_assert_no_error (error);
      saved = trappa_plan_file_serialize (plan);
      g_assert_true (g_bytes_equal (saved, bytes));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();
  g_test_add_func ("/trappa/io/round-trip/bench-1000", test_round_trip);
  g_test_add_func ("/trappa/io/round-trip/examples", test_examples);
  return g_test_run ();
}
