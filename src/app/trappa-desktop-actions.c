/* trappa-desktop-actions.c: the application's About and Preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-desktop-actions"

#include "trappa-about.h"
#include "trappa-desktop-actions.h"
#include "trappa-preferences-window.h"
#include "trappa-settings.h"

static void
on_about (GSimpleAction  *action,
          GVariant       *parameter,
          GtkApplication *application)
{
  gtk_window_present (trappa_about_window_new (gtk_application_get_active_window (application)));
}

static void
on_preferences (GSimpleAction *action,
                GVariant      *parameter,
                GSettings     *settings)
{
  GApplication *application = g_application_get_default ();
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (application));

  gtk_window_present (GTK_WINDOW (trappa_preferences_window_new (settings, parent)));
}

void
trappa_desktop_actions_install (GtkApplication *application)
{
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  g_autoptr(GSimpleAction) about = g_simple_action_new ("about", NULL);
  g_autoptr(GSimpleAction) preferences = g_simple_action_new ("preferences", NULL);
  GSettings *settings = trappa_settings_new ();

  g_return_if_fail (GTK_IS_APPLICATION (application));

  g_signal_connect_object (about, "activate", G_CALLBACK (on_about), application, 0);
  g_action_map_add_action (G_ACTION_MAP (application), G_ACTION (about));

  if (settings != NULL)
    g_signal_connect_data (preferences, "activate", G_CALLBACK (on_preferences), settings,
                           (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_simple_action_set_enabled (preferences, settings != NULL);
  g_action_map_add_action (G_ACTION_MAP (application), G_ACTION (preferences));
  gtk_application_set_accels_for_action (application, "app.preferences", preferences_accels);
}
