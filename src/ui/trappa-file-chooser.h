/* trappa-file-chooser.h: a file dialog as Trappa's panes open one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A modal file dialog over @widget's window, with @accept_label and
 * "Cancel", opening in the user's default folder
 * (trappa_settings_open_in_default_folder()); not shown yet, so the caller
 * can add a name, a filter or its response handler. */
GtkFileChooserNative *trappa_file_chooser_new (GtkWidget            *widget,
                                               const char           *title,
                                               GtkFileChooserAction  action,
                                               const char           *accept_label);

G_END_DECLS
