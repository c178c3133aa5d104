/* trappa-plan-rules.h: what a plan must be beyond each field's own value
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"
#include "trappa-plan-lines.h"
#include "trappa-xml-report.h"

G_BEGIN_DECLS

/* Checks the rules across fields and records that the schema cannot say
 * (trappa-plan-constraints.h; docs/file-format.md, "Rules across
 * records"). Problems go to @report with the line from @lines. */
void trappa_plan_rules_check (TrappaPlan      *plan,
                              TrappaPlanLines *lines,
                              TrappaXmlReport *report);

G_END_DECLS
