/* test-record-table-clipboard.c: a record table's rows to and from the
 * clipboard, under Xvfb
 *
 * Copying puts tab-separated text and an HTML table on the clipboard;
 * pasting a spreadsheet's rows adds them as one undo step, and a paste
 * with one bad cell is refused whole with its row and column named.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "trappa-plan.h"
#include "trappa-population.h"
#include "trappa-record-table-clipboard.h"
#include "ui-test-util.h"

typedef struct
{
  TrappaPlan        *plan;
  GtkWindow         *window;
  TrappaRecordTable *table;
  TrappaItem        *step;
} Fixture;

static const char * const build_labels[] = { "Not given", "New build", "Rehabilitation", "Both", NULL };

static char *
row_number (TrappaPlan *plan,
            TrappaItem *item)
{
  return g_strdup (trappa_item_get_id (item));
}

static const TrappaRecordColumn columns[] = {
  { "step", "Step", 150, FALSE, NULL, NULL, FALSE },
  { "units-today", "Units today", 100, FALSE, NULL, NULL, FALSE },
  { NULL, "Id", 80, FALSE, NULL, row_number, FALSE },
  { "build", "New build or rehabilitation", 150, FALSE, build_labels, NULL, FALSE },
  { "remark", "Remark", 150, TRUE, NULL, NULL, FALSE },
};

static TrappaItem *
add_row (TrappaPlan *plan,
         TrappaItem *step,
         gint64      units,
         const char *remark)
{
  g_autoptr(TrappaMappingRow) row = trappa_mapping_row_new ();

  g_object_set (row, "step", trappa_item_get_id (step), "units-today", units, "remark", remark, NULL);
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "mapping-rows", -1, TRAPPA_ITEM (row));
  return TRAPPA_ITEM (row);
}

static GListModel *
rows (Fixture *f)
{
  return G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (f->plan), "mapping-rows"));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  TrappaItem *staircase;
  g_autoptr(TrappaStep) step = trappa_step_new ();

  f->plan = trappa_plan_new ();
  staircase = TRAPPA_ITEM (trappa_plan_get_staircase (f->plan, TRAPPA_STAIRCASE_HOUSING));
  g_object_set (step, "name", "Ordinær bustad", NULL);
  trappa_plan_insert (f->plan, staircase, "steps", -1, TRAPPA_ITEM (step));
  f->step = TRAPPA_ITEM (step);
  add_row (f->plan, f->step, 1250, "Første, \"sitert\"");
  add_row (f->plan, f->step, 3, "To\nlinjer");
  trappa_plan_clear_history (f->plan);

  f->table = TRAPPA_RECORD_TABLE (trappa_record_table_new (TRAPPA_TYPE_MAPPING_ROW, columns, G_N_ELEMENTS (columns)));
  trappa_record_table_set_list (f->table, f->plan, TRAPPA_ITEM (f->plan), "mapping-rows");
  f->window = ui_test_window_new (GTK_WIDGET (f->table), 900, 400);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  ui_test_run_for (20);
  g_assert_finalize_object (f->plan);
}

typedef struct
{
  GOutputStream *out;
  char          *text;
} Read;

static void
on_spliced (GObject      *out,
            GAsyncResult *result,
            gpointer      data)
{
  Read *read = data;
  g_autoptr(GError) error = NULL;

  g_output_stream_splice_finish (G_OUTPUT_STREAM (out), result, &error);
  g_assert_no_error (error);
  read->text = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                          g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
}

/* The writer is this process's own provider, so the stream is read
 * asynchronously: a blocking read would wait for the main loop. */
static void
on_read (GObject      *clipboard,
         GAsyncResult *result,
         gpointer      data)
{
  Read *read = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (clipboard), result, NULL, &error);

  g_assert_no_error (error);
  read->out = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (read->out, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, on_spliced, read);
}

/* The clipboard's content as @mime_type. */
static char *
read_clipboard (GtkWidget  *widget,
                const char *mime_type)
{
  const char *mime_types[] = { mime_type, NULL };
  Read read = { NULL, NULL };

  gdk_clipboard_read_async (gtk_widget_get_clipboard (widget), mime_types, G_PRIORITY_DEFAULT, NULL, on_read, &read);
  while (read.text == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_object_unref (read.out);
  return read.text;
}

/* Pastes @text as a spreadsheet would have put it on the clipboard. */
static void
paste (Fixture    *f,
       const char *text)
{
  guint before = g_list_model_get_n_items (rows (f));
  g_autofree char *message = g_strdup (trappa_record_table_get_message (f->table));
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->table)), text);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->table), "table.paste", NULL));
  /* Read asynchronously: done when rows came or another message did. */
  while (g_list_model_get_n_items (rows (f)) == before &&
         g_strcmp0 (trappa_record_table_get_message (f->table), message) == 0 &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static void
test_copy (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(TrappaItem) first = g_list_model_get_item (rows (f), 0);
  GdkContentFormats *formats;
  g_autofree char *tsv = NULL;
  g_autofree char *html = NULL;
  g_autofree char *expected = NULL;

  /* Nothing selected: nothing to copy. */
  trappa_record_table_select (f->table, NULL);
  g_assert_false (trappa_record_table_copy_rows (f->table, FALSE));
  trappa_record_table_select (f->table, first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->table), "table.copy", NULL));

  formats = gdk_clipboard_get_formats (gtk_widget_get_clipboard (GTK_WIDGET (f->table)));
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/plain;charset=utf-8"));
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/html"));
  tsv = read_clipboard (GTK_WIDGET (f->table), "text/plain;charset=utf-8");
  expected = g_strdup_printf ("Step\tUnits today\tId\tNew build or rehabilitation\tRemark\r\n"
                              "Ordinær bustad\t1250\t%s\tNot given\t\"Første, \"\"sitert\"\"\"\r\n",
                              trappa_item_get_id (first));
  g_assert_cmpstr (tsv, ==, expected);
  html = read_clipboard (GTK_WIDGET (f->table), "text/html");
  g_assert_nonnull (strstr (html, "<tr><th>Step</th><th>Units today</th><th>Id</th>"));
  g_assert_nonnull (strstr (html, "<td>Ordinær bustad</td><td style=\"text-align:right\">1250</td>"));
  g_assert_nonnull (strstr (html, "<td>Første, \"sitert\"</td></tr>"));

  /* Every row: the line break stays inside its quoted cell. */
  g_clear_pointer (&tsv, g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->table), "table.copy-all", NULL));
  tsv = read_clipboard (GTK_WIDGET (f->table), "text/plain;charset=utf-8");
  g_assert_nonnull (strstr (tsv, "\t3\t"));
  g_assert_nonnull (strstr (tsv, "\"To\nlinjer\"\r\n"));
}

static void
test_paste (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(TrappaItem) first = g_list_model_get_item (rows (f), 0);
  g_autoptr(TrappaItem) second = NULL;
  g_autoptr(TrappaItem) third = NULL;

  /* Below the selected row; the header names the columns; the computed
   * column's cell is ignored. */
  trappa_record_table_select (f->table, first);
  paste (f, "Units today\tRemark\tId\tNew build or rehabilitation\r\n"
            "1 000\tLimt inn\tx\tNew build\r\n"
            "7\t\"Med\ttabulator\"\t\tboth\r\n");
  g_assert_null (trappa_record_table_get_message (f->table));
  g_assert_cmpuint (g_list_model_get_n_items (rows (f)), ==, 4);
  second = g_list_model_get_item (rows (f), 1);
  third = g_list_model_get_item (rows (f), 2);
  g_assert_cmpint (trappa_item_get_int (second, "units-today"), ==, 1000);
  g_assert_cmpstr (trappa_item_get_string (second, "remark"), ==, "Limt inn");
  g_assert_cmpstr (trappa_item_get_string (second, "build"), ==, TRAPPA_BUILD_NEW);
  g_assert_cmpstr (trappa_item_get_string (third, "remark"), ==, "Med\ttabulator");
  g_assert_cmpstr (trappa_item_get_string (third, "build"), ==, TRAPPA_BUILD_BOTH);
  g_assert_true (trappa_record_table_get_selected (f->table) == second);
  g_assert_cmpstr (trappa_item_get_id (second), !=, "");

  /* One undo step for the whole paste. */
  g_assert_cmpstr (trappa_plan_get_undo_label (f->plan), ==, "Paste rows");
  g_assert_true (trappa_plan_undo (f->plan));
  g_assert_cmpuint (g_list_model_get_n_items (rows (f)), ==, 2);
  g_assert_false (trappa_plan_get_can_undo (f->plan));
}

/* A bad cell in the third row refuses all three: nothing is added, no
 * undo step, and the message names the row and the column. */
static void
test_paste_refused (Fixture       *f,
                    gconstpointer  data)
{
  paste (f, "Ordinær bustad\t4\r\nOrdinær bustad\t5\r\nOrdinær bustad\tfem\r\n");
  g_assert_cmpuint (g_list_model_get_n_items (rows (f)), ==, 2);
  g_assert_false (trappa_plan_get_can_undo (f->plan));
  g_assert_false (trappa_plan_get_modified (f->plan));
  g_assert_true (g_str_has_prefix (trappa_record_table_get_message (f->table), "Row 3, column “Units today”: "));

  /* A step the field may not name. */
  paste (f, "Trinn 9\t4\r\n");
  g_assert_cmpuint (g_list_model_get_n_items (rows (f)), ==, 2);
  g_assert_cmpstr (trappa_record_table_get_message (f->table), ==,
                   "Row 1, column “Step”: no record named “Trinn 9” can be chosen here");

  /* A good paste clears the message. */
  paste (f, "ordinær bustad\t4\r\n");
  g_assert_cmpuint (g_list_model_get_n_items (rows (f)), ==, 3);
  g_assert_null (trappa_record_table_get_message (f->table));
}

/* Rows that break a rule across records (the second age band overlaps
 * the first) are refused whole: nothing stays pasted and the message
 * names the pasted row. */
static void
test_paste_breaks_rule (Fixture       *f,
                        gconstpointer  data)
{
  const TrappaRecordColumn band_columns[] = {
    { "name", "Age band", 150, FALSE, NULL, NULL, FALSE },
    { "min-age", "From age", 80, FALSE, NULL, NULL, FALSE },
    { "max-age", "To age", 80, FALSE, NULL, NULL, FALSE },
  };
  GListModel *bands = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (f->plan), "age-bands"));
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  f->table = TRAPPA_RECORD_TABLE (trappa_record_table_new (TRAPPA_TYPE_AGE_BAND, band_columns,
                                                           G_N_ELEMENTS (band_columns)));
  trappa_record_table_set_list (f->table, f->plan, TRAPPA_ITEM (f->plan), "age-bands");
  gtk_window_set_child (f->window, GTK_WIDGET (f->table));
  ui_test_settle (GTK_WIDGET (f->table));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->table)), "Born\t0\t17\r\nUnge\t10\t25\r\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->table), "table.paste", NULL));
  while (trappa_record_table_get_message (f->table) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  g_assert_cmpuint (g_list_model_get_n_items (bands), ==, 0);
  g_assert_false (trappa_plan_get_modified (f->plan));
  g_assert_false (trappa_plan_get_can_undo (f->plan));
  g_assert_true (g_str_has_prefix (trappa_record_table_get_message (f->table), "Pasted row 2: "));
}

/* Each table exports through --export-table's name for its list. */
static void
test_export_name (Fixture       *f,
                  gconstpointer  data)
{
  const TrappaRecordColumn name[] = { { "name", "Step", 150, FALSE, NULL, NULL, FALSE } };
  TrappaRecordTable *steps = TRAPPA_RECORD_TABLE (trappa_record_table_new (TRAPPA_TYPE_STEP, name, 1));

  g_object_ref_sink (steps);
  g_assert_cmpstr (trappa_record_table_export_name (f->table), ==, "mapping");
  g_assert_null (trappa_record_table_export_name (steps));
  trappa_record_table_set_list (steps, f->plan, TRAPPA_ITEM (trappa_plan_get_staircase (f->plan, TRAPPA_STAIRCASE_HOUSING)), "steps");
  g_assert_cmpstr (trappa_record_table_export_name (steps), ==, "steps");
  trappa_record_table_set_list (steps, f->plan, TRAPPA_ITEM (trappa_plan_get_staircase (f->plan, TRAPPA_STAIRCASE_ACTIVITY)), "steps");
  g_assert_cmpstr (trappa_record_table_export_name (steps), ==, "service-levels");
  g_object_unref (steps);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/trappa/ui/record-table-clipboard/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("copy", test_copy);
  ADD ("paste", test_paste);
  ADD ("paste-refused", test_paste_refused);
  ADD ("paste-breaks-rule", test_paste_breaks_rule);
  ADD ("export-name", test_export_name);
#undef ADD

  return g_test_run ();
}
