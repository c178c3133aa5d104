/* trappa-report-language.c: the report in the plan's language
 *
 * gettext picks the language from LANGUAGE on each call, but only when
 * the message locale is not plain "C", and caches what it found until the
 * text domain is set again; so both are switched, and set back after.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-report"

#include <glib/gi18n-lib.h>
#include <libintl.h>
#include <locale.h>

#include "trappa-report-language.h"

struct _TrappaReportLanguage
{
  char *language;   /* LANGUAGE before, NULL when unset */
  char *locale;     /* LC_MESSAGES before */
};

static void
refresh_catalogs (void)
{
  /* Setting the text domain again makes gettext forget its cache. */
  textdomain (textdomain (NULL));
}

void
trappa_report_language_init (void)
{
  g_autoptr(TrappaReportLanguage) nynorsk = trappa_report_language_push ("nn");

  /* Texts without a catalogue for the desktop's language stay English all
   * the same: gettext returns them as they are. */
  g_dgettext (GETTEXT_PACKAGE, "");
}

TrappaReportLanguage *
trappa_report_language_push (const char *language)
{
  TrappaReportLanguage *saved = g_new0 (TrappaReportLanguage, 1);
  const char *locale = setlocale (LC_MESSAGES, NULL);

  saved->language = g_strdup (g_getenv ("LANGUAGE"));
  saved->locale = g_strdup (locale);
  if (locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX"))
    setlocale (LC_MESSAGES, "C.UTF-8");
  g_setenv ("LANGUAGE", language != NULL && language[0] != '\0' ? language : "nn", TRUE);
  refresh_catalogs ();
  return saved;
}

void
trappa_report_language_pop (TrappaReportLanguage *saved)
{
  if (saved->language != NULL)
    g_setenv ("LANGUAGE", saved->language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  if (saved->locale != NULL)
    setlocale (LC_MESSAGES, saved->locale);
  refresh_catalogs ();
  g_free (saved->language);
  g_free (saved->locale);
  g_free (saved);
}
