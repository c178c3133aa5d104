/* trappa-xml-report.h: the problems found in one plan file, with lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/xmlerror.h>

#include "trappa-error.h"

G_BEGIN_DECLS

/* Collects problems the way a compiler reports them ("FILE:LINE: what"),
 * so the open dialog and `trappa --validate` show every one at once. */
typedef struct _TrappaXmlReport TrappaXmlReport;

TrappaXmlReport *trappa_xml_report_new       (const char       *display_name);
void             trappa_xml_report_free      (TrappaXmlReport  *self);
void             trappa_xml_report_add       (TrappaXmlReport  *self,
                                              guint             line,
                                              TrappaError       code,
                                              const char       *format,
                                              ...) G_GNUC_PRINTF (4, 5);
gboolean         trappa_xml_report_is_empty  (TrappaXmlReport  *self);
/* Adds @other's problems after @self's, as if they had been added here. */
void             trappa_xml_report_append    (TrappaXmlReport  *self,
                                              TrappaXmlReport  *other);
/* Sets @error (code and line of the first problem, all problems in the
 * message) and returns FALSE when there is any problem. */
gboolean         trappa_xml_report_check     (TrappaXmlReport  *self,
                                              guint            *error_line,
                                              GError          **error);

/* Routes libxml2's messages into the report instead of stderr while a
 * parse or validation runs; @code is what libxml2's errors count as. */
void             trappa_xml_report_capture   (TrappaXmlReport  *self,
                                              TrappaError       code);
void             trappa_xml_report_release   (TrappaXmlReport  *self);
/* An xmlStructuredErrorFunc: @report is the TrappaXmlReport. */
void             trappa_xml_report_on_libxml  (void            *report,
                                               xmlErrorPtr      error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaXmlReport, trappa_xml_report_free)

G_END_DECLS
