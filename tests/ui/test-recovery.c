/* test-recovery.c: a crash with unsaved edits, then the next start offers
 * them back, under Xvfb
 *
 * This program is also the Trappa that crashes: run with --child PLAN, it
 * opens PLAN in a window, edits it, says "edited" and waits to be killed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>

#include "trappa-application.h"
#include "trappa-plan-file.h"
#include "trappa-recovery-dialog.h"
#include "trappa-window.h"
#include "ui-test-util.h"

#define EDITED_TITLE "Redigert før krasjet"

static const char *self_path;

static int
run_child (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TrappaWindow *window;
  TrappaPlan *plan;

  gtk_init ();
  adw_init ();
  trappa_plan_file_init ();
  window = trappa_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  trappa_window_open (window, file);
  ui_test_wait_document (trappa_window_get_document (window));
  plan = trappa_document_get_plan (trappa_window_get_document (window));
  if (!trappa_plan_set_string (plan, TRAPPA_ITEM (plan), "title", EDITED_TITLE, NULL))
    return 1;
  g_print ("edited\n");
  fflush (stdout);
  g_main_loop_run (g_main_loop_new (NULL, FALSE));
  return 0;
}

/* The drafts folder's files ending in @extension. */
static guint
count_files (const char *extension)
{
  g_autofree char *folder = trappa_drafts_folder ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, extension);
  return n;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0
                         ? child : find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static char *
copy_example (const char *dir)
{
  g_autofree char *example = g_build_filename (SOURCE_EXAMPLESDIR, "alver.trappa", NULL);
  g_autofree char *contents = NULL;
  char *path = g_build_filename (dir, "alver.trappa", NULL);
  gsize length;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (example, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

/* Starts the crashing Trappa; returns once its edit is in a draft. */
static GPid
start_and_edit (const char *path,
                gint64     *edited)
{
  const char *argv[] = { self_path, "--child", path, NULL };
  g_autoptr(GError) error = NULL;
  GIOChannel *out;
  g_autofree char *line = NULL;
  GPid pid;
  int out_fd;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, NULL, &out_fd, NULL, &error);
  g_assert_no_error (error);
  out = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (out, TRUE);
  g_io_channel_read_line (out, &line, NULL, NULL, &error);
  g_io_channel_unref (out);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "edited\n");
  *edited = g_get_monotonic_time ();
  return pid;
}

static void
test_kill_and_restore (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("trappa-recovery-XXXXXX", &error);
  g_autofree char *path = copy_example (dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrappaApplication) application = NULL;
  g_autoptr(GPtrArray) running = NULL;
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  TrappaWindow *window;
  TrappaPlan *plan;
  GtkWindow *dialog;
  GtkWidget *row;
  gint64 edited;
  GPid pid;
  int status;

  g_assert_no_error (error);
  pid = start_and_edit (path, &edited);

  /* The edit is in a draft within 5 s (a kill loses at most that much). */
  while (count_files (".draft") == 0 && g_get_monotonic_time () - edited < 10 * G_TIME_SPAN_SECOND)
    g_usleep (50 * 1000);
  g_assert_cmpuint (count_files (".draft"), ==, 1);
  g_assert_cmpint (g_get_monotonic_time () - edited, <, 5 * G_TIME_SPAN_SECOND);
  g_test_message ("draft %.1f s after the edit", (g_get_monotonic_time () - edited) / 1e6);
  /* A Trappa that still runs keeps its drafts to itself. */
  running = trappa_drafts_list ();
  g_assert_cmpuint (running->len, ==, 0);

  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_spawn_close_pid (pid);

  /* The next start offers the plan, with its name and file. */
  application = trappa_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (application));
  dialog = ui_test_find_dialog ();
  g_assert_true (TRAPPA_IS_RECOVERY_DIALOG (dialog));
  row = ui_test_find_descendant (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, EDITED_TITLE);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), path));

  g_signal_emit_by_name (find_button (row, "_Restore"), "clicked");
  g_assert_null (ui_test_find_dialog ());
  window = TRAPPA_WINDOW (gtk_application_get_windows (GTK_APPLICATION (application))->data);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))), ==, 1);
  plan = trappa_document_get_plan (trappa_window_get_document (window));
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (plan), "title"), ==, EDITED_TITLE);
  g_assert_true (trappa_plan_get_modified (plan));
  g_assert_true (g_file_equal (trappa_document_get_file (trappa_window_get_document (window)), file));

  /* A clean close (discarding the changes) leaves no draft. */
  gtk_window_close (GTK_WINDOW (window));
  ui_test_respond ("discard");
  /* Polled: a draft's worker thread may drop the document last. */
  for (int i = 0; i < 500 && (gtk_application_get_windows (GTK_APPLICATION (application)) != NULL ||
                              count_files (".draft") + count_files (TRAPPA_PLAN_FILE_EXTENSION) > 0); i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (10 * 1000);
    }
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (application)));
  g_assert_cmpuint (count_files (".draft") + count_files (TRAPPA_PLAN_FILE_EXTENSION), ==, 0);

  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

/* A plan never saved is kept too; Discard removes its draft. */
static void
test_discard_untitled (void)
{
  g_autoptr(TrappaDocument) document = trappa_document_new ();
  TrappaPlan *plan = trappa_document_get_plan (document);
  g_autoptr(GBytes) bytes = trappa_plan_file_serialize (plan);
  g_autoptr(TrappaDraft) draft = trappa_draft_new ();
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) trappa_draft_free);
  g_autoptr(GError) error = NULL;
  TrappaRecoveryDialog *dialog;
  GtkWidget *row;

  draft->id = g_uuid_string_random ();
  draft->title = g_strdup ("Ny bustadplan");
  draft->time = g_date_time_new_now_local ();
  g_assert_true (trappa_drafts_write (draft, bytes, &error));
  g_assert_no_error (error);
  g_ptr_array_add (drafts, g_steal_pointer (&draft));

  dialog = trappa_recovery_dialog_new (NULL, g_steal_pointer (&drafts));
  gtk_window_present (GTK_WINDOW (dialog));
  row = ui_test_find_descendant (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Never saved"));
  g_signal_emit_by_name (find_button (row, "_Discard"), "clicked");
  g_assert_null (ui_test_find_dialog ());
  g_assert_cmpuint (count_files (".draft"), ==, 0);
  g_assert_cmpuint (count_files (TRAPPA_PLAN_FILE_EXTENSION), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);

  self_path = argv[0];
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  trappa_plan_file_init ();

  g_test_add_func ("/trappa/ui/recovery/kill-and-restore", test_kill_and_restore);
  g_test_add_func ("/trappa/ui/recovery/discard-untitled", test_discard_untitled);
  return g_test_run ();
}
