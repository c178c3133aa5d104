/* trappa-measure.h: measures (tiltak), target areas, workshop groups and
 * their priority scores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

/* A target area (målområde) of the action plan, e.g. "Kommunale bustader".
 * Plan list "target-areas". Fields: name, goal (mål), description. */
#define TRAPPA_TYPE_TARGET_AREA (trappa_target_area_get_type ())
G_DECLARE_FINAL_TYPE (TrappaTargetArea, trappa_target_area, TRAPPA, TARGET_AREA, TrappaItem)

/* A group (or one participant) in a workshop that scores measures on its
 * own. Plan list "workshop-groups". Fields: name, description. */
#define TRAPPA_TYPE_WORKSHOP_GROUP (trappa_workshop_group_get_type ())
G_DECLARE_FINAL_TYPE (TrappaWorkshopGroup, trappa_workshop_group, TRAPPA, WORKSHOP_GROUP, TrappaItem)

/* A measure (tiltak). Plan list "measures"; its scores are its own list
 * "scores". Fields, in file order:
 *
 *   title, description        text
 *   target-area               reference to a TrappaTargetArea ("" = none);
 *                             removing the area removes its measures
 *   strategy, responsible     text (ansvarleg)
 *   deadline                  text: an ISO date "2026-06-30" or a year "2027"
 *   investment-cost           NOK, once
 *   operating-cost            NOK per year
 *   steps                     references to the TrappaStep(s) it concerns
 *                             (either staircase)
 *   target-groups             references to TrappaTargetGroup(s)
 *   status                    TRAPPA_MEASURE_STATUS_*
 *   compensating              flag: a compensating measure (kompenserande)
 *
 * Expected effect, for the needs arithmetic (issue 5):
 *   effect-kind               "" (none), TRAPPA_EFFECT_UNITS_ADDED or
 *                             TRAPPA_EFFECT_NEED_REDUCED
 *   effect-step               reference to the step (either staircase) the
 *                             effect lands on; removing the step clears it
 *                             and the measure stays
 *   effect-units              units-added: whole units (flats, places)
 *                             added on effect-step from effect-year on
 *   effect-percent            need-reduced: 0–100, the share of the step's
 *                             need removed from effect-year on
 *   effect-year               the first year the effect counts (0 = from
 *                             the start of the plan period)
 *
 * Cost per budget year of the action plan (trappa-action-plan.h):
 *   investment-by-year        NOK by year (trappa-year-amounts.h); when
 *   operating-by-year         empty, investment-cost and operating-cost
 *                             count from the deadline's year
 */
#define TRAPPA_TYPE_MEASURE (trappa_measure_get_type ())
G_DECLARE_FINAL_TYPE (TrappaMeasure, trappa_measure, TRAPPA, MEASURE, TrappaItem)

/* One score of a measure on one axis by one group. Fields: group (reference
 * to a TrappaWorkshopGroup; "" = the whole room, scored live by the leader;
 * removing the group removes its scores),
 * axis (a trappa_priority axis name), value (0–100). */
#define TRAPPA_TYPE_SCORE (trappa_score_get_type ())
G_DECLARE_FINAL_TYPE (TrappaScore, trappa_score, TRAPPA, SCORE, TrappaItem)

#define TRAPPA_MEASURE_STATUS_PROPOSED "forslag"
#define TRAPPA_MEASURE_STATUS_ADOPTED  "vedteke"
#define TRAPPA_MEASURE_STATUS_STARTED  "i-gang"
#define TRAPPA_MEASURE_STATUS_DONE     "ferdig"

#define TRAPPA_EFFECT_UNITS_ADDED      "units-added"
#define TRAPPA_EFFECT_NEED_REDUCED     "need-reduced"

#define TRAPPA_SCORE_MAX               100

TrappaTargetArea    *trappa_target_area_new       (const char *name);
TrappaWorkshopGroup *trappa_workshop_group_new    (const char *name);
TrappaMeasure       *trappa_measure_new           (const char *title);
TrappaScore         *trappa_score_new             (const char *group_id,
                                                   const char *axis,
                                                   gint64      value);

/* The allowed status values, NULL-terminated, and a translated label. */
const char * const  *trappa_measure_get_statuses  (void);
const char          *trappa_measure_status_label  (const char *status);

/* The one step of the expected effect, or NULL. */
const char          *trappa_measure_get_effect_step (TrappaMeasure *self);

/* The score record of @group_id ("" = whole room) on @axis, or NULL. */
TrappaScore         *trappa_measure_find_score    (TrappaMeasure *self,
                                                   const char    *group_id,
                                                   const char    *axis);
/* Sets the score through @plan (undoable): changes the existing record's
 * value or inserts a new record. */
gboolean             trappa_measure_set_score     (TrappaMeasure *self,
                                                   TrappaPlan    *plan,
                                                   const char    *group_id,
                                                   const char    *axis,
                                                   gint64         value,
                                                   GError       **error);

G_END_DECLS
