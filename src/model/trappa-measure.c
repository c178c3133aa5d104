/* trappa-measure.c: measures (tiltak), target areas, workshop groups and
 * their priority scores
 *
 * The kinds only declare their fields, as in trappa-records.c: the plan
 * file, undo and validation handle them by introspection. Property order is
 * file order: add new fields at the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-measure"

#include "trappa-dot-vote.h"
#include "trappa-measure.h"
#include "trappa-priority.h"

/* Words of exported tables in the plan's language (see trappa_plan_tables_build_for). */
#include "trappa-plan-words.h"

TRAPPA_DEFINE_RECORD (TrappaTargetArea, trappa_target_area)
TRAPPA_DEFINE_RECORD (TrappaWorkshopGroup, trappa_workshop_group)
TRAPPA_DEFINE_RECORD (TrappaMeasure, trappa_measure)
TRAPPA_DEFINE_RECORD (TrappaScore, trappa_score)

static const char * const statuses[] = {
  TRAPPA_MEASURE_STATUS_PROPOSED, TRAPPA_MEASURE_STATUS_ADOPTED,
  TRAPPA_MEASURE_STATUS_STARTED, TRAPPA_MEASURE_STATUS_DONE, NULL
};

static const char * const effect_kinds[] = {
  "", TRAPPA_EFFECT_UNITS_ADDED, TRAPPA_EFFECT_NEED_REDUCED, NULL
};

static void
trappa_target_area_class_init (TrappaTargetAreaClass *klass)
{
  static GParamSpec *props[4];

  props[1] = trappa_param_spec_text ("name", FALSE);
  props[2] = trappa_param_spec_text ("goal", TRUE);
  props[3] = trappa_param_spec_text ("description", TRUE);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "target-area", props);
}

static void
trappa_workshop_group_class_init (TrappaWorkshopGroupClass *klass)
{
  static GParamSpec *props[3];

  props[1] = trappa_param_spec_text ("name", FALSE);
  props[2] = trappa_param_spec_text ("description", TRUE);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "workshop-group", props);
}

static void
trappa_measure_class_init (TrappaMeasureClass *klass)
{
  static GParamSpec *props[20];

  props[1] = trappa_param_spec_text ("title", FALSE);
  props[2] = trappa_param_spec_text ("description", TRUE);
  props[3] = trappa_param_spec_rules (trappa_param_spec_reference ("target-area", TRAPPA_TYPE_TARGET_AREA),
                                      "target-areas", TRAPPA_ON_DELETE_CASCADE);
  props[4] = trappa_param_spec_text ("strategy", TRUE);
  props[5] = trappa_param_spec_text ("responsible", FALSE);
  props[6] = trappa_param_spec_text ("deadline", FALSE);
  props[7] = trappa_param_spec_nok ("investment-cost");
  props[8] = trappa_param_spec_nok ("operating-cost");
  props[9] = trappa_param_spec_rules (trappa_param_spec_references ("steps", TRAPPA_TYPE_STEP),
                                      "staircases/steps", TRAPPA_ON_DELETE_CLEAR);
  props[10] = trappa_param_spec_rules (trappa_param_spec_references ("target-groups", TRAPPA_TYPE_TARGET_GROUP),
                                       "target-groups", TRAPPA_ON_DELETE_CLEAR);
  props[11] = trappa_param_spec_choice ("status", statuses);
  props[12] = trappa_param_spec_flag ("compensating");
  props[13] = trappa_param_spec_choice ("effect-kind", effect_kinds);
  props[14] = trappa_param_spec_rules (trappa_param_spec_reference ("effect-step", TRAPPA_TYPE_STEP),
                                       "staircases/steps", TRAPPA_ON_DELETE_CLEAR);
  props[15] = trappa_param_spec_count ("effect-units", TRAPPA_MAX_COUNT);
  props[16] = trappa_param_spec_count ("effect-percent", 100);
  props[17] = trappa_param_spec_year ("effect-year");
  /* Cost per budget year; when empty, the single figures above count
   * (trappa_measure_cost_in_year). */
  props[18] = trappa_param_spec_year_amounts ("investment-by-year");
  props[19] = trappa_param_spec_year_amounts ("operating-by-year");
  TRAPPA_ITEM_CLASS_INSTALL (klass, "measure", props);
  trappa_item_class_add_list (TRAPPA_ITEM_CLASS (klass), "scores", TRAPPA_TYPE_SCORE);
  trappa_item_class_add_list (TRAPPA_ITEM_CLASS (klass), "dots", TRAPPA_TYPE_DOT_VOTE);
}

/* A score's fields, for its constructor. */
static GParamSpec *score_props[4];

static void
trappa_score_class_init (TrappaScoreClass *klass)
{
  GParamSpec **props = score_props;

  props[1] = trappa_param_spec_rules (trappa_param_spec_reference ("group", TRAPPA_TYPE_WORKSHOP_GROUP),
                                      "workshop-groups", TRAPPA_ON_DELETE_CASCADE);
  props[2] = trappa_param_spec_choice ("axis", trappa_priority_axis_names ());
  props[3] = trappa_param_spec_count ("value", TRAPPA_SCORE_MAX);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "score", score_props);
}

TrappaTargetArea *
trappa_target_area_new (const char *name)
{
  return g_object_new (TRAPPA_TYPE_TARGET_AREA, "name", name, NULL);
}

TrappaWorkshopGroup *
trappa_workshop_group_new (const char *name)
{
  return g_object_new (TRAPPA_TYPE_WORKSHOP_GROUP, "name", name, NULL);
}

TrappaMeasure *
trappa_measure_new (const char *title)
{
  return g_object_new (TRAPPA_TYPE_MEASURE,
                       "title", title,
                       "status", TRAPPA_MEASURE_STATUS_PROPOSED,
                       NULL);
}

/* Filled without the property machinery, as the file reader fills
 * records: setting three properties (each compared, copied and notified)
 * was most of the time an import of 20,000 scores took. A new record has
 * no handlers to notify. */
TrappaScore *
trappa_score_new (const char *group_id,
                  const char *axis,
                  gint64      value)
{
  TrappaScore *self = g_object_new (TRAPPA_TYPE_SCORE, NULL);
  int a = trappa_priority_axis_from_name (axis);
  GValue group_value = G_VALUE_INIT;
  GValue axis_value = G_VALUE_INIT;
  GValue score_value = G_VALUE_INIT;

  g_value_init (&group_value, G_TYPE_STRING);
  g_value_set_string (&group_value, group_id != NULL ? group_id : "");
  trappa_item_take_new_value (TRAPPA_ITEM (self), score_props[1], &group_value);
  /* An axis's name lives as long as the program, as the file reader
   * keeps a choice. */
  g_value_init (&axis_value, G_TYPE_STRING);
  if (a >= 0)
    g_value_set_static_string (&axis_value, trappa_priority_axis_name (a));
  else
    g_value_set_string (&axis_value, axis);
  trappa_item_take_new_value (TRAPPA_ITEM (self), score_props[2], &axis_value);
  g_value_init (&score_value, G_TYPE_INT64);
  g_value_set_int64 (&score_value, CLAMP (value, 0, TRAPPA_SCORE_MAX));
  trappa_item_take_new_value (TRAPPA_ITEM (self), score_props[3], &score_value);
  return self;
}

const char * const *
trappa_measure_get_statuses (void)
{
  return statuses;
}

const char *
trappa_measure_status_label (const char *status)
{
  if (g_strcmp0 (status, TRAPPA_MEASURE_STATUS_ADOPTED) == 0)
    return _("Adopted");
  if (g_strcmp0 (status, TRAPPA_MEASURE_STATUS_STARTED) == 0)
    return _("Started");
  if (g_strcmp0 (status, TRAPPA_MEASURE_STATUS_DONE) == 0)
    return _("Done");
  return _("Proposed");
}

const char *
trappa_measure_get_effect_step (TrappaMeasure *self)
{
  const char *step;

  g_return_val_if_fail (TRAPPA_IS_MEASURE (self), NULL);

  step = trappa_item_get_string (TRAPPA_ITEM (self), "effect-step");
  return *step != '\0' ? step : NULL;
}

TrappaScore *
trappa_measure_find_score (TrappaMeasure *self,
                           const char    *group_id,
                           const char    *axis)
{
  GListModel *scores;
  guint n;

  g_return_val_if_fail (TRAPPA_IS_MEASURE (self), NULL);

  scores = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (self), "scores"));
  n = g_list_model_get_n_items (scores);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) score = g_list_model_get_item (scores, i);

      if (g_strcmp0 (trappa_item_get_string (score, "group"), group_id != NULL ? group_id : "") == 0 &&
          g_strcmp0 (trappa_item_get_string (score, "axis"), axis) == 0)
        return TRAPPA_SCORE (score); /* owned by the measure */
    }
  return NULL;
}

gboolean
trappa_measure_set_score (TrappaMeasure  *self,
                          TrappaPlan     *plan,
                          const char     *group_id,
                          const char     *axis,
                          gint64          value,
                          GError        **error)
{
  TrappaScore *score;
  g_autoptr(TrappaScore) added = NULL;

  g_return_val_if_fail (TRAPPA_IS_MEASURE (self), FALSE);
  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), FALSE);

  if (trappa_priority_axis_from_name (axis) < 0)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("“%s” is not a priority axis"), axis != NULL ? axis : "");
      return FALSE;
    }
  if (value < 0 || value > TRAPPA_SCORE_MAX)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("A score must be from 0 to %d"), TRAPPA_SCORE_MAX);
      return FALSE;
    }

  score = trappa_measure_find_score (self, group_id, axis);
  if (score != NULL)
    return trappa_plan_set_int (plan, TRAPPA_ITEM (score), "value", value, error);

  added = trappa_score_new (group_id, axis, value);
  trappa_plan_insert (plan, TRAPPA_ITEM (self), "scores", -1, TRAPPA_ITEM (added));
  return TRUE;
}
