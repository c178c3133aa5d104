/* trappa-plan-language.h: a chart's words in the plan's language, whatever
 * the desktop's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

/* While a chart of @plan is laid out (between push and pop, on this
 * thread), trappa_plan_language_gettext() answers in the plan's language
 * (nn, nb) from Trappa's own catalogue for it, so an exported figure never
 * mixes the desktop's English with the plan's Nynorsk; the interface keeps
 * the desktop's language. A plan without a language leaves the desktop's. */
void        trappa_plan_language_push     (TrappaPlan *plan);
void        trappa_plan_language_pop      (void);

const char *trappa_plan_language_gettext  (const char *msgid) G_GNUC_FORMAT (1);
const char *trappa_plan_language_ngettext (const char *msgid,
                                           const char *plural,
                                           gulong      n) G_GNUC_FORMAT (2);

G_END_DECLS
