/* ui-test-util.h: finding and driving widgets in widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-document.h"
#include "trappa-record-cell.h"
#include "trappa-window.h"

G_BEGIN_DECLS

/* Starts a widget test: GTK for tests, libadwaita, the plan file reader. */
void              ui_test_init            (int        *argc,
                                           char     ***argv);

/* Lets GTK lay out and draw @widget's window, so list rows exist. */
void              ui_test_settle          (GtkWidget  *widget);

/* A window of @width × @height holding @child, shown and drawn. */
GtkWindow        *ui_test_window_new      (GtkWidget  *child,
                                           int         width,
                                           int         height);

/* Destroys @window and runs the main loop past the timers its widgets
 * leave behind (see ui_test_run_for). */
void              ui_test_window_destroy  (GtkWindow  *window);

/* Runs the main loop for @ms milliseconds, so timers left by destroyed
 * widgets fire in the test that left them, not in a later one. */
void              ui_test_run_for         (guint       ms);

/* Runs the main loop until @document has finished loading or saving
 * (the window opens and saves in the background). */
void              ui_test_wait_document   (TrappaDocument *document);

/* The cell under @root showing @property of @item, or NULL. */
TrappaRecordCell *ui_test_find_cell       (GtkWidget  *root,
                                           TrappaItem *item,
                                           const char *property);

/* The first widget of @type below @root (popovers included), or NULL. */
GtkWidget        *ui_test_find_descendant (GtkWidget  *root,
                                           GType       type);

/* Types @text into a number cell's entry and presses Enter. */
void              ui_test_type_in_cell    (TrappaRecordCell *cell,
                                           const char       *text);

/* A new window, shown, with Alver's example plan opened in it. */
TrappaWindow     *ui_test_open_alver      (void);

/* Shows pane @id of @window, as a click in the sidebar does; returns
 * the pane. */
GtkWidget        *ui_test_show_pane       (TrappaWindow *window,
                                           const char   *id);

/* The first AdwMessageDialog shown, or NULL. */
GtkWindow        *ui_test_find_dialog     (void);

/* Answers the dialog shown with @response and closes it. */
void              ui_test_respond         (const char *response);

/* Whether a label below @root reads @text. */
gboolean          ui_test_has_label       (GtkWidget  *root,
                                           const char *text);

G_END_DECLS
