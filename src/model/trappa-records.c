/* trappa-records.c: the record kinds of a plan
 *
 * Each kind only declares its fields; TrappaItem stores them, so undo, the
 * plan file and validation treat all kinds alike. Property order is the
 * element order in the plan file: add new fields at the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-records"

#include "trappa-records.h"
#include "trappa-population.h"

TRAPPA_DEFINE_RECORD (TrappaStaircase, trappa_staircase)
TRAPPA_DEFINE_RECORD (TrappaStep, trappa_step)
TRAPPA_DEFINE_RECORD (TrappaCategory, trappa_category)
TRAPPA_DEFINE_RECORD (TrappaSideCount, trappa_side_count)
TRAPPA_DEFINE_RECORD (TrappaTargetGroup, trappa_target_group)
TRAPPA_DEFINE_RECORD (TrappaMappingRow, trappa_mapping_row)
TRAPPA_DEFINE_RECORD (TrappaMilestone, trappa_milestone)

static const char * const staircase_kinds[] = {
  TRAPPA_STAIRCASE_HOUSING, TRAPPA_STAIRCASE_ACTIVITY, NULL
};

static void
trappa_staircase_class_init (TrappaStaircaseClass *klass)
{
  static GParamSpec *props[4];

  props[1] = trappa_param_spec_choice ("kind", staircase_kinds);
  props[2] = trappa_param_spec_text ("name", FALSE);
  props[3] = trappa_param_spec_text ("unit-label", FALSE);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "staircase", props);
  trappa_item_class_add_list (TRAPPA_ITEM_CLASS (klass), "steps", TRAPPA_TYPE_STEP);
  trappa_item_class_add_list (TRAPPA_ITEM_CLASS (klass), "side-counts", TRAPPA_TYPE_SIDE_COUNT);
}

static void
trappa_step_class_init (TrappaStepClass *klass)
{
  static GParamSpec *props[11];

  props[1] = trappa_param_spec_text ("name", FALSE);
  props[2] = trappa_param_spec_text ("description", TRUE);
  props[3] = trappa_param_spec_text ("purpose", TRUE);
  props[4] = trappa_param_spec_text ("housing-types", TRUE);
  props[5] = trappa_param_spec_count ("units-today", TRAPPA_MAX_COUNT);
  props[6] = trappa_param_spec_count ("need", TRAPPA_MAX_COUNT);
  /* Service levels of the activity and mastery staircase use these too. */
  props[7] = trappa_param_spec_text ("services", TRUE);
  props[8] = trappa_param_spec_nok ("annual-cost-per-unit");
  /* On a service level: the housing steps it serves. */
  props[9] = trappa_param_spec_rules (trappa_param_spec_references ("housing-steps", TRAPPA_TYPE_STEP),
                                      "staircases[kind=" TRAPPA_STAIRCASE_HOUSING "]/steps",
                                      TRAPPA_ON_DELETE_CLEAR);
  props[10] = trappa_param_spec_rules (trappa_param_spec_references ("target-groups", TRAPPA_TYPE_TARGET_GROUP),
                                       "target-groups", TRAPPA_ON_DELETE_CLEAR);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "step", props);
  trappa_item_class_add_list (TRAPPA_ITEM_CLASS (klass), "categories", TRAPPA_TYPE_CATEGORY);
}

static void
trappa_category_class_init (TrappaCategoryClass *klass)
{
  static GParamSpec *props[5];

  props[1] = trappa_param_spec_text ("name", FALSE);
  props[2] = trappa_param_spec_text ("description", TRUE);
  props[3] = trappa_param_spec_count ("units-today", TRAPPA_MAX_COUNT);
  props[4] = trappa_param_spec_count ("need", TRAPPA_MAX_COUNT);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "category", props);
}

static void
trappa_side_count_class_init (TrappaSideCountClass *klass)
{
  static GParamSpec *props[4];

  props[1] = trappa_param_spec_text ("name", FALSE);
  props[2] = trappa_param_spec_text ("description", TRUE);
  props[3] = trappa_param_spec_count ("count", TRAPPA_MAX_COUNT);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "side-count", props);
}

static void
trappa_target_group_class_init (TrappaTargetGroupClass *klass)
{
  static GParamSpec *props[4];

  props[1] = trappa_param_spec_text ("name", FALSE);
  props[2] = trappa_param_spec_text ("description", TRUE);
  /* The age band the group's need follows (docs/needs.md); none: the whole
   * population. At most one id: a list only so that removing the band
   * clears it instead of removing the group. */
  props[3] = trappa_param_spec_references ("age-band", TRAPPA_TYPE_AGE_BAND);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "target-group", props);
}

static const char * const build_kinds[] = {
  "", TRAPPA_BUILD_NEW, TRAPPA_BUILD_REHAB, TRAPPA_BUILD_BOTH, NULL
};

static void
trappa_mapping_row_class_init (TrappaMappingRowClass *klass)
{
  static GParamSpec *props[11];

  /* A row of the housing mapping means nothing without its step and
   * target group. A level of the activity staircase has rows too: a need
   * typed on it before format 1.1 became one (trappa-typed-need.c), and
   * the needs model and the BEON scenarios use it. */
  props[1] = trappa_param_spec_rules (trappa_param_spec_reference ("step", TRAPPA_TYPE_STEP),
                                      "staircases/steps", TRAPPA_ON_DELETE_CASCADE);
  props[2] = trappa_param_spec_rules (trappa_param_spec_reference ("target-group", TRAPPA_TYPE_TARGET_GROUP),
                                      "target-groups", TRAPPA_ON_DELETE_CASCADE);
  props[3] = trappa_param_spec_count ("units-today", TRAPPA_MAX_COUNT);
  props[4] = trappa_param_spec_count ("need-period", TRAPPA_MAX_COUNT);
  props[5] = trappa_param_spec_count ("uncovered-now", TRAPPA_MAX_COUNT);
  props[6] = trappa_param_spec_count ("uncovered-period", TRAPPA_MAX_COUNT);
  props[7] = trappa_param_spec_text ("location", TRUE);
  props[8] = trappa_param_spec_choice ("build", build_kinds);
  props[9] = trappa_param_spec_nok ("cost");
  props[10] = trappa_param_spec_text ("remark", TRUE);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "mapping-row", props);
}

static void
trappa_milestone_class_init (TrappaMilestoneClass *klass)
{
  static GParamSpec *props[7];

  props[1] = trappa_param_spec_text ("code", FALSE);
  props[2] = trappa_param_spec_text ("title", TRUE);
  props[3] = trappa_param_spec_text ("due", FALSE);
  props[4] = trappa_param_spec_date ("due-date");
  props[5] = trappa_param_spec_text ("approver", FALSE);
  props[6] = trappa_param_spec_flag ("done");
  TRAPPA_ITEM_CLASS_INSTALL (klass, "milestone", props);
}

TrappaStaircase *
trappa_staircase_new (const char *kind)
{
  return g_object_new (TRAPPA_TYPE_STAIRCASE, "kind", kind, NULL);
}

TrappaStep *
trappa_step_new (void)
{
  return g_object_new (TRAPPA_TYPE_STEP, NULL);
}

TrappaCategory *
trappa_category_new (void)
{
  return g_object_new (TRAPPA_TYPE_CATEGORY, NULL);
}

TrappaSideCount *
trappa_side_count_new (void)
{
  return g_object_new (TRAPPA_TYPE_SIDE_COUNT, NULL);
}

TrappaTargetGroup *
trappa_target_group_new (void)
{
  return g_object_new (TRAPPA_TYPE_TARGET_GROUP, NULL);
}

TrappaMappingRow *
trappa_mapping_row_new (void)
{
  return g_object_new (TRAPPA_TYPE_MAPPING_ROW, NULL);
}

TrappaMilestone *
trappa_milestone_new (void)
{
  return g_object_new (TRAPPA_TYPE_MILESTONE, NULL);
}

gint64
trappa_step_get_units_total (TrappaStep *self)
{
  GListModel *categories = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (self), "categories"));
  guint n = g_list_model_get_n_items (categories);
  gint64 total = 0;

  if (n == 0)
    return trappa_item_get_int (TRAPPA_ITEM (self), "units-today");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) category = g_list_model_get_item (categories, i);
      total += trappa_item_get_int (category, "units-today");
    }
  return total;
}
