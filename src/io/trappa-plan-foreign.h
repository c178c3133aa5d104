/* trappa-plan-foreign.h: content the plan file keeps without knowing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* Elements and attributes in other namespaces (and unknown ones from a
 * newer minor version of the format) are kept per record, as entries of
 * trappa_item_get_foreign(): an element as its own serialised XML, with
 * the namespace declarations it needs; an attribute as "@", its namespace
 * declaration (if any), a newline and `prefix:name="value"`. */
char *trappa_foreign_from_element       (xmlNode    *node);
char *trappa_foreign_from_attribute     (xmlAttr    *attr);

/* The attributes, for a start tag (each preceded by a space, namespace
 * declarations first and once each). */
void  trappa_foreign_write_attributes   (GString    *out,
                                         GPtrArray  *foreign);
/* The elements, one per line group, indented by @indent spaces. */
void  trappa_foreign_write_elements     (GString    *out,
                                         GPtrArray  *foreign,
                                         guint       indent);

G_END_DECLS
