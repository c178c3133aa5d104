/* trappa-plan-foreign.c: content the plan file keeps without knowing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-io"

#include <string.h>

#include "trappa-plan-foreign.h"
#include "trappa-xml-escape.h"

char *
trappa_foreign_from_element (xmlNode *node)
{
  xmlDoc *doc = xmlNewDoc ((const xmlChar *) "1.0");
  xmlNode *copy = xmlDocCopyNode (node, doc, 1);
  xmlBuffer *buffer = xmlBufferCreate ();
  char *text;

  /* Copied on its own, the element declares the namespaces it borrowed
   * from its ancestors, so it can be written back anywhere. */
  xmlDocSetRootElement (doc, copy);
  xmlReconciliateNs (doc, copy);
  xmlNodeDump (buffer, doc, copy, 0, 0);
  text = g_strndup ((const char *) xmlBufferContent (buffer), xmlBufferLength (buffer));

  xmlBufferFree (buffer);
  xmlFreeDoc (doc);
  return text;
}

char *
trappa_foreign_from_attribute (xmlAttr *attr)
{
  GString *entry = g_string_new ("@");
  xmlChar *value = xmlNodeGetContent ((xmlNode *) attr);
  const char *prefix = NULL;

  if (attr->ns != NULL && attr->ns->prefix != NULL)
    {
      prefix = (const char *) attr->ns->prefix;
      /* The xml prefix is bound by XML itself and is never declared. */
      if (!g_str_equal (prefix, "xml"))
        {
          g_string_append_printf (entry, "xmlns:%s=\"", prefix);
          trappa_xml_append_escaped (entry, (const char *) attr->ns->href, TRUE);
          g_string_append_c (entry, '"');
        }
    }
  g_string_append_c (entry, '\n');
  if (prefix != NULL)
    g_string_append_printf (entry, "%s:", prefix);
  g_string_append_printf (entry, "%s=\"", (const char *) attr->name);
  trappa_xml_append_escaped (entry, value != NULL ? (const char *) value : "", TRUE);
  g_string_append_c (entry, '"');

  xmlFree (value);
  return g_string_free (entry, FALSE);
}

void
trappa_foreign_write_attributes (GString   *out,
                                 GPtrArray *foreign)
{
  g_autoptr(GPtrArray) declared = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < foreign->len; i++)
    {
      const char *entry = g_ptr_array_index (foreign, i);
      const char *newline = strchr (entry, '\n');
      g_autofree char *declaration = NULL;

      if (entry[0] != '@' || newline == NULL || newline == entry + 1)
        continue;
      declaration = g_strndup (entry + 1, newline - entry - 1);
      if (!g_ptr_array_find_with_equal_func (declared, declaration, g_str_equal, NULL))
        {
          g_string_append_printf (out, " %s", declaration);
          g_ptr_array_add (declared, g_steal_pointer (&declaration));
        }
    }

  for (guint i = 0; i < foreign->len; i++)
    {
      const char *entry = g_ptr_array_index (foreign, i);
      const char *newline = strchr (entry, '\n');

      if (entry[0] == '@' && newline != NULL)
        g_string_append_printf (out, " %s", newline + 1);
    }
}

void
trappa_foreign_write_elements (GString   *out,
                               GPtrArray *foreign,
                               guint      indent)
{
  for (guint i = 0; i < foreign->len; i++)
    {
      const char *entry = g_ptr_array_index (foreign, i);

      if (entry[0] != '<')
        continue;
      /* Only the first line is indented: the rest is the element's own
       * content, kept exactly. */
      g_string_append_printf (out, "%*s%s\n", indent, "", entry);
    }
}
