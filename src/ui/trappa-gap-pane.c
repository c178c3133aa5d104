/* trappa-gap-pane.c: the gap-analysis pane
 *
 * Beside the charts: per housing step the supply today, the need and the
 * remaining gap in three chosen plan years (by default the end of the
 * four-year action plan, the end of the plan period and the horizon) and
 * the units measures add; the seed's three columns Status i dag | Behov /
 * tiltak | Visjon as an editable table; and the BEON scenarios' effect.
 * Every figure comes from trappa-needs; this file only shows it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-gap-pane"

#include <glib/gi18n.h>
#include <inttypes.h> /* PRId64 in _() strings: gettext knows it */

#include "trappa-gap-pane.h"
#include "trappa-chart-kind-needs.h"
#include "trappa-chart-view.h"
#include "trappa-figures-grid.h"
#include "trappa-record-table.h"
#include "trappa-scenario-choice.h"
#include "trappa-format.h"
#include "trappa-gap-layout.h"
#include "trappa-needs-figures.h"

struct _TrappaGapPane
{
  TrappaPane            parent_instance;

  GtkDropDown          *scenario_choice;
  GtkSpinButton        *years[TRAPPA_GAP_MAX_YEARS];
  GtkGrid              *figures;
  GtkWidget            *texts_slot;
  GtkLabel             *beon;
  GtkWidget            *beon_slot;
  GtkStack             *charts;

  TrappaRecordTable    *texts;
  TrappaChartView      *gap_chart;
  TrappaChartView      *need_chart;
  char                 *gap_options;   /* what the charts were given last */
  char                 *need_options;
  gboolean              updating;
};

G_DEFINE_FINAL_TYPE (TrappaGapPane, trappa_gap_pane, TRAPPA_TYPE_PANE)

/* The plan shown (the base class holds it). */
#define PLAN(self) trappa_pane_get_plan (TRAPPA_PANE (self))

static void
chosen_years (TrappaGapPane *self,
              gint64         years[TRAPPA_GAP_MAX_YEARS])
{
  for (guint i = 0; i < TRAPPA_GAP_MAX_YEARS; i++)
    years[i] = gtk_spin_button_get_value_as_int (self->years[i]);
}

static void
attach (TrappaGapPane *self,
        const char    *text,
        int            column,
        int            row,
        gboolean       numeric)
{
  trappa_figures_grid_attach (self->figures, text, column, row, numeric);
}

static void
attach_count (TrappaGapPane *self,
              gint64         value,
              int            column,
              int            row)
{
  trappa_figures_grid_attach_count (self->figures, value, column, row);
}

/* The mapping table's expert figure for the period beside the projected
 * need at the period's end, and the difference, for a mapped step. */
static void
attach_mapped (TrappaGapPane         *self,
               const TrappaNeedsStep *s,
               int                    column,
               int                    row)
{
  const TrappaNeedsYear *end = trappa_needs_step_get_year (s, trappa_item_get_int (TRAPPA_ITEM (PLAN (self)), "period-end"));
  g_autofree char *difference = NULL;

  if (s->mapped_period < 0)
    return;
  attach_count (self, s->mapped_period, column, row);
  if (end == NULL || !end->known)
    return;
  difference = g_strdup_printf ("%+" PRId64, end->need_adopted - s->mapped_period);
  attach (self, difference, column + 1, row, TRUE);
}

/* The table of figures: one row per housing step whose need is mapped,
 * from the plan's needs figures. */
static void
update_figures (TrappaGapPane      *self,
                TrappaNeedsFigures *figures,
                const gint64       *years)
{
  int column = 2, row = 0;
  gint64 period_end = trappa_item_get_int (TRAPPA_ITEM (PLAN (self)), "period-end");

  trappa_figures_grid_begin (self->figures);

  attach (self, _("Step"), 0, 0, FALSE);
  attach (self, _("Today"), 1, 0, TRUE);
  for (guint i = 0; i < TRAPPA_GAP_MAX_YEARS; i++)
    {
      g_autofree char *need = g_strdup_printf (_("Need %" PRId64), years[i]);
      g_autofree char *gap = g_strdup_printf (_("Gap %" PRId64), years[i]);

      attach (self, need, column++, 0, TRUE);
      attach (self, gap, column++, 0, TRUE);
    }
  {
    g_autofree char *added = g_strdup_printf (_("Added by %" PRId64), years[TRAPPA_GAP_MAX_YEARS - 1]);
    /* TRANSLATORS: column: the mapping table's need for the plan period's end */
    g_autofree char *mapped = g_strdup_printf (_("Mapped for %" PRId64), period_end);

    attach (self, added, column, 0, TRUE);
    attach (self, mapped, column + 1, 0, TRUE);
    /* TRANSLATORS: column: projected need at the period's end minus the mapped need */
    attach (self, _("Projected − mapped"), column + 2, 0, TRUE);
  }

  for (guint i = 0; i < trappa_needs_figures_get_n_steps (figures); i++)
    {
      const TrappaNeedsStep *s = trappa_needs_figures_get_step_at (figures, i);
      TrappaItem *step = trappa_plan_lookup (PLAN (self), s->step_id);
      const TrappaNeedsYear *last = trappa_needs_step_get_year (s, years[TRAPPA_GAP_MAX_YEARS - 1]);

      if (g_strcmp0 (s->kind, TRAPPA_STAIRCASE_HOUSING) != 0 || s->rule == TRAPPA_NEEDS_RULE_NONE)
        continue;
      row++;
      column = 2;
      attach (self, trappa_item_get_string (step, "name"), 0, row, FALSE);
      attach_count (self, s->units_today, 1, row);
      for (guint k = 0; k < TRAPPA_GAP_MAX_YEARS; k++)
        {
          const TrappaNeedsYear *y = trappa_needs_step_get_year (s, years[k]);

          if (y != NULL && y->known)
            {
              attach_count (self, y->need_adopted, column, row);
              attach_count (self, y->gap, column + 1, row);
            }
          else
            {
              attach (self, "–", column, row, TRUE);
              attach (self, "–", column + 1, row, TRUE);
            }
          column += 2;
        }
      if (last != NULL)
        attach_count (self, last->supply - s->units_today, column, row);
      attach_mapped (self, s, column + 1, row);
    }
  if (row == 0)
    attach (self, _("No housing step has a mapped need yet: add mapping rows, or coverage settings in the Population pane."),
            0, 1, FALSE);
  for (guint i = 0; i < trappa_needs_figures_get_messages (figures)->len; i++)
    attach (self, trappa_needs_figures_get_messages (figures)->pdata[i], 0, row + 1 + i, FALSE);
  trappa_figures_grid_end (self->figures);
}

static void
update_beon (TrappaGapPane          *self,
             TrappaPopulationSeries *series,
             const gint64           *years)
{
  GListModel *scenarios = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (PLAN (self)), "beon-scenarios"));
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(TrappaItem) scenario = g_list_model_get_item (scenarios, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(TrappaBeonResult) result = trappa_needs_beon (PLAN (self), TRAPPA_BEON_SCENARIO (scenario),
                                                              series, &error);

      g_autofree char *rule = NULL;

      g_string_append_printf (text, "%s%s\n", i > 0 ? "\n" : "", trappa_item_get_string (scenario, "name"));
      if (result == NULL)
        {
          g_string_append_printf (text, "%s\n", error->message);
          continue;
        }
      rule = trappa_needs_beon_rule (TRAPPA_BEON_SCENARIO (scenario), result);
      g_string_append_printf (text, "%s\n", rule);
      for (guint y = 0; y < TRAPPA_GAP_MAX_YEARS; y++)
        {
          const TrappaBeonYear *b = NULL;
          g_autofree char *moved = NULL;
          g_autofree char *freed = NULL;
          g_autofree char *needed = NULL;
          g_autofree char *before = NULL;
          g_autofree char *after = NULL;

          for (guint k = 0; k < result->years->len; k++)
            if (g_array_index (result->years, TrappaBeonYear, k).year == years[y])
              b = &g_array_index (result->years, TrappaBeonYear, k);
          if (b == NULL)
            continue;
          moved = trappa_format_count (b->moved);
          freed = trappa_format_count (b->freed);
          needed = trappa_format_count (b->needed);
          before = trappa_format_nok (b->cost_before);
          after = trappa_format_nok (b->cost_after);
          /* TRANSLATORS: year, places freed, recipients a year, places needed one level lower, costs */
          g_string_append_printf (text, _("%" PRId64 ": %s places freed (%s recipients a year) need %s places one level lower; "
                                          "annual cost of both levels %s → %s"),
                                  years[y], freed, moved, needed, before, after);
          g_string_append_c (text, '\n');
        }
    }
  gtk_label_set_text (self->beon, text->len > 0 ? text->str
                      : _("No BEON scenario: add one to see what serving people one level lower would change."));
}

/* Gives @view @options unless they are those it was given last, which
 * @key (taken) says in words: the charts follow the plan's edits by
 * themselves, and each new set of options costs a layout of the chart. */
static void
set_chart_options (TrappaChartView *view,
                   gconstpointer    options,
                   char           **shown,
                   char            *key)
{
  if (g_strcmp0 (*shown, key) == 0)
    {
      g_free (key);
      return;
    }
  g_free (*shown);
  *shown = key;
  trappa_chart_view_set_options (view, options);
}

/* The charts show the chosen scenario; the gap chart the chosen years,
 * the need chart the step of the selected text row. */
static void
update_charts (TrappaGapPane *self,
               const gint64  *years)
{
  TrappaItem *text = trappa_record_table_get_selected (self->texts);
  const char *step = text != NULL ? trappa_item_get_string (text, "step") : "";
  const char *scenario = trappa_scenario_choice_get (self->scenario_choice);
  GString *gap_key = g_string_new (scenario);

  for (guint i = 0; i < TRAPPA_GAP_MAX_YEARS; i++)
    g_string_append_printf (gap_key, " %" PRId64, years[i]);
  set_chart_options (self->gap_chart, &(TrappaNeedsChartOptions) { scenario, years, TRAPPA_GAP_MAX_YEARS, NULL },
                     &self->gap_options, g_string_free (gap_key, FALSE));
  set_chart_options (self->need_chart, &(TrappaNeedsChartOptions) { scenario, NULL, 0, *step != '\0' ? step : NULL },
                     &self->need_options, g_strdup_printf ("%s %s", scenario != NULL ? scenario : "", step));
}

static void
update (TrappaGapPane *self)
{
  TrappaPopulationSeries *series;
  g_autoptr(TrappaNeedsFigures) figures = NULL;
  gint64 years[TRAPPA_GAP_MAX_YEARS];

  if (PLAN (self) == NULL || self->updating)
    return;
  series = trappa_needs_find_series (PLAN (self), trappa_scenario_choice_get (self->scenario_choice));
  figures = trappa_needs_figures_get (PLAN (self), trappa_scenario_choice_get (self->scenario_choice), NULL);
  chosen_years (self, years);
  if (figures != NULL)
    update_figures (self, figures, years);
  update_beon (self, series, years);
  update_charts (self, years);
}

/* The scenario list follows the plan's series, keeping the chosen one. */
static void
trappa_gap_pane_refresh (TrappaPane *pane)
{
  TrappaGapPane *self = TRAPPA_GAP_PANE (pane);

  trappa_scenario_choice_update (self->scenario_choice, PLAN (self));
  update (self);
}

static void
on_text_selected (TrappaGapPane *self)
{
  gint64 years[TRAPPA_GAP_MAX_YEARS];

  chosen_years (self, years);
  update_charts (self, years);
}

static void
trappa_gap_pane_plan_changed (TrappaPane *pane,
                              TrappaPlan *old_plan)
{
  TrappaGapPane *self = TRAPPA_GAP_PANE (pane);
  gint64 years[TRAPPA_GAP_MAX_YEARS];
  TrappaPlan *plan = PLAN (self);

  trappa_chart_view_set_plan (self->gap_chart, plan);
  trappa_chart_view_set_plan (self->need_chart, plan);
  /* The base class refreshes a new plan next. */
  if (plan != NULL)
    {
      trappa_needs_default_years (plan, years);
      self->updating = TRUE;
      for (guint i = 0; i < TRAPPA_GAP_MAX_YEARS; i++)
        gtk_spin_button_set_value (self->years[i], years[i]);
      self->updating = FALSE;
    }
}

/* "gap.export" (s): the chart's own export, by its kind's name. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TrappaGapPane *self = TRAPPA_GAP_PANE (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  gtk_widget_activate_action (GTK_WIDGET (g_str_equal (name, "gap") ? self->gap_chart : self->need_chart),
                              "chart.export", NULL);
}

static void
trappa_gap_pane_finalize (GObject *object)
{
  TrappaGapPane *self = TRAPPA_GAP_PANE (object);

  g_free (self->gap_options);
  g_free (self->need_options);
  G_OBJECT_CLASS (trappa_gap_pane_parent_class)->finalize (object);
}

static void
trappa_gap_pane_class_init (TrappaGapPaneClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = trappa_gap_pane_finalize;

  TRAPPA_PANE_CLASS (klass)->plan_changed = trappa_gap_pane_plan_changed;
  TRAPPA_PANE_CLASS (klass)->refresh = trappa_gap_pane_refresh;

  trappa_pane_class_set_template (TRAPPA_PANE_CLASS (klass), "/no/trappa/Trappa/trappa-gap-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, TrappaGapPane, scenario_choice);
  gtk_widget_class_bind_template_child_full (widget_class, "year_1", FALSE,
                                             G_STRUCT_OFFSET (TrappaGapPane, years[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "year_2", FALSE,
                                             G_STRUCT_OFFSET (TrappaGapPane, years[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "year_3", FALSE,
                                             G_STRUCT_OFFSET (TrappaGapPane, years[2]));
  gtk_widget_class_bind_template_child (widget_class, TrappaGapPane, figures);
  gtk_widget_class_bind_template_child (widget_class, TrappaGapPane, texts_slot);
  gtk_widget_class_bind_template_child (widget_class, TrappaGapPane, beon);
  gtk_widget_class_bind_template_child (widget_class, TrappaGapPane, beon_slot);
  gtk_widget_class_bind_template_child (widget_class, TrappaGapPane, charts);
  gtk_widget_class_install_action (widget_class, "gap.export", "s", export_action);
}

static void
trappa_gap_pane_init (TrappaGapPane *self)
{
  const TrappaRecordColumn texts[] = {
    { "step", _("Step"), 170, FALSE, NULL, NULL },
    { "target-area", _("Target area"), 150, FALSE, NULL, NULL },
    { "status-today", _("Status today"), 200, TRUE, NULL, NULL },
    { "needs-measures", _("Needs / measures"), 200, TRUE, NULL, NULL },
    { "vision", _("Vision"), 200, TRUE, NULL, NULL },
  };
  const TrappaRecordColumn beon[] = {
    { "name", _("BEON scenario"), 200, TRUE, NULL, NULL },
    { "level", _("Service level"), 170, FALSE, NULL, NULL },
    { "percent", _("Share moved (%)"), 110, FALSE, NULL, NULL },
    { "from-year", _("From year"), 90, FALSE, NULL, NULL },
    { "stay-days", _("Average stay (days)"), 110, FALSE, NULL, NULL },
    { "stay-days-below", _("Stay one level lower (days)"), 130, FALSE, NULL, NULL },
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  trappa_scenario_choice_init (self->scenario_choice);
  g_signal_connect_swapped (self->scenario_choice, "notify::selected", G_CALLBACK (update), self);
  for (guint i = 0; i < TRAPPA_GAP_MAX_YEARS; i++)
    g_signal_connect_swapped (self->years[i], "value-changed", G_CALLBACK (update), self);

  self->texts = trappa_pane_add_table (TRAPPA_PANE (self), self->texts_slot, TRAPPA_TYPE_GAP_TEXT, texts,
                                       G_N_ELEMENTS (texts), "gap-texts");
  g_signal_connect_swapped (self->texts, "notify::selected-item", G_CALLBACK (on_text_selected), self);

  trappa_pane_add_table (TRAPPA_PANE (self), self->beon_slot, TRAPPA_TYPE_BEON_SCENARIO, beon,
                         G_N_ELEMENTS (beon), "beon-scenarios");

  self->gap_chart = TRAPPA_CHART_VIEW (trappa_chart_view_new ("gap"));
  self->need_chart = TRAPPA_CHART_VIEW (trappa_chart_view_new ("need"));
  gtk_stack_add_titled (self->charts, GTK_WIDGET (self->gap_chart), "gap", _("Gap"));
  gtk_stack_add_titled (self->charts, GTK_WIDGET (self->need_chart), "need", _("Need per Year"));
}
