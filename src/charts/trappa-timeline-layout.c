/* trappa-timeline-layout.c: the milestones over time (pure geometry)
 *
 * Time runs left to right over the plot, one row per milestone in date
 * order; titles sit in a column on the left, cut after whole words to two
 * lines so every row keeps its height.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-timeline"

#include <glib/gi18n-lib.h>

#include "trappa-chart-text.h"
#include "trappa-timeline-layout.h"
#include "trappa-plan-words.h"

#define MARGIN       16.0
#define TITLE_SHARE  0.42    /* of the width, for the titles */
#define AXIS_SPACE   36.0    /* under the plot, for the tick labels */

static void
mark_clear (TrappaTimelineMark *mark)
{
  g_free (mark->id);
  g_free (mark->date);
}

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (((const TrappaTimelineMark *) a)->date, ((const TrappaTimelineMark *) b)->date);
}

/* Days since 1 January of year 1: a scale for the axis. */
static double
day_number (const char *iso)
{
  int year, month, day;
  g_autoptr(GDate) date = NULL;

  if (sscanf (iso, "%d-%d-%d", &year, &month, &day) != 3 || !g_date_valid_dmy (day, month, year))
    return 0;
  date = g_date_new_dmy (day, month, year);
  return g_date_get_julian (date);
}

static double
month_start (int year,
             int month)
{
  g_autoptr(GDate) date = g_date_new_dmy (1, month, year);

  return g_date_get_julian (date);
}

static void
add_ticks (TrappaTimelineLayout *self,
           PangoContext         *context,
           double                first,
           double                last,
           double                px)
{
  g_autoptr(GDate) from = g_date_new_julian ((guint32) first);
  int year = g_date_get_year (from), month = g_date_get_month (from);
  /* Months on a short range, quarters on a longer one, years beyond. */
  int step = last - first <= 400 ? 1 : last - first <= 1200 ? 3 : 12;

  month = ((month - 1) / step) * step + 1;
  for (;;)
    {
      double day = month_start (year, month);
      TrappaTimelineTick tick;
      g_autofree char *text = NULL;

      if (day > last)
        break;
      if (day >= first)
        {
          text = step == 12 ? g_strdup_printf ("%d", year) : g_strdup_printf ("%02d.%d", month, year);
          tick.x = self->plot.x + (day - first) / (last - first) * self->plot.width;
          tick.label = trappa_chart_text_add (self->labels, context, self->style, text, -1, px, TRAPPA_CHART_TEXT_PLAIN);
          tick.label->box.x = tick.x - tick.label->box.width / 2;
          tick.label->box.y = self->plot.y + self->plot.height + 8;
          g_array_append_val (self->ticks, tick);
        }
      month += step;
      if (month > 12)
        {
          month -= 12;
          year++;
        }
    }
}

TrappaTimelineLayout *
trappa_timeline_layout_new (TrappaPlan       *plan,
                            const char       *today,
                            double            width,
                            double            height,
                            TrappaChartStyle  style)
{
  TrappaTimelineLayout *self = g_new0 (TrappaTimelineLayout, 1);
  g_autoptr(GObject) context_ref = G_OBJECT (trappa_chart_text_context_new ());
  PangoContext *context = PANGO_CONTEXT (context_ref);
  GListModel *milestones = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "milestones"));
  double first = G_MAXDOUBLE, last = 0, today_day = day_number (today), row, px, padding;
  double title_width;

  self->width = width;
  self->height = height;
  self->style = style;
  self->marks = g_array_new (FALSE, TRUE, sizeof (TrappaTimelineMark));
  g_array_set_clear_func (self->marks, (GDestroyNotify) mark_clear);
  self->ticks = g_array_new (FALSE, TRUE, sizeof (TrappaTimelineTick));
  self->labels = g_ptr_array_new_with_free_func ((GDestroyNotify) trappa_chart_text_label_free);
  self->today_x = -1;

  trappa_plan_language_push (plan);
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(TrappaItem) milestone = g_list_model_get_item (milestones, i);
      const char *date = trappa_item_get_string (milestone, "due-date");
      TrappaTimelineMark mark = { 0 };

      if (day_number (date) == 0)
        continue;
      mark.id = g_strdup (trappa_item_get_id (milestone));
      mark.date = g_strdup (date);
      mark.done = trappa_item_get_boolean (milestone, "done");
      mark.overdue = !mark.done && today != NULL && g_strcmp0 (date, today) < 0;
      g_array_append_val (self->marks, mark);
      first = MIN (first, day_number (date));
      last = MAX (last, day_number (date));
    }
  if (self->marks->len == 0)
    {
      trappa_plan_language_pop ();
      return self;
    }
  g_array_sort (self->marks, compare_marks);

  /* A little room either side, and at least a month of range. */
  padding = MAX ((last - first) * 0.06, 15);
  first -= padding;
  last += padding;

  title_width = (width - 2 * MARGIN) * TITLE_SHARE;
  self->plot = (TrappaRect) { MARGIN + title_width + 12, MARGIN,
                              width - 2 * MARGIN - title_width - 12,
                              height - 2 * MARGIN - AXIS_SPACE };
  row = self->plot.height / self->marks->len;
  px = CLAMP (row * 0.36, 10, 16);
  self->marker = CLAMP (row * 0.22, 4, 9);
  for (guint i = 0; i < self->marks->len; i++)
    {
      TrappaTimelineMark *mark = &g_array_index (self->marks, TrappaTimelineMark, i);
      TrappaItem *record = trappa_plan_lookup (plan, mark->id);
      g_autofree char *text = g_strdup_printf ("%s %s", trappa_item_get_string (record, "code"),
                                               trappa_item_get_string (record, "title"));

      g_strdelimit (text, "\n", ' ');
      mark->x = self->plot.x + (day_number (mark->date) - first) / (last - first) * self->plot.width;
      mark->y = self->plot.y + (i + 0.5) * row;
      mark->label = trappa_chart_text_add (self->labels, context, style, "", title_width, px,
                                           mark->done == FALSE && mark->overdue ? TRAPPA_CHART_TEXT_BOLD
                                                                                : TRAPPA_CHART_TEXT_PLAIN);
      trappa_chart_text_fit_words (mark->label->layout, text, title_width, row >= 2.4 * px ? 2 : 1);
      {
        PangoRectangle logical;

        pango_layout_get_pixel_extents (mark->label->layout, NULL, &logical);
        mark->label->box = (TrappaRect) { MARGIN, mark->y - logical.height / 2.0, title_width, logical.height };
      }
    }
  add_ticks (self, context, first, last, CLAMP (px * 0.9, 9, 14));
  if (today_day >= first && today_day <= last)
    {
      self->today_x = self->plot.x + (today_day - first) / (last - first) * self->plot.width;
      self->today = trappa_chart_text_add (self->labels, context, style, _("Today"), -1, CLAMP (px * 0.9, 9, 14),
                                           TRAPPA_CHART_TEXT_BOLD);
      self->today->box.x = self->today_x + 4;
      self->today->box.y = self->plot.y;
    }
  trappa_plan_language_pop ();
  return self;
}

void
trappa_timeline_layout_free (TrappaTimelineLayout *self)
{
  g_array_unref (self->marks);
  g_array_unref (self->ticks);
  g_ptr_array_unref (self->labels);
  g_free (self);
}
