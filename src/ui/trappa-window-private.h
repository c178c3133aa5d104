/* trappa-window-private.h: what the window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-window.h"

G_BEGIN_DECLS

struct _TrappaWindow
{
  AdwApplicationWindow  parent_instance;

  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkListBox           *sidebar;
  GtkWidget            *content;
  GtkSpinner           *spinner;
  GtkButton            *cancel_button;
  GMenu                *recent_section;

  TrappaDocument       *document;
  GSignalGroup         *plan_signals;
  GtkNativeDialog      *chooser;        /* the open, save or export dialog shown */
  AdwToast             *toast;          /* the toast shown, NULL once it goes */
  GCancellable         *loading;        /* the plan being opened, NULL if none */
  GFile                *opening;        /* its file, named in the title meanwhile */
  gboolean              close_confirmed;
};

/* trappa-window-actions.c: documents (new, open, save, close) and undo. */
void     trappa_window_class_add_actions (GtkWidgetClass *widget_class);
gboolean trappa_window_confirm_close     (TrappaWindow   *self);
/* A dialog with @heading, @message and Close. */
void     trappa_window_show_problem      (TrappaWindow   *self,
                                          const char     *heading,
                                          const char     *message);
/* A new modal chooser of plan files, in the default folder. */
GtkNativeDialog *
         trappa_window_plan_chooser_new  (TrappaWindow         *self,
                                          const char           *title,
                                          GtkFileChooserAction  action,
                                          const char           *accept);

/* trappa-window-merge.c: Merge Changes From… */
void     trappa_window_class_add_merge_action (GtkWidgetClass *widget_class);

/* trappa-window-report.c: Export Report…, Export Tables…, Print… */
void     trappa_window_class_add_report_actions (GtkWidgetClass *widget_class);

/* trappa-window.c */
void     trappa_window_add_recent        (TrappaWindow   *self,
                                          GFile          *file);
/* Shows the file's name and the plan's title, or the file being opened. */
void     trappa_window_update_title      (TrappaWindow   *self);
/* Shows @title (plain text) in a toast, in place of the one shown. */
void     trappa_window_toast             (TrappaWindow   *self,
                                          const char     *title);

G_END_DECLS
