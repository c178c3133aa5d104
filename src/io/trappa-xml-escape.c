/* trappa-xml-escape.c: text as XML 1.0 character data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-io"

#include "trappa-xml-escape.h"

void
trappa_xml_append_escaped (GString    *out,
                           const char *text,
                           gboolean    attribute)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '\r':
          /* A parser turns a raw CR into LF; the reference survives. */
          g_string_append (out, "&#13;");
          break;
        case '"':
          g_string_append (out, attribute ? "&quot;" : "\"");
          break;
        case '\n':
          g_string_append (out, attribute ? "&#10;" : "\n");
          break;
        case '\t':
          g_string_append (out, attribute ? "&#9;" : "\t");
          break;
        default:
          if ((guchar) *p >= 0x20)
            g_string_append_c (out, *p);
        }
    }
}
