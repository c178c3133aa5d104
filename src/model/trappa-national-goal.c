/* trappa-national-goal.c: the record kind of a national goal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-national-goal"

#include "trappa-measure.h"
#include "trappa-national-goal.h"

/* Words of exported tables in the plan's language (see trappa_plan_tables_build_for). */
#include "trappa-plan-words.h"

TRAPPA_DEFINE_RECORD (TrappaNationalGoal, trappa_national_goal)

static const char * const statuses[] = {
  TRAPPA_GOAL_OPEN, TRAPPA_GOAL_PARTLY, TRAPPA_GOAL_ADDRESSED, NULL
};

static void
trappa_national_goal_class_init (TrappaNationalGoalClass *klass)
{
  static GParamSpec *props[6];

  props[1] = trappa_param_spec_text ("code", FALSE);
  props[2] = trappa_param_spec_required_text ("goal", _("New goal"));
  props[3] = trappa_param_spec_text ("approach", TRUE);
  props[4] = trappa_param_spec_rules (trappa_param_spec_references ("measures", TRAPPA_TYPE_MEASURE),
                                      "measures", TRAPPA_ON_DELETE_CLEAR);
  props[5] = trappa_param_spec_choice ("status", statuses);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "national-goal", props);
}

TrappaNationalGoal *
trappa_national_goal_new (void)
{
  return g_object_new (TRAPPA_TYPE_NATIONAL_GOAL, NULL);
}

const char * const *
trappa_national_goal_statuses (void)
{
  return statuses;
}

const char *
trappa_national_goal_status_label (const char *status)
{
  /* TRANSLATORS: how far the plan answers a goal of the national strategy */
  if (g_strcmp0 (status, TRAPPA_GOAL_ADDRESSED) == 0)
    return _("Addressed");
  if (g_strcmp0 (status, TRAPPA_GOAL_PARTLY) == 0)
    return _("Partly addressed");
  return _("Not addressed yet");
}
