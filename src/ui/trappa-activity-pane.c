/* trappa-activity-pane.c: the aktivitets- og meistringstrapp pane
 *
 * The service levels (description, services, recipients today, need,
 * annual cost per recipient, and the housing steps and target groups each
 * level serves) in a record table, the staircase chart beside it, a
 * choice of target group that marks the levels serving it, and the
 * choice of the year whose need the chart and the table show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-activity-pane"

#include <glib/gi18n.h>

#include "trappa-activity-pane.h"
#include "trappa-chart-kind-staircase.h"
#include "trappa-chart-view.h"
#include "trappa-id-dropdown.h"
#include "trappa-needs-choice.h"
#include "trappa-paned.h"
#include "trappa-step-figures.h"

struct _TrappaActivityPane
{
  TrappaPane                parent_instance;

  GtkWidget                *paned;
  GtkWidget                *levels_slot;
  GtkWidget                *chart_slot;
  GtkDropDown              *group_choice;
  GtkLabel                 *housing_steps_label;
  TrappaNeedsChoice        *needs_choice;

  TrappaRecordTable        *levels;
  TrappaChartView          *chart;
};

G_DEFINE_FINAL_TYPE (TrappaActivityPane, trappa_activity_pane, TRAPPA_TYPE_PANE)

/* The levels' column of the need in the chosen year. */
#define NEED_COLUMN 2

/* The housing steps the chosen group sits on, so the group is seen on
 * both staircases at once. */
static void
show_housing_steps (TrappaActivityPane *self,
                    const char         *group_id)
{
  TrappaPlan *plan = trappa_pane_get_plan (TRAPPA_PANE (self));
  TrappaStaircase *housing = plan != NULL ? trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING) : NULL;
  GListModel *steps = housing != NULL
                      ? G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (housing), "steps")) : NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *joined = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->housing_steps_label), group_id[0] != '\0');
  for (guint i = 0; steps != NULL && i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(TrappaItem) step = g_list_model_get_item (steps, i);

      if (trappa_step_serves_group (plan, step, group_id))
        g_ptr_array_add (names, (gpointer) trappa_item_get_string (step, "name"));
    }
  g_ptr_array_add (names, NULL);
  joined = g_strjoinv (", ", (char **) names->pdata);
  /* TRANSLATORS: the housing steps a target group sits on, by name */
  text = names->len > 1 ? g_strdup_printf (_("On the housing staircase: %s"), joined)
                        : g_strdup (_("On no step of the housing staircase"));
  gtk_label_set_text (self->housing_steps_label, text);
}

/* The chart marks the chosen group and shows the chosen year's need. */
static void
update_chart (TrappaActivityPane *self)
{
  trappa_chart_view_set_options (self->chart, &(TrappaStaircaseChartOptions) {
                                   trappa_id_dropdown_get_id (self->group_choice),
                                   trappa_needs_choice_get_scenario (self->needs_choice),
                                   trappa_needs_choice_get_year (self->needs_choice) });
}

static void
on_group_chosen (TrappaActivityPane *self)
{
  update_chart (self);
  show_housing_steps (self, trappa_id_dropdown_get_id (self->group_choice));
}

static void
on_needs_chosen (TrappaActivityPane *self)
{
  g_autofree char *title = trappa_needs_choice_column_title (self->needs_choice);

  trappa_record_table_set_column_title (self->levels, NEED_COLUMN, title);
  trappa_record_table_refresh_computed (self->levels);
  update_chart (self);
}

/* The target groups to choose from follow the plan (renamed, added or
 * removed), keeping the chosen group while it exists; the steps a group
 * is on may have changed too. The chart follows the plan's edits itself:
 * it is given options again only when the chosen group went (each time
 * costs a layout of the whole chart). */
static void
update_group_choice (TrappaActivityPane *self)
{
  TrappaPlan *plan = trappa_pane_get_plan (TRAPPA_PANE (self));
  g_autofree char *chosen = g_strdup (trappa_id_dropdown_get_id (self->group_choice));

  g_signal_handlers_block_by_func (self->group_choice, on_group_chosen, self);
  trappa_id_dropdown_set_records (self->group_choice, _("None"),
                                  plan != NULL ? G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan),
                                                                                     "target-groups")) : NULL,
                                  "name");
  g_signal_handlers_unblock_by_func (self->group_choice, on_group_chosen, self);
  if (g_strcmp0 (chosen, trappa_id_dropdown_get_id (self->group_choice)) != 0)
    on_group_chosen (self);
  else
    show_housing_steps (self, chosen);
}

static void
trappa_activity_pane_plan_changed (TrappaPane *pane,
                                   TrappaPlan *old_plan)
{
  TrappaActivityPane *self = TRAPPA_ACTIVITY_PANE (pane);
  TrappaPlan *plan = trappa_pane_get_plan (pane);
  TrappaItem *staircase;

  staircase = plan != NULL ? TRAPPA_ITEM (trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_ACTIVITY)) : NULL;
  trappa_record_table_set_list (self->levels, staircase != NULL ? plan : NULL, staircase,
                                staircase != NULL ? "steps" : NULL);
  trappa_chart_view_set_plan (self->chart, plan);
  trappa_needs_choice_set_plan (self->needs_choice, plan);
  if (plan == NULL)
    update_group_choice (self);
}

static void
trappa_activity_pane_refresh (TrappaPane *pane)
{
  TrappaActivityPane *self = TRAPPA_ACTIVITY_PANE (pane);

  trappa_needs_choice_set_plan (self->needs_choice, trappa_pane_get_plan (pane));
  update_group_choice (self);
}

static void
trappa_activity_pane_class_init (TrappaActivityPaneClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  TRAPPA_PANE_CLASS (klass)->plan_changed = trappa_activity_pane_plan_changed;
  TRAPPA_PANE_CLASS (klass)->refresh = trappa_activity_pane_refresh;

  trappa_pane_class_set_template (TRAPPA_PANE_CLASS (klass), "/no/trappa/Trappa/trappa-activity-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, TrappaActivityPane, paned);
  gtk_widget_class_bind_template_child (widget_class, TrappaActivityPane, levels_slot);
  gtk_widget_class_bind_template_child (widget_class, TrappaActivityPane, chart_slot);
  gtk_widget_class_bind_template_child (widget_class, TrappaActivityPane, group_choice);
  gtk_widget_class_bind_template_child (widget_class, TrappaActivityPane, housing_steps_label);
}

static void
trappa_activity_pane_init (TrappaActivityPane *self)
{
  const TrappaRecordColumn levels[] = {
    /* Name and numbers first, so they stay in view at 1024×768. */
    { "name", _("Service level"), 150, FALSE, NULL, NULL },
    { "units-today", _("Recipients today"), 100, FALSE, NULL, NULL },
    /* NEED_COLUMN, titled with the chosen year */
    { NULL, _("Need"), 95, FALSE, NULL, trappa_needs_choice_step_need, TRUE },
    { "description", _("Description"), 200, TRUE, NULL, NULL },
    { "services", _("Services"), 200, FALSE, NULL, NULL },
    { "annual-cost-per-unit", _("Annual cost per recipient"), 150, FALSE, NULL, NULL },
    { "housing-steps", _("Housing steps"), 170, FALSE, NULL, NULL },
    { "target-groups", _("Target groups"), 190, FALSE, NULL, NULL },
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  trappa_paned_share_evenly (GTK_PANED (self->paned));

  self->levels = trappa_record_table_new_in (self->levels_slot, TRAPPA_TYPE_STEP, levels, G_N_ELEMENTS (levels));

  self->needs_choice = TRAPPA_NEEDS_CHOICE (trappa_needs_choice_new ());
  gtk_box_prepend (GTK_BOX (self->chart_slot), GTK_WIDGET (self->needs_choice));
  g_signal_connect_object (self->needs_choice, "changed", G_CALLBACK (on_needs_chosen), self, G_CONNECT_SWAPPED);

  self->chart = TRAPPA_CHART_VIEW (trappa_chart_view_new ("meistringstrapp"));
  gtk_box_append (GTK_BOX (self->chart_slot), GTK_WIDGET (self->chart));
  trappa_chart_view_link_table (self->chart, self->levels);

  g_signal_connect_swapped (self->group_choice, "notify::selected", G_CALLBACK (on_group_chosen), self);
  update_group_choice (self);
  update_chart (self);
}
