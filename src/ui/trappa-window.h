/* trappa-window.h: the main window, one plan per window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "trappa-document.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_WINDOW (trappa_window_get_type ())
G_DECLARE_FINAL_TYPE (TrappaWindow, trappa_window, TRAPPA, WINDOW, AdwApplicationWindow)

TrappaWindow   *trappa_window_new          (AdwApplication *application);

TrappaDocument *trappa_window_get_document (TrappaWindow   *self);

/* Opens @file in this window while it shows a new, unedited plan (or has
 * no application); else the application opens it in another window, or
 * brings forward the window that has it open. Without an application it
 * asks first when the plan has unsaved changes. A file that cannot be
 * read is reported in a dialog and the open plan stays as it was. */
void            trappa_window_open         (TrappaWindow   *self,
                                            GFile          *file);

/* Shows the plan kept in @draft (unsaved, with its file if it had one)
 * in place of this window's; a draft that cannot be read is reported in
 * a dialog. */
void            trappa_window_recover      (TrappaWindow      *self,
                                            const TrappaDraft *draft);

/* The pane registered as @id ("plan", "housing", …), built now if it was
 * not shown yet, or NULL. */
GtkWidget      *trappa_window_get_pane     (TrappaWindow   *self,
                                            const char     *id);

/* Builds every pane not shown yet (panes are built when first shown), so
 * that all of the window's widgets exist, e.g. to list every text in it. */
void            trappa_window_build_panes  (TrappaWindow   *self);

G_END_DECLS
