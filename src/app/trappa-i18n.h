/* trappa-i18n.h: the user interface in the desktop's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets the locale from the environment (LANGUAGE, LC_ALL, LANG …) and binds
 * Trappa's translations; call first thing in main(). */
void trappa_i18n_init (void);

G_END_DECLS
