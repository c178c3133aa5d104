/* trappa-plan-schema.h: the plan file's RELAX NG schema, made from the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

#include "trappa-xml-report.h"

G_BEGIN_DECLS

/* The schema of the current format version, as committed in
 * data/trappa-plan.rng (a test keeps the two equal). */
char     *trappa_plan_schema_generate (void);

/* Validates @doc; @newer_minor relaxes the schema for a file from a newer
 * minor version: unknown elements and attributes in its own namespace are
 * then allowed (and kept). Problems go to @report. */
gboolean  trappa_plan_schema_validate (xmlDoc          *doc,
                                       gboolean         newer_minor,
                                       TrappaXmlReport *report);

G_END_DECLS
