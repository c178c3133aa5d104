/* trappa-ros.c: the record kinds of the ROS, stakeholder and SWOT
 * analyses
 *
 * Like every kind they only declare their fields; the plan file, undo and
 * the record tables need nothing else. Property order is file order: add
 * new fields at the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-ros"

#include <glib/gi18n-lib.h>

#include "trappa-measure.h"
#include "trappa-ros.h"

TRAPPA_DEFINE_RECORD (TrappaRisk, trappa_risk)
TRAPPA_DEFINE_RECORD (TrappaStakeholder, trappa_stakeholder)
TRAPPA_DEFINE_RECORD (TrappaSwotPoint, trappa_swot_point)

static const char * const swot_quadrants[] = {
  TRAPPA_SWOT_STRENGTH, TRAPPA_SWOT_WEAKNESS, TRAPPA_SWOT_OPPORTUNITY, TRAPPA_SWOT_THREAT, NULL
};

/* 1 to 5; a new record starts at 1 until the room scores it. */
static GParamSpec *
scale (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, 1, TRAPPA_SCALE_MAX, 1,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
trappa_risk_class_init (TrappaRiskClass *klass)
{
  static GParamSpec *props[9];

  props[1] = trappa_param_spec_required_text ("hazard", _("New hazard"));
  props[2] = trappa_param_spec_text ("cause", TRUE);
  props[3] = scale ("likelihood");
  props[4] = scale ("consequence");
  props[5] = trappa_param_spec_references ("measures", TRAPPA_TYPE_MEASURE);
  props[6] = scale ("likelihood-after");
  props[7] = scale ("consequence-after");
  props[8] = trappa_param_spec_text ("responsible", FALSE);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "risk", props);
}

static void
trappa_stakeholder_class_init (TrappaStakeholderClass *klass)
{
  static GParamSpec *props[7];

  props[1] = trappa_param_spec_required_text ("name", _("New stakeholder"));
  props[2] = trappa_param_spec_text ("role", FALSE);
  props[3] = scale ("interest");
  props[4] = scale ("influence");
  props[5] = trappa_param_spec_text ("needs", TRUE);
  props[6] = trappa_param_spec_text ("involvement", TRUE);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "stakeholder", props);
}

static void
trappa_swot_point_class_init (TrappaSwotPointClass *klass)
{
  static GParamSpec *props[4];

  props[1] = trappa_param_spec_choice ("quadrant", swot_quadrants);
  props[2] = trappa_param_spec_required_text ("text", _("New point"));
  props[3] = trappa_param_spec_text ("remark", TRUE);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "swot-point", props);
}

const char * const *
trappa_swot_quadrants (void)
{
  return swot_quadrants;
}

TrappaRisk *
trappa_risk_new (void)
{
  return g_object_new (TRAPPA_TYPE_RISK, NULL);
}

TrappaStakeholder *
trappa_stakeholder_new (void)
{
  return g_object_new (TRAPPA_TYPE_STAKEHOLDER, NULL);
}

TrappaSwotPoint *
trappa_swot_point_new (void)
{
  return g_object_new (TRAPPA_TYPE_SWOT_POINT, NULL);
}

gint64
trappa_risk_get_score (TrappaRisk *self,
                       gboolean    after)
{
  TrappaItem *item = TRAPPA_ITEM (self);

  g_return_val_if_fail (TRAPPA_IS_RISK (self), 0);

  return after ? trappa_item_get_int (item, "likelihood-after") * trappa_item_get_int (item, "consequence-after")
               : trappa_item_get_int (item, "likelihood") * trappa_item_get_int (item, "consequence");
}

TrappaRiskLevel
trappa_risk_level_of (gint64 score)
{
  return score >= 10 ? TRAPPA_RISK_HIGH : score >= 5 ? TRAPPA_RISK_MEDIUM : TRAPPA_RISK_LOW;
}
