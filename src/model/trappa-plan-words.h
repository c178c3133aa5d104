/* trappa-plan-words.h: included last by a file whose words go into charts,
 * so that its _() and g_dngettext() speak the plan's language while a chart
 * is laid out (see trappa-plan-language.h) and the desktop's otherwise
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gi18n-lib.h>

#include "trappa-plan-language.h"

#undef _
#define _(String) trappa_plan_language_gettext (String)
#define g_dngettext(Domain, Singular, Plural, N) trappa_plan_language_ngettext (Singular, Plural, N)
