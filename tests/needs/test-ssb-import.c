/* test-ssb-import.c: SSB population projections in CSV and JSON-stat2
 *
 * The fixtures in data/ all hold the same small table for 4631 Alver,
 * ages 0, 1, 2 and "3 or older", years 2024–2026:
 *
 *   men     age 0: 100 102 104   1: 101 103 105   2:  98  99 100   3+: 300 310 320
 *   women   age 0:  95  96  97   1:  97  98  99   2:  94  95  96   3+: 350 355 360
 *
 * The test plan's bands are 0–1 and 2+, so the main alternative (MMMM) is
 *   0–1: 100+101+95+97 = 393 · 102+103+96+98 = 399 · 104+105+97+99 = 405
 *   2+ :  98+300+94+350 = 842 · 99+310+95+355 = 859 · 100+320+96+360 = 876
 * and the low alternative (LLML, every cell one less, four cells a band)
 *   0–1: 389 395 401 · 2+: 838 855 872.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <glib/gstdio.h>

#include "trappa-needs.h"
#include "trappa-needs-figures.h"
#include "trappa-plan-file.h"
#include "trappa-population.h"
#include "trappa-ssb-import.h"

static const gint64 mmmm[2][3] = { { 393, 399, 405 }, { 842, 859, 876 } };
static const gint64 llml[2][3] = { { 389, 395, 401 }, { 838, 855, 872 } };

static void
add_band (TrappaPlan *plan,
          const char *id,
          gint64      min,
          gint64      max,
          gboolean    open)
{
  g_autoptr(TrappaAgeBand) band = trappa_age_band_new (id, min, max, open);

  g_object_set (band, "id", id, NULL);
  g_list_store_append (trappa_item_get_list (TRAPPA_ITEM (plan), "age-bands"), band);
}

static TrappaPlan *
new_plan (gboolean with_bands)
{
  TrappaPlan *plan = trappa_plan_new_empty ();

  g_object_set (plan, "municipality", "Alver", "municipality-number", "4631",
                "base-year", 2024, "period-start", 2025, "period-end", 2026,
                "horizon", 2026, NULL);
  if (with_bands)
    {
      add_band (plan, "young", 0, 1, FALSE);
      add_band (plan, "old", 2, 0, TRUE);
    }
  return plan;
}

static gboolean
import_fixture (TrappaPlan  *plan,
                const char  *name,
                const char  *scenario,
                GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "needs", "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return trappa_ssb_import_file (plan, file, scenario, NULL, error);
}

static gboolean
import_text (TrappaPlan  *plan,
             const char  *text,
             const char  *scenario,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return trappa_ssb_import_bytes (plan, bytes, "test.csv", scenario, NULL, error);
}

static void
assert_series (TrappaPlan   *plan,
               const char   *scenario,
               const gint64  expected[2][3])
{
  TrappaPopulationSeries *series = trappa_needs_find_series (plan, scenario);
  const char *bands[] = { "young", "old" };

  g_assert_nonnull (series);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (
    trappa_item_get_list (TRAPPA_ITEM (series), "values"))), ==, 6);
  g_assert_nonnull (strstr (trappa_item_get_string (TRAPPA_ITEM (series), "source"), "Statistics Norway (SSB)"));
  g_assert_cmpuint (strlen (trappa_item_get_string (TRAPPA_ITEM (series), "date")), ==, 10);
  for (guint b = 0; b < 2; b++)
    for (guint y = 0; y < 3; y++)
      {
        gint64 count = -1;

        g_assert_true (trappa_needs_population (plan, series, bands[b], 2024 + y, &count));
        g_assert_cmpint (count, ==, expected[b][y]);
      }
}

static guint
n_series (TrappaPlan *plan)
{
  return g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan),
                                                                       "population-series")));
}

static void
test_long_semicolon_utf8 (void)
{
  g_autoptr(TrappaPlan) plan = new_plan (TRUE);
  g_autoptr(GError) error = NULL;

  import_fixture (plan, "long-semicolon-utf8.csv", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_series (plan), ==, 2);
  assert_series (plan, "MMMM", mmmm);
  assert_series (plan, "LLML", llml);
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (trappa_needs_find_series (plan, "LLML")), "name"),
                   ==, "Låg nasjonal vekst (LLML)");

  /* One undo step takes the whole import away. */
  g_assert_true (trappa_plan_get_can_undo (plan));
  g_assert_true (trappa_plan_undo (plan));
  g_assert_cmpuint (n_series (plan), ==, 0);
}

static void
test_pick_scenario (void)
{
  g_autoptr(TrappaPlan) plan = new_plan (TRUE);
  g_autoptr(GError) error = NULL;

  import_fixture (plan, "long-semicolon-utf8.csv", "LLML", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_series (plan), ==, 1);
  assert_series (plan, "LLML", llml);

  /* Importing again replaces the scenario's series, never doubles it. */
  g_assert_true (import_fixture (plan, "jsonstat2.json", NULL, &error));
  g_assert_cmpuint (n_series (plan), ==, 2);

  g_assert_false (import_fixture (plan, "long-semicolon-utf8.csv", "HHMH", &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_IMPORT);
  g_assert_nonnull (strstr (error->message, "HHMH"));
  g_assert_nonnull (strstr (error->message, "MMMM, LLML"));
}

static void
test_wide_comma_latin1 (void)
{
  g_autoptr(TrappaPlan) plan = new_plan (TRUE);
  g_autoptr(GError) error = NULL;

  import_fixture (plan, "wide-comma-latin1.csv", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_series (plan), ==, 1);
  assert_series (plan, "MMMM", mmmm);
}

static void
test_wide_tab_both_sexes (void)
{
  g_autoptr(TrappaPlan) plan = new_plan (TRUE);
  g_autoptr(GError) error = NULL;

  /* BOM, CRLF, tab, decimal comma, "Begge kjønn", K-4631, the scenario in
   * the year columns' names. */
  import_fixture (plan, "wide-tab-both-sexes.tsv", NULL, &error);
  g_assert_no_error (error);
  assert_series (plan, "MMMM", mmmm);
}

static void
test_jsonstat2 (void)
{
  g_autoptr(TrappaPlan) plan = new_plan (TRUE);
  g_autoptr(GError) error = NULL;

  import_fixture (plan, "jsonstat2.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_series (plan), ==, 2);
  assert_series (plan, "MMMM", mmmm);
  assert_series (plan, "LLML", llml);
}

static void
test_default_bands (void)
{
  g_autoptr(TrappaPlan) plan = new_plan (FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) csv = g_string_new ("alder;kjønn;år;personar\n");
  GListModel *bands = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "age-bands"));
  TrappaPopulationSeries *series;
  /* One man and one woman of each age 0–90 (90 = 90 or older): 0–17 has
   * 36, 18–66 has 98, 67–79 has 26 and 80+ (80 to 90) has 22. */
  static const gint64 expected[] = { 36, 98, 26, 22 };

  for (int age = 0; age <= 90; age++)
    for (int year = 2024; year <= 2026; year++)
      g_string_append_printf (csv, "%03d;Menn;%d;1\n%03d;Kvinner;%d;1\n", age, year, age, year);
  g_assert_true (import_text (plan, csv->str, "HHMH", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (bands), ==, 4);
  series = trappa_needs_find_series (plan, "HHMH");
  g_assert_nonnull (series);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(TrappaItem) band = g_list_model_get_item (bands, i);
      gint64 count = -1;

      g_assert_true (trappa_needs_population (plan, series, trappa_item_get_id (band), 2025, &count));
      g_assert_cmpint (count, ==, expected[i]);
    }
}

typedef struct
{
  const char *name;
  const char *text;
  const char *expected;   /* in the message */
} Malformed;

/* Long tables of ages 0–1 for 2024–2025, imported into a plan with one
 * band "all" (0 or older); each case breaks one thing. */
static const Malformed malformed[] = {
  { "other-municipality",
    "region;alder;år;value\n4631 Alver;0;2024;10\n4601 Bergen;1;2024;10\n",
    "line 3, column “region”: a second municipality “4601 Bergen”" },
  { "plan-of-another-municipality",
    "region;alder;år;value\n4601 Bergen;0;2024;10\n",
    "line 2, column “region”: the table is for “4601 Bergen”" },
  { "missing-year",
    "alder;år;value\n0;2024;1\n1;2024;1\n0;2026;1\n1;2026;1\n",
    "the year 2025 is missing" },
  { "missing-age",
    "alder;år;value\n0;2024;1\n2;2024;1\n0;2025;1\n2;2025;1\n",
    "no rows for age 1" },
  { "missing-age-in-a-year",
    "alder;år;value\n0;2024;1\n1;2024;1\n0;2025;1\n",
    "no value for age 1 in 2025" },
  { "negative",
    "alder;år;value\n0;2024;1\n1;2024;-4\n",
    "line 3, column “value”: the value “-4” is negative" },
  { "not-a-number",
    "\"title\"\nalder;år;value\n0;2024;1\n1;2024;mange\n",
    "line 4, column “value”: the value “mange” is not a number" },
  { "missing-value",
    "alder,år,value\n0,2024,..\n",
    "line 2, column “value”: a value is missing (“..”)" },
  { "wide-non-numeric",
    "alder\t2024\t2025\n0\t1\t1\n1\t1\tx\n",
    "line 3, column “2025”: the value “x” is not a number" },
  { "age-group",
    "alder;år;value\n0-4 år;2024;1\n",
    "line 2, column “alder”: the age “0-4 år” is not a single year of age" },
  { "not-a-year",
    "alder;år;value\n0;neste år;1\n",
    "line 2, column “år”: “neste år” is not a year" },
  { "field-count",
    "alder;år;value\n0;2024\n",
    "line 2: 2 fields, but the header has 3" },
  { "unknown-layout",
    "kommune;folk\nAlver;30000\n",
    "unknown layout" },
  { "unknown-column",
    "alder;farge;2024\n0;blå;1\n",
    "unknown layout: the column “farge”" },
  { "bands-not-covered",
    "alder;år;value\n1;2024;1\n",
    "does not cover the age band “all”" },
  { "empty", "", "the file is empty" },
  { "binary", "alder\0år", "not text (it holds NUL bytes)" },
  { "not-json", "{ \"version\": \"2.0\", ", "not valid JSON" },
  { "json-stat-1", "{ \"dataset\": { } }", "not a JSON-stat2 dataset" },
  { "json-null-value",
    "{\"version\":\"2.0\",\"id\":[\"Alder\",\"Tid\"],\"size\":[2,1],"
    "\"dimension\":{\"Alder\":{\"category\":{\"index\":[\"000\",\"001\"]}},"
    "\"Tid\":{\"category\":{\"index\":[\"2024\"]}}},\"value\":[5,null]}",
    "value 2 (Alder 001, Tid 2024): a value is missing" },
  { "json-negative",
    "{\"version\":\"2.0\",\"id\":[\"Alder\",\"Tid\"],\"size\":[2,1],"
    "\"dimension\":{\"Alder\":{\"category\":{\"index\":[\"000\",\"001\"]}},"
    "\"Tid\":{\"category\":{\"index\":[\"2024\"]}}},\"value\":[5,-1]}",
    "value 2 (Alder 001, Tid 2024): the value “-1” is negative" },
  { "json-wrong-types",
    "{\"version\":\"2.0\",\"id\":[1,2],\"size\":[\"a\",{}],\"dimension\":[],\"value\":{}}",
    "not a JSON-stat2 dataset" },
  { "json-huge-size",
    "{\"version\":\"2.0\",\"id\":[\"Alder\",\"Tid\"],\"size\":[20000000,1],"
    "\"dimension\":{\"Alder\":{\"category\":{}},\"Tid\":{\"category\":{}}},\"value\":[]}",
    "wrong size" },
};

/* A quoted title over two lines and a quoted separator: one RFC 4180
 * reader for every CSV, so the figures after them are read and a bad one
 * is reported on the line it is really on. */
/* The source names the table the file says it is, and no other. */
static void
test_source_table (void)
{
  g_autoptr(TrappaPlan) plan = new_plan (TRUE);
  g_autoptr(GError) error = NULL;

  g_assert_true (import_fixture (plan, "long-semicolon-utf8.csv", "MMMM", &error));
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (trappa_needs_find_series (plan, "MMMM")), "source"), ==,
                   "Statistics Norway (SSB), table 14288: long-semicolon-utf8.csv");
  g_assert_true (import_fixture (plan, "wide-comma-latin1.csv", "MMMM", &error));
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (trappa_needs_find_series (plan, "MMMM")), "source"), ==,
                   "Statistics Norway (SSB): wide-comma-latin1.csv");
  g_assert_true (import_text (plan, "\"13599: Framskrevet folkemengde, nasjonalt\"\n\nalder;år;value\n"
                              "0;2024;1\n1;2024;1\n2;2024;1\n", "LLML", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (trappa_needs_find_series (plan, "LLML")), "source"), ==,
                   "Statistics Norway (SSB), table 13599: test.csv");
}

/* "Personer", the statistics variable of a one-scenario download, is no
 * scenario: the series is --scenario's, or MMMM. */
static void
test_personer (void)
{
  static const char csv[] = "region;alder;år;statistikkvariabel;value\n"
                            "4631 Alver;0;2024;Personer;10\n4631 Alver;1;2024;Personer;11\n"
                            "4631 Alver;2;2024;Personer;12\n";
  g_autoptr(TrappaPlan) plan = new_plan (TRUE);
  g_autoptr(GError) error = NULL;

  g_assert_true (import_text (plan, csv, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_series (plan), ==, 1);
  g_assert_nonnull (trappa_needs_find_series (plan, "MMMM"));
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (trappa_needs_find_series (plan, "MMMM")), "name"), ==, "MMMM");
  g_assert_null (trappa_needs_find_series (plan, "Personer"));
  g_assert_true (import_text (plan, csv, "HHMH", &error));
  g_assert_nonnull (trappa_needs_find_series (plan, "HHMH"));
  g_assert_cmpuint (n_series (plan), ==, 2);
}

/* A file Excel saved again is WINDOWS-1252: 0x96 is "–", not a control
 * character as in ISO-8859-1. */
static void
test_windows_1252 (void)
{
  static const char csv[] = "alder;\xe5r;statistikkvariabel;value\n"
                            "0;2024;Hovudalternativet \x96 MMMM;1\n1;2024;Hovudalternativet \x96 MMMM;1\n"
                            "2;2024;Hovudalternativet \x96 MMMM;1\n";
  g_autoptr(TrappaPlan) plan = new_plan (TRUE);
  g_autoptr(GError) error = NULL;

  g_assert_true (import_text (plan, csv, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (trappa_needs_find_series (plan, "MMMM")), "name"), ==,
                   "Hovudalternativet – MMMM");
}

/* Importing a scenario again replaces it where it was in the list. */
static void
test_replace_in_place (void)
{
  g_autoptr(TrappaPlan) plan = new_plan (TRUE);
  g_autoptr(GError) error = NULL;
  GListModel *list = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "population-series"));
  g_autoptr(TrappaItem) first = NULL;

  g_assert_true (import_fixture (plan, "long-semicolon-utf8.csv", NULL, &error));
  g_assert_true (import_fixture (plan, "wide-comma-latin1.csv", "MMMM", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_series (plan), ==, 2);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpstr (trappa_item_get_string (first, "scenario"), ==, "MMMM");
  g_assert_nonnull (strstr (trappa_item_get_string (first, "source"), "wide-comma-latin1.csv"));
}

/* A table that starts after the plan's base year (Alver: base year 2023,
 * SSB's projection from 2024) is imported, and the needs model states
 * its rule: growth counted from 2024, the base year's need until then. */
static void
test_after_base_year (void)
{
  g_autoptr(TrappaPlan) plan = new_plan (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaNeedsFigures) figures = NULL;
  g_autoptr(TrappaTargetGroup) group = trappa_target_group_new ();
  g_autoptr(TrappaMappingRow) row = trappa_mapping_row_new ();
  g_autoptr(TrappaStep) step = trappa_step_new ();
  TrappaStaircase *housing = trappa_staircase_new (TRAPPA_STAIRCASE_HOUSING);
  const char *young[] = { "young", NULL };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "needs", "data", "long-semicolon-utf8.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *warning = NULL;
  const TrappaNeedsStep *s;
  GPtrArray *messages;

  g_object_set (plan, "base-year", 2023, NULL);
  g_object_set (housing, "id", "housing", NULL);
  g_list_store_append (trappa_item_get_list (TRAPPA_ITEM (plan), "staircases"), housing);
  g_object_unref (housing);
  g_object_set (step, "id", "s", "units-today", 40, NULL);
  g_list_store_append (trappa_item_get_list (TRAPPA_ITEM (housing), "steps"), step);
  g_object_set (group, "id", "g", "age-band", young, NULL);
  g_list_store_append (trappa_item_get_list (TRAPPA_ITEM (plan), "target-groups"), group);
  g_object_set (row, "id", "r", "step", "s", "target-group", "g", "units-today", 40,
                "uncovered-now", 2, NULL);
  g_list_store_append (trappa_item_get_list (TRAPPA_ITEM (plan), "mapping-rows"), row);

  /* Imported, with a warning that names the file, both years and the
   * rule the model then follows: the one the Needs and Gap pane states. */
  g_assert_true (trappa_ssb_import_file (plan, file, "MMMM", &warning, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (warning, ==, "long-semicolon-utf8.csv: the table starts in 2024, after the plan's base year 2023. "
                                "The population series starts in 2024, after the base year 2023: growth is counted "
                                "from 2024, and until then the need stays at the base year's.");
  figures = trappa_needs_figures_get (plan, NULL, NULL);
  messages = trappa_needs_figures_get_messages (figures);
  g_assert_cmpuint (messages->len, ==, 1);
  g_assert_nonnull (strstr (messages->pdata[0], "starts in 2024, after the base year 2023"));
  /* young 393 399 405: 42 in 2023 and 2024, 42 × 399 / 393 = 42.64… → 43
   * in 2025, 42 × 405 / 393 = 43.28… → 43 in 2026. */
  s = trappa_needs_figures_get_step (figures, "s");
  g_assert_cmpint (trappa_needs_step_get_year (s, 2023)->need, ==, 42);
  g_assert_cmpint (trappa_needs_step_get_year (s, 2024)->need, ==, 42);
  g_assert_cmpint (trappa_needs_step_get_year (s, 2025)->need, ==, 43);
  g_assert_cmpint (trappa_needs_step_get_year (s, 2026)->need, ==, 43);
  trappa_plan_clear_history (plan);
}

static void
test_quoted_newline (void)
{
  g_autoptr(TrappaPlan) plan = new_plan (TRUE);
  g_autoptr(GError) error = NULL;
  gint64 count = 0;

  import_text (plan,
               "\"14288: Framskrevet folkemengde,\nover to linjer\"\n\n"
               "\"region\";\"alder\";\"år\";\"statistikkvariabel\";\"14288: Personar\"\r\n"
               "\"4631 Alver\";\"0 år\";\"2024\";\"Hovudalternativet; (MMMM)\";7\r\n"
               "\"4631 Alver\";\"1 år\";\"2024\";\"Hovudalternativet; (MMMM)\";8\r\n"
               "\"4631 Alver\";\"2 år\";\"2024\";\"Hovudalternativet; (MMMM)\";9\r\n",
               NULL, &error);
  g_assert_no_error (error);
  g_assert_true (trappa_needs_population (plan, trappa_needs_find_series (plan, "MMMM"), "old", 2024, &count));
  g_assert_cmpint (count, ==, 9);

  g_clear_object (&plan);
  plan = new_plan (TRUE);
  g_assert_false (import_text (plan,
                               "\"Tittel over\nto linjer\"\n"
                               "region;alder;år;statistikkvariabel;personar\n"
                               "4631 Alver;0 år;2024;MMMM;mange\n",
                               NULL, &error));
  g_assert_nonnull (strstr (error->message, "line 4"));
}

static void
test_malformed (gconstpointer data)
{
  const Malformed *m = data;
  g_autoptr(TrappaPlan) plan = new_plan (FALSE);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = strlen (m->text);

  add_band (plan, "all", 0, 0, TRUE);
  if (g_str_equal (m->name, "binary"))
    length = 9;
  bytes = g_bytes_new (m->text, length);
  before = trappa_plan_file_serialize (plan);
  g_assert_false (trappa_ssb_import_bytes (plan, bytes, "test.csv", NULL, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "test.csv: "));
  g_assert_nonnull (strstr (error->message, m->expected));

  /* Nothing changed: no undo step, the same file. */
  g_assert_false (trappa_plan_get_can_undo (plan));
  g_assert_false (trappa_plan_get_modified (plan));
  after = trappa_plan_file_serialize (plan);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_round_trip (void)
{
  g_autoptr(TrappaPlan) plan = new_plan (TRUE);
  g_autoptr(TrappaPlan) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) resaved = NULL;
  g_autoptr(GError) error = NULL;

  import_fixture (plan, "jsonstat2.json", NULL, &error);
  g_assert_no_error (error);
  saved = trappa_plan_file_serialize (plan);
  again = trappa_plan_file_parse (saved, "saved.trappa", NULL, &error);
  g_assert_no_error (error);
  assert_series (again, "MMMM", mmmm);
  assert_series (again, "LLML", llml);
  resaved = trappa_plan_file_serialize (again);
  g_assert_true (g_bytes_equal (saved, resaved));
}

static void
test_command (void)
{
  g_autoptr(TrappaPlan) plan = new_plan (TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("trappa-ssb-XXXXXX", &error);
  g_autofree char *plan_path = g_build_filename (dir, "plan.trappa", NULL);
  g_autofree char *output = g_build_filename (dir, "new.trappa", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.csv", NULL);
  g_autofree char *input = g_test_build_filename (G_TEST_DIST, "needs", "data", "long-semicolon-utf8.csv", NULL);
  g_autoptr(GBytes) bytes = trappa_plan_file_serialize (plan);
  g_autofree char *original = NULL;
  g_autofree char *unchanged = NULL;
  g_autoptr(GFile) out_file = g_file_new_for_path (output);
  g_autoptr(TrappaPlan) result = NULL;
  char *warning = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (plan_path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  g_assert_true (g_file_get_contents (plan_path, &original, NULL, NULL));

  /* The table starts in the plan's base year: no warning. */
  g_assert_true (trappa_ssb_import_command (input, "MMMM", plan_path, output, &warning, &error));
  g_assert_no_error (error);
  g_assert_null (warning);
  result = trappa_plan_file_load (out_file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_series (result), ==, 1);
  assert_series (result, "MMMM", mmmm);
  g_assert_true (g_file_get_contents (plan_path, &unchanged, NULL, NULL));
  g_assert_cmpstr (original, ==, unchanged);

  /* A bad table: an error naming the file and line, nothing written. */
  g_assert_cmpint (g_remove (output), ==, 0);
  g_assert_true (g_file_set_contents (bad, "alder;år;value\n0;2024;-1\n", -1, NULL));
  g_assert_false (trappa_ssb_import_command (bad, NULL, plan_path, output, NULL, &error));
  g_assert_nonnull (strstr (error->message, "bad.csv: line 2"));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* The plan itself is never the output. */
  g_assert_false (trappa_ssb_import_command (input, NULL, plan_path, plan_path, NULL, &error));
  g_assert_nonnull (error);

  g_remove (bad);
  g_remove (plan_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();

  g_test_add_func ("/trappa/needs/ssb/long-semicolon-utf8", test_long_semicolon_utf8);
  g_test_add_func ("/trappa/needs/ssb/pick-scenario", test_pick_scenario);
  g_test_add_func ("/trappa/needs/ssb/wide-comma-latin1", test_wide_comma_latin1);
  g_test_add_func ("/trappa/needs/ssb/wide-tab-both-sexes", test_wide_tab_both_sexes);
  g_test_add_func ("/trappa/needs/ssb/jsonstat2", test_jsonstat2);
  g_test_add_func ("/trappa/needs/ssb/default-bands", test_default_bands);
  g_test_add_func ("/trappa/needs/ssb/round-trip", test_round_trip);
  g_test_add_func ("/trappa/needs/ssb/command", test_command);
  g_test_add_func ("/trappa/needs/ssb/quoted-newline", test_quoted_newline);
  g_test_add_func ("/trappa/needs/ssb/source-table", test_source_table);
  g_test_add_func ("/trappa/needs/ssb/personer", test_personer);
  g_test_add_func ("/trappa/needs/ssb/windows-1252", test_windows_1252);
  g_test_add_func ("/trappa/needs/ssb/replace-in-place", test_replace_in_place);
  g_test_add_func ("/trappa/needs/ssb/after-base-year", test_after_base_year);
  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autofree char *path = g_strdup_printf ("/trappa/needs/ssb/malformed/%s", malformed[i].name);

      g_test_add_data_func (path, &malformed[i], test_malformed);
    }
  return g_test_run ();
}
