/* trappa-housing-pane.c: the Bustadtrapp pane
 *
 * Five record tables over the plan: the housing staircase's steps, the
 * categories of the selected step (Bærum's velferdsbustad/omsorgsbustad),
 * the counts beside the staircase (night shelter, KAD), the target groups
 * and the mapping table of Alver's project mandate with its sums per
 * step. The staircase chart
 * goes into chart_slot beside the steps, under the choice of the year
 * whose need the chart and the steps' need column show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-housing-pane"

#include <glib/gi18n.h>

#include "trappa-chart-kind-staircase.h"
#include "trappa-chart-view.h"
#include "trappa-figures-grid.h"
#include "trappa-format.h"
#include "trappa-housing-pane.h"
#include "trappa-needs-choice.h"
#include "trappa-needs-figures.h"
#include "trappa-paned.h"

struct _TrappaHousingPane
{
  TrappaPane         parent_instance;

  GtkWidget         *staircase_paned;
  GtkWidget         *steps_slot;
  GtkWidget         *categories_heading;
  GtkWidget         *categories_slot;
  GtkWidget         *chart_slot;
  GtkWidget         *side_counts_slot;
  GtkWidget         *groups_slot;
  GtkWidget         *mapping_slot;

  TrappaRecordTable *steps;
  TrappaRecordTable *categories;
  TrappaRecordTable *side_counts;
  TrappaRecordTable *groups;
  TrappaRecordTable *mapping;
  TrappaNeedsChoice *needs_choice;
  TrappaChartView   *chart;
  GtkGrid           *mapping_sums;
};

G_DEFINE_FINAL_TYPE (TrappaHousingPane, trappa_housing_pane, TRAPPA_TYPE_PANE)

/* The steps' column of the need in the chosen year. */
#define NEED_COLUMN 2

/* Labels of the mapping row's "build" choices, in the spec's order. */
static const char *build_labels[5];

/* The target groups on a step are those of its mapping rows, each once,
 * in the order of the rows. */
static char *
step_target_groups (TrappaPlan *plan,
                    TrappaItem *step)
{
  GListModel *rows = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "mapping-rows"));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (rows);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) row = g_list_model_get_item (rows, i);
      TrappaItem *group;
      const char *name;

      if (g_strcmp0 (trappa_item_get_string (row, "step"), trappa_item_get_id (step)) != 0)
        continue;
      group = trappa_plan_lookup (plan, trappa_item_get_string (row, "target-group"));
      if (group == NULL)
        continue;
      name = trappa_item_get_string (group, "name");
      if (!g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
        g_ptr_array_add (names, (gpointer) name);
    }
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}

/* Where a step has categories (Bærum), its units are theirs. */
static char *
step_units_total (TrappaPlan *plan,
                  TrappaItem *step)
{
  return trappa_format_count (trappa_step_get_units_total (TRAPPA_STEP (step)));
}

static void
update_categories_heading (TrappaHousingPane *self)
{
  TrappaItem *step = trappa_record_table_get_selected (self->steps);
  g_autofree char *heading = NULL;

  if (step != NULL)
    heading = g_strdup_printf (_("Categories of “%s”"), trappa_item_get_string (step, "name"));
  gtk_label_set_text (GTK_LABEL (self->categories_heading),
                      heading != NULL ? heading : _("Categories: select a step to see them"));
}

static void
on_step_selected (TrappaHousingPane *self)
{
  TrappaItem *step = trappa_record_table_get_selected (self->steps);

  update_categories_heading (self);
  trappa_record_table_set_list (self->categories,
                                step != NULL ? trappa_pane_get_plan (TRAPPA_PANE (self)) : NULL,
                                step, step != NULL ? "categories" : NULL);
}

/* Each housing step's sums of the mapping rows' @fields (gint64[n_fields]),
 * by step id; a step without mapping rows has none. */
static GHashTable *
sum_rows_by_step (TrappaPlan         *plan,
                  const char * const *fields,
                  guint               n_fields)
{
  GListModel *rows = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "mapping-rows"));
  GHashTable *sums = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint r = 0; r < g_list_model_get_n_items (rows); r++)
    {
      g_autoptr(TrappaItem) row = g_list_model_get_item (rows, r);
      const char *step = trappa_item_get_string (row, "step");
      gint64 *step_sums = g_hash_table_lookup (sums, step);

      if (step_sums == NULL)
        {
          step_sums = g_new0 (gint64, n_fields);
          /* The key lives as long as the row, which the plan holds. */
          g_hash_table_insert (sums, (gpointer) step, step_sums);
        }
      for (guint f = 0; f < n_fields; f++)
        step_sums[f] += trappa_item_get_int (row, fields[f]);
    }
  return sums;
}

/* One row of sums per housing step that has mapping rows, beside the
 * needs model's base-year need (Σ units today + Σ uncovered need now), so
 * the table's sums and every needs figure can be seen to agree. */
static void
fill_mapping_sums (TrappaHousingPane *self,
                   TrappaPlan        *plan)
{
  static const char * const fields[] = { "units-today", "uncovered-now", "need-period", "uncovered-period" };
  const char *titles[] = { _("Step"), _("Units today"), _("Uncovered need now"), _("Mapped need in the plan period"),
                           _("Uncovered need in the period"), NULL };
  g_autoptr(TrappaNeedsFigures) figures = trappa_needs_figures_get (plan, NULL, NULL);
  g_autoptr(GHashTable) sums = sum_rows_by_step (plan, fields, G_N_ELEMENTS (fields));
  g_autofree char *base_title = NULL;
  gint64 base_year = trappa_item_get_int (TRAPPA_ITEM (plan), "base-year");
  GListModel *steps;
  int line = 0;

  steps = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING)),
                                              "steps"));
  for (guint c = 0; titles[c] != NULL; c++)
    trappa_figures_grid_attach (self->mapping_sums, titles[c], (int) c, 0, c > 0);
  /* TRANSLATORS: column: the needs model's need of a step in the base year */
  base_title = g_strdup_printf (_("Need in %d"), (int) base_year);
  trappa_figures_grid_attach (self->mapping_sums, base_title, G_N_ELEMENTS (fields) + 1, 0, TRUE);

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(TrappaItem) step = g_list_model_get_item (steps, i);
      const gint64 *step_sums = g_hash_table_lookup (sums, trappa_item_get_id (step));
      const TrappaNeedsYear *base;

      if (step_sums == NULL)
        continue;
      line++;
      trappa_figures_grid_attach (self->mapping_sums, trappa_item_get_name (step), 0, line, FALSE);
      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        trappa_figures_grid_attach_count (self->mapping_sums, step_sums[f], (int) f + 1, line);
      base = figures != NULL
             ? trappa_needs_step_get_year (trappa_needs_figures_get_step (figures, trappa_item_get_id (step)), base_year)
             : NULL;
      if (base != NULL && base->known)
        trappa_figures_grid_attach_count (self->mapping_sums, base->need, G_N_ELEMENTS (fields) + 1, line);
    }
}

static void
update_mapping_sums (TrappaHousingPane *self)
{
  TrappaPlan *plan = trappa_pane_get_plan (TRAPPA_PANE (self));

  trappa_figures_grid_begin (self->mapping_sums);
  if (plan != NULL && trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING) != NULL)
    fill_mapping_sums (self, plan);
  trappa_figures_grid_end (self->mapping_sums);
}

/* The chart and the need column show the chosen scenario's need in the
 * chosen year. */
static void
on_needs_chosen (TrappaHousingPane *self)
{
  g_autofree char *title = trappa_needs_choice_column_title (self->needs_choice);

  trappa_record_table_set_column_title (self->steps, NEED_COLUMN, title);
  trappa_record_table_refresh_computed (self->steps);
  trappa_chart_view_set_options (self->chart, &(TrappaStaircaseChartOptions) {
                                   NULL, trappa_needs_choice_get_scenario (self->needs_choice),
                                   trappa_needs_choice_get_year (self->needs_choice) });
}

static void
trappa_housing_pane_plan_changed (TrappaPane *pane,
                                  TrappaPlan *old_plan)
{
  TrappaHousingPane *self = TRAPPA_HOUSING_PANE (pane);
  TrappaPlan *plan = trappa_pane_get_plan (pane);
  TrappaItem *staircase;

  staircase = plan != NULL ? TRAPPA_ITEM (trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING)) : NULL;
  trappa_record_table_set_list (self->steps, staircase != NULL ? plan : NULL, staircase, "steps");
  trappa_record_table_set_list (self->side_counts, staircase != NULL ? plan : NULL, staircase, "side-counts");
  trappa_needs_choice_set_plan (self->needs_choice, plan);
  on_step_selected (self);
}

/* The heading names the selected step, which may be renamed; the
 * scenarios and years to choose from follow the plan's series. */
static void
trappa_housing_pane_refresh (TrappaPane *pane)
{
  TrappaHousingPane *self = TRAPPA_HOUSING_PANE (pane);

  update_categories_heading (self);
  trappa_needs_choice_set_plan (self->needs_choice, trappa_pane_get_plan (pane));
  update_mapping_sums (self);
}

static void
trappa_housing_pane_class_init (TrappaHousingPaneClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  TRAPPA_PANE_CLASS (klass)->plan_changed = trappa_housing_pane_plan_changed;
  TRAPPA_PANE_CLASS (klass)->refresh = trappa_housing_pane_refresh;

  build_labels[0] = _("Not given");
  build_labels[1] = _("New build");
  build_labels[2] = _("Rehabilitation");
  build_labels[3] = _("Both");

  trappa_pane_class_set_template (TRAPPA_PANE_CLASS (klass), "/no/trappa/Trappa/trappa-housing-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, TrappaHousingPane, staircase_paned);
  gtk_widget_class_bind_template_child (widget_class, TrappaHousingPane, steps_slot);
  gtk_widget_class_bind_template_child (widget_class, TrappaHousingPane, categories_heading);
  gtk_widget_class_bind_template_child (widget_class, TrappaHousingPane, categories_slot);
  gtk_widget_class_bind_template_child (widget_class, TrappaHousingPane, chart_slot);
  gtk_widget_class_bind_template_child (widget_class, TrappaHousingPane, side_counts_slot);
  gtk_widget_class_bind_template_child (widget_class, TrappaHousingPane, groups_slot);
  gtk_widget_class_bind_template_child (widget_class, TrappaHousingPane, mapping_slot);
}

static void
trappa_housing_pane_init (TrappaHousingPane *self)
{
  /* Name and numbers first, so they stay in view on a narrow projector
   * screen; the longer texts follow. */
  const TrappaRecordColumn steps[] = {
    { "name", _("Step"), 160, FALSE, NULL, NULL },
    { "units-today", _("Units today"), 95, FALSE, NULL, NULL },
    /* NEED_COLUMN, titled with the chosen year */
    { NULL, _("Need"), 95, FALSE, NULL, trappa_needs_choice_step_need, TRUE },
    { NULL, _("All units"), 90, FALSE, NULL, step_units_total, TRUE },
    { NULL, _("Target groups"), 180, FALSE, NULL, step_target_groups },
    { "description", _("Description"), 160, TRUE, NULL, NULL },
    { "purpose", _("Purpose"), 150, FALSE, NULL, NULL },
    { "housing-types", _("Housing types"), 150, FALSE, NULL, NULL },
  };
  const TrappaRecordColumn categories[] = {
    { "name", _("Category"), 180, FALSE, NULL, NULL },
    { "description", _("Description"), 200, TRUE, NULL, NULL },
    { "units-today", _("Units today"), 100, FALSE, NULL, NULL },
  };
  const TrappaRecordColumn side_counts[] = {
    { "name", _("Name"), 150, TRUE, NULL, NULL },
    { "count", _("Places"), 80, FALSE, NULL, NULL },
  };
  const TrappaRecordColumn groups[] = {
    { "name", _("Target group"), 560, FALSE, NULL, NULL },
    { "description", _("Description"), 360, TRUE, NULL, NULL },
  };
  const TrappaRecordColumn mapping[] = {
    { "step", _("Step"), 210, FALSE, NULL, NULL },
    { "target-group", _("Target group"), 240, FALSE, NULL, NULL },
    { "units-today", _("Units today"), 100, FALSE, NULL, NULL },
    { "need-period", _("Mapped need in the plan period"), 240, FALSE, NULL, NULL },
    { "uncovered-now", _("Uncovered need now"), 165, FALSE, NULL, NULL },
    { "uncovered-period", _("Uncovered need in the period"), 225, FALSE, NULL, NULL },
    { "location", _("Location"), 160, FALSE, NULL, NULL },
    { "build", _("New build or rehabilitation"), 215, FALSE, build_labels, NULL },
    { "cost", _("Estimated cost"), 140, FALSE, NULL, NULL },
    { "remark", _("Remark"), 200, TRUE, NULL, NULL },
  };
  gtk_widget_init_template (GTK_WIDGET (self));
  trappa_paned_share_evenly (GTK_PANED (self->staircase_paned));

  self->steps = trappa_record_table_new_in (self->steps_slot, TRAPPA_TYPE_STEP, steps, G_N_ELEMENTS (steps));
  self->categories = trappa_record_table_new_in (self->categories_slot, TRAPPA_TYPE_CATEGORY, categories, G_N_ELEMENTS (categories));
  self->side_counts = trappa_record_table_new_in (self->side_counts_slot, TRAPPA_TYPE_SIDE_COUNT, side_counts, G_N_ELEMENTS (side_counts));
  self->groups = trappa_pane_add_table (TRAPPA_PANE (self), self->groups_slot, TRAPPA_TYPE_TARGET_GROUP, groups,
                                        G_N_ELEMENTS (groups), "target-groups");
  self->mapping = trappa_pane_add_table (TRAPPA_PANE (self), self->mapping_slot, TRAPPA_TYPE_MAPPING_ROW, mapping,
                                         G_N_ELEMENTS (mapping), "mapping-rows");
  gtk_widget_set_margin_top (trappa_pane_add_label (self->mapping_slot, _("Sums per step"), "heading"), 6);
  self->mapping_sums = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->mapping_sums, 18);
  gtk_grid_set_row_spacing (self->mapping_sums, 4);
  gtk_box_append (GTK_BOX (self->mapping_slot), GTK_WIDGET (self->mapping_sums));

  g_signal_connect_object (self->steps, "notify::selected-item",
                           G_CALLBACK (on_step_selected), self, G_CONNECT_SWAPPED);

  self->needs_choice = TRAPPA_NEEDS_CHOICE (trappa_needs_choice_new ());
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->needs_choice), 6);
  gtk_box_append (GTK_BOX (self->chart_slot), GTK_WIDGET (self->needs_choice));
  g_signal_connect_object (self->needs_choice, "changed", G_CALLBACK (on_needs_chosen), self, G_CONNECT_SWAPPED);

  self->chart = TRAPPA_CHART_VIEW (trappa_chart_view_new ("bustadtrapp"));
  gtk_widget_set_vexpand (GTK_WIDGET (self->chart), TRUE);
  gtk_box_append (GTK_BOX (self->chart_slot), GTK_WIDGET (self->chart));
  trappa_chart_view_link_table (self->chart, self->steps);
  g_object_bind_property (self, "plan", self->chart, "plan", G_BINDING_SYNC_CREATE);
  on_step_selected (self);
}

GtkWidget *
trappa_housing_pane_new (void)
{
  return g_object_new (TRAPPA_TYPE_HOUSING_PANE, NULL);
}

TrappaRecordTable *
trappa_housing_pane_get_table (TrappaHousingPane *self,
                               const char        *list_name)
{
  const struct { const char *name; TrappaRecordTable *table; } tables[] = {
    { "steps", self->steps },
    { "categories", self->categories },
    { "side-counts", self->side_counts },
    { "target-groups", self->groups },
    { "mapping-rows", self->mapping },
  };

  g_return_val_if_fail (TRAPPA_IS_HOUSING_PANE (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_strcmp0 (tables[i].name, list_name) == 0)
      return tables[i].table;
  return NULL;
}
