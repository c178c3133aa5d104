/* trappa-settings.h: the app's GSettings, also when run uninstalled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A new GSettings for APP_ID. Installed, the schema comes from the system's
 * schema folders (or GSETTINGS_SCHEMA_DIR); run from the build tree, from
 * the schema compiled there. Returns NULL, with a message on stderr, only
 * when neither has it: callers then keep their defaults, where
 * g_settings_new() would abort the program. */
GSettings *trappa_settings_new                (void);

/* The folder the open and save dialogs start in: "default-folder" when it
 * is set and still a folder, else the user's Documents folder, else home.
 * @settings may be NULL. */
GFile     *trappa_settings_dup_default_folder (GSettings *settings);

/* Opens @chooser (a plan or export dialog) in that folder. */
void       trappa_settings_open_in_default_folder (GtkFileChooser *chooser);

G_END_DECLS
