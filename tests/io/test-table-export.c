/* test-table-export.c: the plan's tables out as CSV and XLSX
 *
 * The XLSX files are read back with openpyxl (tests/io/read-xlsx.py) and
 * compared cell by cell with the tables they were written from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "trappa-action-plan-table.h"
#include "trappa-csv.h"
#include "trappa-plan-file.h"
#include "trappa-format.h"
#include "trappa-measure.h"
#include "trappa-plan-language.h"
#include "trappa-plan-tables.h"
#include "trappa-table-file.h"
#include "trappa-xlsx.h"

static TrappaPlan *
load_alver (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples", "alver.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TrappaPlan *plan;

  trappa_plan_file_init ();
  plan = trappa_plan_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  return plan;
}

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("trappa-table-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Every table of the Alver plan, through the shared CSV reader: the
 * byte-order mark, the header and every cell as written. */
static void
test_csv_round_trip (void)
{
  g_autoptr(TrappaPlan) plan = load_alver ();
  const char * const *names = trappa_plan_tables_get_names ();
  guint rows_seen = 0;

  for (guint t = 0; names[t] != NULL; t++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TrappaTable) table = trappa_plan_tables_build (plan, names[t], &error);
      g_autoptr(GBytes) csv = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      const char *data;
      gsize size;

      g_assert_no_error (error);
      csv = trappa_table_to_csv (table);
      data = g_bytes_get_data (csv, &size);
      g_assert_cmpmem (data, 3, "\xEF\xBB\xBF", 3);
      rows = trappa_csv_parse (data, size, ';', &error);
      g_assert_no_error (error);
      g_assert_cmpuint (rows->len, ==, trappa_table_get_n_rows (table) + 1);
      g_assert_cmpstrv (((TrappaCsvRow *) rows->pdata[0])->fields, table->header);
      for (guint r = 0; r < trappa_table_get_n_rows (table); r++)
        {
          char **fields = ((TrappaCsvRow *) rows->pdata[r + 1])->fields;

          g_assert_cmpuint (g_strv_length (fields), ==, table->n_columns);
          for (guint c = 0; c < table->n_columns; c++)
            {
              g_autofree char *expected = trappa_cell_to_csv_text (trappa_table_get_cell (table, r, c));

              g_assert_cmpstr (fields[c], ==, expected);
            }
          rows_seen++;
        }
    }
  /* The example has rows in most tables: this test reads real data. */
  g_assert_cmpuint (rows_seen, >, 50);
}

static void
test_csv_numbers (void)
{
  const char *header[] = { "Tal", "Kr", "År", "Del", "Dato", NULL };
  g_autoptr(TrappaTable) table = trappa_table_new ("t", "T", header);
  g_autoptr(GBytes) csv = NULL;
  g_autofree char *text = NULL;

  trappa_table_add_row (table);
  trappa_table_add_number (table, TRAPPA_CELL_COUNT, 1250000);
  trappa_table_add_number (table, TRAPPA_CELL_NOK, 45000000);
  trappa_table_add_number (table, TRAPPA_CELL_YEAR, 2026);
  trappa_table_add_decimal (table, 1205, 2);
  trappa_table_add_date (table, "2026-06-30");
  csv = trappa_table_to_csv (table);
  text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_assert_cmpstr (text, ==, "\xEF\xBB\xBF" "Tal;Kr;År;Del;Dato\r\n1250000;45000000;2026;12,05;30.06.2026\r\n");
}

static JsonNode *
read_back (const char *path)
{
  g_autofree char *script = g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "tests", "io", "read-xlsx.py", NULL);
  const char *argv[] = { "/usr/bin/python3", script, path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("read-xlsx.py failed: %s", err);
  return json_from_string (out, &error);
}

/* One sheet against the table it was written from. */
static void
assert_sheet (JsonObject  *sheet,
              TrappaTable *table)
{
  JsonArray *rows = json_object_get_array_member (sheet, "rows");
  JsonArray *header = json_array_get_array_element (rows, 0);

  g_assert_cmpstr (json_object_get_string_member (sheet, "freeze"), ==, "A2");
  g_assert_cmpuint (json_array_get_length (rows), ==, trappa_table_get_n_rows (table) + 1);
  for (guint c = 0; c < table->n_columns; c++)
    {
      JsonObject *cell = json_array_get_object_element (header, c);

      g_assert_cmpstr (json_object_get_string_member (cell, "v"), ==, table->header[c]);
      g_assert_true (json_object_get_boolean_member (cell, "b"));
    }
  for (guint r = 0; r < trappa_table_get_n_rows (table); r++)
    {
      JsonArray *row = json_array_get_array_element (rows, r + 1);

      for (guint c = 0; c < table->n_columns; c++)
        {
          const TrappaCell *expected = trappa_table_get_cell (table, r, c);
          JsonObject *cell = c < json_array_get_length (row) ? json_array_get_object_element (row, c) : NULL;
          const char *type = cell != NULL ? json_object_get_string_member (cell, "t") : "e";
          double scale = 1;

          switch (expected->kind)
            {
            case TRAPPA_CELL_TEXT:
              if (expected->text[0] == '\0')
                g_assert_cmpstr (type, ==, "e");
              else
                {
                  g_assert_cmpstr (type, ==, "s");
                  g_assert_cmpstr (json_object_get_string_member (cell, "v"), ==, expected->text);
                }
              break;
            case TRAPPA_CELL_DATE:
              g_assert_cmpstr (type, ==, "d");
              g_assert_cmpstr (json_object_get_string_member (cell, "v"), ==, expected->text);
              g_assert_cmpstr (json_object_get_string_member (cell, "f"), ==, "dd.mm.yyyy");
              break;
            case TRAPPA_CELL_NOK:
              g_assert_nonnull (strstr (json_object_get_string_member (cell, "f"), "kr"));
              G_GNUC_FALLTHROUGH;
            case TRAPPA_CELL_COUNT:
            case TRAPPA_CELL_YEAR:
            case TRAPPA_CELL_DECIMAL:
            default:
              g_assert_cmpstr (type, ==, "n");
              for (guint i = 0; i < expected->decimals; i++)
                scale *= 10;
              g_assert_cmpfloat_with_epsilon (json_object_get_double_member (cell, "v"),
                                              expected->number / scale, 1e-9);
              break;
            }
        }
    }
}

static void
test_xlsx_all (void)
{
  g_autoptr(TrappaPlan) plan = load_alver ();
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "alver.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  const char * const *names = trappa_plan_tables_get_names ();
  JsonArray *sheets;
  guint s = 0;

  g_assert_true (trappa_table_file_export_command (plan, TRAPPA_TABLE_FILE_ALL, path, &error));
  g_assert_no_error (error);
  root = read_back (path);
  sheets = json_node_get_array (root);
  for (guint t = 0; names[t] != NULL; t++)
    {
      g_autoptr(TrappaTable) table = trappa_plan_tables_build (plan, names[t], NULL);
      JsonObject *sheet;

      if (trappa_table_get_n_rows (table) == 0)
        continue;  /* left out of the workbook */
      g_assert_cmpuint (s, <, json_array_get_length (sheets));
      sheet = json_array_get_object_element (sheets, s++);
      g_assert_cmpstr (json_object_get_string_member (sheet, "name"), ==, table->title);
      assert_sheet (sheet, table);
    }
  g_assert_cmpuint (s, ==, json_array_get_length (sheets));
  g_assert_cmpuint (s, >=, 7);
  remove_dir (dir);
}

/* Sheet @title of the workbook read back, or NULL. */
static JsonObject *
find_sheet (JsonArray  *sheets,
            const char *title)
{
  for (guint s = 0; s < json_array_get_length (sheets); s++)
    {
      JsonObject *sheet = json_array_get_object_element (sheets, s);

      if (g_strcmp0 (json_object_get_string_member (sheet, "name"), title) == 0)
        return sheet;
    }
  return NULL;
}

static const char *
sheet_text (JsonArray *row,
            guint      column)
{
  JsonObject *cell = column < json_array_get_length (row) ? json_array_get_object_element (row, column) : NULL;

  return cell != NULL ? json_object_get_string_member (cell, "v") : "";
}

/* A cost cell: a number in kroner, with the NOK format. */
static gint64
sheet_nok (JsonArray *row,
           guint      column)
{
  JsonObject *cell = json_array_get_object_element (row, column);

  g_assert_cmpstr (json_object_get_string_member (cell, "t"), ==, "n");
  g_assert_nonnull (strstr (json_object_get_string_member (cell, "f"), "kr"));
  g_assert_cmpstr (json_object_get_string_member (cell, "f"), ==, "#,##0\\ \"kr\"");
  return json_object_get_int_member (cell, "v");
}

/* The action plan's sheet against TrappaActionPlan itself (not the table
 * built from it): each measure's texts and cost per year, each target
 * area's sum row equal to the model's total and to the sum of the rows
 * above it, and the grand total equal to the sum of the areas'. */
static void
assert_action_plan_sheet (JsonObject *sheet,
                          TrappaPlan *plan)
{
  g_autoptr(TrappaActionPlan) ap = trappa_action_plan_new (plan, TRUE);
  JsonArray *rows = json_object_get_array_member (sheet, "rows");
  JsonArray *header = json_array_get_array_element (rows, 0);
  const guint first_cost = 6;
  gint64 grand[TRAPPA_N_COSTS * TRAPPA_ACTION_PLAN_YEARS] = { 0 };
  guint r = 1;
  guint n_measures = 0;

  /* The labels (status, "Measures without a target area") as exported. */
  trappa_plan_language_push (plan);
  g_assert_cmpstr (json_object_get_string_member (sheet, "freeze"), ==, "A2");
  g_assert_cmpuint (json_array_get_length (header), ==, first_cost + TRAPPA_N_COSTS * TRAPPA_ACTION_PLAN_YEARS);
  for (guint c = 0; c < json_array_get_length (header); c++)
    g_assert_true (json_object_get_boolean_member (json_array_get_object_element (header, c), "b"));
  for (guint y = 0; y < TRAPPA_ACTION_PLAN_YEARS; y++)
    {
      g_autofree char *year = g_strdup_printf (" %d", (int) (ap->first_year + y));

      g_assert_true (g_str_has_suffix (sheet_text (header, first_cost + y), year));
      g_assert_true (g_str_has_suffix (sheet_text (header, first_cost + TRAPPA_ACTION_PLAN_YEARS + y), year));
    }

  for (guint a = 0; a < ap->areas->len; a++)
    {
      const TrappaActionPlanArea *area = ap->areas->pdata[a];
      gint64 sum[TRAPPA_N_COSTS * TRAPPA_ACTION_PLAN_YEARS] = { 0 };
      JsonArray *row;

      for (guint m = 0; m < area->rows->len; m++, r++)
        {
          const TrappaActionPlanRow *expected = area->rows->pdata[m];
          TrappaItem *measure = expected->measure;
          const char *deadline = trappa_item_get_string (measure, "deadline");

          row = json_array_get_array_element (rows, r);
          g_assert_cmpstr (sheet_text (row, 0), ==, trappa_action_plan_area_name (area));
          g_assert_cmpstr (sheet_text (row, 1), ==, trappa_item_get_string (measure, "strategy"));
          g_assert_cmpstr (sheet_text (row, 2), ==, trappa_item_get_string (measure, "title"));
          g_assert_cmpstr (sheet_text (row, 3), ==, trappa_item_get_string (measure, "responsible"));
          /* "2026" stays text; a full date would be a date cell. */
          g_assert_cmpstr (sheet_text (row, 4), ==, deadline);
          g_assert_cmpstr (sheet_text (row, 5), ==,
                           trappa_measure_status_label (trappa_item_get_string (measure, "status")));
          for (guint k = 0; k < TRAPPA_N_COSTS; k++)
            for (guint y = 0; y < TRAPPA_ACTION_PLAN_YEARS; y++)
              {
                guint i = k * TRAPPA_ACTION_PLAN_YEARS + y;
                gint64 cost = sheet_nok (row, first_cost + i);

                g_assert_cmpint (cost, ==, expected->cost[k][y]);
                sum[i] += cost;
              }
          n_measures++;
        }
      row = json_array_get_array_element (rows, r++);
      g_assert_true (g_str_has_suffix (sheet_text (row, 0), trappa_action_plan_area_name (area)));
      g_assert_true (json_object_get_boolean_member (json_array_get_object_element (row, 0), "b"));
      for (guint i = 0; i < TRAPPA_N_COSTS * TRAPPA_ACTION_PLAN_YEARS; i++)
        {
          gint64 total = sheet_nok (row, first_cost + i);

          g_assert_cmpint (total, ==, sum[i]);
          g_assert_cmpint (total, ==, area->total[i / TRAPPA_ACTION_PLAN_YEARS][i % TRAPPA_ACTION_PLAN_YEARS]);
          grand[i] += total;
        }
    }
  g_assert_cmpuint (r, ==, json_array_get_length (rows) - 1);
  for (guint i = 0; i < TRAPPA_N_COSTS * TRAPPA_ACTION_PLAN_YEARS; i++)
    {
      gint64 total = sheet_nok (json_array_get_array_element (rows, r), first_cost + i);
      g_autofree char *shown = trappa_format_nok (total);
      JsonArray *widths = json_object_get_array_member (sheet, "widths");

      g_assert_cmpint (total, ==, grand[i]);
      g_assert_cmpint (total, ==, ap->total[i / TRAPPA_ACTION_PLAN_YEARS][i % TRAPPA_ACTION_PLAN_YEARS]);
      /* Room for the bold sum with a fifth to spare (proportional digits
       * and bold run wider): never ### in Calc or Gnumeric. */
      g_assert_cmpfloat (json_array_get_double_element (widths, first_cost + i), >=,
                         g_utf8_strlen (shown, -1) * 1.2);
    }
  /* Alver's action plan has measures with costs: this reads real figures. */
  g_assert_cmpuint (n_measures, >, 10);
  g_assert_cmpint (ap->total[TRAPPA_COST_INVESTMENT][0] + ap->total[TRAPPA_COST_OPERATING][1], >, 0);
  trappa_plan_language_pop ();
}

/* --export-table action-plan and all: the action plan's sheet is the
 * model's, cell by cell, alone and among the others. */
static void
test_xlsx_action_plan (void)
{
  g_autoptr(TrappaPlan) plan = load_alver ();
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *one = g_build_filename (dir, "action-plan.xlsx", NULL);
  g_autofree char *all = g_build_filename (dir, "all.xlsx", NULL);
  g_autoptr(TrappaTable) table = trappa_plan_tables_build (plan, TRAPPA_ACTION_PLAN_TABLE, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) alone = NULL;
  g_autoptr(JsonNode) among = NULL;

  g_assert_true (trappa_table_file_export_command (plan, TRAPPA_ACTION_PLAN_TABLE, one, &error));
  g_assert_no_error (error);
  g_assert_true (trappa_table_file_export_command (plan, TRAPPA_TABLE_FILE_ALL, all, &error));
  g_assert_no_error (error);
  alone = read_back (one);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (alone)), ==, 1);
  assert_action_plan_sheet (json_array_get_object_element (json_node_get_array (alone), 0), plan);
  among = read_back (all);
  assert_action_plan_sheet (find_sheet (json_node_get_array (among), table->title), plan);
  remove_dir (dir);
}

/* The words of a plan's tables are the plan's, whatever the desktop's
 * (this test runs with LANGUAGE=C): headers, labels and sheet names. */
static void
test_plan_language (void)
{
  g_autoptr(TrappaPlan) plan = load_alver ();
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *csv = g_build_filename (dir, "action-plan.csv", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "all.xlsx", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *sheets;
  JsonObject *sheet;

  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (plan), "language"), ==, "nn");
  g_assert_true (trappa_table_file_export_command (plan, TRAPPA_ACTION_PLAN_TABLE, csv, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF" "Målområde;Strategi;Tiltak;Ansvarleg;Tidsfrist;Status;"
                                             "Investering 2025;"));
  g_assert_nonnull (strstr (contents, ";Drift 2028\r\n"));
  g_assert_nonnull (strstr (contents, "\r\nTotalt;"));

  g_assert_true (trappa_table_file_export_command (plan, TRAPPA_TABLE_FILE_ALL, xlsx, &error));
  g_assert_no_error (error);
  root = read_back (xlsx);
  sheets = json_node_get_array (root);
  sheet = find_sheet (sheets, "Handlingsplan");
  g_assert_nonnull (sheet);
  g_assert_cmpstr (sheet_text (json_array_get_array_element (json_object_get_array_member (sheet, "rows"), 0), 5),
                   ==, "Status");
  g_assert_nonnull (find_sheet (sheets, "Bustadtrapp"));
  g_assert_nonnull (find_sheet (sheets, "Milepælar"));
  g_assert_null (find_sheet (sheets, "Action plan"));
  sheet = find_sheet (sheets, "Milepælar");
  g_assert_cmpstr (sheet_text (json_array_get_array_element (json_object_get_array_member (sheet, "rows"), 0), 5),
                   ==, "Gjennomført");

  /* In Bokmål too. */
  g_assert_true (trappa_plan_set_string (plan, TRAPPA_ITEM (plan), "language", "nb", NULL));
  {
    g_autoptr(TrappaTable) table = trappa_plan_tables_build (plan, TRAPPA_ACTION_PLAN_TABLE, NULL);

    g_assert_cmpstr (table->title, ==, "Handlingsplan");
    g_assert_cmpstr (table->header[3], ==, "Ansvarlig");
  }
  /* Messages stay the desktop's. */
  g_assert_null (trappa_plan_tables_build (plan, "tiltak", &error));
  g_assert_true (g_str_has_prefix (error->message, "There is no table"));
  remove_dir (dir);
}

/* Every kind of cell, a long title for the sheet name and two tables of
 * the same title. */
static void
test_xlsx_kinds (void)
{
  const char *header[] = { "Tekst", "Tal", "Kr", "År", "Del", "Dato", NULL };
  g_autoptr(TrappaTable) table = trappa_table_new ("t", "Ein altfor lang tittel: med [teikn] som Excel nektar", header);
  g_autoptr(TrappaTable) twin = trappa_table_new ("t", "Ein altfor lang tittel: med [teikn] som Excel nektar", header);
  TrappaTable *tables[] = { table, twin };
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "kinds.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *sheets;
  const char *first, *second;

  trappa_table_add_row (table);
  trappa_table_add_text (table, "Linje ein\nlinje to");
  trappa_table_add_number (table, TRAPPA_CELL_COUNT, 1250000);
  trappa_table_add_number (table, TRAPPA_CELL_NOK, 45000000);
  trappa_table_add_number (table, TRAPPA_CELL_YEAR, 2026);
  trappa_table_add_decimal (table, 1205, 2);
  trappa_table_add_date (table, "2026-06-30");
  /* An empty text cell, and cells left out at the end of the row. */
  trappa_table_add_row (table);
  trappa_table_add_text (table, "");
  trappa_table_add_number (table, TRAPPA_CELL_COUNT, 7);

  g_assert_true (trappa_table_file_write (path, tables, G_N_ELEMENTS (tables), &error));
  g_assert_no_error (error);
  root = read_back (path);
  sheets = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (sheets), ==, 2);
  assert_sheet (json_array_get_object_element (sheets, 0), table);
  first = json_object_get_string_member (json_array_get_object_element (sheets, 0), "name");
  second = json_object_get_string_member (json_array_get_object_element (sheets, 1), "name");
  g_assert_cmpuint (g_utf8_strlen (first, -1), <=, 31);
  g_assert_null (strpbrk (first, "[]:*?/\\"));
  g_assert_cmpstr (first, !=, second);
  remove_dir (dir);
}

static void
test_bad_names (void)
{
  g_autoptr(TrappaPlan) plan = load_alver ();
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *csv = g_build_filename (dir, "all.csv", NULL);
  g_autofree char *odt = g_build_filename (dir, "steps.odt", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_null (trappa_plan_tables_build (plan, "tiltak", &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "tiltak"));
  for (guint t = 0; trappa_plan_tables_get_names ()[t] != NULL; t++)
    g_assert_nonnull (strstr (error->message, trappa_plan_tables_get_names ()[t]));
  g_clear_error (&error);

  g_assert_false (trappa_table_file_export_command (plan, TRAPPA_TABLE_FILE_ALL, csv, &error));
  g_assert_nonnull (strstr (error->message, ".xlsx"));
  g_clear_error (&error);
  g_assert_false (trappa_table_file_export_command (plan, "steps", odt, &error));
  g_assert_nonnull (strstr (error->message, ".csv"));
  g_clear_error (&error);
  g_assert_false (trappa_table_file_export_command (plan, "steps", NULL, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_assert_false (g_file_test (csv, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (odt, G_FILE_TEST_EXISTS));
  remove_dir (dir);
}

/* A folder that is not there, a folder in the way and an existing file:
 * a message naming the problem, and nothing written or left behind. */
static void
test_unwritable (void)
{
  g_autoptr(TrappaPlan) plan = load_alver ();
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "steps.xlsx", NULL);
  g_autofree char *in_the_way = g_build_filename (dir, "in-the-way.csv", NULL);
  g_autofree char *existing = g_build_filename (dir, "existing.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (trappa_table_file_export_command (plan, "steps", missing, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir (in_the_way, 0755), ==, 0);
  g_assert_false (trappa_table_file_export_command (plan, "steps", in_the_way, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED);
  g_assert_true (g_file_test (in_the_way, G_FILE_TEST_IS_DIR));
  g_assert_cmpint (g_rmdir (in_the_way), ==, 0);
  g_clear_error (&error);

  /* Replaced whole when the export works, untouched when it is refused. */
  g_assert_true (g_file_set_contents (existing, "old", -1, NULL));
  g_assert_false (trappa_table_file_export_command (plan, "no-such-table", existing, &error));
  g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_clear_pointer (&contents, g_free);
  g_clear_error (&error);
  g_assert_true (trappa_table_file_export_command (plan, "steps", existing, &error));
  g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *locale_dir = g_build_filename (g_getenv ("TRAPPA_BUILD_ROOT"), "po", NULL);

  /* The build tree's translations, as the app finds them there; the
   * desktop is English whatever the caller's. */
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trappa/io/table-export/csv-round-trip", test_csv_round_trip);
  g_test_add_func ("/trappa/io/table-export/csv-numbers", test_csv_numbers);
  g_test_add_func ("/trappa/io/table-export/xlsx-all", test_xlsx_all);
  g_test_add_func ("/trappa/io/table-export/xlsx-kinds", test_xlsx_kinds);
  g_test_add_func ("/trappa/io/table-export/xlsx-action-plan", test_xlsx_action_plan);
  g_test_add_func ("/trappa/io/table-export/plan-language", test_plan_language);
  g_test_add_func ("/trappa/io/table-export/bad-names", test_bad_names);
  g_test_add_func ("/trappa/io/table-export/unwritable", test_unwritable);
  return g_test_run ();
}
