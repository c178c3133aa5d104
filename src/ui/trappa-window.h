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

/* Opens @file in this window, asking first when the open plan has unsaved
 * changes; a file that cannot be read is reported in a dialog and the open
 * plan stays as it was. */
void            trappa_window_open         (TrappaWindow   *self,
                                            GFile          *file);

/* The pane registered as @id ("plan", "housing", …), or NULL. */
GtkWidget      *trappa_window_get_pane     (TrappaWindow   *self,
                                            const char     *id);

G_END_DECLS
