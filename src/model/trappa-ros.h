/* trappa-ros.h: the risk and vulnerability analysis (ROS), the stakeholder
 * analysis (interessentanalyse) and SWOT
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

/* Likelihood, consequence, influence and interest are scored 1 to 5. */
#define TRAPPA_SCALE_MAX 5

/* A risk (ROS). Plan list "risks". Fields, in file order:
 *
 *   hazard                    what may happen (uønskt hending); never empty
 *   cause                     why it may happen
 *   likelihood, consequence   1–5 before the measures (sannsyn, konsekvens)
 *   measures                  references to the mitigating TrappaMeasures;
 *                             removing a measure clears it here, never
 *                             removes the risk
 *   likelihood-after,         1–5 once the measures work
 *   consequence-after
 *   responsible               who follows the risk up (a role)
 */
#define TRAPPA_TYPE_RISK (trappa_risk_get_type ())
G_DECLARE_FINAL_TYPE (TrappaRisk, trappa_risk, TRAPPA, RISK, TrappaItem)

/* A stakeholder (interessent). Plan list "stakeholders". Fields: name
 * (never empty), role, interest and influence (1–5), needs (what they
 * need from the plan), involvement (how they are involved). */
#define TRAPPA_TYPE_STAKEHOLDER (trappa_stakeholder_get_type ())
G_DECLARE_FINAL_TYPE (TrappaStakeholder, trappa_stakeholder, TRAPPA, STAKEHOLDER, TrappaItem)

/* One point of a SWOT analysis. Plan list "swot-points". Fields: quadrant
 * (TRAPPA_SWOT_*), text (never empty), remark. */
#define TRAPPA_TYPE_SWOT_POINT (trappa_swot_point_get_type ())
G_DECLARE_FINAL_TYPE (TrappaSwotPoint, trappa_swot_point, TRAPPA, SWOT_POINT, TrappaItem)

#define TRAPPA_SWOT_STRENGTH     "strength"
#define TRAPPA_SWOT_WEAKNESS     "weakness"
#define TRAPPA_SWOT_OPPORTUNITY  "opportunity"
#define TRAPPA_SWOT_THREAT       "threat"

/* The choices of a SWOT point's quadrant, in the order the chart reads
 * them (top left, top right, bottom left, bottom right). */
const char * const *trappa_swot_quadrants (void);

typedef enum
{
  TRAPPA_RISK_LOW,     /* green: 1–4 */
  TRAPPA_RISK_MEDIUM,  /* yellow: 5–9 */
  TRAPPA_RISK_HIGH,    /* red: 10–25 */
} TrappaRiskLevel;

TrappaRisk        *trappa_risk_new         (void);
TrappaStakeholder *trappa_stakeholder_new  (void);
TrappaSwotPoint   *trappa_swot_point_new   (void);

/* Likelihood × consequence, before the measures or (@after) once they
 * work: 1 to 25. */
gint64             trappa_risk_get_score   (TrappaRisk *self,
                                            gboolean    after);
TrappaRiskLevel    trappa_risk_level_of    (gint64      score);

G_END_DECLS
