/* trappa-needs-choice.c: the scenario and year a staircase shows the need of
 *
 * The choice lives on the plan (object data), not in the widget: a
 * computed table column (a TrappaRecordTextFunc) sees only the plan, and
 * the two staircase panes must not show two different years. Each
 * widget follows the plan's choice when it is shown (map) and when the
 * pane passes on an edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-needs-choice"

#include <glib/gi18n.h>

#include "trappa-format.h"
#include "trappa-id-dropdown.h"
#include "trappa-needs-choice.h"
#include "trappa-needs-figures.h"
#include "trappa-scenario-choice.h"
#include "trappa-step-figures.h"

struct _TrappaNeedsChoice
{
  GtkBox         parent_instance;

  GtkDropDown   *scenario;
  GtkSpinButton *year;

  TrappaPlan    *plan;
  gboolean       syncing;        /* showing the plan's choice, not choosing */
  char          *shown_scenario; /* what "changed" last announced */
  gint64         shown_year;
};

G_DEFINE_FINAL_TYPE (TrappaNeedsChoice, trappa_needs_choice, GTK_TYPE_BOX)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* The plan's choice. */
typedef struct
{
  char   *scenario;  /* NULL: not chosen, the first series */
  gint64  year;      /* 0: not chosen, the plan period's end */
} Chosen;

static void
chosen_free (Chosen *chosen)
{
  g_free (chosen->scenario);
  g_free (chosen);
}

static Chosen *
plan_chosen (TrappaPlan *plan)
{
  Chosen *chosen = g_object_get_data (G_OBJECT (plan), "trappa-needs-choice");

  if (chosen == NULL)
    {
      chosen = g_new0 (Chosen, 1);
      g_object_set_data_full (G_OBJECT (plan), "trappa-needs-choice", chosen, (GDestroyNotify) chosen_free);
    }
  return chosen;
}

/* Keeps the shown choice as the plan's and says so when it changed. */
static void
announce (TrappaNeedsChoice *self)
{
  const char *scenario = trappa_needs_choice_get_scenario (self);
  gint64 year = trappa_needs_choice_get_year (self);

  if (self->plan != NULL)
    {
      Chosen *chosen = plan_chosen (self->plan);

      g_free (chosen->scenario);
      chosen->scenario = g_strdup (scenario);
      chosen->year = year;
    }
  if (g_strcmp0 (scenario, self->shown_scenario) == 0 && year == self->shown_year)
    return;
  g_free (self->shown_scenario);
  self->shown_scenario = g_strdup (scenario);
  self->shown_year = year;
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Shows the plan's choice within what its figures cover: the scenario's
 * years from the base year to the horizon; without a population
 * projection, the base year alone. */
static void
sync_from_plan (TrappaNeedsChoice *self)
{
  Chosen *chosen = self->plan != NULL ? plan_chosen (self->plan) : NULL;
  g_autoptr(TrappaNeedsFigures) figures = NULL;
  gint64 first = 0, last = 0, year = 0;

  self->syncing = TRUE;
  if (self->plan != NULL)
    {
      trappa_scenario_choice_update (self->scenario, self->plan);
      /* Not chosen yet: the first series. */
      trappa_id_dropdown_select_id (self->scenario, chosen->scenario);
      figures = trappa_needs_figures_get (self->plan, trappa_needs_choice_get_scenario (self), NULL);
    }
  if (figures != NULL)
    {
      first = trappa_needs_figures_get_base_year (figures);
      last = trappa_needs_figures_has_series (figures) ? MAX (trappa_needs_figures_get_horizon (figures), first) : first;
      year = chosen->year != 0 ? chosen->year : trappa_item_get_int (TRAPPA_ITEM (self->plan), "period-end");
    }
  gtk_spin_button_set_range (self->year, first, last);
  gtk_spin_button_set_value (self->year, CLAMP (year, first, last));
  gtk_widget_set_sensitive (GTK_WIDGET (self->scenario),
                            g_list_model_get_n_items (gtk_drop_down_get_model (self->scenario)) > 1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->year), last > first);
  self->syncing = FALSE;
  announce (self);
}

static void
on_scenario_chosen (TrappaNeedsChoice *self)
{
  if (self->syncing || self->plan == NULL)
    return;
  /* Another series may cover other years. */
  g_free (plan_chosen (self->plan)->scenario);
  plan_chosen (self->plan)->scenario = g_strdup (trappa_needs_choice_get_scenario (self));
  sync_from_plan (self);
}

static void
on_year_chosen (TrappaNeedsChoice *self)
{
  if (!self->syncing)
    announce (self);
}

/* @widget after its label @text, whose mnemonic focuses it. */
static GtkWidget *
append_labelled (TrappaNeedsChoice *self,
                 const char        *text,
                 GtkWidget         *widget,
                 const char        *tooltip)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_widget_set_tooltip_text (widget, tooltip);
  gtk_box_append (GTK_BOX (self), label);
  gtk_box_append (GTK_BOX (self), widget);
  return label;
}

static void
trappa_needs_choice_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (trappa_needs_choice_parent_class)->map (widget);
  /* The other staircase's pane may have chosen meanwhile. */
  sync_from_plan (TRAPPA_NEEDS_CHOICE (widget));
}

static void
trappa_needs_choice_finalize (GObject *object)
{
  TrappaNeedsChoice *self = TRAPPA_NEEDS_CHOICE (object);

  g_clear_object (&self->plan);
  g_free (self->shown_scenario);
  G_OBJECT_CLASS (trappa_needs_choice_parent_class)->finalize (object);
}

static void
trappa_needs_choice_class_init (TrappaNeedsChoiceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trappa_needs_choice_finalize;
  GTK_WIDGET_CLASS (klass)->map = trappa_needs_choice_map;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
trappa_needs_choice_init (TrappaNeedsChoice *self)
{
  gtk_box_set_spacing (GTK_BOX (self), 6);

  self->scenario = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  trappa_scenario_choice_init (self->scenario);
  append_labelled (self, _("_Scenario"), GTK_WIDGET (self->scenario), _("The population projection the need follows"));

  self->year = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 0, 1));
  gtk_spin_button_set_numeric (self->year, TRUE);
  gtk_widget_set_margin_start (append_labelled (self, _("_Need in"), GTK_WIDGET (self->year),
                                                _("The year whose need the steps show")), 12);

  g_signal_connect_swapped (self->scenario, "notify::selected", G_CALLBACK (on_scenario_chosen), self);
  g_signal_connect_swapped (self->year, "value-changed", G_CALLBACK (on_year_chosen), self);
}

GtkWidget *
trappa_needs_choice_new (void)
{
  return g_object_new (TRAPPA_TYPE_NEEDS_CHOICE, NULL);
}

void
trappa_needs_choice_set_plan (TrappaNeedsChoice *self,
                              TrappaPlan        *plan)
{
  g_return_if_fail (TRAPPA_IS_NEEDS_CHOICE (self));
  g_return_if_fail (plan == NULL || TRAPPA_IS_PLAN (plan));

  g_set_object (&self->plan, plan);
  sync_from_plan (self);
}

const char *
trappa_needs_choice_get_scenario (TrappaNeedsChoice *self)
{
  g_return_val_if_fail (TRAPPA_IS_NEEDS_CHOICE (self), NULL);

  return self->plan != NULL ? trappa_scenario_choice_get (self->scenario) : NULL;
}

gint64
trappa_needs_choice_get_year (TrappaNeedsChoice *self)
{
  g_return_val_if_fail (TRAPPA_IS_NEEDS_CHOICE (self), 0);

  return self->plan != NULL ? gtk_spin_button_get_value_as_int (self->year) : 0;
}

char *
trappa_needs_choice_step_need (TrappaPlan *plan,
                               TrappaItem *step)
{
  Chosen *chosen = plan_chosen (plan);
  TrappaStepFigures figures;

  trappa_step_figures_compute_at (plan, step, chosen->scenario, chosen->year, &figures);
  return figures.demand_known ? trappa_format_count (figures.demand) : g_strdup ("–");
}

char *
trappa_needs_choice_column_title (TrappaNeedsChoice *self)
{
  g_return_val_if_fail (TRAPPA_IS_NEEDS_CHOICE (self), NULL);

  /* TRANSLATORS: a table column: each step's need in the chosen year */
  return g_strdup_printf (_("Need in %d"), (int) trappa_needs_choice_get_year (self));
}
