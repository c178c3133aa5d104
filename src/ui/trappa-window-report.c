/* trappa-window-report.c: Export Report…, Export Tables…, a table's
 * Export Table… and Print…
 *
 * The report is laid out once per export or print by src/report (no GTK
 * there); printing hands GtkPrintOperation the same page painter as the
 * PDF, so paper and PDF are the same pages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-window"

#include <glib/gi18n.h>

#include "trappa-file-chooser.h"
#include "trappa-report-pdf.h"
#include "trappa-report-print.h"
#include "trappa-table-file.h"
#include "trappa-window-private.h"

typedef gboolean (*ExportFunc) (TrappaPlan  *plan,
                                const char  *path,
                                GError     **error);

typedef struct
{
  TrappaWindow *window;
  ExportFunc    export;
  char         *table;    /* one table's name, or NULL: @export */
  const char   *done;     /* translated: the toast once saved */
} Export;

static TrappaPlan *
window_plan (TrappaWindow *self)
{
  return trappa_document_get_plan (self->document);
}

static gboolean
export_tables (TrappaPlan  *plan,
               const char  *path,
               GError     **error)
{
  return trappa_table_file_export_command (plan, TRAPPA_TABLE_FILE_ALL, path, error);
}

static void
on_export_chosen (GtkNativeDialog *chooser,
                  int              response,
                  Export          *export)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    {
      if (export->table != NULL
          ? trappa_table_file_export_command (window_plan (export->window), export->table, path, &error)
          : export->export (window_plan (export->window), path, &error))
        trappa_window_toast (export->window, export->done);
      else
        trappa_window_toast (export->window, error->message);
    }
  gtk_native_dialog_destroy (chooser);
  if (export->window->chooser == chooser)
    g_clear_object (&export->window->chooser);
  g_object_unref (chooser);
  g_object_unref (export->window);
  g_free (export->table);
  g_free (export);
}

/* A save dialog for @extension files named after the plan (and @table,
 * whose export it is, when not NULL). */
static void
choose_and_export (TrappaWindow *self,
                   const char   *title,
                   const char   *filter_name,
                   const char   *extension,
                   ExportFunc    func,
                   const char   *table,
                   const char   *done)
{
  GtkFileChooserNative *chooser =
    trappa_file_chooser_new (GTK_WIDGET (self), title, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = trappa_document_dup_title (self->document);
  g_autofree char *file_name = g_strconcat (name, table != NULL ? " – " : "", table != NULL ? table : "",
                                            extension, NULL);
  g_autofree char *pattern = g_strconcat ("*", extension, NULL);
  Export *export = g_new0 (Export, 1);

  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_pattern (filter, pattern);
  /* One table may also go to a CSV file. */
  if (table != NULL)
    gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  export->window = g_object_ref (self);
  export->export = func;
  export->table = g_strdup (table);
  export->done = done;
  g_set_object (&self->chooser, GTK_NATIVE_DIALOG (chooser));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chosen), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* What each export action writes: "win.export-table" (s) is a table's
 * own export, by its --export-table name, whose file name says CSV or
 * XLSX; the others write the whole plan. */
static const struct
{
  const char *action;
  const char *title;
  const char *filter_name;
  const char *extension;
  ExportFunc  func;
  const char *done;
} exports[] = {
  { "win.export-report", N_("Export Report"), N_("PDF documents"), ".pdf", trappa_report_export_pdf,
    N_("Report exported") },
  { "win.export-tables", N_("Export Tables"), N_("Excel workbooks"), ".xlsx", export_tables,
    N_("Tables exported") },
  { "win.export-table", N_("Export Table"), N_("Excel workbooks or CSV files"), ".xlsx", NULL,
    N_("Table exported") },
};

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    if (g_str_equal (exports[i].action, action_name))
      choose_and_export (TRAPPA_WINDOW (widget), _(exports[i].title), _(exports[i].filter_name),
                         exports[i].extension, exports[i].func,
                         parameter != NULL ? g_variant_get_string (parameter, NULL) : NULL,
                         _(exports[i].done));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TrappaWindow *self = TRAPPA_WINDOW (widget);
  g_autofree char *name = trappa_document_dup_title (self->document);
  g_autoptr(GtkPrintOperation) operation = trappa_report_print_new (window_plan (self), name);
  g_autoptr(GError) error = NULL;

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    trappa_window_toast (self, error->message);
}

void
trappa_window_class_add_report_actions (GtkWidgetClass *widget_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    gtk_widget_class_install_action (widget_class, exports[i].action,
                                     exports[i].func == NULL ? "s" : NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
}
