/* trappa-needs-chart-view.c: the gap chart or the need line chart as a widget
 *
 * Thin: the layout is computed by the charts library at the widget's size
 * and painted through gtk_snapshot_append_cairo with the same painter the
 * exports use. It redraws on every plan change, undo and style change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-needs-chart-view"

#include <glib/gi18n.h>

#include "trappa-needs-chart-view.h"
#include "trappa-chart-style-watch.h"
#include "trappa-chart-widget.h"
#include "trappa-gap-layout.h"
#include "trappa-needs-export.h"
#include "trappa-needs-figures.h"
#include "trappa-format.h"

struct _TrappaNeedsChartView
{
  GtkWidget   parent_instance;

  gboolean    is_gap;
  TrappaPlan *plan;
  GSettings  *settings;     /* may be NULL (no schema) */
  char       *scenario;
  char       *step_id;
  gint64      years[TRAPPA_GAP_MAX_YEARS];
  guint       n_years;
};

G_DEFINE_FINAL_TYPE (TrappaNeedsChartView, trappa_needs_chart_view, GTK_TYPE_WIDGET)

static void
update_description (TrappaNeedsChartView *self)
{
  /* The chart's figures in words for screen readers: the gap per step in
   * the last chosen year. */
  g_autoptr(GString) text = g_string_new (self->is_gap ? _("Gap chart.") : _("Need per year."));
  g_autoptr(TrappaNeedsFigures) figures = self->plan != NULL
    ? trappa_needs_figures_get (self->plan, self->scenario, NULL) : NULL;
  gint64 year = self->n_years > 0 ? self->years[self->n_years - 1]
              : self->plan != NULL ? trappa_item_get_int (TRAPPA_ITEM (self->plan), "horizon") : 0;

  for (guint i = 0; figures != NULL && i < trappa_needs_figures_get_n_steps (figures); i++)
    {
      const TrappaNeedsStep *s = trappa_needs_figures_get_step_at (figures, i);
      const TrappaNeedsYear *y = trappa_needs_step_get_year (s, year);
      TrappaItem *step = trappa_plan_lookup (self->plan, s->step_id);
      g_autofree char *units = NULL;
      g_autofree char *need = NULL;
      g_autofree char *gap = NULL;
      g_autofree char *in_year = NULL;

      if (g_strcmp0 (s->kind, TRAPPA_STAIRCASE_HOUSING) != 0 || y == NULL || !y->known)
        continue;
      units = trappa_format_count (s->units_today);
      need = trappa_format_count (y->need_adopted);
      gap = trappa_format_count (y->gap);
      in_year = g_strdup_printf ("%" G_GINT64_FORMAT, year);
      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("%s: %s units today, need %s in %s, gap %s."),
                              trappa_item_get_string (step, "name"), units, need, in_year, gap);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text->str, -1);
}

static void
on_plan_changed (TrappaNeedsChartView *self)
{
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
trappa_needs_chart_view_snapshot (GtkWidget   *widget,
                                  GtkSnapshot *snapshot)
{
  TrappaNeedsChartView *self = TRAPPA_NEEDS_CHART_VIEW (widget);
  TrappaNeedsChart chart = {
    .plan = self->plan,
    .is_gap = self->is_gap,
    .scenario = self->scenario,
    .years = self->years,
    .n_years = self->n_years,
    .step_id = self->step_id,
    .style = trappa_needs_chart_view_get_style (self),
  };

  if (self->plan != NULL)
    trappa_chart_widget_paint (widget, snapshot, trappa_needs_chart_paint, &chart);
}

static void
trappa_needs_chart_view_dispose (GObject *object)
{
  TrappaNeedsChartView *self = TRAPPA_NEEDS_CHART_VIEW (object);

  trappa_chart_style_unwatch (self, G_CALLBACK (gtk_widget_queue_draw), &self->settings);
  trappa_needs_chart_view_set_plan (self, NULL);
  g_clear_pointer (&self->scenario, g_free);
  g_clear_pointer (&self->step_id, g_free);
  G_OBJECT_CLASS (trappa_needs_chart_view_parent_class)->dispose (object);
}

static void
trappa_needs_chart_view_class_init (TrappaNeedsChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trappa_needs_chart_view_dispose;
  widget_class->snapshot = trappa_needs_chart_view_snapshot;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
trappa_needs_chart_view_init (TrappaNeedsChartView *self)
{
  gtk_widget_set_size_request (GTK_WIDGET (self), 240, 200);
  self->settings = trappa_chart_widget_init (GTK_WIDGET (self), NULL, G_CALLBACK (gtk_widget_queue_draw));
}

GtkWidget *
trappa_needs_chart_view_new (const char *name)
{
  TrappaNeedsChartView *self = g_object_new (TRAPPA_TYPE_NEEDS_CHART_VIEW, NULL);

  self->is_gap = g_strcmp0 (name, TRAPPA_GAP_CHART_NAME) == 0;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->is_gap ? _("Gap chart") : _("Need per year"), -1);
  return GTK_WIDGET (self);
}

void
trappa_needs_chart_view_set_plan (TrappaNeedsChartView *self,
                                  TrappaPlan           *plan)
{
  g_return_if_fail (TRAPPA_IS_NEEDS_CHART_VIEW (self));

  if (trappa_chart_widget_set_plan (self, &self->plan, plan, G_CALLBACK (on_plan_changed)) &&
      plan != NULL)
    on_plan_changed (self);
}

void
trappa_needs_chart_view_set_scenario (TrappaNeedsChartView *self,
                                      const char           *scenario)
{
  g_free (self->scenario);
  self->scenario = g_strdup (scenario);
  on_plan_changed (self);
}

void
trappa_needs_chart_view_set_years (TrappaNeedsChartView *self,
                                   const gint64         *years,
                                   guint                 n_years)
{
  self->n_years = MIN (n_years, TRAPPA_GAP_MAX_YEARS);
  memcpy (self->years, years, self->n_years * sizeof (gint64));
  on_plan_changed (self);
}

void
trappa_needs_chart_view_set_step (TrappaNeedsChartView *self,
                                  const char           *step_id)
{
  g_free (self->step_id);
  self->step_id = g_strdup (step_id);
  on_plan_changed (self);
}

TrappaChartStyle
trappa_needs_chart_view_get_style (TrappaNeedsChartView *self)
{
  g_return_val_if_fail (TRAPPA_IS_NEEDS_CHART_VIEW (self), TRAPPA_CHART_STYLE_NORMAL);

  return trappa_chart_style_current (self->settings);
}
