/* trappa-xml-escape.h: text as XML 1.0 character data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends @text escaped for element content, or for a double-quoted
 * attribute value when @attribute is TRUE. Characters XML 1.0 cannot
 * carry at all (C0 controls other than tab, newline and carriage return)
 * are left out. */
void trappa_xml_append_escaped (GString    *out,
                                const char *text,
                                gboolean    attribute);

G_END_DECLS
