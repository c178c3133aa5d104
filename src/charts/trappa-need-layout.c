/* trappa-need-layout.c: where each part of the need line chart goes
 *
 * Years along the bottom, units up the side. Per population series, the
 * need without measures (dashed) and, where measures change it, with
 * measures (solid); the supply as a thick stepped line. Lines are told
 * apart by dash and by the label at each line's right end, not by colour
 * alone; end labels are pushed apart so they never overlap. On the
 * projector no text is below the back row's size and the title is larger.
 * The chart speaks the plan's language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-need-layout"

#include <string.h>

#include "trappa-need-layout.h"
#include "trappa-gap-layout.h"
#include "trappa-chart-text.h"
#include "trappa-format.h"
#include "trappa-plan-words.h"

#define PREFERRED_PX 14.0
#define LARGEST_PX   22.0
#define SMALLEST_PX  6.0

typedef struct
{
  char   *scenario;
  GArray *need;       /* gint64 per year, -1 unknown */
  GArray *need_with;
  GArray *supply;
} SeriesFigures;

typedef struct
{
  PangoContext     *context;
  TrappaPlan       *plan;
  const char       *scenario;  /* NULL: every series */
  const char       *step_id;
  const char       *caption;
  GPtrArray        *figures;   /* SeriesFigures */
  gint64            first, last;
  TrappaNeedLayout *out;
  double            f;
} Builder;

static void
figures_free (SeriesFigures *s)
{
  g_free (s->scenario);
  g_array_unref (s->need);
  g_array_unref (s->need_with);
  g_array_unref (s->supply);
  g_free (s);
}

static void
line_free (TrappaNeedLine *line)
{
  g_array_unref (line->values);
  g_array_unref (line->points);
  g_free (line);
}

static TrappaNeedLayout *
layout_new (double           width,
            double           height,
            TrappaChartStyle style)
{
  TrappaNeedLayout *self = g_new0 (TrappaNeedLayout, 1);

  self->width = width;
  self->height = height;
  self->style = style;
  self->labels = g_ptr_array_new_with_free_func ((GDestroyNotify) trappa_chart_text_label_free);
  self->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  self->x_ticks = g_array_new (FALSE, TRUE, sizeof (TrappaNeedTick));
  self->y_ticks = g_array_new (FALSE, TRUE, sizeof (TrappaNeedTick));
  return self;
}

void
trappa_need_layout_free (TrappaNeedLayout *self)
{
  g_ptr_array_unref (self->labels);
  g_ptr_array_unref (self->lines);
  g_array_unref (self->x_ticks);
  g_array_unref (self->y_ticks);
  g_free (self);
}

double
trappa_need_layout_x (TrappaNeedLayout *self,
                      gint64            year)
{
  gint64 span = MAX (self->last_year - self->first_year, 1);

  return self->plot.x + self->plot.width * (year - self->first_year) / span;
}

double
trappa_need_layout_y (TrappaNeedLayout *self,
                      gint64            value)
{
  return self->plot.y + self->plot.height * (1.0 - (double) value / MAX (self->top, 1));
}

/* Need and supply per year of one series: the step's, or the sum of the
 * housing steps whose need is mapped (a year is known only when every
 * one of theirs is). NULL when there is no such step. */
static SeriesFigures *
collect_series (Builder    *b,
                const char *scenario)
{
  g_autoptr(TrappaNeedsFigures) needs = trappa_needs_figures_get (b->plan, scenario, NULL);
  SeriesFigures *s;
  guint n = b->last - b->first + 1;
  gboolean any = FALSE;

  if (needs == NULL)
    return NULL;
  s = g_new0 (SeriesFigures, 1);
  s->scenario = g_strdup (trappa_needs_figures_get_scenario (needs));
  s->need = g_array_new (FALSE, TRUE, sizeof (gint64));
  s->need_with = g_array_new (FALSE, TRUE, sizeof (gint64));
  s->supply = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_array_set_size (s->need, n);
  g_array_set_size (s->need_with, n);
  g_array_set_size (s->supply, n);
  for (guint i = 0; i < trappa_needs_figures_get_n_steps (needs); i++)
    {
      const TrappaNeedsStep *step = trappa_needs_figures_get_step_at (needs, i);

      if (b->step_id != NULL ? g_strcmp0 (step->step_id, b->step_id) != 0
                             : g_strcmp0 (step->kind, TRAPPA_STAIRCASE_HOUSING) != 0)
        continue;
      if (step->rule == TRAPPA_NEEDS_RULE_NONE)
        continue;
      any = TRUE;
      for (guint y = 0; y < n; y++)
        {
          const TrappaNeedsYear *ny = trappa_needs_step_get_year (step, b->first + y);
          gint64 *need = &g_array_index (s->need, gint64, y);
          gint64 *with = &g_array_index (s->need_with, gint64, y);
          gint64 *supply = &g_array_index (s->supply, gint64, y);

          if (ny == NULL || !ny->known || *need < 0)
            *need = *with = -1;
          else
            *need += ny->need, *with += ny->need_adopted;
          *supply = ny == NULL || *supply < 0 ? -1 : *supply + ny->supply;
        }
    }
  if (!any)
    g_clear_pointer (&s, figures_free);
  return s;
}

/* A round step for about five grid lines: 1, 2, 2.5 or 5 times a power
 * of ten (whole units, so at least 1). */
static gint64
nice_tick (gint64 largest)
{
  static const gint64 factors[] = { 10, 20, 25, 50 };

  for (gint64 power = 1; ; power *= 10)
    for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
      {
        gint64 tick = MAX (factors[i] * power / 10, 1);

        if (tick * 5 >= largest)
          return tick;
      }
}

static TrappaChartLabel *
label (Builder    *b,
       const char *text,
       double      wrap_width,
       gboolean    bold)
{
  return trappa_chart_text_add (b->out->labels, b->context, b->out->style, text, wrap_width, b->f,
                                bold ? TRAPPA_CHART_TEXT_BOLD : TRAPPA_CHART_TEXT_PLAIN);
}

static TrappaNeedLine *
add_line (Builder            *b,
          TrappaNeedLineKind  kind,
          guint               colour,
          GArray             *values,
          const char         *text)
{
  TrappaNeedLine *line = g_new0 (TrappaNeedLine, 1);

  line->kind = kind;
  line->colour = colour;
  line->values = g_array_ref (values);
  line->points = g_array_new (FALSE, TRUE, sizeof (TrappaPoint));
  line->label = label (b, text, 0, FALSE);
  g_ptr_array_add (b->out->lines, line);
  return line;
}

static gboolean
same_values (GArray *a,
             GArray *b)
{
  return a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (gint64)) == 0;
}

static gint64
add_lines (Builder *b)
{
  gint64 top = 1;

  for (guint i = 0; i < b->figures->len; i++)
    {
      SeriesFigures *s = b->figures->pdata[i];
      g_autofree char *with = g_strdup_printf (_("%s with adopted measures"), s->scenario);

      add_line (b, TRAPPA_NEED_LINE_WITHOUT, i % TRAPPA_CHART_N_PART_COLOURS, s->need, s->scenario);
      if (!same_values (s->need, s->need_with))
        add_line (b, TRAPPA_NEED_LINE_WITH, i % TRAPPA_CHART_N_PART_COLOURS, s->need_with, with);
      for (guint y = 0; y < s->need->len; y++)
        top = MAX (top, MAX (g_array_index (s->need, gint64, y), g_array_index (s->supply, gint64, y)));
    }
  add_line (b, TRAPPA_NEED_LINE_SUPPLY, 0, ((SeriesFigures *) b->figures->pdata[0])->supply,
            _("Supply"));
  return top;
}

/* Pushes the end labels apart: sorted by where their lines end, each sits
 * below the previous one, then the stack is moved up if it ran past the
 * bottom. FALSE when they cannot fit the height at all. */
static gboolean
place_end_labels (Builder *b,
                  double   x,
                  double   top,
                  double   bottom)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_copy (b->out->lines, NULL, NULL);
  double y = top, total = 0;

  /* The copy borrows the lines: it must not free them. */
  g_ptr_array_set_free_func (sorted, NULL);

  for (guint i = 0; i < sorted->len; i++)
    total += ((TrappaNeedLine *) sorted->pdata[i])->label->box.height;
  if (total > bottom - top)
    return FALSE;
  for (guint i = 1; i < sorted->len; i++)
    for (guint j = i; j > 0 &&
         ((TrappaNeedLine *) sorted->pdata[j - 1])->end_y > ((TrappaNeedLine *) sorted->pdata[j])->end_y; j--)
      {
        gpointer t = sorted->pdata[j];

        sorted->pdata[j] = sorted->pdata[j - 1];
        sorted->pdata[j - 1] = t;
      }
  for (guint i = 0; i < sorted->len; i++)
    {
      TrappaNeedLine *line = sorted->pdata[i];
      TrappaRect *box = &line->label->box;

      box->x = x;
      box->y = MAX (y, line->end_y - box->height / 2);
      y = box->y + box->height;
    }
  for (guint i = sorted->len; i-- > 0 && y > bottom;)
    {
      TrappaRect *box = &((TrappaNeedLine *) sorted->pdata[i])->label->box;
      double limit = i + 1 < sorted->len ? ((TrappaNeedLine *) sorted->pdata[i + 1])->label->box.y : bottom;

      box->y = MIN (box->y, limit - box->height);
    }
  return TRUE;
}

static gboolean
add_ticks (Builder *b)
{
  TrappaNeedLayout *out = b->out;
  static const gint64 strides[] = { 1, 2, 5, 10, 20, 50 };
  for (gint64 v = 0; v <= out->top; v += out->tick)
    {
      g_autofree char *text = trappa_format_count (v);
      TrappaNeedTick tick = { trappa_need_layout_y (out, v), label (b, text, 0, FALSE) };

      tick.label->box.x = out->plot.x - b->f / 2 - tick.label->box.width;
      tick.label->box.y = tick.pos - tick.label->box.height / 2;
      g_array_append_val (out->y_ticks, tick);
    }

  for (guint s = 0; s < G_N_ELEMENTS (strides); s++)
    {
      gint64 stride = strides[s];
      double widest = 0;

      /* Labels of a stride that was too dense go again. */
      for (guint i = 0; i < out->x_ticks->len; i++)
        g_ptr_array_remove (out->labels, g_array_index (out->x_ticks, TrappaNeedTick, i).label);
      g_array_set_size (out->x_ticks, 0);
      for (gint64 year = out->first_year; year <= out->last_year; year += stride)
        {
          g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, year);
          TrappaNeedTick tick = { trappa_need_layout_x (out, year), label (b, text, 0, FALSE) };

          widest = MAX (widest, tick.label->box.width);
          tick.label->box.x = tick.pos - tick.label->box.width / 2;
          /* Below the lowest value label, which is centred on the axis. */
          tick.label->box.y = out->plot.y + out->plot.height + 0.7 * b->f;
          g_array_append_val (out->x_ticks, tick);
        }
      if (out->x_ticks->len < 2 ||
          out->plot.width * stride / MAX (out->last_year - out->first_year, 1) > widest + b->f)
        return TRUE;
    }
  return FALSE;
}

static gboolean
build (Builder *b)
{
  TrappaNeedLayout *out = b->out;
  double f = b->f, margin = f, right_w = 0, left_w;
  TrappaItem *step = b->step_id != NULL ? trappa_plan_lookup (b->plan, b->step_id) : NULL;
  g_autofree char *top_text = NULL;
  TrappaChartLabel *probe;
  gint64 largest;
  g_autofree char *title = g_strdup_printf (_("Need per year: %s"),
                                            step != NULL ? trappa_item_get_string (step, "name")
                                                         : _("all steps"));

  out->font_px = f;
  out->first_year = b->first;
  out->last_year = b->last;
  out->title = trappa_chart_text_add (out->labels, b->context, out->style, title, out->width - 2 * margin,
                                      trappa_chart_style_title_px (out->style, f), TRAPPA_CHART_TEXT_BOLD);
  out->title->box.x = margin;
  out->title->box.y = margin;
  out->caption = label (b, b->caption, out->width - 2 * margin, FALSE);
  out->caption->box.x = margin;
  out->caption->box.y = out->title->box.y + out->title->box.height + 0.3 * f;
  if (b->figures->len == 0)
    {
      out->message = label (b, _("No need to show: map the need of the housing steps (mapping rows or coverage settings) and add a population projection."),
                            out->width - 2 * margin, FALSE);
      out->message->box.x = margin;
      out->message->box.y = out->caption->box.y + out->caption->box.height + margin;
      return out->message->box.y + out->message->box.height <= out->height - margin;
    }

  largest = add_lines (b);
  out->tick = nice_tick (largest);
  out->top = (largest + out->tick - 1) / out->tick * out->tick;
  for (guint i = 0; i < out->lines->len; i++)
    right_w = MAX (right_w, ((TrappaNeedLine *) out->lines->pdata[i])->label->box.width);
  top_text = trappa_format_count (out->top);
  /* The widest value label is the top one: measure it, draw it later. */
  probe = trappa_chart_text_label_new (b->context, top_text, 0, f, FALSE);
  left_w = probe->box.width;
  trappa_chart_text_label_free (probe);

  out->plot.x = margin + left_w + f / 2;
  out->plot.y = out->caption->box.y + out->caption->box.height + f;
  out->plot.width = out->width - margin - right_w - f - out->plot.x;
  out->plot.height = out->height - margin - 2.2 * f - out->plot.y;
  if (out->plot.width < 6 * f || out->plot.height < 4 * f)
    return FALSE;

  for (guint i = 0; i < out->lines->len; i++)
    {
      TrappaNeedLine *line = out->lines->pdata[i];

      for (guint y = 0; y < line->values->len; y++)
        {
          gint64 v = g_array_index (line->values, gint64, y);
          TrappaPoint p = { trappa_need_layout_x (out, b->first + y), trappa_need_layout_y (out, v) };

          if (v < 0)
            continue;
          g_array_append_val (line->points, p);
          line->end_y = p.y;
        }
    }
  return add_ticks (b) &&
         place_end_labels (b, out->plot.x + out->plot.width + f, out->plot.y - f / 2,
                           out->height - margin);
}

/* The caption: the chosen scenario's, or every scenario with the first
 * one's source. */
static char *
caption_text (TrappaPlan *plan,
              const char *scenario,
              GPtrArray  *figures)
{
  g_autoptr(TrappaNeedsFigures) needs = trappa_needs_figures_get (plan, scenario, NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  const char *source;

  if (needs == NULL || scenario != NULL || figures->len < 2)
    return needs != NULL ? trappa_gap_layout_caption_text (needs) : g_strdup ("");
  for (guint i = 0; i < figures->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", ((SeriesFigures *) figures->pdata[i])->scenario);
  source = trappa_needs_figures_get_source (needs);
  /* TRANSLATORS: caption of the need chart with several scenarios: their
   * codes, the base year, where the first one's figures come from */
  return g_strdup_printf (_("Scenarios %s, base year %d. Population: %s"), names->str,
                          (int) trappa_needs_figures_get_base_year (needs),
                          *source != '\0' ? source : _("source not given"));
}

TrappaNeedLayout *
trappa_need_layout_new (TrappaPlan       *plan,
                        const char       *scenario,
                        const char       *step_id,
                        double            width,
                        double            height,
                        TrappaChartStyle  style)
{
  GListModel *list = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "population-series"));
  g_autoptr(GPtrArray) figures = g_ptr_array_new_with_free_func ((GDestroyNotify) figures_free);
  Builder b = { .plan = plan, .scenario = scenario, .step_id = step_id, .figures = figures };
  g_autofree char *caption = NULL;
  TrappaNeedLayout *self = NULL;
  double smallest = trappa_chart_style_smallest_px (style, SMALLEST_PX);
  double preferred = MAX (CLAMP (height / 45.0, PREFERRED_PX, LARGEST_PX), smallest);

  b.first = trappa_item_get_int (TRAPPA_ITEM (plan), "base-year");
  b.last = MAX (trappa_item_get_int (TRAPPA_ITEM (plan), "horizon"), b.first);
  for (guint i = 0; i < MAX (g_list_model_get_n_items (list), 1); i++)
    {
      g_autoptr(TrappaItem) series = g_list_model_get_item (list, i);
      const char *name = series != NULL ? trappa_item_get_string (series, "scenario") : NULL;
      SeriesFigures *s;

      if (scenario != NULL && g_strcmp0 (name, scenario) != 0)
        continue;
      s = collect_series (&b, name);
      if (s != NULL)
        g_ptr_array_add (figures, s);
    }
  trappa_plan_language_push (plan);
  caption = caption_text (plan, scenario, figures);
  b.caption = caption;

  b.context = trappa_chart_text_context_new ();
  for (b.f = preferred; ; b.f -= 0.5)
    {
      g_clear_pointer (&self, trappa_need_layout_free);
      self = b.out = layout_new (width, height, style);
      if (build (&b) || b.f - 0.5 < smallest)
        break;
    }
  trappa_plan_language_pop ();
  g_object_unref (b.context);
  return self;
}
