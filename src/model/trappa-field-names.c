/* trappa-field-names.c: record kinds and fields in words
 *
 * Used where the model speaks about records in sentences (differences
 * between two plan files, merge conflicts). A kind or field added to the
 * model without a row here is named by its file name until it gets one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-field-names"

#include <glib/gi18n-lib.h>

#include "trappa-field-names.h"

static const struct
{
  const char *tag;
  const char *label;
} kinds[] = {
  { "plan", N_("Plan") },
  { "staircase", N_("Staircase") },
  { "step", N_("Step") },
  { "category", N_("Category") },
  { "side-count", N_("Count beside the staircase") },
  { "target-group", N_("Target group") },
  { "mapping-row", N_("Mapping row") },
  { "milestone", N_("Milestone") },
  { "target-area", N_("Target area") },
  { "workshop-group", N_("Workshop group") },
  { "measure", N_("Measure") },
  { "score", N_("Score") },
  { "dot-vote", N_("Dots") },
  { "age-band", N_("Age group") },
  { "population-series", N_("Population series") },
  { "population-value", N_("Population figure") },
  { "coverage", N_("Coverage") },
  { "beon-scenario", N_("BEON scenario") },
  { "gap-text", N_("Gap analysis text") },
  { "risk", N_("Risk") },
  { "stakeholder", N_("Stakeholder") },
  { "swot-point", N_("SWOT point") },
  { "participation", N_("Participation plan row") },
  { "mobilisation", N_("Mobilisation plan row") },
  { "meeting-item", N_("Meeting plan item") },
  { "success-factor", N_("Success factor") },
  { "national-goal", N_("National goal") },
  { "action-plan-revision", N_("Revision of the action plan") },
};

/* A NULL tag names the field in every kind that has no row of its own. */
static const struct
{
  const char *tag;
  const char *field;
  const char *label;
} fields[] = {
  { NULL, "example", N_("example figures") },
  { NULL, "name", N_("name") },
  { NULL, "title", N_("title") },
  { NULL, "description", N_("description") },
  { NULL, "units-today", N_("units today") },
  { NULL, "need", N_("need") },
  { NULL, "target-groups", N_("target groups") },
  { NULL, "target-group", N_("target group") },
  { NULL, "target-area", N_("target area") },
  { NULL, "step", N_("step") },
  { NULL, "band", N_("age group") },
  { NULL, "count", N_("count") },
  { NULL, "year", N_("year") },
  { NULL, "source", N_("source") },
  { NULL, "date", N_("date") },
  { NULL, "steps", N_("steps") },
  { NULL, "responsible", N_("responsible") },
  { NULL, "remark", N_("remark") },
  { NULL, "measures", N_("measures") },
  { "plan", "municipality", N_("municipality") },
  { "plan", "municipality-number", N_("municipality number") },
  { "plan", "period-start", N_("first year of the plan period") },
  { "plan", "period-end", N_("last year of the plan period") },
  { "plan", "base-year", N_("base year") },
  { "plan", "horizon", N_("horizon") },
  { "plan", "language", N_("language") },
  { "plan", "action-plan-start", N_("first year of the action plan") },
  { "action-plan-revision", "from-year", N_("first year before") },
  { "action-plan-revision", "to-year", N_("first year after") },
  { "action-plan-revision", "text", N_("text") },
  { "action-plan-revision", "done-measures", N_("measures done") },
  { "staircase", "kind", N_("kind") },
  { "staircase", "unit-label", N_("unit") },
  { "step", "purpose", N_("purpose") },
  { "step", "housing-types", N_("housing types") },
  { "step", "services", N_("services") },
  { "step", "annual-cost-per-unit", N_("annual cost per unit") },
  { "step", "housing-steps", N_("housing steps") },
  { "mapping-row", "need-period", N_("mapped need in the period") },
  { "mapping-row", "uncovered-now", N_("uncovered need now") },
  { "mapping-row", "uncovered-period", N_("uncovered need in the period") },
  { "mapping-row", "location", N_("location") },
  { "mapping-row", "build", N_("new build or rehabilitation") },
  { "mapping-row", "cost", N_("estimated cost") },
  { "milestone", "code", N_("code") },
  { "milestone", "due", N_("due") },
  { "milestone", "due-date", N_("due date") },
  { "milestone", "approver", N_("approver") },
  { "milestone", "done", N_("done") },
  { "target-area", "goal", N_("goal") },
  { "measure", "strategy", N_("strategy") },
  { "measure", "deadline", N_("deadline") },
  { "measure", "investment-cost", N_("investment cost") },
  { "measure", "operating-cost", N_("operating cost") },
  { "measure", "status", N_("status") },
  { "measure", "compensating", N_("compensating") },
  { "measure", "effect-kind", N_("kind of effect") },
  { "measure", "effect-step", N_("step of the effect") },
  { "measure", "effect-units", N_("units of the effect") },
  { "measure", "effect-percent", N_("effect in per cent") },
  { "measure", "effect-year", N_("year of the effect") },
  { "measure", "investment-by-year", N_("investment per year") },
  { "measure", "operating-by-year", N_("operating cost per year") },
  { "score", "group", N_("workshop group") },
  { "score", "axis", N_("axis") },
  { "score", "value", N_("value") },
  { "dot-vote", "group", N_("workshop group") },
  { "dot-vote", "count", N_("number of dots") },
  { "age-band", "min-age", N_("lowest age") },
  { "age-band", "max-age", N_("highest age") },
  { "age-band", "open-ended", N_("and older") },
  { "population-series", "scenario", N_("scenario") },
  { "coverage", "use-target", N_("use a target ratio") },
  { "coverage", "target-ratio", N_("target ratio per 10,000") },
  { "beon-scenario", "level", N_("level") },
  { "beon-scenario", "percent", N_("per cent") },
  { "beon-scenario", "from-year", N_("from year") },
  { "gap-text", "status-today", N_("status today") },
  { "gap-text", "needs-measures", N_("need and measures") },
  { "gap-text", "vision", N_("vision") },
  { "risk", "hazard", N_("hazard") },
  { "risk", "cause", N_("cause") },
  { "risk", "likelihood", N_("likelihood") },
  { "risk", "consequence", N_("consequence") },
  { "risk", "likelihood-after", N_("likelihood after the measures") },
  { "risk", "consequence-after", N_("consequence after the measures") },
  { "stakeholder", "role", N_("role") },
  { "stakeholder", "interest", N_("interest") },
  { "stakeholder", "influence", N_("influence") },
  { "stakeholder", "needs", N_("what they need") },
  { "stakeholder", "involvement", N_("how they are involved") },
  { "swot-point", "quadrant", N_("quadrant") },
  { "swot-point", "text", N_("text") },
  { NULL, "who", N_("who") },
  { NULL, "how", N_("how") },
  { NULL, "when", N_("when") },
  { NULL, "status", N_("status") },
  { "meeting-item", "time", N_("time") },
  { "meeting-item", "why", N_("why") },
  { "meeting-item", "what", N_("what") },
  { "meeting-item", "minutes", N_("minutes") },
  { "meeting-item", "preparation", N_("preparation") },
  { "success-factor", "factor", N_("factor") },
  { "success-factor", "assessment", N_("assessment") },
  { "success-factor", "action", N_("what to do") },
  { "national-goal", "code", N_("number") },
  { "national-goal", "goal", N_("goal") },
  { "national-goal", "approach", N_("how the plan addresses it") },
};

const char *
trappa_kind_label (const char *tag)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].tag, tag) == 0)
      return _(kinds[i].label);
  return tag;
}

const char *
trappa_field_label (const char *tag,
                    const char *field)
{
  const char *fallback = field;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (fields[i].field, field) == 0)
      {
        if (g_strcmp0 (fields[i].tag, tag) == 0)
          return _(fields[i].label);
        if (fields[i].tag == NULL)
          fallback = _(fields[i].label);
      }
  return fallback;
}

char *
trappa_record_label (TrappaItem *item)
{
  const char *tag = trappa_item_class_get_tag (TRAPPA_ITEM_GET_CLASS (item));
  const char *field = trappa_item_class_get_name_field (TRAPPA_ITEM_GET_CLASS (item));

  if (!g_str_equal (field, "id") && *trappa_item_get_string (item, field) != '\0')
    /* TRANSLATORS: a record kind and its name, e.g. Measure «Housing First team» */
    return g_strdup_printf (_("%s «%s»"), trappa_kind_label (tag), trappa_item_get_string (item, field));
  /* TRANSLATORS: a record kind and its id, when it has no name */
  return g_strdup_printf (_("%s %s"), trappa_kind_label (tag), trappa_item_get_id (item));
}
