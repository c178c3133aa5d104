/* trappa-i18n.c: the user interface in the desktop's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-i18n"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "trappa-i18n.h"

/* TRAPPA_LOCALEDIR wins (screenshots, `meson devenv`); then the installed
 * translations; run from the build tree before `meson install`, the ones
 * compiled there, so `./_build/src/trappa` speaks Norwegian too. */
static const char *
pick_localedir (void)
{
  const char *from_env = g_getenv ("TRAPPA_LOCALEDIR");
  g_autofree char *installed = NULL;

  if (from_env != NULL && from_env[0] != '\0')
    return from_env;

  /* Any language of po/LINGUAS tells whether the translations were
   * installed; Nynorsk is the first. */
  installed = g_build_filename (LOCALEDIR, "nn", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (installed, G_FILE_TEST_EXISTS) && g_file_test (BUILD_LOCALEDIR, G_FILE_TEST_IS_DIR))
    return BUILD_LOCALEDIR;
  return LOCALEDIR;
}

void
trappa_i18n_init (void)
{
  const char *localedir = pick_localedir ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
