/* trappa-about.h: the About window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A new AdwAboutWindow for Trappa, transient for @parent (may be NULL):
 * version, credits, translators, the licence and the source documents the
 * app is built on. The caller presents it. */
GtkWindow *trappa_about_window_new (GtkWindow *parent);

G_END_DECLS
