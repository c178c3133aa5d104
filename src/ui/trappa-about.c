/* trappa-about.c: the About window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-about"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "trappa-about.h"

GtkWindow *
trappa_about_window_new (GtkWindow *parent)
{
  /* The municipalities and the research institute whose published plans and
   * notes gave Trappa its staircases, mapping table and workshop tools. */
  static const char *sources[] = {
    "Alver kommune",
    "Bærum kommune",
    "Møreforsking",
    "Husbanken",
    NULL
  };
  AdwAboutWindow *about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  /* "Name URL": AdwAboutWindow links the name to the URL. */
  g_autofree char *developer = g_strconcat (_("The Trappa developers"), " https://trappa.no/", NULL);
  const char *developers[] = { developer, NULL };

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  gtk_window_set_modal (GTK_WINDOW (about), TRUE);

  adw_about_window_set_application_name (about, _("Trappa"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Trappa developers"));
  adw_about_window_set_comments (about, _("A workbench for the people who write a municipality’s housing plan: "
                                          "the housing staircase and the activity and mastery staircase, "
                                          "needs, measures and the action plan in one plan file."));
  adw_about_window_set_website (about, "https://trappa.no/");
  adw_about_window_set_issue_url (about, "https://trappa.no/issues");
  adw_about_window_set_copyright (about, _("© 2026 The Trappa developers"));
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_developers (about, developers);
  /* TRANSLATORS: your name and e-mail address, one translator per line */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  adw_about_window_add_acknowledgement_section (about, _("Built on the published work of"), sources);

  return GTK_WINDOW (about);
}
