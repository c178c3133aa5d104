/* trappa-swot-layout.c: where each part of the SWOT chart goes
 *
 * Four equal boxes (helpful left, harmful right; inside the organisation
 * on top, outside it below), each with its heading and its points as a
 * list. The type starts at the projector's size and shrinks by half a
 * pixel until the fullest box holds all its points. A point breaks
 * between words only; the chart speaks the plan's language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-swot-layout"

#include "trappa-ros.h"
#include "trappa-swot-layout.h"
#include "trappa-plan-words.h"

#define MIN_FONT_PX 9.0

static const char *
heading_of (guint quadrant)
{
  switch (quadrant)
    {
    case 0:
      return _("Strengths");
    case 1:
      return _("Weaknesses");
    case 2:
      return _("Opportunities");
    case 3:
    default:
      return _("Threats");
    }
}

static guint
quadrant_of (TrappaItem *point)
{
  const char * const *quadrants = trappa_swot_quadrants ();
  const char *quadrant = trappa_item_get_string (point, "quadrant");

  for (guint q = 0; quadrants[q] != NULL; q++)
    if (g_str_equal (quadrants[q], quadrant))
      return q;
  return 0;
}

static void
item_free (gpointer data)
{
  TrappaSwotItem *item = data;

  g_free (item->id);
  g_free (item);
}

static void
clear (TrappaSwotLayout *self)
{
  g_ptr_array_set_size (self->items, 0);
  g_ptr_array_set_size (self->labels, 0);
}

/* Lays out at @f px; FALSE when a box overflows. */
static gboolean
lay_out (TrappaSwotLayout *self,
         PangoContext     *context,
         GListModel       *points,
         double            f)
{
  double m = f, gap = f * 0.6;
  double box_w = (self->width - 2 * m - gap) / 2, box_h = (self->height - 2 * m - gap) / 2;
  double next_y[TRAPPA_SWOT_N_QUADRANTS], bullet;
  gboolean fits = TRUE;
  TrappaChartLabel *probe = trappa_chart_text_label_new (context, "• ", 0, f, FALSE);

  bullet = probe->box.width;
  trappa_chart_text_label_free (probe);
  clear (self);
  self->font_px = f;
  for (guint q = 0; q < TRAPPA_SWOT_N_QUADRANTS; q++)
    {
      TrappaSwotBox *box = &self->boxes[q];

      box->box = (TrappaRect) { m + (q % 2) * (box_w + gap), m + (q / 2) * (box_h + gap), box_w, box_h };
      box->heading = trappa_chart_text_add (self->labels, context, self->style, heading_of (q),
                                            box_w - 2 * f * 0.6, f * 1.3, TRAPPA_CHART_TEXT_BOLD);
      box->heading->box.x = box->box.x + f * 0.6;
      box->heading->box.y = box->box.y + f * 0.4;
      next_y[q] = box->heading->box.y + box->heading->box.height + f * 0.4;
    }
  for (guint i = 0; i < g_list_model_get_n_items (points); i++)
    {
      g_autoptr(TrappaItem) point = g_list_model_get_item (points, i);
      TrappaSwotItem *item = g_new0 (TrappaSwotItem, 1);
      int height;
      g_autofree char *text = g_strdup_printf ("• %s", trappa_item_get_string (point, "text"));
      TrappaSwotBox *box;

      item->id = g_strdup (trappa_item_get_id (point));
      item->quadrant = quadrant_of (point);
      box = &self->boxes[item->quadrant];
      item->label = trappa_chart_text_add (self->labels, context, self->style, text,
                                           box->box.width - 2 * f * 0.6, f, TRAPPA_CHART_TEXT_PLAIN);
      /* A point's further lines start under its text, not its bullet. */
      pango_layout_set_indent (item->label->layout, (int) (-bullet * PANGO_SCALE));
      pango_layout_get_pixel_size (item->label->layout, NULL, &height);
      item->label->box.height = height;
      item->label->box.x = box->box.x + f * 0.6;
      item->label->box.y = next_y[item->quadrant];
      item->rect = (TrappaRect) { box->box.x + f * 0.3, item->label->box.y - f * 0.15,
                                  box->box.width - f * 0.6, item->label->box.height + f * 0.3 };
      next_y[item->quadrant] += item->label->box.height + f * 0.35;
      if (next_y[item->quadrant] > box->box.y + box->box.height)
        fits = FALSE;
      g_ptr_array_add (self->items, item);
    }
  return fits;
}

TrappaSwotLayout *
trappa_swot_layout_new (TrappaPlan       *plan,
                        double            width,
                        double            height,
                        TrappaChartStyle  style)
{
  TrappaSwotLayout *self = g_new0 (TrappaSwotLayout, 1);
  GListModel *points = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "swot-points"));
  PangoContext *context = trappa_chart_text_context_new ();
  /* The projector's type: larger on larger surfaces, and when presenting
   * the back row's size at least while the points fit. */
  double f = MAX (CLAMP (MIN (width / 1024, height / 768) * 22, 12, 30),
                  trappa_chart_style_smallest_px (style, 0));

  self->width = width;
  self->height = height;
  self->style = style;
  self->items = g_ptr_array_new_with_free_func (item_free);
  self->labels = g_ptr_array_new_with_free_func ((GDestroyNotify) trappa_chart_text_label_free);
  trappa_plan_language_push (plan);
  while (!lay_out (self, context, points, f) && f > MIN_FONT_PX)
    f -= 0.5;
  trappa_plan_language_pop ();
  g_object_unref (context);
  return self;
}

void
trappa_swot_layout_free (TrappaSwotLayout *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->items);
  g_ptr_array_unref (self->labels);
  g_free (self);
}

int
trappa_swot_layout_hit (TrappaSwotLayout *self,
                        double            x,
                        double            y)
{
  for (guint i = self->items->len; i > 0; i--)
    if (trappa_rect_contains (&((TrappaSwotItem *) self->items->pdata[i - 1])->rect, x, y))
      return (int) i - 1;
  return -1;
}

int
trappa_swot_layout_quadrant_at (TrappaSwotLayout *self,
                                double            x,
                                double            y)
{
  for (guint q = 0; q < TRAPPA_SWOT_N_QUADRANTS; q++)
    if (trappa_rect_contains (&self->boxes[q].box, x, y))
      return (int) q;
  return -1;
}
