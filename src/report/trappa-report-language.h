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
/* Call once the text domain is bound, before anything is translated: GLib
 * decides at its first translation whether to translate at all, and says
 * no in a locale it finds no catalogue for (C.UTF-8, de_DE), which would
 * leave a report English on such a desktop. */
void                  trappa_report_language_init (void);

TrappaReportLanguage *trappa_report_language_push (const char           *language);
void                  trappa_report_language_pop  (TrappaReportLanguage *saved);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaReportLanguage, trappa_report_language_pop)

G_END_DECLS
