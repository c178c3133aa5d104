/* trappa-application.h: the application: windows, app actions, command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TRAPPA_TYPE_APPLICATION (trappa_application_get_type ())
G_DECLARE_FINAL_TYPE (TrappaApplication, trappa_application, TRAPPA, APPLICATION, AdwApplication)

TrappaApplication *trappa_application_new (void);

G_END_DECLS
