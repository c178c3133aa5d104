/* trappa-settings.c: the app's GSettings, also when run uninstalled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-settings"

#include "config.h"

#include "trappa-settings.h"

static GSettingsSchema *
lookup_schema (void)
{
  GSettingsSchemaSource *installed = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchemaSource) build_tree = NULL;
  GSettingsSchema *schema = NULL;

  if (installed != NULL)
    schema = g_settings_schema_source_lookup (installed, APP_ID, TRUE);
  if (schema != NULL)
    return schema;

  /* `./_build/src/trappa` right after `meson compile`: the schema is only
   * compiled into the build tree. A missing folder is not an error here. */
  build_tree = g_settings_schema_source_new_from_directory (BUILD_SCHEMADIR, installed, FALSE, NULL);
  if (build_tree != NULL)
    schema = g_settings_schema_source_lookup (build_tree, APP_ID, FALSE);
  return schema;
}

GSettings *
trappa_settings_new (void)
{
  g_autoptr(GSettingsSchema) schema = lookup_schema ();

  if (schema == NULL)
    {
      g_message ("The settings schema %s is not installed; settings will not be kept", APP_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

GFile *
trappa_settings_dup_default_folder (GSettings *settings)
{
  g_autofree char *chosen = settings != NULL ? g_settings_get_string (settings, "default-folder") : NULL;
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  /* A folder on a share that is not mounted today, or one since deleted,
   * falls back quietly: the dialog still lets the user go anywhere. */
  if (chosen != NULL && chosen[0] != '\0' && g_file_test (chosen, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (chosen);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return g_file_new_for_path (g_get_home_dir ());
}

void
trappa_settings_open_in_default_folder (GtkFileChooser *chooser)
{
  g_autoptr(GSettings) settings = trappa_settings_new ();
  g_autoptr(GFile) folder = trappa_settings_dup_default_folder (settings);

  g_return_if_fail (GTK_IS_FILE_CHOOSER (chooser));

  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}
