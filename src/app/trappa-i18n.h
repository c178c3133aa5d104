/* trappa-i18n.h: the user interface in the desktop's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets the locale from the environment (LANGUAGE, LC_ALL, LANG …) and binds
 * Trappa's translations; call first thing in main(). */
void trappa_i18n_init         (void);

/* Fills the toolkit's gaps in Nynorsk and Bokmål: libadwaita's own strings
 * (the About window's "Credits", "Legal" …) from Trappa's supplement when
 * the system has no libadwaita translation for the user's language. Call
 * once libadwaita is initialised (the application's startup), as it binds
 * its own domain then. */
void trappa_i18n_init_toolkit (void);

G_END_DECLS
