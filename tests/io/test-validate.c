/* test-validate.c: `trappa --validate FILE…` without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-plan-file.h"
#include "trappa-validate.h"

static void
test_examples_ok (void)
{
  g_autofree char *alver = g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples", "alver.trappa", NULL);
  g_autofree char *baerum = g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples", "baerum.trappa", NULL);
  const char *paths[] = { alver, baerum, NULL };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *expected = g_strdup_printf ("%s: ok\n%s: ok\n", alver, baerum);

  g_assert_cmpint (trappa_validate_files (paths, out, NULL), ==, 0);
  g_assert_cmpstr (out->str, ==, expected);
}

/* One bad file among good ones: every file is reported, each problem on a
 * line of its own with the path as given and the line, and the status
 * says failure. */
static void
test_hostile_fails (void)
{
  g_autofree char *alver = g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples", "alver.trappa", NULL);
  g_autofree char *laughs = g_test_build_filename (G_TEST_DIST, "io", "hostile", "billion-laughs.trappa", NULL);
  g_autofree char *counts = g_test_build_filename (G_TEST_DIST, "io", "hostile", "negative-count.trappa", NULL);
  const char *paths[] = { laughs, alver, counts, "no-such-plan.trappa", NULL };
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  g_autofree char *laughs_line = g_strdup_printf ("%s:2: ", laughs);
  g_autofree char *alver_line = g_strdup_printf ("%s: ok", alver);
  g_autofree char *counts_line = g_strdup_printf ("%s:8: ", counts);

  g_assert_cmpint (trappa_validate_files (paths, out, NULL), ==, 1);
  lines = g_strsplit (out->str, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_true (g_str_has_prefix (lines[0], laughs_line));
  g_assert_cmpstr (lines[1], ==, alver_line);
  g_assert_true (g_str_has_prefix (lines[2], counts_line));
  g_assert_true (g_str_has_prefix (lines[3], "no-such-plan.trappa: "));
  g_assert_cmpstr (lines[4], ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();

  g_test_add_func ("/trappa/io/validate/examples-ok", test_examples_ok);
  g_test_add_func ("/trappa/io/validate/hostile-fails", test_hostile_fails);
  return g_test_run ();
}
