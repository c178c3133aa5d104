/* trappa-gap-layout.c: where each part of the gap chart goes
 *
 * One group per housing step whose need the needs model knows: the step's
 * name and today's units as a heading, then one horizontal bar per chosen
 * plan year. A year's bar is today's units (solid), the units adopted
 * measures add by then (cross-hatched) and the gap that remains (hatched),
 * so its right end is the need with adopted measures; the marker and the
 * "need N" label are that same figure (the need without measures is named
 * in the label where it differs). A title, then a caption naming the
 * scenario, base year and source. Every
 * bar shares one scale and carries its numbers, so nothing rests on colour.
 * Row labels sit in a column at the left, numbers in one at the right, the
 * legend below: boxes that cannot overlap by construction. The font size
 * is lowered until everything fits the surface; on the projector it stays
 * at the back row's size, a bar carries only its need and gap, and the
 * steps go side by side in two columns; only when even those do not fit
 * do the earliest years give way. The chart speaks the plan's language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-gap-layout"

#include <string.h>

#include "trappa-gap-layout.h"
#include "trappa-chart-text.h"
#include "trappa-format.h"
#include "trappa-title-cache.h"
#include "trappa-plan-words.h"

#define PREFERRED_PX 14.0
#define LARGEST_PX   22.0
#define SMALLEST_PX  6.0
/* Groups side by side on the projector, at most. */
#define MAX_COLUMNS  2

typedef struct
{
  PangoContext    *context;
  TrappaPlan         *plan;
  TrappaNeedsFigures *figures;   /* NULL: an unknown scenario */
  gint64           years[TRAPPA_GAP_MAX_YEARS];
  guint            n_years;
  guint            n_columns;
  double           width, height;
  TrappaChartStyle style;
  TrappaGapLayout *out;     /* the last one tried, at f */
  double           f;
} Builder;

static void
group_free (TrappaGapGroup *group)
{
  g_free (group->step_id);
  g_clear_pointer (&group->rows, g_array_unref);
  g_free (group);
}

static TrappaGapLayout *
layout_new (double           width,
            double           height,
            TrappaChartStyle style)
{
  TrappaGapLayout *self = g_new0 (TrappaGapLayout, 1);

  self->width = width;
  self->height = height;
  self->style = style;
  self->labels = g_ptr_array_new_with_free_func ((GDestroyNotify) trappa_chart_text_label_free);
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  self->legend = g_array_new (FALSE, TRUE, sizeof (TrappaGapLegendItem));
  return self;
}

void
trappa_gap_layout_free (TrappaGapLayout *self)
{
  g_ptr_array_unref (self->labels);
  g_ptr_array_unref (self->groups);
  g_array_unref (self->legend);
  g_free (self);
}

static TrappaChartLabel *
label (Builder    *b,
       const char *text,
       double      wrap_width,
       gboolean    bold)
{
  return trappa_chart_text_add (b->out->labels, b->context, b->out->style, text, wrap_width, b->f,
                                TRAPPA_CHART_TEXT_SHARED | (bold ? TRAPPA_CHART_TEXT_BOLD : 0));
}

/* The figures beside a bar; @brief (the projector): need and gap only. */
static char *
numbers_text (const TrappaGapRow *row,
              gboolean            brief)
{
  g_autofree char *need = trappa_format_count (row->need_with);
  g_autofree char *gap = trappa_format_count (row->gap);
  g_autofree char *without = trappa_format_count (row->need);
  g_autofree char *proposed = trappa_format_count (row->gap_proposed);
  GString *out = g_string_new (NULL);

  if (row->need == row->need_with || brief)
    /* TRANSLATORS: beside a bar of the gap chart */
    g_string_printf (out, _("need %s, gap %s"), need, gap);
  else
    /* TRANSLATORS: need with adopted measures, without them, and the gap */
    g_string_printf (out, _("need %s (%s without measures), gap %s"), need, without, gap);
  if (row->gap_proposed != row->gap && !brief)
    /* TRANSLATORS: the gap should the proposed measures be adopted too */
    g_string_append_printf (out, _("; with proposals: gap %s"), proposed);
  return g_string_free (out, FALSE);
}

static char *
heading_text (TrappaItem            *step,
              const TrappaNeedsStep *s)
{
  g_autofree char *units = trappa_format_count (s->units_today);

  return g_strdup_printf (_("%s: %s units today"), trappa_item_get_string (step, "name"), units);
}

/* The rows of one step, figures only. */
static GArray *
rows_for (Builder               *b,
          const TrappaNeedsStep *s)
{
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (TrappaGapRow));

  for (guint i = 0; i < b->n_years; i++)
    {
      const TrappaNeedsYear *y = trappa_needs_step_get_year (s, b->years[i]);
      TrappaGapRow row = { .year = b->years[i], .units_today = s->units_today, .need_x = -1 };

      if (y == NULL || !y->known)
        continue;
      row.additions = y->supply - s->units_today;
      row.gap = y->gap;
      row.need = y->need;
      row.need_with = y->need_adopted;
      row.gap_proposed = y->gap_proposed;
      g_array_append_val (rows, row);
    }
  return rows;
}

/* "Population: SSB tabell 14288 …, scenario MMMM, base year 2023". */
char *
trappa_gap_layout_caption_text (TrappaNeedsFigures *figures)
{
  const char *source = trappa_needs_figures_get_source (figures);

  if (!trappa_needs_figures_has_series (figures))
    /* TRANSLATORS: caption of a needs chart of a plan with no population projection */
    return g_strdup_printf (_("No population projection: base year %d only"),
                            (int) trappa_needs_figures_get_base_year (figures));
  /* TRANSLATORS: caption of the needs charts: scenario code, base year, where the figures come from */
  return g_strdup_printf (_("Scenario %s, base year %d. Population: %s"),
                          trappa_needs_figures_get_scenario (figures),
                          (int) trappa_needs_figures_get_base_year (figures),
                          *source != '\0' ? source : _("source not given"));
}

static gint64
largest (GArray *rows)
{
  gint64 top = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      TrappaGapRow *r = &g_array_index (rows, TrappaGapRow, i);

      top = MAX (top, MAX (r->units_today + r->additions + r->gap, r->need_with));
    }
  return top;
}

static double
add_legend (Builder *b,
            double   bottom)
{
  static const struct { TrappaGapLegendKind kind; const char *text; } items[] = {
    { TRAPPA_GAP_LEGEND_TODAY, N_("Units today") },
    { TRAPPA_GAP_LEGEND_ADDED, N_("Added by adopted measures") },
    { TRAPPA_GAP_LEGEND_REMAINING, N_("Remaining gap") },
    { TRAPPA_GAP_LEGEND_NEED, N_("Need with adopted measures") },
  };
  TrappaChartLabel *labels[G_N_ELEMENTS (items)];
  double f = b->f, margin = f, x, y, line_h = 1.5 * f, height;
  guint lines = 1;

  /* First measure how many lines the legend takes, then place it. */
  x = margin;
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      double w;

      labels[i] = label (b, _(items[i].text), 0, FALSE);
      w = 2.5 * f + labels[i]->box.width + 1.5 * f;
      if (x + w > b->out->width - margin && x > margin)
        lines++, x = margin;
      x += w;
    }
  height = lines * line_h;
  y = bottom - height;
  x = margin;
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      TrappaGapLegendItem item = { items[i].kind };
      double w = 2.5 * f + labels[i]->box.width + 1.5 * f;

      if (x + w > b->out->width - margin && x > margin)
        y += line_h, x = margin;
      item.swatch = (TrappaRect) { x, y + (line_h - f) / 2, 2 * f, f };
      labels[i]->box.x = x + 2.5 * f;
      labels[i]->box.y = y + (line_h - labels[i]->box.height) / 2;
      g_array_append_val (b->out->legend, item);
      x += w;
    }
  return height;
}

static void
place_row (Builder        *b,
           TrappaGapGroup *group,
           TrappaGapRow   *row,
           double          y,
           double          row_h)
{
  double bar_h = row_h * 0.7, top = y + (row_h - bar_h) / 2;
  double x0 = group->zero_x, s = b->out->scale;
  double supply_end = x0 + (row->units_today + row->additions) * s;

  row->today = (TrappaRect) { x0, top, row->units_today * s, bar_h };
  row->added = (TrappaRect) { x0 + row->units_today * s, top, row->additions * s, bar_h };
  row->remaining = (TrappaRect) { supply_end, top, row->gap * s, bar_h };
  row->need_x = x0 + row->need_with * s;
  row->label->box.y = y + (row_h - row->label->box.height) / 2;
  row->numbers->box.y = y + (row_h - row->numbers->box.height) / 2;
}

/* The height of @group's heading and rows. */
static double
group_height (const TrappaGapGroup *group,
              double                f)
{
  return group->name->box.height + 0.2 * f + group->rows->len * 1.4 * f;
}

/* Where the groups after the first column's begin: the split that makes
 * the taller column the lowest (every group in the first with one
 * column). */
static guint
column_split (GPtrArray *groups,
              guint      n_columns,
              double     f)
{
  guint best = groups->len;
  double best_h = G_MAXDOUBLE;

  if (n_columns == 1)
    return groups->len;
  for (guint split = 1; split < groups->len; split++)
    {
      double h[2] = { 0, 0 };

      for (guint i = 0; i < groups->len; i++)
        h[i >= split] += group_height (groups->pdata[i], f) + 0.5 * f;
      if (MAX (h[0], h[1]) < best_h)
        best_h = MAX (h[0], h[1]), best = split;
    }
  return best;
}

static gboolean
build (Builder *b)
{
  TrappaGapLayout *out = b->out;
  double f = b->f, margin = f, row_h = 1.4 * f, group_gap = 0.5 * f;
  double label_w = 0, numbers_w = 0, y = margin, top_y, lowest, bottom, bar_w, column_w;
  gint64 top = 1;
  guint split;

  out->font_px = f;
  out->n_columns = b->n_columns;
  column_w = (out->width - 2 * margin - (b->n_columns - 1) * f) / b->n_columns;
  /* TRANSLATORS: title of the gap chart: units today against the need, per housing step */
  out->title = trappa_chart_text_add (out->labels, b->context, out->style, _("Need and gap per step"),
                                      out->width - 2 * margin, trappa_chart_style_title_px (out->style, f),
                                      TRAPPA_CHART_TEXT_SHARED | TRAPPA_CHART_TEXT_BOLD);
  out->title->box.x = margin;
  out->title->box.y = y;
  y += out->title->box.height + 0.3 * f;
  if (b->figures != NULL)
    {
      g_autofree char *caption = trappa_gap_layout_caption_text (b->figures);

      out->caption = label (b, caption, out->width - 2 * margin, FALSE);
      out->caption->box.x = margin;
      out->caption->box.y = y;
      y += out->caption->box.height + 0.5 * f;
    }
  for (guint i = 0; b->figures != NULL && i < trappa_needs_figures_get_n_steps (b->figures); i++)
    {
      const TrappaNeedsStep *s = trappa_needs_figures_get_step_at (b->figures, i);
      TrappaGapGroup *group;
      g_autofree char *heading = NULL;

      if (g_strcmp0 (s->kind, TRAPPA_STAIRCASE_HOUSING) != 0 || s->rule == TRAPPA_NEEDS_RULE_NONE)
        continue;
      group = g_new0 (TrappaGapGroup, 1);
      heading = heading_text (trappa_plan_lookup (b->plan, s->step_id), s);
      group->step_id = g_strdup (s->step_id);
      group->name = label (b, heading, column_w, TRUE);
      group->rows = rows_for (b, s);
      g_ptr_array_add (out->groups, group);
    }
  if (out->groups->len == 0)
    {
      out->message = label (b, _("No need to show: map the need of the housing steps (mapping rows or coverage settings) and add a population projection."),
                            out->width - 2 * margin, FALSE);
      out->message->box.x = margin;
      out->message->box.y = y;
      return y + out->message->box.height <= out->height - margin &&
             out->message->box.width <= out->width - 2 * margin;
    }

  bottom = out->height - margin - add_legend (b, out->height - margin);
  for (guint i = 0; i < out->groups->len; i++)
    {
      TrappaGapGroup *group = out->groups->pdata[i];

      top = MAX (top, largest (group->rows));
      for (guint r = 0; r < group->rows->len; r++)
        {
          TrappaGapRow *row = &g_array_index (group->rows, TrappaGapRow, r);
          g_autofree char *year = g_strdup_printf ("%" G_GINT64_FORMAT, row->year);
          g_autofree char *numbers = numbers_text (row, (out->style & TRAPPA_CHART_STYLE_PRESENTING) != 0);

          row->label = label (b, year, 0, FALSE);
          row->numbers = label (b, numbers, 0, FALSE);
          label_w = MAX (label_w, row->label->box.width);
          numbers_w = MAX (numbers_w, row->numbers->box.width);
        }
    }

  bar_w = column_w - label_w - f - numbers_w - f;
  if (bar_w < 4 * f)
    return FALSE;
  out->scale = bar_w / top;

  split = column_split (out->groups, b->n_columns, f);
  top_y = lowest = y;
  for (guint i = 0; i < out->groups->len; i++)
    {
      TrappaGapGroup *group = out->groups->pdata[i];
      double x = margin + (i >= split) * (column_w + f), start;

      if (i == split)
        y = top_y;
      start = y;
      group->zero_x = x + label_w + f;
      group->name->box.x = x;
      group->name->box.y = y;
      y += group->name->box.height + 0.2 * f;
      for (guint r = 0; r < group->rows->len; r++)
        {
          TrappaGapRow *row = &g_array_index (group->rows, TrappaGapRow, r);

          row->label->box.x = x + label_w - row->label->box.width;
          place_row (b, group, row, y, row_h);
          row->numbers->box.x = MAX (row->today.x + row->today.width + row->added.width + row->remaining.width,
                                     row->need_x) + 0.5 * f;
          y += row_h;
        }
      group->rect = (TrappaRect) { x, start, column_w, y - start };
      lowest = MAX (lowest, y);
      y += group_gap;
    }
  return lowest <= bottom - f / 2;
}

static gboolean
build_at (double   f,
          gpointer data)
{
  Builder *b = data;

  g_clear_pointer (&b->out, trappa_gap_layout_free);
  b->out = layout_new (b->width, b->height, b->style);
  b->f = f;
  return build (b);
}

TrappaGapLayout *
trappa_gap_layout_new (TrappaPlan       *plan,
                       const char       *scenario,
                       const gint64     *years,
                       guint             n_years,
                       double            width,
                       double            height,
                       TrappaChartStyle  style)
{
  g_autoptr(TrappaNeedsFigures) figures = trappa_needs_figures_get (plan, scenario, NULL);
  Builder b = { .plan = plan, .figures = figures, .n_columns = 1, .width = width, .height = height, .style = style };
  gint64 defaults[TRAPPA_GAP_MAX_YEARS];
  double f, smallest = trappa_chart_style_smallest_px (style, SMALLEST_PX);
  double preferred = MAX (CLAMP (height / 45.0, PREFERRED_PX, LARGEST_PX), smallest);

  if (years == NULL)
    {
      trappa_needs_default_years (plan, defaults);
      years = defaults;
      n_years = TRAPPA_GAP_MAX_YEARS;
    }
  /* The same year twice (a short plan) is one bar. */
  for (guint i = 0; i < MIN (n_years, TRAPPA_GAP_MAX_YEARS); i++)
    {
      gboolean seen = FALSE;

      for (guint j = 0; j < b.n_years; j++)
        seen |= b.years[j] == years[i];
      if (!seen)
        b.years[b.n_years++] = years[i];
    }

  trappa_title_cache_next_round ();
  b.context = trappa_chart_text_context_new ();
  trappa_plan_language_push (plan);
  while (!trappa_chart_style_fit_px (preferred, smallest, build_at, &b, &f))
    {
      if ((style & TRAPPA_CHART_STYLE_PRESENTING) && b.n_columns < MAX_COLUMNS)
        b.n_columns++;
      else if ((style & TRAPPA_CHART_STYLE_PRESENTING) && b.n_years > 1)
        {
          /* Fewer years rather than smaller type: the first goes, the
           * last (the horizon, by default) stays. */
          memmove (b.years, b.years + 1, --b.n_years * sizeof (gint64));
          b.n_columns = 1;
        }
      else
        break;
    }
  if (b.f != f)
    build_at (f, &b);
  trappa_plan_language_pop ();
  g_object_unref (b.context);
  return b.out;
}

GBytes *
trappa_gap_layout_picture_key (TrappaGapLayout *self)
{
  GByteArray *key = g_byte_array_new ();
  double head[] = { self->width, self->height, self->style, self->font_px, self->scale, self->n_columns };

  g_byte_array_append (key, (const guint8 *) head, sizeof head);
  for (guint i = 0; i < self->groups->len; i++)
    {
      const TrappaGapGroup *group = self->groups->pdata[i];
      double zero[] = { group->zero_x, group->rows->len };

      trappa_chart_rect_add_key (key, &group->rect);
      g_byte_array_append (key, (const guint8 *) zero, sizeof zero);
      for (guint r = 0; r < group->rows->len; r++)
        {
          const TrappaGapRow *row = &g_array_index (group->rows, TrappaGapRow, r);

          trappa_chart_rect_add_key (key, &row->today);
          trappa_chart_rect_add_key (key, &row->added);
          trappa_chart_rect_add_key (key, &row->remaining);
          g_byte_array_append (key, (const guint8 *) &row->need_x, sizeof row->need_x);
        }
    }
  for (guint i = 0; i < self->legend->len; i++)
    {
      const TrappaGapLegendItem *item = &g_array_index (self->legend, TrappaGapLegendItem, i);
      guint kind = item->kind;

      g_byte_array_append (key, (const guint8 *) &kind, sizeof kind);
      trappa_chart_rect_add_key (key, &item->swatch);
    }
  trappa_chart_text_add_key (key, self->labels);
  return g_byte_array_free_to_bytes (key);
}

int
trappa_gap_layout_hit (TrappaGapLayout *self,
                       double           x,
                       double           y)
{
  for (guint i = 0; i < self->groups->len; i++)
    {
      TrappaGapGroup *group = self->groups->pdata[i];

      if (trappa_rect_contains (&group->rect, x, y))
        return (int) i;
    }
  return -1;
}
