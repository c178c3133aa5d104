/* test-population-paste.c: population figures pasted from a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>

#include "needs-fixture.h"
#include "trappa-population-paste.h"

static gint64
population (Fixture    *f,
            const char *band,
            gint64      year)
{
  gint64 count = -1;

  g_assert_true (trappa_needs_population (f->plan, f->series, band, year, &count));
  return count;
}

static void
test_paste (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* A header of years, rows by band name (with Norwegian digit groups),
   * CR LF line ends, an empty cell left alone, a new year added. */
  g_assert_true (trappa_population_paste (f->plan, f->series,
                                          "Alder\t2024\t2025\t2029\r\n"
                                          "80+\t1 400\t\t600\r\n"
                                          "67–79\t2 001\t2 051\t\r\n", &error));
  g_assert_no_error (error);
  g_assert_cmpint (population (f, "b80", 2024), ==, 1400);
  g_assert_cmpint (population (f, "b80", 2025), ==, 430);
  g_assert_cmpint (population (f, "b80", 2029), ==, 600);
  g_assert_cmpint (population (f, "b67", 2025), ==, 2051);

  /* One undo step takes the whole paste back. */
  g_assert_true (trappa_plan_undo (f->plan));
  g_assert_cmpint (population (f, "b80", 2024), ==, 400);
  g_assert_cmpint (population (f, "b67", 2025), ==, 2050);
  g_assert_null (trappa_population_find_value (f->series, "b80", 2029));
}

static void
test_paste_errors (Fixture       *f,
                   gconstpointer  data)
{
  static const struct { const char *text; const char *expected; } cases[] = {
    { "", "nothing to paste" },
    { "Alder\tneste år\n80+\t1\n", "Line 1: “neste år” is not a year" },
    { "Alder\t2024\n90+\t1\n", "Line 2: no age band is called “90+”" },
    { "Alder\t2024\n80+\t-3\n", "Line 2: 2024: " },
    { "Alder\t2024\n80+\tmange\n", "Line 2: 2024: " },
    { "Alder\t2024\n", "no figures" },
    /* A cell copied with a line break in it: the row after is line 3. */
    { "\"Alder\nog år\"\t2024\n90+\t1\n", "Line 3: no age band is called “90+”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (trappa_population_paste (f->plan, f->series, cases[i].text, &error));
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].expected));
      g_assert_cmpint (population (f, "b80", 2024), ==, 400);
    }
}

static void
test_set_value (Fixture       *f,
                gconstpointer  data)
{
  trappa_population_set_value (f->plan, f->series, "b80", 2024, 401);
  g_assert_cmpint (population (f, "b80", 2024), ==, 401);
  trappa_population_set_value (f->plan, f->series, "b80", 2024, -1);
  g_assert_null (trappa_population_find_value (f->series, "b80", 2024));
  trappa_population_set_value (f->plan, f->series, "b80", 2024, 399);
  g_assert_cmpint (population (f, "b80", 2024), ==, 399);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/trappa/needs/paste/figures", Fixture, NULL, needs_fixture_set_up, test_paste, needs_fixture_tear_down);
  g_test_add ("/trappa/needs/paste/errors", Fixture, NULL, needs_fixture_set_up, test_paste_errors, needs_fixture_tear_down);
  g_test_add ("/trappa/needs/paste/set-value", Fixture, NULL, needs_fixture_set_up, test_set_value, needs_fixture_tear_down);
  return g_test_run ();
}
