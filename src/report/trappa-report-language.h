/* trappa-report-language.h: the report in the plan's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _TrappaReportLanguage TrappaReportLanguage;

/* Until trappa_report_language_pop(), gettext translates into @language ("nn"
 * or "nb"), whatever the desktop's language: a plan written in Nynorsk is
 * printed in Nynorsk. Not thread-safe (gettext reads the environment). */
TrappaReportLanguage *trappa_report_language_push (const char           *language);
void                  trappa_report_language_pop  (TrappaReportLanguage *saved);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaReportLanguage, trappa_report_language_pop)

G_END_DECLS
