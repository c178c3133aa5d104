/* trappa-preferences-window.c: what users may change, kept in GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-preferences-window"

#include <glib/gi18n.h>

#include "trappa-file-chooser.h"
#include "trappa-preferences-window.h"

struct _TrappaPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  GtkFileChooserNative *chooser;

  AdwActionRow         *folder_row;
  GtkSwitch            *projector_switch;
  GtkSpinButton        *text_scale_spin;
};

G_DEFINE_FINAL_TYPE (TrappaPreferencesWindow, trappa_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
update_folder_row (TrappaPreferencesWindow *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "default-folder");
  g_autofree char *shown = NULL;

  if (path[0] == '\0')
    shown = g_strdup (_("The Documents folder"));
  else
    shown = g_filename_display_name (path);
  adw_action_row_set_subtitle (self->folder_row, shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.reset-folder", path[0] != '\0');
}

static void
on_chooser_response (GtkNativeDialog         *chooser,
                     int                      response,
                     TrappaPreferencesWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = folder != NULL ? g_file_get_path (folder) : NULL;

      /* Only local folders: the setting is a path the file dialogs open at. */
      if (path != NULL)
        g_settings_set_string (self->settings, "default-folder", path);
    }
  g_clear_object (&self->chooser);
}

static void
choose_folder (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TrappaPreferencesWindow *self = TRAPPA_PREFERENCES_WINDOW (widget);
  g_autofree char *path = g_settings_get_string (self->settings, "default-folder");

  if (self->chooser != NULL)
    return;
  self->chooser = trappa_file_chooser_new (widget, _("Default Folder"), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                           _("_Select"));
  if (path[0] != '\0')
    {
      g_autoptr(GFile) current = g_file_new_for_path (path);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), current, NULL);
    }
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
reset_folder (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TrappaPreferencesWindow *self = TRAPPA_PREFERENCES_WINDOW (widget);

  g_settings_reset (self->settings, "default-folder");
}

static void
trappa_preferences_window_dispose (GObject *object)
{
  TrappaPreferencesWindow *self = TRAPPA_PREFERENCES_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (trappa_preferences_window_parent_class)->dispose (object);
}

static void
trappa_preferences_window_class_init (TrappaPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = trappa_preferences_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/no/trappa/Trappa/trappa-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TrappaPreferencesWindow, folder_row);
  gtk_widget_class_bind_template_child (widget_class, TrappaPreferencesWindow, projector_switch);
  gtk_widget_class_bind_template_child (widget_class, TrappaPreferencesWindow, text_scale_spin);

  gtk_widget_class_install_action (widget_class, "prefs.choose-folder", NULL, choose_folder);
  gtk_widget_class_install_action (widget_class, "prefs.reset-folder", NULL, reset_folder);
}

static void
trappa_preferences_window_init (TrappaPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
trappa_preferences_window_new (GSettings *settings,
                               GtkWindow *parent)
{
  TrappaPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (TRAPPA_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  self->settings = g_object_ref (settings);
  g_settings_bind (settings, "projector-style", self->projector_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "presentation-text-scale", gtk_spin_button_get_adjustment (self->text_scale_spin),
                   "value", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (settings, "changed::default-folder", G_CALLBACK (update_folder_row), self,
                           G_CONNECT_SWAPPED);
  update_folder_row (self);
  return GTK_WIDGET (self);
}
