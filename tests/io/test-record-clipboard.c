/* test-record-clipboard.c: rows as a spreadsheet's clipboard holds them
 *
 * Alver's measures copied as TSV and HTML (numbers plain, choices and
 * references by name), pasted back cell by cell, and bad cells refused
 * with their row and column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "io-fixtures.h"
#include "trappa-measure.h"
#include "trappa-plan-file.h"
#include "trappa-record-clipboard.h"

static const char *status_labels[] = { "Proposed", "Adopted", "Started", "Done", NULL };

static char *
title_length (TrappaPlan *plan,
              TrappaItem *item)
{
  return g_strdup_printf ("%ld", g_utf8_strlen (trappa_item_get_string (item, "title"), -1));
}

static const TrappaClipColumn columns[] = {
  { "title", "Measure" },
  { "target-area", "Target area" },
  { NULL, "Title length", NULL, title_length },
  { "status", "Status", status_labels },
  { "investment-cost", "Investment (NOK)" },
  { "compensating", "Compensating" },
  { "steps", "Steps" },
  { "effect-year", "Effect from year" },
};

static TrappaItem *
measure (TrappaPlan *plan,
         const char *id)
{
  TrappaItem *item = trappa_plan_lookup (plan, id);

  g_assert_nonnull (item);
  return item;
}

/* tiltak-6 (adopted, 24 units for step-4 from 2028) and tiltak-3. */
static void
test_copy (void)
{
  g_autoptr(TrappaPlan) plan = io_fixture_load_example ();
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autoptr(TrappaTable) table = NULL;
  g_autofree char *tsv = NULL;
  g_autofree char *html = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *expected = NULL;
  TrappaItem *m6 = measure (plan, "tiltak-6");

  g_ptr_array_add (items, m6);
  g_ptr_array_add (items, measure (plan, "tiltak-3"));
  g_assert_true (trappa_plan_set_int (plan, m6, "investment-cost", 1250000, NULL));
  g_assert_true (trappa_plan_set_string (plan, m6, "title", "Nye \"omsorgsbustader\"\tmed\nlivsløpsstandard", NULL));
  table = trappa_record_clipboard_table (plan, items, columns, G_N_ELEMENTS (columns));
  tsv = trappa_record_clipboard_to_tsv (table);
  lines = g_strsplit (tsv, "\r\n", -1);

  g_assert_cmpstr (lines[0], ==, "Measure\tTarget area\tTitle length\tStatus\tInvestment (NOK)\tCompensating\tSteps\tEffect from year");
  /* A cell with a tab, a quote or a line break is quoted (RFC 4180);
   * numbers are plain, the status its label, steps their names. */
  expected = g_strdup_printf ("\"Nye \"\"omsorgsbustader\"\"\tmed\nlivsløpsstandard\"\t%s\t42\tAdopted\t1250000\tNo\t"
                              "Omsorgsbustad med livsløpsstandard\t2028",
                              trappa_item_get_string (trappa_plan_lookup (plan, trappa_item_get_string (m6, "target-area")), "name"));
  g_assert_cmpstr (lines[1], ==, expected);
  g_assert_true (g_str_has_prefix (lines[2], "Housing First-team\t"));
  g_assert_true (strstr (lines[2], "\tStarted\t0\tYes\tBustad med oppfølging\t") != NULL);
  g_assert_cmpstr (lines[3], ==, "");
  g_assert_null (lines[4]);

  html = trappa_record_clipboard_to_html (table);
  g_assert_true (g_str_has_prefix (html, "<meta charset=\"utf-8\"><table>\n<tr><th>Measure</th><th>Target area</th>"));
  g_assert_nonnull (strstr (html, "<td>Nye \"omsorgsbustader\"\tmed\nlivsløpsstandard</td>"));
  g_assert_nonnull (strstr (html, "<td style=\"text-align:right\">1250000</td>"));
  g_assert_nonnull (strstr (html, "<td>Adopted</td>"));
  g_assert_true (g_str_has_suffix (html, "</table>\n"));
}

/* What was copied pastes back as the same records. */
static void
test_round_trip (void)
{
  g_autoptr(TrappaPlan) plan = io_fixture_load_example ();
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autoptr(TrappaTable) table = NULL;
  g_autofree char *tsv = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (items, measure (plan, "tiltak-6"));
  g_ptr_array_add (items, measure (plan, "tiltak-3"));
  table = trappa_record_clipboard_table (plan, items, columns, G_N_ELEMENTS (columns));
  tsv = trappa_record_clipboard_to_tsv (table);
  pasted = trappa_record_clipboard_parse (plan, TRAPPA_TYPE_MEASURE, columns, G_N_ELEMENTS (columns), tsv, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pasted->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      TrappaItem *a = items->pdata[i], *b = pasted->pdata[i];

      g_assert_cmpstr (trappa_item_get_id (b), ==, "");
      g_assert_cmpstr (trappa_item_get_string (b, "title"), ==, trappa_item_get_string (a, "title"));
      g_assert_cmpstr (trappa_item_get_string (b, "target-area"), ==, trappa_item_get_string (a, "target-area"));
      g_assert_cmpstr (trappa_item_get_string (b, "status"), ==, trappa_item_get_string (a, "status"));
      g_assert_cmpint (trappa_item_get_boolean (b, "compensating"), ==, trappa_item_get_boolean (a, "compensating"));
      g_assert_cmpint (trappa_item_get_int (b, "effect-year"), ==, trappa_item_get_int (a, "effect-year"));
      g_assert_true (g_strv_equal (trappa_item_get_strv (b, "steps"), trappa_item_get_strv (a, "steps")));
    }
}

/* A spreadsheet's rows: a header that names some columns in another
 * order, values written as people write them, an empty row. */
static void
test_paste_by_header (void)
{
  g_autoptr(TrappaPlan) plan = io_fixture_load_example ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pasted =
    trappa_record_clipboard_parse (plan, TRAPPA_TYPE_MEASURE, columns, G_N_ELEMENTS (columns),
                                   "Status\tmeasure\tInvestment (NOK)\tSteps\r\n"
                                   "done\tNytt tiltak\t1 250 000 kr\tbustad med oppfølging, Institusjon – sjukeheim\r\n"
                                   "\t\t\t\r\n"
                                   "Forslag\tAnna tiltak\t\t\r\n", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (pasted->len, ==, 2);
  g_assert_cmpstr (trappa_item_get_string (pasted->pdata[0], "status"), ==, TRAPPA_MEASURE_STATUS_DONE);
  g_assert_cmpstr (trappa_item_get_string (pasted->pdata[0], "title"), ==, "Nytt tiltak");
  g_assert_cmpint (trappa_item_get_int (pasted->pdata[0], "investment-cost"), ==, 1250000);
  g_assert_cmpstr (trappa_item_get_strv (pasted->pdata[0], "steps")[0], ==, "step-3");
  g_assert_cmpstr (trappa_item_get_strv (pasted->pdata[0], "steps")[1], ==, "step-6");
  g_assert_null (trappa_item_get_strv (pasted->pdata[0], "steps")[2]);
  /* "forslag" is the stored value of Proposed. */
  g_assert_cmpstr (trappa_item_get_string (pasted->pdata[1], "status"), ==, TRAPPA_MEASURE_STATUS_PROPOSED);
  g_assert_cmpint (trappa_item_get_int (pasted->pdata[1], "investment-cost"), ==, 0);
}

/* One bad cell refuses the paste: the message names its row (as the
 * spreadsheet numbers it) and column, and the problem. */
static void
test_paste_refused (void)
{
  g_autoptr(TrappaPlan) plan = io_fixture_load_example ();
  static const struct { const char *text, *message; } cases[] = {
    { "Tiltak A\t\t\tAdopted\t100\nTiltak B\t\t\tAdopted\t-5\n",
      "Row 2, column “Investment (NOK)”: " },
    { "Measure\tStatus\nTiltak A\tVedtatt kanskje\n",
      "Row 2, column “Status”: “Vedtatt kanskje” is not one of “Proposed”, “Adopted”, “Started”, “Done”" },
    { "Tiltak A\tNo such area\n", "Row 1, column “Target area”: no record named “No such area” can be chosen here" },
    { "Tiltak A\t\t\t\t\tperhaps\n", "Row 1, column “Compensating”: “perhaps” is neither “Yes” nor “No”" },
    { "Tiltak A\t\t\t\t\t\tOrdinær bustad, Trinn 9\n", "Row 1, column “Steps”: no record named “Trinn 9” can be chosen here" },
    { "Tiltak A\t\t\t\t\t\t\t1\t2\n", "Row 1 has 9 cells, the table 8 columns" },
    { "Tiltak A\t\t\t\t\t\t\t99999\n", "Row 1, column “Effect from year”: " },
    { "Status\tSteps\n\"Adopted\n", "Line 2: a quoted field is not closed" },
    { "\n\t\n", "The clipboard holds no rows" },
    /* Latin-1 from an old program: the plan would not open again. */
    { "Tiltak A\nTiltak \xe5rleg\n", "Row 2 is not text in UTF-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) pasted = trappa_record_clipboard_parse (plan, TRAPPA_TYPE_MEASURE, columns,
                                                                   G_N_ELEMENTS (columns), cases[i].text, &error);

      g_assert_null (pasted);
      g_assert_nonnull (error);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” lacks “%s”", i, error->message, cases[i].message);
    }

  /* Text longer than its field holds is refused, not cut. */
  {
    g_autofree char *long_title = g_strnfill (100000, 'x');
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) pasted = trappa_record_clipboard_parse (plan, TRAPPA_TYPE_MEASURE, columns,
                                                                 G_N_ELEMENTS (columns), long_title, &error);

    g_assert_null (pasted);
    g_assert_true (g_str_has_prefix (error->message, "Row 1, column “Measure”: "));
    g_assert_nonnull (strstr (error->message, "is longer than"));
  }
}

static void
count (guint *counter)
{
  (*counter)++;
}

static GBytes *
serialize (TrappaPlan *plan)
{
  return trappa_plan_file_serialize (plan);
}

/* Every record's id is its own and the plan finds the record by it. */
static gboolean
check_id (TrappaItem *item,
          gpointer    user_data)
{
  gpointer *data = user_data;

  g_assert_true (g_hash_table_add (data[1], (gpointer) trappa_item_get_id (item)));
  g_assert_true (trappa_plan_lookup (data[0], trappa_item_get_id (item)) == item);
  return TRUE;
}

static void
check_ids (TrappaPlan *plan)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gpointer data[2] = { plan, seen };

  trappa_item_foreach (TRAPPA_ITEM (plan), check_id, data);
}

/* Many rows go in below the row pasted under as one splice, one
 * "changed" and one undo step; undo and redo give back exactly the plan
 * before and after, and every id stays unique. */
static void
test_paste_many (void)
{
  g_autoptr(TrappaPlan) plan = io_fixture_load_example ();
  GListModel *measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures"));
  g_autoptr(TrappaItem) area = g_list_model_get_item (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "target-areas")), 0);
  g_autoptr(GString) text = g_string_new ("Measure\tTarget area\tStatus\r\n");
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL, after = NULL, undone = NULL, redone = NULL;
  guint n = g_list_model_get_n_items (measures), changed = 0, splices = 0;

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (text, "Tiltak %u\t%s\tAdopted\r\n", i + 1, trappa_item_get_name (area));
  before = serialize (plan);
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (count), &changed);
  g_signal_connect_swapped (measures, "items-changed", G_CALLBACK (count), &splices);

  pasted = trappa_record_clipboard_paste (plan, TRAPPA_ITEM (plan), "measures", 2, TRAPPA_TYPE_MEASURE,
                                          columns, G_N_ELEMENTS (columns), text->str, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pasted->len, ==, 300);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (splices, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (measures), ==, n + 300);
  for (guint i = 0; i < pasted->len; i++)
    {
      g_autoptr(TrappaItem) item = g_list_model_get_item (measures, 2 + i);

      g_assert_true (item == pasted->pdata[i]);
      g_assert_cmpstr (trappa_item_get_string (item, "target-area"), ==, trappa_item_get_id (area));
    }
  check_ids (plan);
  g_assert_cmpstr (trappa_plan_get_undo_label (plan), ==, "Paste rows");
  after = serialize (plan);

  g_assert_true (trappa_plan_undo (plan));
  g_assert_cmpuint (splices, ==, 2);
  undone = serialize (plan);
  g_assert_true (g_bytes_equal (undone, before));
  g_assert_null (trappa_plan_lookup (plan, trappa_item_get_id (pasted->pdata[0])));
  g_assert_true (trappa_plan_redo (plan));
  g_assert_cmpuint (splices, ==, 3);
  redone = serialize (plan);
  g_assert_true (g_bytes_equal (redone, after));
  check_ids (plan);

  /* Pasted again after an undo, the rows get ids of their own. */
  g_assert_true (trappa_plan_undo (plan));
  again = trappa_record_clipboard_paste (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_TYPE_MEASURE,
                                         columns, G_N_ELEMENTS (columns), text->str, &error);
  g_assert_no_error (error);
  check_ids (plan);
  for (guint i = 0; i < again->len; i++)
    g_assert_cmpstr (trappa_item_get_id (again->pdata[i]), !=, trappa_item_get_id (pasted->pdata[i]));
  g_assert_false (trappa_plan_get_can_redo (plan));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();

  g_test_add_func ("/trappa/io/record-clipboard/copy", test_copy);
  g_test_add_func ("/trappa/io/record-clipboard/round-trip", test_round_trip);
  g_test_add_func ("/trappa/io/record-clipboard/paste-by-header", test_paste_by_header);
  g_test_add_func ("/trappa/io/record-clipboard/paste-refused", test_paste_refused);
  g_test_add_func ("/trappa/io/record-clipboard/paste-many", test_paste_many);
  return g_test_run ();
}
