/* trappa-records.h: the record kinds of a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-item.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_STAIRCASE (trappa_staircase_get_type ())
G_DECLARE_FINAL_TYPE (TrappaStaircase, trappa_staircase, TRAPPA, STAIRCASE, TrappaItem)

#define TRAPPA_TYPE_STEP (trappa_step_get_type ())
G_DECLARE_FINAL_TYPE (TrappaStep, trappa_step, TRAPPA, STEP, TrappaItem)

#define TRAPPA_TYPE_CATEGORY (trappa_category_get_type ())
G_DECLARE_FINAL_TYPE (TrappaCategory, trappa_category, TRAPPA, CATEGORY, TrappaItem)

#define TRAPPA_TYPE_SIDE_COUNT (trappa_side_count_get_type ())
G_DECLARE_FINAL_TYPE (TrappaSideCount, trappa_side_count, TRAPPA, SIDE_COUNT, TrappaItem)

#define TRAPPA_TYPE_TARGET_GROUP (trappa_target_group_get_type ())
G_DECLARE_FINAL_TYPE (TrappaTargetGroup, trappa_target_group, TRAPPA, TARGET_GROUP, TrappaItem)

#define TRAPPA_TYPE_MAPPING_ROW (trappa_mapping_row_get_type ())
G_DECLARE_FINAL_TYPE (TrappaMappingRow, trappa_mapping_row, TRAPPA, MAPPING_ROW, TrappaItem)

#define TRAPPA_TYPE_MILESTONE (trappa_milestone_get_type ())
G_DECLARE_FINAL_TYPE (TrappaMilestone, trappa_milestone, TRAPPA, MILESTONE, TrappaItem)

/* Staircase kinds ("kind" property). */
#define TRAPPA_STAIRCASE_HOUSING  "housing"   /* bustadtrapp */
#define TRAPPA_STAIRCASE_ACTIVITY "activity"  /* aktivitets- og meistringstrapp */

/* Mapping row "build" choices: how uncovered need in the period is met. */
#define TRAPPA_BUILD_NEW          "new-build"
#define TRAPPA_BUILD_REHAB        "rehabilitation"
#define TRAPPA_BUILD_BOTH         "both"

TrappaStaircase   *trappa_staircase_new    (const char *kind);
TrappaStep        *trappa_step_new         (void);
TrappaCategory    *trappa_category_new     (void);
TrappaSideCount   *trappa_side_count_new   (void);
TrappaTargetGroup *trappa_target_group_new (void);
TrappaMappingRow  *trappa_mapping_row_new  (void);
TrappaMilestone   *trappa_milestone_new    (void);

/* A step's units: the sum of its categories' units where it has any. */
gint64             trappa_step_get_units_total (TrappaStep *self);

G_END_DECLS
