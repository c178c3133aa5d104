/* trappa-plan-rules.c: the rules across records, for a file being read
 *
 * The rules themselves are the model's (trappa-plan-constraints.c), which
 * also refuses an edit that would break one; here each broken rule gets
 * the line of the record or field at fault, and of the record it clashes
 * with, so a file that breaks one is refused rather than opened and
 * shown wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-io"

#include <glib/gi18n.h>

#include "trappa-plan-constraints.h"
#include "trappa-plan-rules.h"

typedef struct
{
  TrappaPlanLines *lines;
  TrappaXmlReport *report;
} Rules;

static void
report_problem (const TrappaPlanProblem *problem,
                gpointer                 user_data)
{
  Rules *rules = user_data;
  guint line = trappa_plan_lines_get (rules->lines, problem->item, problem->field);

  if (problem->other != NULL)
    trappa_xml_report_add (rules->report, line, problem->code, _("%s (the other is on line %u)"),
                           problem->message, trappa_plan_lines_get (rules->lines, problem->other, NULL));
  else
    trappa_xml_report_add (rules->report, line, problem->code, "%s", problem->message);
}

void
trappa_plan_rules_check (TrappaPlan      *plan,
                         TrappaPlanLines *lines,
                         TrappaXmlReport *report)
{
  Rules rules = { lines, report };

  trappa_plan_constraints_check (plan, report_problem, &rules);
}
