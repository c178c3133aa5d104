/* test-report.c: the written plan as a PDF
 *
 * The Alver report is written by the `trappa` command in an English (C)
 * desktop and read back with pdfinfo and pdftotext: A4 pages, every
 * target area, measure and yearly total, the scenario, and Nynorsk only.
 * The layout is checked box by box: a 300-character title wraps inside its
 * cell.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "trappa-action-plan.h"
#include "trappa-action-plan-roll.h"
#include "trappa-format.h"
#include "trappa-measure.h"
#include "trappa-plan-file.h"
#include "trappa-report-language.h"
#include "trappa-report-pdf.h"

static char *
alver_path (void)
{
  return g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples", "alver.trappa", NULL);
}

static TrappaPlan *
load_alver (void)
{
  g_autofree char *path = alver_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TrappaPlan *plan;

  trappa_plan_file_init ();
  plan = trappa_plan_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  return plan;
}

static char *
run (const char * const *argv,
     const char * const *envp)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, (char **) envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return g_steal_pointer (&out);
}

/* @text without any white space: text that wraps in a cell breaks lines
 * where pdftotext cannot know it is one word. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0x202F)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
assert_holds (const char *squeezed,
              const char *text)
{
  g_autofree char *needle = squeeze (text);

  if (strstr (squeezed, needle) == NULL)
    g_error ("the report lacks “%s”", text);
}

static void
test_alver_pdf (void)
{
  g_autoptr(TrappaPlan) plan = load_alver ();
  g_autofree char *dir = g_dir_make_tmp ("trappa-report-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "alver.pdf", NULL);
  g_autofree char *exe = g_build_filename (g_getenv ("TRAPPA_BUILD_ROOT"), "src", "trappa", NULL);
  g_autofree char *alver = alver_path ();
  /* A desktop in a language Trappa has no catalogue for (GLib would not
   * translate at all): the report is in the plan's language anyway. The
   * rest of the environment stays (the sanitizers' settings). */
  g_auto(GStrv) envp = g_environ_unsetenv (g_environ_setenv (g_get_environ (), "LC_ALL", "C.UTF-8", TRUE),
                                           "LANGUAGE");
  const char *export[] = { exe, "--export-report", "--output", pdf, alver, NULL };
  const char *info[] = { "pdfinfo", pdf, NULL };
  const char *text_argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  static const char * const english[] = {
    "Contents", "Figure", "Source:", "municipality", "Measure", "Responsible", "Deadline",
    "Investment", "Annual", "Priority", "Milestones", "Proposed", "Adopted", "Started",
    "Yes", "No", "Step", "Need", "Goal:", "Date:", "Plan period", "housing", "staircase",
    "Target", "Total", "Strategy:", "Operating", "Cost", "action plan",
  };
  g_autoptr(TrappaReport) report = trappa_report_new_for_plan (plan);
  g_autofree char *pdfinfo = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *pages = NULL;
  g_auto(GStrv) words = NULL;
  GListModel *areas = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "target-areas"));
  GListModel *measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures"));
  g_autoptr(TrappaActionPlan) action_plan = trappa_action_plan_new (plan, TRUE);

  g_free (run (export, (const char * const *) envp));
  pdfinfo = run (info, NULL);
  g_assert_nonnull (strstr (pdfinfo, "(A4)"));
  pages = g_strdup_printf ("Pages:           %u\n", trappa_report_get_n_pages (report));
  g_assert_nonnull (strstr (pdfinfo, pages));
  g_assert_cmpuint (trappa_report_get_n_pages (report), >=, 10);

  text = run (text_argv, NULL);
  squeezed = squeeze (text);
  assert_holds (squeezed, trappa_item_get_string (TRAPPA_ITEM (plan), "title"));
  assert_holds (squeezed, "Innhald");
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(TrappaItem) area = g_list_model_get_item (areas, i);

      assert_holds (squeezed, trappa_item_get_string (area, "name"));
    }
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(TrappaItem) measure = g_list_model_get_item (measures, i);

      assert_holds (squeezed, trappa_item_get_string (measure, "title"));
    }
  /* The totals of each year of the action plan, of each kind and both. */
  for (guint y = 0; y < TRAPPA_ACTION_PLAN_YEARS; y++)
    {
      g_autofree char *investment = trappa_format_count (action_plan->total[TRAPPA_COST_INVESTMENT][y]);
      g_autofree char *operating = trappa_format_count (action_plan->total[TRAPPA_COST_OPERATING][y]);
      g_autofree char *both = trappa_format_count (action_plan->total[TRAPPA_COST_INVESTMENT][y] +
                                                   action_plan->total[TRAPPA_COST_OPERATING][y]);

      assert_holds (squeezed, investment);
      assert_holds (squeezed, operating);
      assert_holds (squeezed, both);
    }
  assert_holds (squeezed, "MMMM");
  assert_holds (squeezed, "Kjelde:");

  /* Word by word: none of the report's English is left. */
  words = g_regex_split_simple ("[\\s.,;:()]+", text, 0, 0);
  for (guint w = 0; words[w] != NULL; w++)
    for (guint e = 0; e < G_N_ELEMENTS (english); e++)
      if (!strchr (english[e], ' ') && g_str_equal (words[w], english[e]))
        g_error ("English in the Nynorsk report: “%s”", words[w]);
  for (guint e = 0; e < G_N_ELEMENTS (english); e++)
    if (strchr (english[e], ' ') || strchr (english[e], ':'))
      g_assert_null (strstr (text, english[e]));

  g_assert_cmpint (g_remove (pdf), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Every box of the Alver report and of one with 300-character titles
 * holds its text. */
static void
test_layout_fits (void)
{
  g_autoptr(TrappaPlan) plan = load_alver ();
  g_autoptr(GString) long_title = g_string_new (NULL);
  g_autoptr(TrappaReport) before = trappa_report_new_for_plan (plan);
  g_autoptr(TrappaReport) after = NULL;
  g_autoptr(TrappaItem) measure = NULL;

  g_assert_cmpuint (trappa_report_count_overflows (before), ==, 0);

  while (long_title->len < 300)
    g_string_append (long_title, "Vidareutvikle_bustadsosialt_arbeid_");
  g_string_truncate (long_title, 300);
  measure = g_list_model_get_item (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures")), 0);
  g_assert_true (trappa_plan_set_string (plan, measure, "title", long_title->str, NULL));
  g_assert_true (trappa_plan_set_string (plan, TRAPPA_ITEM (plan), "title", long_title->str, NULL));
  after = trappa_report_new_for_plan (plan);
  g_assert_cmpuint (trappa_report_count_overflows (after), ==, 0);
  g_assert_cmpuint (trappa_report_get_n_pages (after), >=, trappa_report_get_n_pages (before));
}

/* The check finds a box that does not fit: a cell taller than a page. */
static void
test_layout_check_fails (void)
{
  const char *header[] = { "Tekst", NULL };
  const char *lines[] = { NULL };
  TrappaReportDoc *doc = trappa_report_doc_new ("Tittel", lines, "Innhald", "Tittel");
  TrappaTable *table = trappa_table_new ("t", "T", header);
  g_autoptr(GString) tall = g_string_new (NULL);
  g_autoptr(TrappaReport) report = NULL;

  for (guint i = 0; i < 200; i++)
    g_string_append (tall, "linje\n");
  trappa_table_add_row (table);
  trappa_table_add_text (table, tall->str);
  trappa_report_doc_add_heading (doc, 1, "Kapittel");
  trappa_report_doc_add_table (doc, table);
  report = trappa_report_new (doc);
  g_assert_cmpuint (trappa_report_count_overflows (report), >, 0);
}

/* A table over several pages repeats its header; headings land in the
 * contents with the page they are on. */
static void
test_long_table (void)
{
  const char *header[] = { "Tiltak", "Kostnad", NULL };
  const char *lines[] = { "Alver kommune", NULL };
  TrappaReportDoc *doc = trappa_report_doc_new ("Tittel", lines, "Innhald", "Tittel");
  TrappaTable *table = trappa_table_new ("t", "T", header);
  g_autoptr(TrappaReport) report = NULL;
  GArray *entries;

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *title = g_strdup_printf ("Tiltak nummer %u", i);

      trappa_table_add_row (table);
      trappa_table_add_text (table, title);
      trappa_table_add_number (table, TRAPPA_CELL_NOK, 1000 * i);
    }
  trappa_report_doc_add_heading (doc, 1, "Første");
  trappa_report_doc_add_table (doc, table);
  trappa_report_doc_add_heading (doc, 1, "Andre");
  trappa_report_doc_add_paragraph (doc, "Tekst.");
  report = trappa_report_new (doc);
  /* Title, contents, at least three pages of table, the second chapter. */
  g_assert_cmpuint (trappa_report_get_n_pages (report), >=, 6);
  entries = trappa_report_get_entries (report);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpuint (g_array_index (entries, TrappaReportEntry, 0).page, ==, 2);
  g_assert_cmpuint (g_array_index (entries, TrappaReportEntry, 1).page, ==,
                    trappa_report_get_n_pages (report) - 1);
  g_assert_cmpuint (trappa_report_count_overflows (report), ==, 0);
}

/* The text of each page of @report, from its PDF. */
static GStrv
page_texts (TrappaReport *report)
{
  g_autofree char *dir = g_dir_make_tmp ("trappa-report-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "pages.pdf", NULL);
  const char *text_argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = trappa_report_render_pdf (report, "Tittel", &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (pdf, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  text = run (text_argv, NULL);
  g_assert_cmpint (g_remove (pdf), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  return g_strsplit (text, "\f", -1);
}

/* Whatever the number of rows before them, a table's sum rows share a
 * page with the row above them, a group row (a strategy) spans the table
 * on the page of its first row, and a short table after a heading and
 * its paragraph is on the heading's page, whole. */
static void
test_page_breaks (void)
{
  /* From a table that ends high on its first page to one that ends on
   * its second: every place the break can fall. */
  for (guint n = 30; n < 75; n++)
    {
      const char *header[] = { "Tiltak", "Kostnad", NULL };
      const char *lines[] = { "Alver kommune", NULL };
      TrappaReportDoc *doc = trappa_report_doc_new ("Tittel", lines, "Innhald", "Tittel");
      TrappaTable *long_table = trappa_table_new ("t", "T", header);
      TrappaTable *short_table = trappa_table_new ("s", "S", header);
      g_autofree char *last = g_strdup_printf ("Rad-%u", n - 1);
      g_autoptr(TrappaReport) report = NULL;
      g_auto(GStrv) pages = NULL;
      GArray *entries;
      guint short_page;

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *title = g_strdup_printf ("Rad-%u", i);

          /* Groups at a place that moves with n, so that the page
           * break falls just after each of them for some n. */
          if (i % 10 == n % 10)
            {
              g_autofree char *group = g_strdup_printf ("Gruppe-%u med eit namn som er for langt til den første kolonnen", i);

              trappa_table_add_group_row (long_table);
              trappa_table_add_text (long_table, group);
              trappa_table_add_text (long_table, "");
            }
          trappa_table_add_row (long_table);
          trappa_table_add_text (long_table, title);
          trappa_table_add_number (long_table, TRAPPA_CELL_NOK, 1000 * i);
        }
      trappa_table_add_total_row (long_table);
      trappa_table_add_text (long_table, "Delsum");
      trappa_table_add_total_row (long_table);
      trappa_table_add_text (long_table, "Totalsum");
      for (guint i = 0; i < 8; i++)
        {
          g_autofree char *title = g_strdup_printf ("Kort-%u", i);

          trappa_table_add_row (short_table);
          trappa_table_add_text (short_table, title);
          trappa_table_add_number (short_table, TRAPPA_CELL_NOK, i);
        }
      trappa_report_doc_add_heading (doc, 1, "Første");
      trappa_report_doc_add_table (doc, long_table);
      trappa_report_doc_add_heading (doc, 2, "Kort");
      trappa_report_doc_add_paragraph (doc, "Mål: ein kort tabell.");
      trappa_report_doc_add_table (doc, short_table);
      report = trappa_report_new (doc);
      pages = page_texts (report);
      entries = trappa_report_get_entries (report);
      short_page = g_array_index (entries, TrappaReportEntry, 1).page;

      for (guint p = 0; pages[p] != NULL; p++)
        {
          if (strstr (pages[p], "Totalsum") != NULL)
            {
              g_assert_nonnull (strstr (pages[p], "Delsum"));
              g_assert_nonnull (strstr (pages[p], last));
            }
          /* A group's name goes across the table, on one line, on the
           * page of its first row. */
          for (guint i = n % 10; i < n; i += 10)
            {
              g_autofree char *group = g_strdup_printf ("Gruppe-%u med eit namn som er for langt til den første kolonnen\n", i);
              g_autofree char *first = g_strdup_printf ("Rad-%u\n", i);

              if (strstr (pages[p], group) != NULL)
                g_assert_nonnull (strstr (pages[p], first));
            }
        }
      for (guint i = n % 10; i < n; i += 10)
        {
          g_autofree char *group = g_strdup_printf ("Gruppe-%u med eit namn som er for langt til den første kolonnen\n", i);
          gboolean found = FALSE;

          for (guint p = 0; pages[p] != NULL; p++)
            found |= strstr (pages[p], group) != NULL;
          g_assert_true (found);
        }
      g_assert_cmpuint (short_page, <, g_strv_length (pages));
      g_assert_nonnull (strstr (pages[short_page], "Mål: ein kort tabell."));
      g_assert_nonnull (strstr (pages[short_page], "Kort-0"));
      g_assert_nonnull (strstr (pages[short_page], "Kort-7"));
      g_assert_cmpuint (trappa_report_count_overflows (report), ==, 0);
    }
}

/* The title page says which version of the plan it is: the action
 * plan's years and its last revision. */
static void
test_title_page (void)
{
  g_autoptr(TrappaPlan) plan = load_alver ();
  g_autoptr(TrappaReport) report = NULL;
  g_auto(GStrv) pages = NULL;

  g_assert_nonnull (trappa_action_plan_roll (plan, "2025-10-01", "Rullert med økonomiplanen", NULL));
  g_assert_nonnull (trappa_action_plan_roll (plan, "2026-10-01", "Rullert att", NULL));
  report = trappa_report_new_for_plan (plan);
  pages = page_texts (report);
  g_assert_nonnull (strstr (pages[0], "Handlingsplan 2027–2030"));
  g_assert_nonnull (strstr (pages[0], "Rullert 01.10.2026 (rullering 2)"));
}

/* The same plan in Bokmål: the report follows the plan, not the desktop. */
static void
test_bokmal (void)
{
  g_autoptr(TrappaPlan) plan = load_alver ();
  g_autoptr(TrappaReport) report = NULL;
  GArray *entries;
  gboolean staircase = FALSE;

  g_assert_true (trappa_plan_set_string (plan, TRAPPA_ITEM (plan), "language", "nb", NULL));
  report = trappa_report_new_for_plan (plan);
  entries = trappa_report_get_entries (report);
  for (guint i = 0; i < entries->len; i++)
    {
      const char *text = g_array_index (entries, TrappaReportEntry, i).text;

      staircase |= g_str_equal (text, "Boligtrappen");
      g_assert_cmpstr (text, !=, "Bustadtrappa");
    }
  g_assert_true (staircase);
}

static gboolean
has_entry (TrappaReport *report,
           const char   *text)
{
  GArray *entries = trappa_report_get_entries (report);

  for (guint i = 0; i < entries->len; i++)
    if (g_str_equal (g_array_index (entries, TrappaReportEntry, i).text, text))
      return TRUE;
  return FALSE;
}

static void
clear_list (TrappaPlan *plan,
            const char *name)
{
  GListModel *list = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), name));

  while (g_list_model_get_n_items (list) > 0)
    {
      g_autoptr(TrappaItem) item = g_list_model_get_item (list, 0);

      trappa_plan_remove (plan, item);
    }
}

/* The success factors, the national goals and the participation with its
 * three plans each have a section, left out when the plan has none. */
static void
test_planning_tools (void)
{
  static const char * const headings[] = {
    "Suksessfaktorar", "Måla i den nasjonale strategien", "Medverknad", "Medverknadsplan",
    "Mobiliseringsplan", "Møteplan",
  };
  g_autoptr(TrappaPlan) plan = load_alver ();
  g_autoptr(TrappaReport) report = trappa_report_new_for_plan (plan);

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    if (!has_entry (report, headings[i]))
      g_error ("the report has no section “%s”", headings[i]);

  clear_list (plan, "success-factors");
  clear_list (plan, "national-goals");
  clear_list (plan, "participation-plan");
  clear_list (plan, "mobilisation-plan");
  g_clear_object (&report);
  report = trappa_report_new_for_plan (plan);
  g_assert_false (has_entry (report, "Suksessfaktorar"));
  g_assert_false (has_entry (report, "Måla i den nasjonale strategien"));
  g_assert_false (has_entry (report, "Medverknadsplan"));
  g_assert_false (has_entry (report, "Mobiliseringsplan"));
  g_assert_true (has_entry (report, "Medverknad"));
  g_assert_true (has_entry (report, "Møteplan"));

  clear_list (plan, "meeting-plan");
  g_clear_object (&report);
  report = trappa_report_new_for_plan (plan);
  g_assert_false (has_entry (report, "Medverknad"));
  g_assert_false (has_entry (report, "Møteplan"));
}

/* A plan with nothing in it: a title page and an empty contents, no
 * sections with empty headings. */
static void
test_empty_plan (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new_empty ();
  g_autoptr(TrappaReport) report = trappa_report_new_for_plan (plan);

  g_assert_cmpuint (trappa_report_get_entries (report)->len, ==, 0);
  g_assert_cmpuint (trappa_report_get_n_pages (report), ==, 2);
}

static void
test_bad_output (void)
{
  g_autoptr(TrappaPlan) plan = load_alver ();
  g_autoptr(GError) error = NULL;

  g_assert_false (trappa_report_export_pdf (plan, "/tmp/report.odt", &error));
  g_assert_nonnull (strstr (error->message, ".pdf"));
  g_clear_error (&error);
  g_assert_false (trappa_report_export_pdf (plan, "/nonexistent-folder/report.pdf", &error));
  g_assert_nonnull (strstr (error->message, "nonexistent-folder"));
  g_assert_false (g_file_test ("/nonexistent-folder/report.pdf", G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *locale_dir = g_build_filename (g_getenv ("TRAPPA_BUILD_ROOT"), "po", NULL);

  /* The translations of the build tree, as the app finds them there; the
   * desktop stays English (C). */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  trappa_report_language_init ();
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trappa/report/alver-pdf", test_alver_pdf);
  g_test_add_func ("/trappa/report/layout-fits", test_layout_fits);
  g_test_add_func ("/trappa/report/layout-check-fails", test_layout_check_fails);
  g_test_add_func ("/trappa/report/long-table", test_long_table);
  g_test_add_func ("/trappa/report/page-breaks", test_page_breaks);
  g_test_add_func ("/trappa/report/title-page", test_title_page);
  g_test_add_func ("/trappa/report/empty-plan", test_empty_plan);
  g_test_add_func ("/trappa/report/bokmal", test_bokmal);
  g_test_add_func ("/trappa/report/planning-tools", test_planning_tools);
  g_test_add_func ("/trappa/report/bad-output", test_bad_output);
  return g_test_run ();
}
