/* test-csv.c: the RFC 4180 reader and writer every CSV path shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-csv.h"
#include <string.h>

#include "trappa-error.h"

static GPtrArray *
parse_ok (const char *text,
          char        separator)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = trappa_csv_parse (text, -1, separator, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

static const char *
field (GPtrArray *rows,
       guint      row,
       guint      column)
{
  TrappaCsvRow *r = g_ptr_array_index (rows, row);

  g_assert_cmpuint (column, <, g_strv_length (r->fields));
  return r->fields[column];
}

static void
test_quoted (void)
{
  g_autoptr(GPtrArray) rows =
    parse_ok ("\xEF\xBB\xBF" "a;\"b;c\";\"say \"\"hi\"\"\"\r\n"
              "\"two\nlines\";;x\n"
              "last;row", ';');
  TrappaCsvRow *second, *third;

  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (field (rows, 0, 0), ==, "a");
  g_assert_cmpstr (field (rows, 0, 1), ==, "b;c");
  g_assert_cmpstr (field (rows, 0, 2), ==, "say \"hi\"");
  second = g_ptr_array_index (rows, 1);
  g_assert_cmpuint (g_strv_length (second->fields), ==, 3);
  g_assert_cmpstr (field (rows, 1, 0), ==, "two\nlines");
  g_assert_cmpstr (field (rows, 1, 1), ==, "");
  g_assert_cmpuint (second->line, ==, 2);
  third = g_ptr_array_index (rows, 2);
  /* The quoted line break moved the third record to line 4. */
  g_assert_cmpuint (third->line, ==, 4);
  g_assert_cmpstr (field (rows, 2, 1), ==, "row");
}

static void
test_empty_lines (void)
{
  g_autoptr(GPtrArray) rows = parse_ok ("a\tb\n\nc\td\n", '\t');

  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (field (rows, 1, 0), ==, "");
  g_assert_cmpstr (field (rows, 2, 1), ==, "d");
}

static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows;

  rows = trappa_csv_parse ("a;b\nc;\"open\nd;e\n", -1, ';', &error);
  g_assert_null (rows);
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_IMPORT);
  g_assert_nonnull (strstr (error->message, "2"));
  g_clear_error (&error);

  rows = trappa_csv_parse ("a;\"b\"c\n", -1, ';', &error);
  g_assert_null (rows);
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_IMPORT);
  g_assert_nonnull (strstr (error->message, "1"));
}

static void
test_guess_separator (void)
{
  g_assert_cmpint (trappa_csv_guess_separator ("a;b;c"), ==, ';');
  g_assert_cmpint (trappa_csv_guess_separator ("a\tb\tc"), ==, '\t');
  g_assert_cmpint (trappa_csv_guess_separator ("a,b,c"), ==, ',');
  /* Separators inside quotes do not count. */
  g_assert_cmpint (trappa_csv_guess_separator ("\"1,5\";\"2,5\""), ==, ';');
  g_assert_cmpint (trappa_csv_guess_separator ("one"), ==, ';');
}

static void
test_round_trip (void)
{
  const char *fields[] = { "plain", "semi;colon", "quote \"q\"", "line\r\nbreak", "", "tab\there" };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = NULL;

  trappa_csv_append_row (out, fields, G_N_ELEMENTS (fields), ';');
  trappa_csv_append_row (out, fields, 2, ';');
  g_assert_true (g_str_has_prefix (out->str, "plain;\"semi;colon\";\"quote \"\"q\"\"\""));
  g_assert_true (g_str_has_suffix (out->str, "\r\n"));
  rows = parse_ok (out->str, ';');
  g_assert_cmpuint (rows->len, ==, 2);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_cmpstr (field (rows, 0, i), ==, fields[i]);
  g_assert_cmpuint (g_strv_length (((TrappaCsvRow *) g_ptr_array_index (rows, 1))->fields), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trappa/io/csv/quoted", test_quoted);
  g_test_add_func ("/trappa/io/csv/empty-lines", test_empty_lines);
  g_test_add_func ("/trappa/io/csv/errors", test_errors);
  g_test_add_func ("/trappa/io/csv/guess-separator", test_guess_separator);
  g_test_add_func ("/trappa/io/csv/round-trip", test_round_trip);
  return g_test_run ();
}
