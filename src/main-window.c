/* main-window.c: trappa-window, the application with its windows
 *
 * Started by `trappa` (main.c) for anything but a command-line command,
 * with the same arguments.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa"

#include "trappa-application.h"
#include "trappa-i18n.h"
#include "trappa-plan-file.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TrappaApplication) application = NULL;

  /* gettext (bindtextdomain LOCALEDIR, codeset UTF-8, textdomain). */
  trappa_i18n_init ();
  /* Before any plan file is read, by the window or the command line. */
  trappa_plan_file_init ();

  application = trappa_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
