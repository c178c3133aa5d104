/* trappa-file-chooser.c: a file dialog as Trappa's panes open one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-file-chooser"

#include <glib/gi18n.h>

#include "trappa-file-chooser.h"
#include "trappa-settings.h"

GtkFileChooserNative *
trappa_file_chooser_new (GtkWidget            *widget,
                         const char           *title,
                         GtkFileChooserAction  action,
                         const char           *accept_label)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, action,
                                 accept_label, _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  trappa_settings_open_in_default_folder (GTK_FILE_CHOOSER (chooser));
  return chooser;
}
