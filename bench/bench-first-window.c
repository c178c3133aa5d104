/* bench-first-window.c: starts Trappa on a plan file (or a bare
 * libadwaita window) and exits as soon as the first frame with content is
 * painted, so that bench-perf can time the whole start from outside
 *
 * Usage: bench-first-window PLAN.trappa | --bare
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <unistd.h>

#include "trappa-application.h"
#include "trappa-i18n.h"
#include "trappa-plan-file.h"
#include "trappa-window.h"

static void
on_after_paint (GdkFrameClock *clock,
                GtkWindow     *window)
{
  /* Trappa's window counts once its plan file is shown; a bare window at
   * its first frame. */
  if (TRAPPA_IS_WINDOW (window) &&
      trappa_document_get_file (trappa_window_get_document (TRAPPA_WINDOW (window))) == NULL)
    return;
  /* Leaving without tearing down, as both kinds of window would. */
  _exit (0);
}

static void
on_realize (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), window);
}

static void
on_window_added (GtkApplication *application,
                 GtkWindow      *window)
{
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
}

/* What every libadwaita application shows at the least. */
static void
on_bare_activate (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Bustadplan"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) application = NULL;

  if (argc != 2)
    {
      g_printerr ("Usage: %s PLAN.trappa | --bare\n", argv[0]);
      return 2;
    }

  if (g_str_equal (argv[1], "--bare"))
    {
      application = G_APPLICATION (adw_application_new ("no.trappa.BenchBare", G_APPLICATION_NON_UNIQUE));
      g_signal_connect (application, "activate", G_CALLBACK (on_bare_activate), NULL);
      argc = 1;
    }
  else
    {
      trappa_i18n_init ();
      trappa_plan_file_init ();
      application = G_APPLICATION (trappa_application_new ());
    }
  g_signal_connect (application, "window-added", G_CALLBACK (on_window_added), NULL);
  return g_application_run (application, argc, argv);
}
