/* trappa-report-sections.c: what the written plan says, section by section
 *
 * Tables come from trappa-plan-tables (the same columns and cell kinds as
 * the CSV and XLSX exports) or are built here when the report shows sums;
 * figures are painted by the chart painters the screen uses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-report"

#include <glib/gi18n-lib.h>

#include "trappa-action-plan-table.h"
#include "trappa-chart-kind-needs.h"
#include "trappa-chart-kinds-builtin.h"
#include "trappa-format.h"
#include "trappa-measure.h"
#include "trappa-needs-figures.h"
#include "trappa-national-goal.h"
#include "trappa-needs.h"
#include "trappa-plan-tables.h"
#include "trappa-priority.h"
#include "trappa-report-sections.h"
#include "trappa-success-factor.h"
#include "trappa-timeline-layout.h"
#include "trappa-timeline-painter.h"

/* Chart sizes in chart pixels: wide enough that the charts' own text is
 * about 8 pt once scaled to the text column. */
#define CHART_WIDTH 900

typedef struct
{
  TrappaPlan      *plan;
  TrappaReportDoc *doc;
  char            *municipality;  /* "Alver kommune" */
  char            *date;          /* "29.11.2026" */
  const char      *today;         /* "2026-11-29" */
} Builder;

static GListModel *
plan_list (TrappaPlan *plan,
           const char *name)
{
  return G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), name));
}

static const char *
plan_text (TrappaPlan *plan,
           const char *field)
{
  return trappa_item_get_string (TRAPPA_ITEM (plan), field);
}

static void
add_caption (Builder    *b,
             const char *what,
             const char *source)
{
  /* "Figur: Bustadtrappa. Alver kommune, 29.11.2026. Kjelde: …" */
  g_autofree char *text = g_strdup_printf (_("%s. %s, %s. Source: %s"), what, b->municipality, b->date, source);

  trappa_report_doc_add_caption (b->doc, text);
}

/* A page has no room for a column with nothing in it. @columns NULL:
 * all the table's columns. Returns the table (owned by the document). */
static TrappaTable *
add_table (Builder             *b,
           const char          *name,
           const char * const  *columns)
{
  TrappaTable *table = columns != NULL ? trappa_plan_tables_build_columns (b->plan, name, columns, NULL)
                                       : trappa_plan_tables_build (b->plan, name, NULL);

  trappa_table_drop_empty_columns (table);
  trappa_report_doc_add_table (b->doc, table);
  return table;
}

/* A chart laid out once, in the plan's language, painted by its kind's
 * painter: the one the screen uses. */
typedef struct
{
  const TrappaChartKind *kind;
  gpointer               layout;
} Figure;

static void
figure_free (Figure *figure)
{
  figure->kind->free (figure->layout);
  g_free (figure);
}

static void
paint_figure (cairo_t  *cr,
              int       width,
              int       height,
              gpointer  data)
{
  Figure *figure = data;

  figure->kind->paint (cr, figure->layout, -1, -1);
}

/* Adds the chart of @kind, or nothing (FALSE) when the plan has nothing
 * to draw of that kind. */
static gboolean
add_chart (Builder               *b,
           const TrappaChartKind *kind,
           gconstpointer          options,
           int                    height)
{
  TrappaChartRequest request = { b->plan, TRAPPA_CHART_STYLE_FILE, NULL, options };
  gpointer layout = kind->layout (kind, &request, CHART_WIDTH, height, NULL);
  Figure *figure;

  if (layout == NULL)
    return FALSE;
  figure = g_new0 (Figure, 1);
  figure->kind = kind;
  figure->layout = layout;
  trappa_report_doc_add_figure (b->doc, paint_figure, figure, (GDestroyNotify) figure_free, CHART_WIDTH, height);
  return TRUE;
}

static void
add_staircase (Builder               *b,
               const char            *kind,
               const TrappaChartKind *chart,
               const char            *heading,
               const char         *table,
               const char * const *columns)
{
  TrappaStaircase *staircase = trappa_plan_get_staircase (b->plan, kind);
  g_autofree char *what = NULL;

  if (staircase == NULL ||
      g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (staircase), "steps"))) == 0)
    return;
  trappa_report_doc_add_heading (b->doc, 1, heading);
  if (add_chart (b, chart, NULL, 560))
    {
      what = g_strdup_printf (_("Figure: %s"), heading);
      add_caption (b, what, _("the mapping in the plan"));
    }
  add_table (b, table, columns);
}

static void
add_about (Builder *b)
{
  const char *description = plan_text (b->plan, "description");
  g_auto(GStrv) paragraphs = NULL;

  if (description[0] == '\0')
    return;
  trappa_report_doc_add_heading (b->doc, 1, _("About the plan"));
  paragraphs = g_strsplit (description, "\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    if (g_strstrip (paragraphs[i])[0] != '\0')
      trappa_report_doc_add_paragraph (b->doc, paragraphs[i]);
}

static void
add_mapping (Builder *b)
{
  static const char * const group_columns[] = { "name", "description", NULL };
  static const char * const mapping_columns[] = {
    "step", "target-group", "units-today", "need-period", "uncovered-now", "uncovered-period", "cost", NULL
  };
  GListModel *rows = plan_list (b->plan, "mapping-rows");
  TrappaTable *table;
  guint n_rows;

  if (g_list_model_get_n_items (plan_list (b->plan, "target-groups")) == 0 &&
      g_list_model_get_n_items (rows) == 0)
    return;
  trappa_report_doc_add_heading (b->doc, 1, _("Target groups and mapping"));
  if (g_list_model_get_n_items (plan_list (b->plan, "target-groups")) > 0)
    add_table (b, "target-groups", group_columns);
  if (g_list_model_get_n_items (rows) == 0)
    return;

  trappa_report_doc_add_heading (b->doc, 2, _("Mapping of needs per target group"));
  table = trappa_plan_tables_build_columns (b->plan, "mapping", mapping_columns, NULL);
  n_rows = trappa_table_get_n_rows (table);
  trappa_table_add_total_row (table);
  trappa_table_add_text (table, _("Sum"));
  trappa_table_add_text (table, "");
  for (guint c = 2; c < table->n_columns; c++)
    {
      gint64 sum = 0;

      for (guint r = 0; r < n_rows; r++)
        sum += trappa_table_get_cell (table, r, c)->number;
      trappa_table_add_number (table, trappa_table_get_cell (table, 0, c)->kind, sum);
    }
  trappa_report_doc_add_table (b->doc, table);
}

static char *
series_source (TrappaPopulationSeries *series)
{
  return g_strdup_printf (_("%s, scenario %s"),
                          trappa_item_get_string (TRAPPA_ITEM (series), "source"),
                          trappa_item_get_string (TRAPPA_ITEM (series), "name"));
}

/* The plan's milestone years, each once and in order: base year, first
 * year, end of the four-year action plan, last year and needs horizon. */
static GArray *
key_years (TrappaPlan *plan)
{
  static const char * const fields[] = { "base-year", "period-start", NULL, "period-end", "horizon" };
  GArray *years = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      gint64 year = fields[i] != NULL ? trappa_item_get_int (TRAPPA_ITEM (plan), fields[i])
                                      : trappa_item_get_int (TRAPPA_ITEM (plan), "period-start") + 3;

      if (year > 0 && (years->len == 0 || year > g_array_index (years, gint64, years->len - 1)))
        g_array_append_val (years, year);
    }
  return years;
}

static void
add_population (Builder *b)
{
  GListModel *series_list = plan_list (b->plan, "population-series");
  GListModel *bands = plan_list (b->plan, "age-bands");
  g_autoptr(GArray) years = key_years (b->plan);
  g_autoptr(GStrvBuilder) header = g_strv_builder_new ();
  g_auto(GStrv) titles = NULL;
  TrappaTable *table;

  if (g_list_model_get_n_items (series_list) == 0 || g_list_model_get_n_items (bands) == 0)
    return;
  trappa_report_doc_add_heading (b->doc, 1, _("Population and coverage"));

  g_strv_builder_add (header, _("Scenario"));
  g_strv_builder_add (header, _("Age band"));
  for (guint y = 0; y < years->len; y++)
    {
      g_autofree char *year = g_strdup_printf ("%" G_GINT64_FORMAT, g_array_index (years, gint64, y));

      g_strv_builder_add (header, year);
    }
  titles = g_strv_builder_end (header);
  table = trappa_table_new ("population", _("Population"), (const char * const *) titles);
  for (guint s = 0; s < g_list_model_get_n_items (series_list); s++)
    {
      g_autoptr(TrappaPopulationSeries) series = g_list_model_get_item (series_list, s);

      for (guint i = 0; i < g_list_model_get_n_items (bands); i++)
        {
          g_autoptr(TrappaItem) band = g_list_model_get_item (bands, i);

          trappa_table_add_row (table);
          trappa_table_add_text (table, trappa_item_get_string (TRAPPA_ITEM (series), "scenario"));
          trappa_table_add_text (table, trappa_item_get_string (band, "name"));
          for (guint y = 0; y < years->len; y++)
            {
              gint64 count;

              if (trappa_needs_population (b->plan, series, trappa_item_get_id (band),
                                           g_array_index (years, gint64, y), &count))
                trappa_table_add_number (table, TRAPPA_CELL_COUNT, count);
              else
                trappa_table_add_text (table, "");
            }
        }
    }
  trappa_report_doc_add_table (b->doc, table);
  {
    g_autoptr(TrappaPopulationSeries) first = g_list_model_get_item (series_list, 0);
    g_autofree char *source = series_source (first);

    add_caption (b, _("Table: projected population by age band"), source);
  }

  if (g_list_model_get_n_items (plan_list (b->plan, "coverages")) == 0 ||
      !add_chart (b, &trappa_chart_kind_need, NULL, 520))
    return;
  add_caption (b, _("Figure: need per year by population projection"), _("the population projections and coverage in the plan"));
}

static void
add_needs (Builder *b)
{
  TrappaPopulationSeries *series = trappa_needs_find_series (b->plan, NULL);
  g_autoptr(TrappaNeedsFigures) figures = NULL;
  g_autoptr(GStrvBuilder) header = g_strv_builder_new ();
  g_auto(GStrv) titles = NULL;
  g_autofree char *source = NULL;
  g_autofree char *what = NULL;
  gint64 years[3];
  TrappaNeedsChartOptions options = { NULL };
  TrappaTable *table;

  if (series == NULL)
    return;
  figures = trappa_needs_figures_compute (b->plan, series);
  trappa_needs_default_years (b->plan, years);
  g_strv_builder_add (header, _("Step or service level"));
  g_strv_builder_add (header, _("Units today"));
  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      g_autofree char *need = g_strdup_printf (_("Need %d"), (int) years[y]);
      g_autofree char *gap = g_strdup_printf (_("Gap %d"), (int) years[y]);

      g_strv_builder_add (header, need);
      g_strv_builder_add (header, gap);
    }
  titles = g_strv_builder_end (header);
  table = trappa_table_new ("needs", _("Needs and gap"), (const char * const *) titles);
  for (guint i = 0; i < trappa_needs_figures_get_n_steps (figures); i++)
    {
      const TrappaNeedsStep *step = trappa_needs_figures_get_step_at (figures, i);
      TrappaItem *record = trappa_plan_lookup (b->plan, step->step_id);

      if (step->rule == TRAPPA_NEEDS_RULE_NONE)
        continue;
      trappa_table_add_row (table);
      trappa_table_add_text (table, record != NULL ? trappa_item_get_string (record, "name") : "");
      trappa_table_add_number (table, TRAPPA_CELL_COUNT, step->units_today);
      for (guint y = 0; y < G_N_ELEMENTS (years); y++)
        {
          const TrappaNeedsYear *year = trappa_needs_step_get_year (step, years[y]);

          if (year != NULL && trappa_needs_step_is_known (step, years[y]))
            {
              trappa_table_add_number (table, TRAPPA_CELL_COUNT, year->need_adopted);
              trappa_table_add_number (table, TRAPPA_CELL_COUNT, year->gap);
            }
          else
            {
              trappa_table_add_text (table, "");
              trappa_table_add_text (table, "");
            }
        }
    }
  if (trappa_table_get_n_rows (table) == 0)
    {
      trappa_table_free (table);
      return;
    }

  source = series_source (series);
  trappa_report_doc_add_heading (b->doc, 1, _("Needs and gap"));
  options.scenario = trappa_item_get_string (TRAPPA_ITEM (series), "scenario");
  if (add_chart (b, &trappa_chart_kind_gap, &options, 560))
    {
      what = g_strdup_printf (_("Figure: need, supply and gap, scenario %s"), options.scenario);
      add_caption (b, what, source);
    }
  trappa_report_doc_add_table (b->doc, table);
  g_free (what);
  what = g_strdup_printf (_("Table: need with measures and gap per step, scenario %s"), options.scenario);
  add_caption (b, what, source);
}

static void
add_priority (Builder *b)
{
  TrappaPriorityWeights weights;
  g_autoptr(GArray) ranked = NULL;
  TrappaTable *table;
  const char *header[] = { _("Rank"), _("Measure"), _("Target area"), _("Priority"), NULL };
  guint rank = 0;

  trappa_priority_weights_init (&weights);
  ranked = trappa_priority_rank (plan_list (b->plan, "measures"), NULL, &weights);
  table = trappa_table_new ("priority", _("Priority grid"), header);
  for (guint i = 0; i < ranked->len; i++)
    {
      const TrappaRankEntry *entry = &g_array_index (ranked, TrappaRankEntry, i);
      TrappaItem *area;

      if (entry->n_scored == 0)
        continue;
      area = trappa_plan_lookup (b->plan, trappa_item_get_string (TRAPPA_ITEM (entry->measure), "target-area"));
      trappa_table_add_row (table);
      trappa_table_add_number (table, TRAPPA_CELL_YEAR, ++rank);
      trappa_table_add_text (table, trappa_item_get_string (TRAPPA_ITEM (entry->measure), "title"));
      trappa_table_add_text (table, area != NULL ? trappa_item_get_string (area, "name") : "");
      trappa_table_add_decimal (table, (gint64) (entry->priority * 10 + 0.5), 1);
    }
  if (rank == 0)
    {
      trappa_table_free (table);
      return;
    }
  trappa_report_doc_add_heading (b->doc, 1, _("Priority grid"));
  if (add_chart (b, &trappa_chart_kind_priority, NULL, 760))
    add_caption (b, _("Figure: the measures in the priority grid"), _("the workshop scores in the plan"));
  trappa_report_doc_add_table (b->doc, table);
}

/* Measures of @area_id ("" = none) ordered by strategy, each strategy
 * where it first appears. */
/* Per target area its goal and the seed's table with the cost of each
 * year of the action plan, then the sums per area and year. */
static void
add_action_plan (Builder *b)
{
  g_autoptr(TrappaActionPlan) plan = trappa_action_plan_new (b->plan, TRUE);
  gint64 first = plan->first_year;
  g_autofree char *intro = NULL;

  if (plan->areas->len == 0)
    return;
  trappa_report_doc_add_heading (b->doc, 1, _("Action plan"));
  if (first > 0)
    {
      intro = g_strdup_printf (_("The action plan covers %d–%d, the years of the economy plan. "
                                 "Costs are in kroner: investment and operating cost together."),
                               (int) first, (int) (first + TRAPPA_ACTION_PLAN_YEARS - 1));
      trappa_report_doc_add_paragraph (b->doc, intro);
    }
  for (guint i = 0; i < plan->areas->len; i++)
    {
      const TrappaActionPlanArea *area = plan->areas->pdata[i];
      TrappaTable *table;

      trappa_report_doc_add_heading (b->doc, 2, trappa_action_plan_area_name (area));
      if (area->area != NULL && trappa_item_get_string (area->area, "goal")[0] != '\0')
        {
          g_autofree char *goal = g_strdup_printf (_("Goal: %s"), trappa_item_get_string (area->area, "goal"));

          trappa_report_doc_add_paragraph (b->doc, goal);
        }
      table = trappa_action_plan_area_table (plan, area, FALSE);
      trappa_table_drop_empty_columns (table);
      trappa_report_doc_add_table (b->doc, table);
    }
  trappa_report_doc_add_heading (b->doc, 2, _("Cost per target area and year"));
  trappa_report_doc_add_table (b->doc, trappa_action_plan_sums_table (plan));
}

static void
paint_timeline (cairo_t  *cr,
                int       width,
                int       height,
                gpointer  layout)
{
  trappa_timeline_painter_draw (cr, layout);
}

static void
add_milestones (Builder *b)
{
  static const char * const columns[] = { "code", "title", "due", "due-date", "approver", "done", NULL };
  guint n = g_list_model_get_n_items (plan_list (b->plan, "milestones"));
  int height = 70 + 44 * n;
  TrappaTimelineLayout *timeline;

  if (n == 0)
    return;
  trappa_report_doc_add_heading (b->doc, 1, _("Milestones"));
  timeline = trappa_timeline_layout_new (b->plan, b->today, CHART_WIDTH, height, TRAPPA_CHART_STYLE_FILE);
  if (timeline->marks->len > 0)
    {
      trappa_report_doc_add_figure (b->doc, paint_timeline, timeline,
                                    (GDestroyNotify) trappa_timeline_layout_free, CHART_WIDTH, height);
      add_caption (b, _("Figure: the milestones by due date"), _("the milestones in the plan"));
    }
  else
    trappa_timeline_layout_free (timeline);
  add_table (b, "milestones", columns);
}

/* One list of the plan as a table under a heading of @level, all its
 * columns that hold anything; nothing when the list is empty. Returns
 * the table added (owned by the document) or NULL. */
static TrappaTable *
add_list_section (Builder    *b,
                  int         level,
                  const char *name,
                  const char *heading)
{
  if (g_list_model_get_n_items (plan_list (b->plan, name)) == 0)
    return NULL;
  trappa_report_doc_add_heading (b->doc, level, heading);
  return add_table (b, name, NULL);
}

/* The meeting plan with its length in minutes summed up. */
static void
add_meeting_plan (Builder *b)
{
  GListModel *items = plan_list (b->plan, "meeting-plan");
  TrappaTable *table;
  gint64 minutes = 0;
  guint column;

  if (g_list_model_get_n_items (items) == 0)
    return;
  trappa_report_doc_add_heading (b->doc, 2, _("Meeting plan"));
  table = trappa_plan_tables_build (b->plan, "meeting-plan", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TrappaItem) item = g_list_model_get_item (items, i);

      minutes += trappa_item_get_int (item, "minutes");
    }
  /* Time | Why | What | How | Minutes | …: the sum under the minutes. */
  trappa_table_add_total_row (table);
  trappa_table_add_text (table, _("Sum"));
  for (column = 1; column < 4; column++)
    trappa_table_add_text (table, "");
  trappa_table_add_number (table, TRAPPA_CELL_COUNT, minutes);
  for (column++; column < table->n_columns; column++)
    trappa_table_add_text (table, "");
  trappa_table_drop_empty_columns (table);
  trappa_report_doc_add_table (b->doc, table);
}

/* The participation, mobilisation and meeting plans, under one heading. */
static void
add_participation (Builder *b)
{
  static const char * const lists[] = { "participation-plan", "mobilisation-plan", "meeting-plan" };
  gboolean any = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    any |= g_list_model_get_n_items (plan_list (b->plan, lists[i])) > 0;
  if (!any)
    return;
  trappa_report_doc_add_heading (b->doc, 1, _("Participation"));
  add_list_section (b, 2, "participation-plan", _("Participation plan"));
  add_list_section (b, 2, "mobilisation-plan", _("Mobilisation plan"));
  add_meeting_plan (b);
}

/* The six factors in the seed's order, each with its light as a shape and
 * a word (the page may be printed in black and white). */
static void
add_success_factors (Builder *b)
{
  const char *header[] = { _("Success factor"), _("Status"), _("Assessment"), _("What to do"), NULL };
  const char * const *factors = trappa_success_factors ();
  TrappaTable *table;

  if (g_list_model_get_n_items (plan_list (b->plan, "success-factors")) == 0)
    return;
  table = trappa_table_new ("success-factors", _("Success factors"), header);
  for (guint i = 0; factors[i] != NULL; i++)
    {
      TrappaItem *record = trappa_success_factor_find (b->plan, factors[i]);
      const char *status = record != NULL ? trappa_item_get_string (record, "status") : TRAPPA_LIGHT_NONE;
      g_autofree char *light = g_strdup_printf ("%s %s", trappa_success_light_shape (status),
                                                trappa_success_light_label (status));

      trappa_table_add_row (table);
      trappa_table_add_text (table, trappa_success_factor_name (factors[i]));
      trappa_table_add_text (table, light);
      trappa_table_add_text (table, record != NULL ? trappa_item_get_string (record, "assessment") : "");
      trappa_table_add_text (table, record != NULL ? trappa_item_get_string (record, "action") : "");
    }
  trappa_report_doc_add_heading (b->doc, 1, _("Success factors"));
  trappa_report_doc_add_paragraph (b->doc, _("The six success factors of the housing work, each assessed as a "
                                             "traffic light: ● good, ▲ some way to go, ■ weak."));
  trappa_report_doc_add_table (b->doc, table);
}

static void
add_national_goals (Builder *b)
{
  if (add_list_section (b, 1, "national-goals", _("The national strategy's goals")) != NULL)
    add_caption (b, _("Table: how the plan answers the goals of the national strategy"),
                 _("Bolig for velferd (2014–2020) and the national strategy for social housing policy (2021–2024)"));
}

/* Which version of the plan this is, for the title page: the action
 * plan's years, and when it was last rolled on (its revision). */
static void
add_version_lines (TrappaPlan   *plan,
                   GStrvBuilder *lines)
{
  GListModel *revisions = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "action-plan-revisions"));
  guint n = g_list_model_get_n_items (revisions);
  gint64 first = trappa_action_plan_first_year (plan);

  if (first > 0)
    {
      g_autofree char *years = g_strdup_printf (_("Action plan %d–%d"), (int) first,
                                                (int) (first + TRAPPA_ACTION_PLAN_YEARS - 1));

      g_strv_builder_add (lines, years);
    }
  if (n > 0)
    {
      g_autoptr(TrappaItem) last = g_list_model_get_item (revisions, n - 1);
      g_autofree char *date = trappa_format_date (trappa_item_get_string (last, "date"));
      g_autofree char *rolled = g_strdup_printf (_("Revised %s (revision %u)"), date, n);

      g_strv_builder_add (lines, rolled);
    }
}

TrappaReportDoc *
trappa_report_sections_build (TrappaPlan *plan,
                              const char *date)
{
  static const char * const step_columns[] = { "name", "units-today", "need", "housing-types", NULL };
  static const char * const level_columns[] = { "name", "units-today", "need", "annual-cost-per-unit", NULL };
  const char *title = plan_text (plan, "title");
  gint64 start = trappa_item_get_int (TRAPPA_ITEM (plan), "period-start");
  gint64 end = trappa_item_get_int (TRAPPA_ITEM (plan), "period-end");
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  g_auto(GStrv) title_lines = NULL;
  g_autofree char *date_line = NULL;
  Builder b = { plan, NULL, NULL, NULL, date };

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), NULL);

  b.municipality = plan_text (plan, "municipality")[0] != '\0'
                   ? g_strdup_printf (_("%s municipality"), plan_text (plan, "municipality"))
                   : g_strdup ("");
  b.date = trappa_format_date (date);
  if (b.municipality[0] != '\0')
    g_strv_builder_add (lines, b.municipality);
  if (start > 0 && end >= start)
    {
      g_autofree char *period = g_strdup_printf (_("Plan period %d–%d"), (int) start, (int) end);

      g_strv_builder_add (lines, period);
    }
  add_version_lines (plan, lines);
  date_line = g_strdup_printf (_("Date: %s"), b.date);
  g_strv_builder_add (lines, date_line);
  title_lines = g_strv_builder_end (lines);
  if (title[0] == '\0')
    title = _("Housing plan");
  b.doc = trappa_report_doc_new (title, (const char * const *) title_lines, _("Contents"), title);
  b.doc->language = g_strdup (plan_text (plan, "language"));

  add_about (&b);
  add_staircase (&b, TRAPPA_STAIRCASE_HOUSING, &trappa_chart_kind_housing,
                 _("The housing staircase"), "steps", step_columns);
  add_staircase (&b, TRAPPA_STAIRCASE_ACTIVITY, &trappa_chart_kind_activity,
                 _("The activity and mastery staircase"), "service-levels", level_columns);
  add_mapping (&b);
  add_population (&b);
  add_needs (&b);
  add_priority (&b);
  add_action_plan (&b);
  add_milestones (&b);
  add_success_factors (&b);
  add_national_goals (&b);
  add_participation (&b);

  g_free (b.municipality);
  g_free (b.date);
  return b.doc;
}
