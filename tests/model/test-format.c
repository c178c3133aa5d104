/* test-format.c: Norwegian number formatting and parsing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-format.h"
#include "trappa-error.h"

static void
test_format (void)
{
  struct { gint64 value; const char *text; } cases[] = {
    { 0, "0" }, { 999, "999" }, { 1000, "1\u00a0000" },
    { 1250000, "1\u00a0250\u00a0000" }, { -4500, "−4\u00a0500" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = trappa_format_count (cases[i].value);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_parse_good (void)
{
  struct { const char *text; gint64 value; } cases[] = {
    { "0", 0 }, { " 42 ", 42 }, { "1 250 000", 1250000 },
    { "1\u00a0250\u00a0000 kr", 1250000 }, { "1.250.000", 1250000 },
    { "3000000 NOK", 3000000 }, { "12\u202f000", 12000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 value = -1;

      g_assert_true (trappa_parse_count (cases[i].text, G_MAXINT64, &value, &error));
      g_assert_no_error (error);
      g_assert_cmpint (value, ==, cases[i].value);
    }
}

static void
test_parse_bad (void)
{
  const char *cases[] = {
    "", "  ", "-1", "−5", "1,5", "abc", "12a", "kr",
    "99999999999999999999999999", "\xff",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 value = 7;

      g_assert_false (trappa_parse_count (cases[i], 1000000, &value, &error));
      g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
      g_assert_cmpint (value, ==, 7);
    }
  {
    g_autoptr(GError) error = NULL;
    gint64 value;
    g_assert_false (trappa_parse_count ("1000001", 1000000, &value, &error));
    g_assert_nonnull (strstr (error->message, "1\u00a0000\u00a0000"));
  }
}

static void
test_format_date (void)
{
  struct { const char *iso; const char *text; } cases[] = {
    { "2024-06-20", "20.06.2024" }, { "2040-01-01", "01.01.2040" },
    /* Not a date, or not a real one: shown as written. */
    { "", "" }, { "2024-02-30", "2024-02-30" }, { "20.06.2024", "20.06.2024" },
    { "2024-06-20T10:00", "2024-06-20T10:00" }, { "juni 2024", "juni 2024" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = trappa_format_date (cases[i].iso);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* Dates as typed: Norwegian dd.mm.yyyy or ISO, stored as ISO. */
static void
test_parse_date (void)
{
  struct { const char *text; const char *iso; } good[] = {
    { "20.06.2025", "2025-06-20" }, { " 1.2.2026 ", "2026-02-01" }, { "29.02.2024", "2024-02-29" },
    { "2025-06-20", "2025-06-20" }, { "", "" }, { "  ", "" },
  };
  const char *bad[] = {
    "30.02.2025", "20.6.25", "20.06", "juni 2025", "2025-6-20", "20/06/2025", "0.1.2025",
    "20.13.2025", "20.06.2025.1", "+1.2.2025", "20.06.-202",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *iso = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (trappa_parse_date (good[i].text, &iso, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (iso, ==, good[i].iso);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *iso = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_false (trappa_parse_date (bad[i], &iso, &error));
      g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
      g_assert_nonnull (strstr (error->message, "dd.mm.yyyy"));
      g_assert_null (iso);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/trappa/model/format/count", test_format);
  g_test_add_func ("/trappa/model/format/date", test_format_date);
  g_test_add_func ("/trappa/model/format/parse-good", test_parse_good);
  g_test_add_func ("/trappa/model/format/parse-bad", test_parse_bad);
  g_test_add_func ("/trappa/model/format/parse-date", test_parse_date);

  return g_test_run ();
}
