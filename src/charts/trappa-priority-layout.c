/* trappa-priority-layout.c: where each card, quadrant and label of the
 * priority grid goes
 *
 * A card is drawn where its two scores put it. Cards that would cover one
 * another are pushed apart (each keeps a thin line back to its exact point);
 * three or more at nearly the same point become one stack with a count, so
 * a room with 1,000 measures still sees numbers instead of a smear. Measures
 * not yet scored on both axes wait in a tray under the grid.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-priority-layout"

#include <math.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "trappa-priority-layout.h"

/* Pushing apart is quadratic in the cards shown: this bounds its work. */
#define MAX_PAIR_CHECKS 4000000.0

void
trappa_priority_options_init (TrappaPriorityOptions *options)
{
  *options = (TrappaPriorityOptions) {
    .x_axis = TRAPPA_AXIS_URGENCY,
    .y_axis = TRAPPA_AXIS_COST,
    .marker_axis = TRAPPA_AXIS_INFLUENCE,
    .group_id = "",
    .font_scale = 1.0,
  };
}

static void
card_free (gpointer data)
{
  TrappaPriorityCard *card = data;

  g_free (card->id);
  g_free (card->title);
  g_clear_object (&card->text);
  g_free (card);
}

static void
label_free (gpointer data)
{
  TrappaPriorityLabel *label = data;

  g_clear_object (&label->text);
  g_free (label);
}

static PangoLayout *
make_text (TrappaPriorityLayout *self,
           const char           *text,
           double                size,
           gboolean              bold,
           double                width,
           int                   max_lines,
           PangoAlignment        align)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_alignment (layout, align);
  pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -max_lines);
  return layout;
}

static TrappaPriorityLabel *
add_label (TrappaPriorityLayout *self,
           const char           *text,
           double                x,
           double                y,
           double                width,
           double                size,
           PangoAlignment        align)
{
  TrappaPriorityLabel *label = g_new0 (TrappaPriorityLabel, 1);
  int height;

  label->text = make_text (self, text, size, FALSE, width, 2, align);
  pango_layout_get_pixel_size (label->text, NULL, &height);
  label->box = (cairo_rectangle_t) { x, y, width, height };
  g_ptr_array_add (self->labels, label);
  return label;
}

gboolean
trappa_priority_options_accepts (const TrappaPriorityOptions *o,
                                 TrappaMeasure               *measure)
{
  TrappaItem *item = TRAPPA_ITEM (measure);

  if (o->target_area != NULL && *o->target_area != '\0' &&
      g_strcmp0 (trappa_item_get_string (item, "target-area"), o->target_area) != 0)
    return FALSE;
  if (o->status != NULL && *o->status != '\0' &&
      g_strcmp0 (trappa_item_get_string (item, "status"), o->status) != 0)
    return FALSE;
  if (o->step != NULL && *o->step != '\0' &&
      !g_strv_contains (trappa_item_get_strv (item, "steps"), o->step) &&
      g_strcmp0 (trappa_item_get_string (item, "effect-step"), o->step) != 0)
    return FALSE;
  return TRUE;
}

static const char *
view_group (const TrappaPriorityOptions *o)
{
  return o->merged ? NULL : (o->group_id != NULL ? o->group_id : "");
}

static void
add_card (TrappaPriorityLayout *self,
          TrappaMeasure        *measure)
{
  const TrappaPriorityOptions *o = &self->options;
  TrappaPriorityCard *card = g_new0 (TrappaPriorityCard, 1);
  TrappaScoreSummary sx, sy, sm;
  const cairo_rectangle_t *p = &self->plot;
  const char *title = trappa_item_get_string (TRAPPA_ITEM (measure), "title");

  trappa_priority_measure_summary (measure, view_group (o), o->x_axis, &sx);
  trappa_priority_measure_summary (measure, view_group (o), o->y_axis, &sy);
  trappa_priority_measure_summary (measure, view_group (o), o->marker_axis, &sm);

  card->id = g_strdup (trappa_item_get_id (TRAPPA_ITEM (measure)));
  card->title = g_strdup (*title != '\0' ? title : _("(untitled measure)"));
  card->measure = measure;
  card->placed = sx.n > 0 && sy.n > 0;
  card->score_x = sx.mean;
  card->score_y = sy.mean;
  card->anchor_x = trappa_priority_score_to_position (sx.mean, p->x, p->width, FALSE);
  card->anchor_y = trappa_priority_score_to_position (sy.mean, p->y, p->height, TRUE);
  card->spread_x = sx.spread * p->width / TRAPPA_SCORE_MAX;
  card->spread_y = sy.spread * p->height / TRAPPA_SCORE_MAX;
  card->n_groups = MAX (sx.n, sy.n);
  card->marker = sm.mean;
  card->marker_scored = sm.n > 0;
  card->marker_radius = self->marker_min_radius +
    (self->marker_max_radius - self->marker_min_radius) * sm.mean / TRAPPA_SCORE_MAX;
  card->stack = 1;
  card->stack_top = -1;
  card->selected = o->selected != NULL && g_strcmp0 (o->selected, card->id) == 0;
  card->card = (cairo_rectangle_t) { card->anchor_x - self->card_width / 2,
                                     card->anchor_y - self->card_height / 2,
                                     self->card_width, self->card_height };
  card->text = make_text (self, card->title, self->font_px, FALSE,
                          self->card_width - self->card_height - self->font_px * 0.4,
                          2, PANGO_ALIGN_LEFT);
  g_ptr_array_add (self->cards, card);
}

static void
clamp_into (cairo_rectangle_t       *r,
            const cairo_rectangle_t *area)
{
  r->x = CLAMP (r->x, area->x, MAX (area->x, area->x + area->width - r->width));
  r->y = CLAMP (r->y, area->y, MAX (area->y, area->y + area->height - r->height));
}

/* Cards at nearly the same point (within a quarter card) join the topmost
 * card there; three or more make a stack. When there are more cards than
 * the grid holds side by side, everything within a whole card joins: the
 * room sees a count instead of a smear, and the paint stays quick. */
static void
stack_close_cards (TrappaPriorityLayout *self)
{
  double room = self->plot.width * self->plot.height / (self->card_width * self->card_height);
  guint n_placed = 0;
  double reach, qx, qy;
  g_autoptr(GArray) leaders = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < self->cards->len; i++)
    n_placed += ((TrappaPriorityCard *) self->cards->pdata[i])->placed;
  reach = n_placed > room ? 1.0 : 0.25;
  qx = self->card_width * reach;
  qy = self->card_height * reach;

  /* From the top of the drawing order, so the selected card leads. */
  for (int i = (int) self->cards->len - 1; i >= 0; i--)
    {
      TrappaPriorityCard *card = self->cards->pdata[i];
      int leader = -1;

      if (!card->placed)
        continue;
      for (guint l = 0; l < leaders->len && leader < 0; l++)
        {
          TrappaPriorityCard *top = self->cards->pdata[g_array_index (leaders, int, l)];

          if (fabs (top->anchor_x - card->anchor_x) < qx && fabs (top->anchor_y - card->anchor_y) < qy)
            leader = g_array_index (leaders, int, l);
        }
      if (leader < 0)
        g_array_append_val (leaders, i);
      else
        {
          card->stack_top = leader;
          ((TrappaPriorityCard *) self->cards->pdata[leader])->stack++;
          g_array_append_val (members, i);
        }
    }

  /* A pair is better spread than stacked. */
  for (guint m = 0; m < members->len; m++)
    {
      TrappaPriorityCard *card = self->cards->pdata[g_array_index (members, int, m)];
      TrappaPriorityCard *top = self->cards->pdata[card->stack_top];

      if (top->stack == 2)
        {
          top->stack = 1;
          card->stack_top = -1;
        }
    }
}

/* Moves @pos by up to @want (signed) within [@lo, @hi]; returns the move. */
static double
shift (double *pos,
       double  want,
       double  lo,
       double  hi)
{
  double before = *pos;

  *pos = CLAMP (*pos + want, lo, MAX (lo, hi));
  return *pos - before;
}

/* Pushes two overlapping cards apart by @need along one axis, each half
 * the way; where one meets the edge of the grid the other goes further.
 * Returns how far they got apart. */
static double
push_along (TrappaPriorityCard      *a,
            TrappaPriorityCard      *b,
            const cairo_rectangle_t *area,
            gboolean                 across,
            double                   need,
            int                      parity)
{
  double dir, moved, *pa, *pb, lo, hi;

  if (across)
    {
      dir = a->anchor_x != b->anchor_x ? (a->anchor_x < b->anchor_x ? -1 : 1) : parity;
      pa = &a->card.x, pb = &b->card.x;
      lo = area->x, hi = area->x + area->width - a->card.width;
    }
  else
    {
      dir = a->anchor_y != b->anchor_y ? (a->anchor_y < b->anchor_y ? -1 : 1) : parity;
      pa = &a->card.y, pb = &b->card.y;
      lo = area->y, hi = area->y + area->height - a->card.height;
    }
  moved = fabs (shift (pa, dir * need / 2, lo, hi));
  moved += fabs (shift (pb, -dir * (need - moved), lo, hi));
  if (moved < need)
    moved += fabs (shift (pa, dir * (need - moved), lo, hi));
  return moved;
}

/* Along the shorter overlap first; when the grid's edge stops that (a full
 * row at the top), along the other. */
static gboolean
push_apart (TrappaPriorityCard      *a,
            TrappaPriorityCard      *b,
            const cairo_rectangle_t *area,
            double                   gap,
            int                      parity)
{
  double ox = MIN (a->card.x + a->card.width, b->card.x + b->card.width) - MAX (a->card.x, b->card.x) + gap;
  double oy = MIN (a->card.y + a->card.height, b->card.y + b->card.height) - MAX (a->card.y, b->card.y) + gap;
  gboolean across;

  if (ox <= 0 || oy <= 0)
    return FALSE;
  across = ox / a->card.width < oy / a->card.height;
  if (push_along (a, b, area, across, across ? ox : oy, parity) < (across ? ox : oy) - 0.5)
    push_along (a, b, area, !across, across ? oy : ox, parity);
  return TRUE;
}

static void
spread_cards (TrappaPriorityLayout *self)
{
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  double gap = self->font_px * 0.25;
  guint passes;

  for (guint i = 0; i < self->cards->len; i++)
    {
      TrappaPriorityCard *card = self->cards->pdata[i];

      if (card->placed && card->stack_top < 0)
        {
          clamp_into (&card->card, &self->plot);
          g_ptr_array_add (shown, card);
        }
    }
  if (shown->len < 2)
    return;

  passes = (guint) CLAMP (MAX_PAIR_CHECKS / ((double) shown->len * shown->len), 1, 200);
  for (guint pass = 0; pass < passes; pass++)
    {
      gboolean moved = FALSE;

      for (guint i = 0; i < shown->len; i++)
        for (guint j = i + 1; j < shown->len; j++)
          moved |= push_apart (shown->pdata[i], shown->pdata[j], &self->plot, gap, (i + j) % 2 ? 1 : -1);
      if (!moved)
        break;
    }
}

/* Unplaced cards in a row; those that do not fit stack on the last slot. */
static void
fill_tray (TrappaPriorityLayout *self)
{
  double gap = self->font_px * 0.5;
  double x0 = self->tray.x;
  double y = self->tray.y + self->tray.height - self->card_height;
  guint slots = MAX (1, (guint) ((self->tray.width + gap) / (self->card_width + gap)));
  guint used = 0;
  int last = -1;

  for (guint i = 0; i < self->cards->len; i++)
    {
      TrappaPriorityCard *card = self->cards->pdata[i];

      if (card->placed)
        continue;
      if (used < slots)
        {
          card->card.x = x0 + used * (self->card_width + gap);
          card->card.y = y;
          last = i;
          used++;
        }
      else
        {
          card->card = ((TrappaPriorityCard *) self->cards->pdata[last])->card;
          card->stack_top = last;
          ((TrappaPriorityCard *) self->cards->pdata[last])->stack++;
        }
    }
}

static char *
quadrant_name (TrappaAxis x_axis,
               TrappaAxis y_axis,
               gboolean   x_high,
               gboolean   y_high)
{
  gboolean urgency_cost = (x_axis == TRAPPA_AXIS_URGENCY && y_axis == TRAPPA_AXIS_COST) ||
                          (x_axis == TRAPPA_AXIS_COST && y_axis == TRAPPA_AXIS_URGENCY);

  if (x_high && y_high)
    return g_strdup (urgency_cost ? _("Low-hanging fruit") : _("Do first"));
  /* Translators: a quadrant of the priority grid, named by its two ends,
   * e.g. "Can wait · Less costly". */
  return g_strdup_printf (_("%s · %s"),
                          x_high ? trappa_priority_axis_high (x_axis) : trappa_priority_axis_low (x_axis),
                          y_high ? trappa_priority_axis_high (y_axis) : trappa_priority_axis_low (y_axis));
}

/* Quadrant names sit outside the grid (above it for the upper two, below
 * it for the lower two) so no card ever covers them. */
static void
add_quadrant_labels (TrappaPriorityLayout *self,
                     double                top_y,
                     double                bottom_y)
{
  const cairo_rectangle_t *p = &self->plot;
  double w = p->width * 0.3;

  for (guint q = 0; q < 4; q++)
    {
      gboolean x_high = q % 2 == 1, y_high = q < 2;
      g_autofree char *name = quadrant_name (self->options.x_axis, self->options.y_axis, x_high, y_high);
      double size = self->font_px * 1.1;
      g_autoptr(PangoLayout) probe = make_text (self, name, size, FALSE, 1, 1, PANGO_ALIGN_LEFT);
      TrappaPriorityLabel *label;
      int natural;

      /* One line, smaller type where the name is long for the page. */
      pango_layout_set_width (probe, -1);
      pango_layout_get_pixel_size (probe, &natural, NULL);
      if (natural > w)
        size *= MAX (w / natural, 0.6);
      label = add_label (self, name, x_high ? p->x + p->width - w : p->x, y_high ? top_y : bottom_y,
                         w, size, x_high ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      pango_layout_set_height (label->text, -1);
      label->quadrant = q + 1;
    }
}

static void
add_axis_labels (TrappaPriorityLayout *self,
                 double                y)
{
  const TrappaPriorityOptions *o = &self->options;
  const cairo_rectangle_t *p = &self->plot;
  double mid = p->x + p->width / 2, w = p->width * 0.19, gap = self->font_px / 2;
  double half_h = p->height / 2;
  g_autofree char *x_low = g_strdup_printf ("← %s", trappa_priority_axis_low (o->x_axis));
  g_autofree char *x_high = g_strdup_printf ("%s →", trappa_priority_axis_high (o->x_axis));
  g_autofree char *y_low = g_strdup_printf ("← %s", trappa_priority_axis_low (o->y_axis));
  g_autofree char *y_high = g_strdup_printf ("%s →", trappa_priority_axis_high (o->y_axis));
  TrappaPriorityLabel *label;

  /* Beside the middle line, between the lower quadrants' names. */
  add_label (self, x_low, mid - gap - w, y, w, self->font_px, PANGO_ALIGN_RIGHT);
  add_label (self, x_high, mid + gap, y, w, self->font_px, PANGO_ALIGN_LEFT);

  /* Turned a quarter left: the box is the label's place on the page; the
   * text runs bottom to top along its height, away from the middle. */
  label = add_label (self, y_low, 0, 0, half_h - gap, self->font_px, PANGO_ALIGN_RIGHT);
  label->box = (cairo_rectangle_t) { p->x - label->box.height - self->font_px * 0.3,
                                     p->y + half_h + gap, label->box.height, half_h - gap };
  label->vertical = TRUE;
  label = add_label (self, y_high, 0, 0, half_h - gap, self->font_px, PANGO_ALIGN_LEFT);
  label->box = (cairo_rectangle_t) { p->x - label->box.height - self->font_px * 0.3,
                                     p->y, label->box.height, half_h - gap };
  label->vertical = TRUE;
}

/* One line of legend text at its natural width; returns where it ends. */
static double
add_line (TrappaPriorityLayout *self,
          const char           *text,
          double                x,
          double                center_y,
          double                size)
{
  TrappaPriorityLabel *label = add_label (self, text, x, 0, self->width, size, PANGO_ALIGN_LEFT);
  int width;

  pango_layout_set_width (label->text, -1);
  pango_layout_get_pixel_size (label->text, &width, NULL);
  label->box.width = width;
  label->box.y = center_y - label->box.height / 2;
  return x + width;
}

static double
add_mark (TrappaPriorityLayout   *self,
          TrappaPriorityMarkKind  kind,
          double                  x,
          double                  y,
          double                  radius,
          const char             *text,
          double                  size)
{
  double r_x = kind == TRAPPA_PRIORITY_MARK_SPREAD ? radius * 2 : radius;
  TrappaPriorityMark mark = { kind, x + r_x, y, radius };

  g_array_append_val (self->legend, mark);
  return add_line (self, text, x + 2 * r_x + size * 0.3, y, size) + size;
}

/* What the grid shows, in the middle of the top row between the upper
 * quadrants' names. */
static void
add_title (TrappaPriorityLayout *self,
           TrappaPlan           *plan,
           double                y)
{
  const TrappaPriorityOptions *o = &self->options;
  g_autofree char *title = NULL;

  if (o->merged)
    title = g_strdup (_("All groups merged: mean and spread"));
  else if (o->group_id == NULL || *o->group_id == '\0')
    title = g_strdup (_("Whole room"));
  else
    {
      TrappaItem *group = trappa_plan_lookup (plan, o->group_id);

      title = g_strdup (group != NULL ? trappa_item_get_string (group, "name") : o->group_id);
    }
  add_label (self, title, self->plot.x + self->plot.width * 0.3, y,
             self->plot.width * 0.4, self->font_px * 1.1, PANGO_ALIGN_CENTER);
}

/* The legend under everything; its type shrinks to fit a narrow page. */
static void
add_legend (TrappaPriorityLayout *self,
            double                y,
            double                height)
{
  const TrappaPriorityOptions *o = &self->options;
  TrappaAxis m = o->marker_axis;
  double r0 = self->marker_min_radius, r1 = self->marker_max_radius;
  /* Translators: legend of the circle on each card, e.g. "Influence:". */
  g_autofree char *ring = g_strdup_printf (_("%s:"), trappa_priority_axis_title (m));
  const char *texts[] = { ring, trappa_priority_axis_low (m), trappa_priority_axis_high (m),
                          _("not scored"), o->merged ? _("spread between groups") : NULL };
  double size = self->font_px * 0.9, needed = 2 * r0 + 4 * r1 + 6 * r0, x = self->plot.x;
  double cy = y + height / 2;

  for (guint i = 0; i < G_N_ELEMENTS (texts) && texts[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) probe = make_text (self, texts[i], size, FALSE, 1, 1, PANGO_ALIGN_LEFT);
      int width;

      pango_layout_set_width (probe, -1);
      pango_layout_get_pixel_size (probe, &width, NULL);
      needed += width + size * 1.3;
    }
  if (needed > self->width - x)
    size *= MAX ((self->width - x) / needed, 0.5);

  x = add_line (self, ring, x, cy, size) + size * 0.5;
  x = add_mark (self, TRAPPA_PRIORITY_MARK_MARKER, x, cy, r0, texts[1], size);
  x = add_mark (self, TRAPPA_PRIORITY_MARK_MARKER, x, cy, r1, texts[2], size);
  x = add_mark (self, TRAPPA_PRIORITY_MARK_UNSCORED, x, cy, r1, texts[3], size);
  if (o->merged)
    add_mark (self, TRAPPA_PRIORITY_MARK_SPREAD, x, cy, r0 * 1.5, texts[4], size);
}

TrappaPriorityLayout *
trappa_priority_layout_new (TrappaPlan                  *plan,
                            const TrappaPriorityOptions *options,
                            double                       width,
                            double                       height)
{
  TrappaPriorityLayout *self = g_new0 (TrappaPriorityLayout, 1);
  GListModel *measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures"));
  guint n = g_list_model_get_n_items (measures);
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  cairo_font_options_t *font_options = cairo_font_options_create ();
  gboolean any_unplaced = FALSE;
  double pad, row, legend_row, gutter, bottom, below;
  TrappaPriorityCard *selected = NULL;

  self->width = MAX (width, 1);
  self->height = MAX (height, 1);
  self->options = *options;
  self->options.group_id = g_strdup (options->group_id);
  self->options.target_area = g_strdup (options->target_area);
  self->options.step = g_strdup (options->step);
  self->options.status = g_strdup (options->status);
  self->options.selected = g_strdup (options->selected);
  self->labels = g_ptr_array_new_with_free_func (label_free);
  self->cards = g_ptr_array_new_with_free_func (card_free);
  self->legend = g_array_new (FALSE, FALSE, sizeof (TrappaPriorityMark));

  /* The same metrics on every surface: a PNG and the widget agree. */
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (self->context, font_options);
  cairo_font_options_destroy (font_options);

  self->font_px = CLAMP (MIN (self->width, self->height) / 55, 10, 18) *
                  CLAMP (options->font_scale, 0.5, 4.0);
  pad = self->font_px;
  gutter = self->font_px * 1.6;
  self->card_height = self->font_px * 3.4;
  self->marker_max_radius = self->card_height * 0.3;
  self->marker_min_radius = self->card_height * 0.1;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaMeasure) measure = g_list_model_get_item (measures, i);

      if (trappa_priority_options_accepts (&self->options, measure))
        {
          TrappaScoreSummary sx, sy;

          trappa_priority_measure_summary (measure, view_group (options), options->x_axis, &sx);
          trappa_priority_measure_summary (measure, view_group (options), options->y_axis, &sy);
          any_unplaced |= sx.n == 0 || sy.n == 0;
          g_ptr_array_add (shown, g_steal_pointer (&measure));
        }
    }

  row = self->font_px * 1.9;
  /* The legend's largest circle is the cards' largest. */
  legend_row = MAX (row, 2 * self->marker_max_radius + self->font_px * 0.5);
  bottom = row + legend_row + (any_unplaced ? self->card_height + row : 0);
  self->plot = (cairo_rectangle_t) { pad + gutter, pad / 2 + row,
                                     MAX (self->width - 2 * pad - gutter, 1),
                                     MAX (self->height - pad - row - bottom, 1) };
  self->card_width = MIN (CLAMP (self->plot.width / 4.5, self->font_px * 9, self->font_px * 16),
                          self->plot.width / 2);
  below = self->plot.y + self->plot.height + self->font_px * 0.3;
  if (any_unplaced)
    self->tray = (cairo_rectangle_t) { self->plot.x, below + row,
                                       self->plot.width, self->card_height + self->font_px * 1.6 };

  add_quadrant_labels (self, pad / 2, below);
  add_axis_labels (self, below);
  if (any_unplaced)
    add_label (self, options->merged ? _("Not scored by any group yet")
                                     : _("Not placed yet: drag onto the grid"),
               self->tray.x, self->tray.y, self->tray.width, self->font_px * 0.9, PANGO_ALIGN_LEFT);
  add_title (self, plan, pad / 2);
  add_legend (self, self->height - pad / 2 - legend_row, legend_row);

  for (guint i = 0; i < shown->len; i++)
    add_card (self, shown->pdata[i]);

  /* The selected card is drawn last, on top of the others. */
  for (guint i = 0; i < self->cards->len; i++)
    if (((TrappaPriorityCard *) self->cards->pdata[i])->selected)
      selected = g_ptr_array_steal_index (self->cards, i);
  if (selected != NULL)
    g_ptr_array_add (self->cards, selected);

  stack_close_cards (self);
  spread_cards (self);
  fill_tray (self);
  return self;
}

void
trappa_priority_layout_free (TrappaPriorityLayout *self)
{
  if (self == NULL)
    return;
  g_free ((char *) self->options.group_id);
  g_free ((char *) self->options.target_area);
  g_free ((char *) self->options.step);
  g_free ((char *) self->options.status);
  g_free ((char *) self->options.selected);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->legend, g_array_unref);
  g_clear_object (&self->context);
  g_free (self);
}

static gboolean
rect_contains (const cairo_rectangle_t *r,
               double                   x,
               double                   y)
{
  return x >= r->x && x < r->x + r->width && y >= r->y && y < r->y + r->height;
}

int
trappa_priority_layout_hit (TrappaPriorityLayout *self,
                            double                x,
                            double                y)
{
  for (int i = (int) self->cards->len - 1; i >= 0; i--)
    {
      TrappaPriorityCard *card = self->cards->pdata[i];

      if (card->stack_top < 0 && rect_contains (&card->card, x, y))
        return i;
    }
  return -1;
}

int
trappa_priority_layout_find (TrappaPriorityLayout *self,
                             const char           *measure_id)
{
  for (guint i = 0; i < self->cards->len; i++)
    if (g_strcmp0 (((TrappaPriorityCard *) self->cards->pdata[i])->id, measure_id) == 0)
      return i;
  return -1;
}

void
trappa_priority_layout_scores_at (TrappaPriorityLayout *self,
                                  double                x,
                                  double                y,
                                  gint64               *x_score,
                                  gint64               *y_score)
{
  *x_score = trappa_priority_position_to_score (x, self->plot.x, self->plot.width, FALSE);
  *y_score = trappa_priority_position_to_score (y, self->plot.y, self->plot.height, TRUE);
}

/* A card's title, @separator, then its figures: the shown scores (or that
 * it is not placed), the third score, and when merged the groups' spread. */
static void
append_card (GString              *text,
             TrappaPriorityLayout *self,
             TrappaPriorityCard   *card,
             const char           *separator)
{
  const TrappaPriorityOptions *o = &self->options;

  g_string_append (text, card->title);
  g_string_append (text, separator);
  if (card->placed)
    g_string_append_printf (text, "%s %.0f · %s %.0f", trappa_priority_axis_title (o->x_axis),
                            card->score_x, trappa_priority_axis_title (o->y_axis), card->score_y);
  else
    g_string_append (text, _("Not placed yet"));
  if (card->marker_scored)
    g_string_append_printf (text, " · %s %.0f", trappa_priority_axis_title (o->marker_axis), card->marker);
  if (o->merged && card->placed)
    {
      g_string_append (text, separator);
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u group, spread ±%.0f × ±%.0f",
                                                 "%u groups, spread ±%.0f × ±%.0f", card->n_groups),
                              card->n_groups,
                              card->spread_x * TRAPPA_SCORE_MAX / self->plot.width,
                              card->spread_y * TRAPPA_SCORE_MAX / self->plot.height);
    }
}

char *
trappa_priority_layout_describe (TrappaPriorityLayout *self,
                                 int                   index)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (index >= 0 && (guint) index < self->cards->len, NULL);

  append_card (text, self, self->cards->pdata[index], "\n");
  for (guint i = 0; i < self->cards->len; i++)
    {
      TrappaPriorityCard *other = self->cards->pdata[i];

      if (other->stack_top == index)
        g_string_append_printf (text, "\n• %s", other->title);
    }
  return g_string_free (text, FALSE);
}

char *
trappa_priority_layout_describe_figures (TrappaPriorityLayout *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->cards->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      append_card (text, self, self->cards->pdata[i], ": ");
    }
  return g_string_free (text, FALSE);
}
