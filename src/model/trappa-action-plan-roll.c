/* trappa-action-plan-roll.c: rolling the action plan on to the next
 * budget year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-action-plan"

#include <glib/gi18n-lib.h>

#include "trappa-action-plan.h"
#include "trappa-action-plan-roll.h"
#include "trappa-format.h"
#include "trappa-measure.h"
#include "trappa-plan-constraints.h"

TRAPPA_DEFINE_RECORD (TrappaActionPlanRevision, trappa_action_plan_revision)

static void
trappa_action_plan_revision_class_init (TrappaActionPlanRevisionClass *klass)
{
  static GParamSpec *props[6];

  props[1] = trappa_param_spec_date ("date");
  props[2] = trappa_param_spec_year ("from-year");
  props[3] = trappa_param_spec_year ("to-year");
  props[4] = trappa_param_spec_text ("text", TRUE);
  /* A measure removed later simply leaves the list. */
  props[5] = trappa_param_spec_rules (trappa_param_spec_references ("done-measures", TRAPPA_TYPE_MEASURE),
                                      "measures", TRAPPA_ON_DELETE_CLEAR);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "action-plan-revision", props);
}

GStrv
trappa_action_plan_newly_done (TrappaPlan *plan)
{
  GListModel *measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures"));
  g_autoptr(GHashTable) closed = trappa_action_plan_closed (plan);
  g_autoptr(GStrvBuilder) done = g_strv_builder_new ();
  guint n = g_list_model_get_n_items (measures);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) measure = g_list_model_get_item (measures, i);

      if (g_strcmp0 (trappa_item_get_string (measure, "status"), TRAPPA_MEASURE_STATUS_DONE) == 0 &&
          !g_hash_table_contains (closed, trappa_item_get_id (measure)))
        g_strv_builder_add (done, trappa_item_get_id (measure));
    }
  return g_strv_builder_end (done);
}

gboolean
trappa_action_plan_can_roll (TrappaPlan  *plan,
                             GError     **error)
{
  gint64 first = trappa_action_plan_first_year (plan);
  g_auto(GValue) next = G_VALUE_INIT;

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), FALSE);

  if (first <= 0 || first >= TRAPPA_MAX_YEAR)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("The plan has no first year of its action plan to roll on from"));
      return FALSE;
    }
  /* The plan's own rule (the first year lies in the plan period) says
   * whether the window may move on. */
  g_value_init (&next, G_TYPE_INT64);
  g_value_set_int64 (&next, first + 1);
  return trappa_plan_constraints_allow_set (plan, TRAPPA_ITEM (plan),
                                            g_object_class_find_property (G_OBJECT_GET_CLASS (plan),
                                                                          "action-plan-start"),
                                            &next, error);
}

TrappaItem *
trappa_action_plan_roll (TrappaPlan  *plan,
                         const char  *date,
                         const char  *text,
                         GError     **error)
{
  gint64 first = trappa_action_plan_first_year (plan);
  g_auto(GStrv) done = NULL;
  g_autoptr(TrappaItem) revision = NULL;

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), NULL);

  if (!trappa_action_plan_can_roll (plan, error))
    return NULL;
  if (!trappa_date_is_iso (date))
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("“%s” must be a date written YYYY-MM-DD, not “%s”"), "date", date);
      return NULL;
    }

  done = trappa_action_plan_newly_done (plan);
  revision = g_object_new (TRAPPA_TYPE_ACTION_PLAN_REVISION,
                           "date", date,
                           "from-year", first,
                           "to-year", first + 1,
                           "text", text,
                           "done-measures", done,
                           NULL);
  trappa_plan_begin_edit (plan, _("Roll the Action Plan"));
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "action-plan-revisions", -1, revision);
  trappa_plan_set_int (plan, TRAPPA_ITEM (plan), "action-plan-start", first + 1, NULL);
  trappa_plan_end_edit (plan);
  return revision;
}
