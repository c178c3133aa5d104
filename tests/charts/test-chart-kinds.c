/* test-chart-kinds.c: the chart-kind table drives the command line; every
 * kind exports PNG, SVG and PDF with no display, and its items can be
 * found, pointed at and described
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <glib/gstdio.h>

#include "trappa-chart-export.h"
#include "trappa-plan-file.h"

static const struct
{
  const char *extension;
  const char *magic;
} formats[] = {
  { "png", "\x89PNG" },
  { "svg", "<?xml" },
  { "pdf", "%PDF-" },
};

static char *
example_path (const char *name)
{
  return g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples", name, NULL);
}

static TrappaPlan *
load_example (const char *name)
{
  g_autofree char *path = example_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TrappaPlan *plan = trappa_plan_file_load (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

static void
assert_file_starts (const char *path,
                    const char *magic)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 100);
  g_assert_true (memcmp (contents, magic, strlen (magic)) == 0);
}

/* `trappa --export-chart NAME` for every row of the table, in each format,
 * run as a user runs it: the program, with no display. */
static void
test_command_line (void)
{
  g_autofree char *program = g_build_filename (g_getenv ("TRAPPA_BUILD_ROOT"), "src", "trappa", NULL);
  g_autofree char *plan = example_path ("alver.trappa");
  g_autofree char *dir = g_dir_make_tmp ("trappa-kinds-XXXXXX", NULL);
  const TrappaChartKind *const *kinds;
  guint n_kinds;

  kinds = trappa_chart_kinds (&n_kinds);
  g_assert_cmpuint (n_kinds, >=, 5);
  for (guint k = 0; k < n_kinds; k++)
    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      {
        g_autofree char *name = g_strdup_printf ("%s.%s", kinds[k]->name, formats[f].extension);
        g_autofree char *output = g_build_filename (dir, name, NULL);
        const char *argv[] = { program, "--export-chart", kinds[k]->name, "--size", "800x600",
                               "--output", output, plan, NULL };
        g_autoptr(GError) error = NULL;
        g_autofree char *err = NULL;
        int status = -1;

        g_unsetenv ("DISPLAY");
        g_unsetenv ("WAYLAND_DISPLAY");
        g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                                     NULL, &err, &status, &error));
        g_assert_no_error (error);
        if (!g_spawn_check_wait_status (status, NULL))
          g_error ("--export-chart %s failed: %s", name, err);
        assert_file_starts (output, formats[f].magic);
        g_remove (output);
      }
  g_rmdir (dir);
}

/* A failed --export-chart says which file: the output whose folder is
 * missing, or the plan and the line it cannot read. */
static void
test_command_line_errors (void)
{
  g_autofree char *program = g_build_filename (g_getenv ("TRAPPA_BUILD_ROOT"), "src", "trappa", NULL);
  g_autofree char *plan = example_path ("alver.trappa");
  g_autofree char *dir = g_dir_make_tmp ("trappa-kinds-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "trapp.png", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.trappa", NULL);
  g_autofree char *output = g_build_filename (dir, "trapp.png", NULL);
  const struct { const char *output, *plan, *expected; } cases[] = {
    { missing, plan, missing },
    { output, broken, "line 3" },
  };

  g_assert_true (g_file_set_contents (broken, "<?xml version=\"1.0\"?>\n<plan>\n<broken>\n", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *argv[] = { program, "--export-chart", "bustadtrapp", "--output", cases[i].output,
                             cases[i].plan, NULL };
      g_autoptr(GError) error = NULL;
      g_autofree char *err = NULL;
      int status = -1;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                                   NULL, &err, &status, &error));
      g_assert_no_error (error);
      g_assert_false (g_spawn_check_wait_status (status, NULL));
      g_test_message ("%s", err);
      g_assert_nonnull (strstr (err, cases[i].expected));
      if (cases[i].plan == broken)
        g_assert_true (g_str_has_prefix (err, broken));
      g_assert_false (g_file_test (cases[i].output, G_FILE_TEST_EXISTS));
    }
  g_remove (broken);
  g_rmdir (dir);
}

/* What the view and presentation mode rely on: every item has an id that
 * finds it again, a point inside it hits it, and it reads in words. */
static void
test_items (void)
{
  g_autoptr(TrappaPlan) plan = load_example ("alver.trappa");
  TrappaChartRequest request = { plan, TRAPPA_CHART_STYLE_NORMAL, NULL, NULL };
  const TrappaChartKind *const *kinds;
  guint n_kinds;

  kinds = trappa_chart_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      const TrappaChartKind *kind = kinds[k];
      g_autoptr(GError) error = NULL;
      gpointer layout = kind->layout (kind, &request, kind->default_width, kind->default_height, &error);
      g_autofree char *whole = NULL;
      int n;

      g_assert_no_error (error);
      g_assert_nonnull (layout);
      g_assert_true (trappa_chart_kind_find (kind->name, NULL) == kind);
      whole = kind->describe (layout, &request, -1);
      g_assert_cmpuint (strlen (whole), >, 10);
      n = trappa_chart_kind_n_items (kind, layout);
      g_assert_true (kind->item_id == NULL || n > 0);
      for (int i = 0; i < n; i++)
        {
          g_autofree char *text = kind->describe (layout, &request, i);
          const char *id = kind->item_id (layout, i);

          /* A record may have an item in each panel: the id finds one. */
          g_assert_cmpstr (kind->item_id (layout, trappa_chart_kind_find_item (kind, layout, id)), ==, id);
          g_assert_nonnull (text);
        }
      g_assert_cmpint (trappa_chart_kind_find_item (kind, layout, "no-such-id"), ==, -1);
      g_assert_true (kind->hit == NULL || kind->hit (layout, -10, -10) == -1);
      kind->free (layout);
    }
}

static void
test_unknown (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (trappa_chart_kind_find ("trapp", &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  /* The message lists what there is. */
  g_assert_nonnull (strstr (error->message, "bustadtrapp"));
  g_assert_nonnull (strstr (error->message, "priority"));
}

/* --axes belongs to the kinds that take it. */
static void
test_axes (void)
{
  g_autoptr(TrappaPlan) plan = load_example ("alver.trappa");
  g_autoptr(GError) error = NULL;

  g_assert_false (trappa_chart_export_command (plan, "gap", "gap.png", NULL, "haster,kostbart", &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_assert_false (g_file_test ("gap.png", G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();

  g_test_add_func ("/trappa/charts/kinds/command-line", test_command_line);
  g_test_add_func ("/trappa/charts/kinds/command-line-errors", test_command_line_errors);
  g_test_add_func ("/trappa/charts/kinds/items", test_items);
  g_test_add_func ("/trappa/charts/kinds/unknown", test_unknown);
  g_test_add_func ("/trappa/charts/kinds/axes", test_axes);
  return g_test_run ();
}
