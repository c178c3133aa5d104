/* test-application.c: opening files in the running application, under
 * Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "trappa-application.h"
#include "trappa-document.h"
#include "trappa-window.h"
#include "io-slow-fifo.h"
#include "ui-test-util.h"

static GFile *
example (const char *name)
{
  g_autofree char *path = g_build_filename (SOURCE_EXAMPLESDIR, name, NULL);

  return g_file_new_for_path (path);
}

static guint
n_windows (GtkApplication *application)
{
  return g_list_length (gtk_application_get_windows (application));
}

/* Each plan opens in a window of its own; a plan that is open already
 * gets its window brought forward instead of a second one. */
static void
test_open_focuses_open_plan (void)
{
  g_autoptr(TrappaApplication) application = trappa_application_new ();
  g_autoptr(GFile) alver = example ("alver.trappa");
  g_autoptr(GFile) baerum = example ("baerum.trappa");
  g_autoptr(GFile) alver_again = example ("alver.trappa");
  g_autoptr(GError) error = NULL;
  GtkApplication *app = GTK_APPLICATION (application);
  GtkWindow *first;

  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  g_application_open (G_APPLICATION (application), &alver, 1, "");
  g_assert_cmpuint (n_windows (app), ==, 1);
  first = gtk_application_get_active_window (app);
  /* Shown once the plan is read, never empty first. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (first)));
  ui_test_wait_document (trappa_window_get_document (TRAPPA_WINDOW (first)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (first)));
  g_assert_true (g_file_equal (trappa_document_get_file (trappa_window_get_document (TRAPPA_WINDOW (first))),
                               alver));

  g_application_open (G_APPLICATION (application), &baerum, 1, "");
  g_assert_cmpuint (n_windows (app), ==, 2);
  g_assert_true (gtk_application_get_active_window (app) != first);

  /* Presented, not opened again (which window has the focus is the
   * window manager's say; there is none under Xvfb). */
  g_application_open (G_APPLICATION (application), &alver_again, 1, "");
  g_assert_cmpuint (n_windows (app), ==, 2);
  g_assert_nonnull (g_list_find (gtk_application_get_windows (app), first));

  while (gtk_application_get_windows (app) != NULL)
    gtk_window_destroy (gtk_application_get_windows (app)->data);
}

static TrappaWindow *
other_window (GtkApplication *application,
              TrappaWindow   *window)
{
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    if (l->data != window)
      return l->data;
  return NULL;
}

/* A window showing a plan keeps it: opening another plan from it makes a
 * second window; opening the plan again brings its window forward; an
 * empty window takes the plan itself. */
static void
test_open_from_window (void)
{
  g_autoptr(TrappaApplication) application = trappa_application_new ();
  g_autoptr(GFile) alver = example ("alver.trappa");
  g_autoptr(GFile) baerum = example ("baerum.trappa");
  g_autoptr(GError) error = NULL;
  GtkApplication *app = GTK_APPLICATION (application);
  TrappaWindow *window;
  TrappaWindow *second;

  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  window = trappa_window_new (ADW_APPLICATION (application));
  gtk_window_present (GTK_WINDOW (window));

  trappa_window_open (window, alver);
  ui_test_wait_document (trappa_window_get_document (window));
  g_assert_cmpuint (n_windows (app), ==, 1);
  g_assert_true (g_file_equal (trappa_document_get_file (trappa_window_get_document (window)), alver));

  trappa_window_open (window, baerum);
  g_assert_cmpuint (n_windows (app), ==, 2);
  second = other_window (app, window);
  ui_test_wait_document (trappa_window_get_document (second));
  g_assert_true (g_file_equal (trappa_document_get_file (trappa_window_get_document (second)), baerum));
  g_assert_true (g_file_equal (trappa_document_get_file (trappa_window_get_document (window)), alver));

  trappa_window_open (second, alver);
  g_assert_cmpuint (n_windows (app), ==, 2);
  g_assert_true (g_file_equal (trappa_document_get_file (trappa_window_get_document (second)), baerum));

  while (gtk_application_get_windows (app) != NULL)
    gtk_window_destroy (gtk_application_get_windows (app)->data);
}

static gboolean
quit_loop (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* A plan that takes long to read shows its window, with the spinner,
 * before it is read. */
static void
test_slow_plan_shows_window (void)
{
  g_autoptr(TrappaApplication) application = trappa_application_new ();
  g_autoptr(GFile) alver = example ("alver.trappa");
  g_autofree char *dir = g_dir_make_tmp ("trappa-application-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "slow.trappa", NULL);
  g_autoptr(GFile) slow = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_file_load_bytes (alver, NULL, NULL, NULL);
  g_autoptr(IoSlowFifo) fifo = io_slow_fifo_new (path, bytes, 2048, 50);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  GtkApplication *app = GTK_APPLICATION (application);
  GtkWindow *window;

  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  g_application_open (G_APPLICATION (application), &slow, 1, "");
  window = gtk_application_get_active_window (app);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_timeout_add (1000, quit_loop, loop);
  g_main_loop_run (loop);
  g_assert_true (trappa_document_get_busy (trappa_window_get_document (TRAPPA_WINDOW (window))));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  ui_test_wait_document (trappa_window_get_document (TRAPPA_WINDOW (window)));
  g_assert_true (g_file_equal (trappa_document_get_file (trappa_window_get_document (TRAPPA_WINDOW (window))), slow));
  gtk_window_destroy (window);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/trappa/ui/application/open-focuses-open-plan", test_open_focuses_open_plan);
  g_test_add_func ("/trappa/ui/application/open-from-window", test_open_from_window);
  g_test_add_func ("/trappa/ui/application/slow-plan-shows-window", test_slow_plan_shows_window);
  return g_test_run ();
}
