/* trappa-sidebar.h: the list of panes beside them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Fills @list with a row per page of @stack (its title) and keeps the
 * selected row and the visible page in step, both ways. Unlike
 * GtkStackSidebar, long titles wrap, so the list stays narrow on a
 * 1024 px screen. Call it after the pages are added. */
void trappa_sidebar_bind (GtkListBox *list,
                          GtkStack   *stack);

G_END_DECLS
