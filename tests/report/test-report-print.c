/* test-report-print.c: printing paints the pages the PDF export writes
 *
 * The print operation runs as "export to PDF" (GTK's own print-to-file
 * path, with no dialog); the result is compared with the report and with
 * Export Report's PDF: the same page count, A4, and the same text on
 * every page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "trappa-plan-file.h"
#include "trappa-report-pdf.h"
#include "trappa-report-print.h"

static char *
run (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static guint
count_pages (const char *text)
{
  guint n = 0;

  for (const char *p = strchr (text, '\f'); p != NULL; p = strchr (p + 1, '\f'))
    n++;
  return n;
}

static void
test_print_to_file (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples", "alver.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *dir = g_dir_make_tmp ("trappa-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (dir, "exported.pdf", NULL);
  const char *info[] = { "pdfinfo", pdf, NULL };
  const char *text_argv[] = { "pdftotext", "-raw", "-enc", "UTF-8", pdf, "-", NULL };
  const char *exported_argv[] = { "pdftotext", "-raw", "-enc", "UTF-8", exported, "-", NULL };
  g_autofree char *exported_text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) plan = NULL;
  g_autoptr(TrappaReport) report = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *pdfinfo = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pages = NULL;

  trappa_plan_file_init ();
  plan = trappa_plan_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  report = trappa_report_new_for_plan (plan);
  operation = trappa_report_print_new (plan, "Alver");
  gtk_print_operation_set_export_filename (operation, pdf);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  pdfinfo = run (info);
  g_assert_nonnull (strstr (pdfinfo, "(A4)"));
  pages = g_strdup_printf ("Pages:           %u\n", trappa_report_get_n_pages (report));
  g_assert_nonnull (strstr (pdfinfo, pages));
  text = run (text_argv);
  g_assert_nonnull (strstr (text, "Alver"));
  g_assert_nonnull (strstr (text, trappa_item_get_string (TRAPPA_ITEM (plan), "municipality")));

  /* The same pages as Export Report: -raw keeps the order the painter
   * drew in (the layout's reading order shifts with the printer's
   * rounding of the page), and a form feed ends each page, so equal text
   * is the same text drawn page by page. */
  g_assert_true (trappa_report_export_pdf (plan, exported, &error));
  g_assert_no_error (error);
  exported_text = run (exported_argv);
  g_assert_cmpstr (text, ==, exported_text);
  g_assert_cmpuint (count_pages (text), ==, trappa_report_get_n_pages (report));

  g_assert_cmpint (g_remove (exported), ==, 0);
  g_assert_cmpint (g_remove (pdf), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trappa/report/print-to-file", test_print_to_file);
  return g_test_run ();
}
