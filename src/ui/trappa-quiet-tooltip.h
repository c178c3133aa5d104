/* trappa-quiet-tooltip.h: a widget's tooltip text, given when GTK asks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Sets @widget's tooltip to @text (NULL or "": none), and its accessible
 * description, as gtk_widget_set_tooltip_text() would, without what that
 * does on every call, even with the same text: ask the X server where
 * the pointer is, and ask the widget under the pointer for its tooltip
 * again as if the pointer had moved (a tooltip then pops up in a frame
 * of its own). */
void        trappa_quiet_tooltip_set (GtkWidget  *widget,
                                      const char *text);
/* The text set with trappa_quiet_tooltip_set(), or NULL. */
const char *trappa_quiet_tooltip_get (GtkWidget  *widget);

G_END_DECLS
