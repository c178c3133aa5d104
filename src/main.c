/* main.c: the trappa command
 *
 * The command-line commands (--validate, --export-*, --import-population,
 * --diff, --merge, --collect-votes) run in this program, which does not
 * load GTK: they start several times faster and need no display. Anything
 * else (files to open, or nothing) is for the window: this process becomes
 * trappa-window with the same arguments, so `trappa FILE` and the desktop
 * file work as before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa"

#include "config.h"

#include <errno.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "trappa-cli.h"
#include "trappa-i18n.h"
#include "trappa-plan-file.h"

#define WINDOW_PROGRAM "trappa-window"

/* Next to this program when run from the build tree, else where it is
 * installed. */
static char *
window_program (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

  if (self != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self);
      g_autofree char *sibling = g_build_filename (dir, WINDOW_PROGRAM, NULL);

      if (g_file_test (sibling, G_FILE_TEST_IS_EXECUTABLE))
        return g_steal_pointer (&sibling);
    }
  return g_build_filename (TRAPPA_LIBEXECDIR, WINDOW_PROGRAM, NULL);
}

static int
on_handle_local_options (GApplication *application,
                         GVariantDict *options,
                         char        **argv)
{
  g_auto(GStrv) files = NULL;
  g_autofree char *window = NULL;
  int status = trappa_cli_run (options, &files);

  if (status >= 0)
    return status;
  window = window_program ();
  execv (window, argv);
  g_printerr (_("Cannot start the window program %s: %s\n"), window, g_strerror (errno));
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) application = NULL;

  /* gettext (bindtextdomain LOCALEDIR, codeset UTF-8, textdomain). */
  trappa_i18n_init ();
  /* Before any plan file is read. */
  trappa_plan_file_init ();

  /* GIO's application only parses the options (the same as the window's,
   * so --help lists them); it is never registered. */
  application = g_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  trappa_cli_add_options (application);
  g_application_set_option_context_parameter_string (application, _("[FILE…]"));
  g_signal_connect (application, "handle-local-options", G_CALLBACK (on_handle_local_options), argv);
  return g_application_run (application, argc, argv);
}
