/* trappa-i18n.c: the user interface in the desktop's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-i18n"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "trappa-i18n.h"
#include "trappa-report-language.h"

#define TOOLKIT_DOMAIN "libadwaita"

/* @installed if @probe (a language of po/LINGUAS; Nynorsk is the first)
 * was installed there, else @build_tree when it exists: run from the build
 * tree before `meson install`, `./_build/src/trappa` speaks Norwegian too. */
static const char *
pick_dir (const char *installed,
          const char *build_tree,
          const char *domain)
{
  g_autofree char *probe = g_build_filename (installed, "nn", "LC_MESSAGES", NULL);
  g_autofree char *mo = g_strconcat (probe, G_DIR_SEPARATOR_S, domain, ".mo", NULL);

  if (!g_file_test (mo, G_FILE_TEST_EXISTS) && g_file_test (build_tree, G_FILE_TEST_IS_DIR))
    return build_tree;
  return installed;
}

/* GTK's own catalogues have gaps: Nynorsk lacks the shortcuts window's
 * title, Bokmål a drop-down's "(None)". gettext then tries the next
 * language of LANGUAGE, and the other written Norwegian reads far better
 * than English. */
static void
add_norwegian_fallback (void)
{
  const char * const *names = g_get_language_names ();
  const char *language = g_getenv ("LANGUAGE");
  const char *first = NULL;
  const char *other = NULL;
  g_autofree char *with_other = NULL;

  if (g_str_has_prefix (names[0], "nn"))
    first = "nn", other = "nb";
  else if (g_str_has_prefix (names[0], "nb"))
    first = "nb", other = "nn";
  else
    return;
  for (guint i = 1; names[i] != NULL; i++)
    if (g_str_has_prefix (names[i], other))
      return;
  with_other = g_strconcat (language != NULL && language[0] != '\0' ? language : first, ":", other, NULL);
  g_setenv ("LANGUAGE", with_other, TRUE);
}

void
trappa_i18n_init (void)
{
  /* TRAPPA_LOCALEDIR wins (screenshots, `meson devenv`). */
  const char *from_env = g_getenv ("TRAPPA_LOCALEDIR");

  setlocale (LC_ALL, "");
  add_norwegian_fallback ();
  bindtextdomain (GETTEXT_PACKAGE, from_env != NULL && from_env[0] != '\0'
                                     ? from_env
                                     : pick_dir (LOCALEDIR, BUILD_LOCALEDIR, GETTEXT_PACKAGE));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  trappa_report_language_init ();
}

void
trappa_i18n_init_toolkit (void)
{
  /* gettext ("") is a catalogue's header, or "" when there is no
   * catalogue for the current language. */
  gboolean ours = dgettext (GETTEXT_PACKAGE, "")[0] != '\0';
  gboolean system = dgettext (TOOLKIT_DOMAIN, "")[0] != '\0';
  g_autofree char *installed = g_build_filename (PKGDATADIR, "locale", NULL);
  g_autofree char *build_tree = g_build_filename (BUILD_LOCALEDIR, TOOLKIT_DOMAIN, NULL);

  if (!ours || system)
    return;
  bindtextdomain (TOOLKIT_DOMAIN, pick_dir (installed, build_tree, TOOLKIT_DOMAIN));
  bind_textdomain_codeset (TOOLKIT_DOMAIN, "UTF-8");
}
