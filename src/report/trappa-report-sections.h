/* trappa-report-sections.h: what the written plan says, section by section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"
#include "trappa-report-doc.h"

G_BEGIN_DECLS

/* The report of @plan dated @date (ISO), in the order of a written housing
 * plan: about the plan, the housing staircase, the activity and mastery
 * staircase, target groups and mapping, population and coverage, needs and
 * gap, the priority grid, the action plan and the milestones. A section
 * with no data is left out. Call it with the plan's language pushed
 * (trappa-report-language.h): the text is translated as it is built. The
 * figures keep pointers into @plan: keep it alive and unchanged. */
TrappaReportDoc *trappa_report_sections_build (TrappaPlan *plan,
                                               const char *date);

G_END_DECLS
