/* trappa-priority-layout.c: where each card, quadrant and label of the
 * priority grid goes
 *
 * A card is drawn where its two scores put it. Cards that would cover one
 * another fan out: pushed apart, or where that leaves any overlap, each
 * takes the nearest free place on a lattice of card-sized slots, so no card
 * hides another (each keeps a thin line back to its exact point). Cards
 * shrink to one line, then narrower, to fit; only when even that cannot
 * hold them all (a room with 1,000 measures) do cards at nearly the same
 * point become one stack with a count. Titles break between words only
 * and end in "…" on a whole word. Measures not yet scored on both axes wait
 * in a tray under the grid.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-priority-layout"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "trappa-chart-text.h"
#include "trappa-priority-buckets.h"
#include "trappa-priority-figures.h"
#include "trappa-priority-layout.h"
#include "trappa-priority-push.h"
#include "trappa-priority-reuse.h"
#include "trappa-priority-shown.h"
#include "trappa-plan-words.h"
#include "trappa-title-cache.h"

/* Room right of a card's title, and between cards in the tray, in font
 * sizes. */
#define TEXT_PAD 0.3
#define TRAY_GAP 0.5

/* Pushing apart once tried every pair of cards shown; this bounded its
 * passes. */
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
    .editing = TRUE,
  };
}

static void
card_free (gpointer data)
{
  TrappaPriorityCard *card = data;

  /* Taken over by a later layout. */
  if (card == NULL)
    return;
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

  pango_font_description_set_absolute_size (font, MAX (size, self->options.min_px) * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_alignment (layout, align);
  pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  trappa_chart_text_wrap_words (layout);
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

/* The measure's fields read for every measure, looked up once. */
enum { FIELD_TITLE, FIELD_STATUS, FIELD_TARGET_AREA, FIELD_STEPS, FIELD_EFFECT_STEP, N_FIELDS };

static const GValue *
field (TrappaMeasure *measure,
       guint          which)
{
  static const char * const names[N_FIELDS] = { "title", "status", "target-area", "steps", "effect-step" };
  static GParamSpec *fields[N_FIELDS];
  static gsize looked_up;

  if (g_once_init_enter (&looked_up))
    {
      for (guint i = 0; i < N_FIELDS; i++)
        fields[i] = trappa_priority_field (TRAPPA_TYPE_MEASURE, names[i]);
      g_once_init_leave (&looked_up, 1);
    }
  return trappa_item_peek_value (TRAPPA_ITEM (measure), fields[which]);
}

gboolean
trappa_priority_options_accepts (const TrappaPriorityOptions *o,
                                 TrappaMeasure               *measure)
{
  const char *status = g_value_get_string (field (measure, FIELD_STATUS));
  gboolean any_status = o->status == NULL || *o->status == '\0';
  const char * const *steps;

  if (o->target_area != NULL && *o->target_area != '\0' &&
      g_strcmp0 (g_value_get_string (field (measure, FIELD_TARGET_AREA)), o->target_area) != 0)
    return FALSE;
  /* Done measures need no more priority: only their own filter shows them. */
  if (any_status ? g_strcmp0 (status, TRAPPA_MEASURE_STATUS_DONE) == 0
                 : g_strcmp0 (status, o->status) != 0)
    return FALSE;
  if (o->step == NULL || *o->step == '\0')
    return TRUE;
  steps = g_value_get_boxed (field (measure, FIELD_STEPS));
  return (steps != NULL && g_strv_contains (steps, o->step)) ||
         g_strcmp0 (g_value_get_string (field (measure, FIELD_EFFECT_STEP)), o->step) == 0;
}

const char *
trappa_priority_measure_title (TrappaMeasure *measure)
{
  return g_value_get_string (field (measure, FIELD_TITLE));
}

/* Keeps *@kept when it reads @text (TRUE), else replaces it with a copy
 * of @text. */
static gboolean
keep_or_copy (char       **kept,
              const char  *text)
{
  if (*kept != NULL && strcmp (*kept, text) == 0)
    return TRUE;
  g_free (*kept);
  *kept = g_strdup (text);
  return FALSE;
}

/* A card where its scores put it: the previous layout's card of the
 * measure, when @reuse has one, keeps its title's measures and text
 * while the title is the same (unread when the measure did not change
 * since); the rest is set afresh. */
static void
add_card (TrappaPriorityLayout      *self,
          const TrappaPriorityShown *shown,
          TrappaPriorityReuse       *reuse)
{
  const TrappaPriorityOptions *o = &self->options;
  TrappaMeasure *measure = shown->measure;
  gboolean unchanged = FALSE, same_title;
  TrappaPriorityCard *card = reuse != NULL ? trappa_priority_reuse_take (reuse, measure, &unchanged) : NULL;
  TrappaScoreSummary sx = shown->summaries[0], sy = shown->summaries[1], sm = shown->summaries[2];
  const cairo_rectangle_t *p = &self->plot;
  TrappaPriorityCard kept = { 0 };

  if (card != NULL)
    {
      kept = *card;
      *card = (TrappaPriorityCard) { 0 };
    }
  else
    card = g_new0 (TrappaPriorityCard, 1);
  card->id = g_steal_pointer (&kept.id);
  card->title = g_steal_pointer (&kept.title);
  same_title = unchanged;
  if (!unchanged)
    {
      const char *title = trappa_priority_measure_title (measure);

      keep_or_copy (&card->id, trappa_item_get_id (TRAPPA_ITEM (measure)));
      same_title = keep_or_copy (&card->title, *title != '\0' ? title : self->untitled);
    }
  if (same_title)
    {
      card->measured = kept.measured;
      card->title_metrics = kept.title_metrics;
      card->text = g_steal_pointer (&kept.text);
      card->text_width = kept.text_width;
      card->text_lines = kept.text_lines;
    }
  g_clear_object (&kept.text);
  card->measure = measure;
  card->placed = sx.n > 0 && sy.n > 0;
  card->score_x = sx.mean;
  card->score_y = sy.mean;
  card->anchor_x = trappa_priority_score_to_position (sx.mean, p->x, p->width, FALSE);
  card->anchor_y = trappa_priority_score_to_position (sy.mean, p->y, p->height, TRUE);
  card->spread_x = sx.spread * p->width / TRAPPA_SCORE_MAX;
  card->spread_y = sy.spread * p->height / TRAPPA_SCORE_MAX;
  card->n_groups = MAX (sx.n, sy.n);
  card->dots = shown->dots;
  card->marker = sm.mean;
  card->marker_scored = sm.n > 0;
  card->marker_radius = self->marker_min_radius +
    (self->marker_max_radius - self->marker_min_radius) * sm.mean / TRAPPA_SCORE_MAX;
  card->stack = 1;
  card->stack_top = -1;
  card->selected = o->selected != NULL && g_strcmp0 (o->selected, card->id) == 0;
  g_ptr_array_add (self->cards, card);
}

static void
clamp_into (cairo_rectangle_t       *r,
            const cairo_rectangle_t *area)
{
  r->x = CLAMP (r->x, area->x, MAX (area->x, area->x + area->width - r->width));
  r->y = CLAMP (r->y, area->y, MAX (area->y, area->y + area->height - r->height));
}

static void
clamp_all (GPtrArray               *cards,
           const cairo_rectangle_t *area)
{
  for (guint i = 0; i < cards->len; i++)
    clamp_into (&((TrappaPriorityCard *) cards->pdata[i])->card, area);
}

/* Cards within a whole card of each other join the topmost card there, so
 * a room with more cards than the grid holds sees a count, not a smear. */
static void
stack_close_cards (TrappaPriorityLayout *self)
{
  g_autoptr(GArray) leaders = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) near = g_array_new (FALSE, FALSE, sizeof (guint));
  /* The leaders by their points: each card looks only at those near. */
  g_autoptr(TrappaPriorityBuckets) buckets =
    trappa_priority_buckets_new (&self->plot, self->card_width, self->card_height, self->cards->len);

  /* From the top of the drawing order, so the selected card leads. */
  for (int i = (int) self->cards->len - 1; i >= 0; i--)
    {
      TrappaPriorityCard *card = self->cards->pdata[i];
      int leader = -1;

      if (!card->placed)
        continue;
      trappa_priority_buckets_find (buckets, card->anchor_x - self->card_width, card->anchor_y - self->card_height,
                                    card->anchor_x + self->card_width, card->anchor_y + self->card_height,
                                    -1, near);
      /* The first leader in their order within reach, as when all were asked. */
      for (guint k = 0; k < near->len && leader < 0; k++)
        {
          int l = g_array_index (leaders, int, g_array_index (near, guint, k));
          TrappaPriorityCard *top = self->cards->pdata[l];

          if (fabs (top->anchor_x - card->anchor_x) < self->card_width &&
              fabs (top->anchor_y - card->anchor_y) < self->card_height)
            leader = l;
        }
      if (leader < 0)
        {
          trappa_priority_buckets_place (buckets, leaders->len, card->anchor_x, card->anchor_y);
          g_array_append_val (leaders, i);
        }
      else
        {
          card->stack_top = leader;
          ((TrappaPriorityCard *) self->cards->pdata[leader])->stack++;
        }
    }
}

static int
compare_anchor_x (gconstpointer a,
                  gconstpointer b)
{
  const TrappaPriorityCard *ca = *(TrappaPriorityCard **) a, *cb = *(TrappaPriorityCard **) b;

  return (ca->anchor_x > cb->anchor_x) - (ca->anchor_x < cb->anchor_x);
}

typedef struct
{
  TrappaPriorityCard *card;
  double              miss;   /* from its anchor to the nearest row; what
                               * sorts first chooses first */
} RowChoice;

static int
compare_miss (gconstpointer a,
              gconstpointer b)
{
  const RowChoice *ra = a, *rb = b;

  return (ra->miss > rb->miss) - (ra->miss < rb->miss);
}

/* Lays @row's cards left to right in their anchors' order, each as near
 * its anchor as the ones before allow, then pulls back from the right
 * edge: side by side, never over each other. */
static void
pack_row (GPtrArray               *row,
          const cairo_rectangle_t *p,
          double                   gap)
{
  double x = p->x, right = p->x + p->width;

  g_ptr_array_sort (row, compare_anchor_x);
  for (guint i = 0; i < row->len; i++)
    {
      TrappaPriorityCard *card = row->pdata[i];

      card->card.x = MAX (card->anchor_x - card->card.width / 2, x);
      x = card->card.x + card->card.width + gap;
    }
  for (int i = (int) row->len - 1; i >= 0; i--)
    {
      TrappaPriorityCard *card = row->pdata[i];

      card->card.x = MAX (MIN (card->card.x, right - card->card.width), p->x);
      right = card->card.x - gap;
    }
}

static guint
n_rows (TrappaPriorityLayout *self,
        double                gap)
{
  return MAX (1, (guint) ((self->plot.height + gap) / (self->card_height + gap)));
}

/* Fans the cards out over rows: each card takes the nearest row with
 * room (those nearest a row choose first, or when @widest_first the
 * widest, which packs tighter), then each row is packed. Returns FALSE
 * when some card found no row with room. */
static gboolean
pack_rows (TrappaPriorityLayout *self,
           GPtrArray            *shown,
           double                gap,
           gboolean              widest_first)
{
  const cairo_rectangle_t *p = &self->plot;
  guint rows = n_rows (self, gap);
  double pitch = rows > 1 ? (p->height - self->card_height) / (rows - 1) : 0;
  g_autofree double *used = g_new0 (double, rows);
  g_autoptr(GArray) choices = g_array_sized_new (FALSE, FALSE, sizeof (RowChoice), shown->len);
  g_autoptr(GPtrArray) row = g_ptr_array_new ();

  for (guint i = 0; i < shown->len; i++)
    {
      TrappaPriorityCard *card = shown->pdata[i];
      double want = pitch > 0 ? (card->anchor_y - self->card_height / 2 - p->y) / pitch : 0;
      RowChoice choice = { card, widest_first ? -card->card.width
                                              : fabs (want - CLAMP (round (want), 0, rows - 1)) };

      g_array_append_val (choices, choice);
    }
  g_array_sort (choices, compare_miss);
  for (guint i = 0; i < choices->len; i++)
    {
      TrappaPriorityCard *card = g_array_index (choices, RowChoice, i).card;
      double want = pitch > 0 ? (card->anchor_y - self->card_height / 2 - p->y) / pitch : 0;
      int r0 = (int) CLAMP (round (want), 0, rows - 1), dir = want > r0 ? 1 : -1;
      int best = -1;

      /* r0, then alternately the nearer side and the farther one. */
      for (int k = 0; k < 2 * (int) rows && best < 0; k++)
        {
          int r = r0 + (k % 2 == 1 ? dir : -dir) * ((k + 1) / 2);

          if (r >= 0 && r < (int) rows && used[r] + card->card.width <= p->width + 1e-6)
            best = r;
        }
      if (best < 0)
        return FALSE;
      used[best] += card->card.width + gap;
      card->card.y = p->y + best * pitch;
    }
  for (guint r = 0; r < rows; r++)
    {
      g_ptr_array_set_size (row, 0);
      for (guint i = 0; i < shown->len; i++)
        {
          TrappaPriorityCard *card = shown->pdata[i];

          if (fabs (card->card.y - (p->y + r * pitch)) < 0.5)
            g_ptr_array_add (row, card);
        }
      pack_row (row, p, gap);
    }
  return TRUE;
}

/* The placed cards not hidden in a stack, each first inside the grid. */
static GPtrArray *
shown_cards (TrappaPriorityLayout *self)
{
  GPtrArray *shown = g_ptr_array_new ();

  for (guint i = 0; i < self->cards->len; i++)
    {
      TrappaPriorityCard *card = self->cards->pdata[i];

      if (card->placed && card->stack_top < 0)
        {
          clamp_into (&card->card, &self->plot);
          g_ptr_array_add (shown, card);
        }
    }
  return shown;
}

/* Pushes overlapping cards apart, each keeping near its point; returns
 * whether any overlap is left. */
static gboolean
push_cards (TrappaPriorityLayout *self,
            GPtrArray            *shown,
            double                gap)
{
  /* As many passes as checking every pair had room for: the same pushes
   * give the same picture. */
  guint passes = (guint) CLAMP (MAX_PAIR_CHECKS / ((double) shown->len * shown->len), 1, 200);

  return trappa_priority_push_all (shown, &self->plot, gap, passes);
}

/* Sets every card's size (@lines of text; one line: as wide as its title
 * up to @target, never narrower than its first word) and fits its title. */
static void
size_cards (TrappaPriorityLayout *self,
            int                   lines,
            double                target,
            const double         *whole,
            const double         *first)
{
  self->card_lines = lines;
  self->card_height = lines * self->line_px + self->font_px * 0.35;
  self->card_width = MIN (self->card_inset + target + self->font_px * TEXT_PAD, self->plot.width);
  guint n_unplaced = self->cards->len - self->n_placed;
  /* The tray is one row: its cards share its width. */
  double tray_share = n_unplaced > 0 ? (self->plot.width + TRAY_GAP * self->font_px) / n_unplaced -
                                       (TRAY_GAP + TEXT_PAD) * self->font_px - self->card_inset : 0;

  for (guint i = 0; i < self->cards->len; i++)
    {
      TrappaPriorityCard *card = self->cards->pdata[i];
      double text_w = lines > 1 ? target : MIN (whole[i], MAX (target, first[i]));

      if (!card->placed && lines == 1)
        text_w = MIN (text_w, MAX (tray_share, first[i]));

      card->card.width = MIN (self->card_inset + text_w + self->font_px * TEXT_PAD, self->plot.width);
      card->card.height = self->card_height;
      card->card.x = card->anchor_x - card->card.width / 2;
      card->card.y = card->anchor_y - card->card.height / 2;
    }
}

/* Each card's title fitted to its width, unless it already is. */
static void
fit_titles (TrappaPriorityLayout *self)
{
  for (guint i = 0; i < self->cards->len; i++)
    {
      TrappaPriorityCard *card = self->cards->pdata[i];
      double width = card->card.width - self->card_inset - self->font_px * TEXT_PAD;

      if (card->text != NULL && card->text_width == width && card->text_lines == self->card_lines)
        continue;
      g_clear_object (&card->text);
      card->text = trappa_title_cache_fit (self->card_probe, card->title, width, self->card_lines);
      card->text_width = width;
      card->text_lines = self->card_lines;
    }
}

/* Places the cards so that none covers another: two lines of one width
 * pushed apart near their points, else fanned out over rows; crowded,
 * one line each, narrower until they fit. Only when even that cannot
 * hold them do cards at nearly one point stack (returns FALSE). */
static gboolean
arrange_cards (TrappaPriorityLayout *self,
               double                gap)
{
  guint n = self->cards->len;
  g_autofree double *whole = g_new (double, n);
  g_autofree double *first = g_new (double, n);
  g_autoptr(GPtrArray) shown = NULL;
  double f = self->font_px, widest = 0, ellipsis, common, target;
  TrappaTitleMetrics metrics;
  gboolean done = FALSE;

  /* What a card's title needs on one line: all of it, and its first word
   * with "…" (a card is never narrower, so no word is ever cut). */
  trappa_title_cache_measure (self->card_probe, "…", &metrics);
  ellipsis = metrics.whole;
  for (guint i = 0; i < n; i++)
    {
      TrappaPriorityCard *card = self->cards->pdata[i];

      if (!card->measured)
        trappa_title_cache_measure (self->card_probe, card->title, &card->title_metrics);
      card->measured = TRUE;
      whole[i] = card->title_metrics.whole;
      first[i] = card->title_metrics.first_word + ellipsis;
      widest = MAX (widest, card->title_metrics.widest_word + ellipsis);
    }

  common = MAX (CLAMP (self->plot.width / 4.5, f * 9, f * 16) - self->card_inset - f * TEXT_PAD,
                MIN (widest, self->plot.width * 0.4));
  size_cards (self, 2, common, whole, first);
  shown = shown_cards (self);
  if (self->n_placed * (self->card_width + gap) <= n_rows (self, gap) * (self->plot.width + gap) &&
      (n - self->n_placed) * (self->card_width + TRAY_GAP * f) <= self->plot.width + TRAY_GAP * f)
    done = !push_cards (self, shown, gap) || pack_rows (self, shown, gap, FALSE);

  /* One line: whole titles where the rows have room, shorter as needed. */
  for (target = MAX (common, self->plot.width * 0.5); !done; target *= 0.9)
    {
      double total = 0;

      size_cards (self, 1, target, whole, first);
      for (guint i = 0; i < shown->len; i++)
        total += ((TrappaPriorityCard *) shown->pdata[i])->card.width + gap;
      if (total <= n_rows (self, gap) * (self->plot.width + gap))
        {
          clamp_all (shown, &self->plot);
          done = pack_rows (self, shown, gap, FALSE) || pack_rows (self, shown, gap, TRUE);
        }
      if (target < f * 3)
        break;
    }
  fit_titles (self);
  return done;
}

/* Unplaced cards in a row; those that do not fit stack on the last slot. */
static void
fill_tray (TrappaPriorityLayout *self)
{
  double gap = self->font_px * TRAY_GAP;
  double x = self->tray.x;
  double y = self->tray.y;
  int last = -1;

  for (guint i = 0; i < self->cards->len; i++)
    {
      TrappaPriorityCard *card = self->cards->pdata[i];

      if (card->placed)
        continue;
      if (last < 0 || x + card->card.width <= self->tray.x + self->tray.width)
        {
          card->card.x = x;
          card->card.y = y;
          x += card->card.width + gap;
          last = i;
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

/* A quadrant's name outside the grid (above it for the upper two, below
 * it for the lower two) so no card ever covers it; it wraps between words
 * rather than being cut. Returns its height. */
static double
add_quadrant_label (TrappaPriorityLayout *self,
                    guint                 q,
                    double                y,
                    double                w)
{
  const cairo_rectangle_t *p = &self->plot;
  gboolean x_high = q % 2 == 1, y_high = q < 2;
  g_autofree char *name = quadrant_name (self->options.x_axis, self->options.y_axis, x_high, y_high);
  TrappaPriorityLabel *label;
  int height;

  label = add_label (self, name, x_high ? p->x + p->width - w : p->x, y, w, self->font_px,
                     x_high ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_set_ellipsize (label->text, PANGO_ELLIPSIZE_NONE);
  pango_layout_get_pixel_size (label->text, NULL, &height);
  label->box.height = height;
  label->quadrant = q + 1;
  return height;
}

/* @text's width on one line at @size. */
static double
natural_width (TrappaPriorityLayout *self,
               const char           *text,
               double                size)
{
  g_autoptr(PangoLayout) probe = make_text (self, text, size, FALSE, 1, 1, PANGO_ALIGN_LEFT);
  TrappaTitleMetrics metrics;

  trappa_title_cache_measure (probe, text, &metrics);
  return metrics.whole;
}

/* The wider of the two names of the upper (@q 0) or lower (@q 2)
 * quadrants, on one line. */
static double
quadrant_names_width (TrappaPriorityLayout *self,
                      guint                 q)
{
  double widest = 0;

  for (guint i = q; i < q + 2; i++)
    {
      g_autofree char *name = quadrant_name (self->options.x_axis, self->options.y_axis, i % 2 == 1, i < 2);

      widest = MAX (widest, natural_width (self, name, self->font_px));
    }
  return widest;
}

/* What the grid shows, in the middle of the top row between the upper
 * quadrants' names, or on a row of its own above them when the names
 * would have to wrap beside it; returns the height of the rows. */
static double
add_top_row (TrappaPriorityLayout *self,
             TrappaPlan           *plan,
             double                y)
{
  const TrappaPriorityOptions *o = &self->options;
  g_autofree char *title = NULL;
  TrappaPriorityLabel *label;
  double heights[2], middle, side, names_y = y;
  gboolean own_row;

  if (o->merged && o->participants)
    title = g_strdup (_("The votes: mean and spread"));
  else if (o->merged)
    title = g_strdup (_("All groups merged: mean and spread"));
  else if (o->group_id == NULL || *o->group_id == '\0')
    title = g_strdup (_("Whole room"));
  else
    {
      TrappaItem *group = trappa_plan_lookup (plan, o->group_id);

      title = g_strdup (group != NULL ? trappa_item_get_string (group, "name") : o->group_id);
    }
  /* The names get what the title leaves, so they wrap only when they must. */
  middle = MIN (natural_width (self, title, self->font_px * 1.1), self->plot.width * 0.38);
  side = (self->plot.width - middle) / 2 - self->font_px * 0.5;
  own_row = quadrant_names_width (self, 0) > side;
  if (own_row)
    {
      middle = MIN (natural_width (self, title, self->font_px * 1.1), self->plot.width);
      side = self->plot.width / 2 - self->font_px * 0.5;
    }
  label = add_label (self, title, self->plot.x + (self->plot.width - middle) / 2, y,
                     middle, self->font_px * 1.1, PANGO_ALIGN_CENTER);
  if (own_row)
    names_y += label->box.height;
  heights[0] = add_quadrant_label (self, 0, names_y, side);
  heights[1] = add_quadrant_label (self, 1, names_y, side);
  return MAX (label->box.y + label->box.height, names_y + MAX (heights[0], heights[1])) - y;
}

/* The lower quadrants' names and, between them, the ends of the x axis
 * beside the middle line, or on a row of their own below when the names
 * would have to wrap beside them; returns the height of the rows. */
static double
add_bottom_row (TrappaPriorityLayout *self,
                double                y)
{
  const TrappaPriorityOptions *o = &self->options;
  const cairo_rectangle_t *p = &self->plot;
  double mid = p->x + p->width / 2, gap = self->font_px / 2, w, side, ends_y = y, heights[2], names_h;
  g_autofree char *x_low = g_strdup_printf ("← %s", trappa_priority_axis_low (o->x_axis));
  g_autofree char *x_high = g_strdup_printf ("%s →", trappa_priority_axis_high (o->x_axis));
  TrappaPriorityLabel *ends[2];
  gboolean own_row;

  w = MIN (MAX (natural_width (self, x_low, self->font_px), natural_width (self, x_high, self->font_px)),
           p->width * 0.19);
  side = p->width / 2 - gap - w - self->font_px * 0.5;
  own_row = quadrant_names_width (self, 2) > side;
  if (own_row)
    side = p->width / 2 - self->font_px * 0.5;
  heights[0] = add_quadrant_label (self, 2, y, side);
  heights[1] = add_quadrant_label (self, 3, y, side);
  names_h = MAX (heights[0], heights[1]);
  if (own_row)
    ends_y += names_h;
  ends[0] = add_label (self, x_low, mid - gap - w, ends_y, w, self->font_px, PANGO_ALIGN_RIGHT);
  ends[1] = add_label (self, x_high, mid + gap, ends_y, w, self->font_px, PANGO_ALIGN_LEFT);
  return MAX (names_h, ends_y - y + MAX (ends[0]->box.height, ends[1]->box.height));
}

/* The ends of the y axis in the gutter left of the grid, turned a quarter
 * left: the box is the label's place on the page; the text runs bottom to
 * top along its height, away from the middle, on one line. */
static void
add_y_axis_labels (TrappaPriorityLayout *self)
{
  const TrappaPriorityOptions *o = &self->options;
  const cairo_rectangle_t *p = &self->plot;
  double gap = self->font_px / 2, half_h = p->height / 2;
  g_autofree char *y_low = g_strdup_printf ("← %s", trappa_priority_axis_low (o->y_axis));
  g_autofree char *y_high = g_strdup_printf ("%s →", trappa_priority_axis_high (o->y_axis));
  const char *texts[] = { y_low, y_high };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      TrappaPriorityLabel *label = add_label (self, texts[i], 0, 0, half_h - gap, self->font_px,
                                              i == 0 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);

      pango_layout_set_height (label->text, -1);
      label->box = (cairo_rectangle_t) { p->x - self->line_px - self->font_px * 0.3,
                                         i == 0 ? p->y + half_h + gap : p->y,
                                         self->line_px, half_h - gap };
      label->vertical = TRUE;
    }
}

/* The legend flows along rows from the grid's left edge. */
typedef struct
{
  double x, y, row_h, size;
} Flow;

/* One line of legend text at its natural width after a mark of @mark_w
 * (0: none); a new row when it would pass the right edge. */
static void
add_legend_item (TrappaPriorityLayout   *self,
                 Flow                   *flow,
                 int                     kind,
                 double                  radius,
                 const char             *text)
{
  double r_x = kind == TRAPPA_PRIORITY_MARK_SPREAD ? radius * 2 : radius;
  double mark_w = kind >= 0 ? 2 * r_x + flow->size * 0.3 : 0;
  TrappaPriorityLabel *label = add_label (self, text, 0, 0, self->width, flow->size, PANGO_ALIGN_LEFT);
  int width;

  pango_layout_set_width (label->text, -1);
  pango_layout_get_pixel_size (label->text, &width, NULL);
  label->box.width = width;
  if (flow->x > self->plot.x && flow->x + mark_w + width > self->width - self->font_px / 2)
    {
      flow->x = self->plot.x;
      flow->y += flow->row_h;
    }
  if (kind >= 0)
    {
      TrappaPriorityMark mark = { kind, flow->x + r_x, flow->y + flow->row_h / 2, radius };

      g_array_append_val (self->legend, mark);
    }
  label->box.x = flow->x + mark_w;
  label->box.y = flow->y + (flow->row_h - label->box.height) / 2;
  flow->x += mark_w + width + flow->size;
}

/* The legend from @y down; returns its height. */
static double
add_legend (TrappaPriorityLayout *self,
            double                y)
{
  const TrappaPriorityOptions *o = &self->options;
  TrappaAxis m = o->marker_axis;
  double r0 = self->marker_min_radius, r1 = self->marker_max_radius;
  /* Translators: legend of the circle on each card, e.g. "Influence:". */
  g_autofree char *ring = g_strdup_printf (_("%s:"), trappa_priority_axis_title (m));
  Flow flow = { self->plot.x, y, 0, MAX (self->font_px * 0.9, o->min_px) };

  flow.row_h = MAX (self->line_px * 0.9, 2 * r1) + self->font_px * 0.3;
  if (o->participants)
    {
      add_legend_item (self, &flow, TRAPPA_PRIORITY_MARK_SPREAD, r0 * 1.5, _("spread between participants"));
      return flow.y + flow.row_h - y;
    }
  add_legend_item (self, &flow, -1, 0, ring);
  add_legend_item (self, &flow, TRAPPA_PRIORITY_MARK_MARKER, r0, trappa_priority_axis_low (m));
  add_legend_item (self, &flow, TRAPPA_PRIORITY_MARK_MARKER, r1, trappa_priority_axis_high (m));
  add_legend_item (self, &flow, TRAPPA_PRIORITY_MARK_UNSCORED, r1, _("not scored"));
  if (o->merged)
    add_legend_item (self, &flow, TRAPPA_PRIORITY_MARK_SPREAD, r0 * 1.5, _("spread between groups"));
  return flow.y + flow.row_h - y;
}

static void
move_down (TrappaPriorityLayout *self,
           guint                 first_label,
           guint                 first_mark,
           double                dy)
{
  for (guint i = first_label; i < self->labels->len; i++)
    ((TrappaPriorityLabel *) self->labels->pdata[i])->box.y += dy;
  for (guint i = first_mark; i < self->legend->len; i++)
    g_array_index (self->legend, TrappaPriorityMark, i).y += dy;
}

TrappaPriorityLayout *
trappa_priority_layout_new (TrappaPlan                  *plan,
                            const TrappaPriorityOptions *options,
                            double                       width,
                            double                       height)
{
  return trappa_priority_layout_new_from (plan, options, width, height, NULL);
}

TrappaPriorityLayout *
trappa_priority_layout_new_from (TrappaPlan                  *plan,
                                 const TrappaPriorityOptions *options,
                                 double                       width,
                                 double                       height,
                                 TrappaPriorityLayout        *previous)
{
  TrappaPriorityLayout *self = g_new0 (TrappaPriorityLayout, 1);
  GArray *shown = trappa_priority_shown_get (plan, options);
  g_autoptr(PangoLayout) probe = NULL;
  gboolean any_unplaced = FALSE;
  double pad, gutter, top_h, bottom_h, legend_h, tray_h = 0, tray_label_h = 0, below, f;
  guint bottom_labels, legend_labels;
  TrappaPriorityCard *selected = NULL;
  g_autoptr(TrappaPriorityReuse) reuse = NULL;
  int line;

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
  g_weak_ref_init (&self->plan, plan);
  self->stamp = trappa_priority_figures_stamp (plan);
  /* The chart speaks the plan's language. */
  trappa_plan_language_push (plan);
  self->untitled = g_strdup (_("(untitled measure)"));
  self->legend = g_array_new (FALSE, FALSE, sizeof (TrappaPriorityMark));
  /* The same metrics on every surface: a PNG and the widget agree. */
  self->context = trappa_chart_text_context_new ();

  self->options.min_px = trappa_chart_style_smallest_px (options->style, self->options.min_px);
  f = self->font_px = MAX (CLAMP (MIN (self->width, self->height) / 55, 10, 18) *
                           CLAMP (options->font_scale, 0.5, 4.0), self->options.min_px);
  probe = make_text (self, "Åg", f, FALSE, 1, 1, PANGO_ALIGN_LEFT);
  trappa_title_cache_next_round ();
  self->card_probe = make_text (self, "", f, FALSE, 1, 1, PANGO_ALIGN_LEFT);
  if (previous != NULL)
    reuse = trappa_priority_reuse_new (previous, plan, pango_layout_get_font_description (self->card_probe),
                                       self->untitled);
  pango_layout_get_pixel_size (probe, NULL, &line);
  self->line_px = line;
  pad = f;
  gutter = self->line_px + f * 0.3;
  self->marker_max_radius = f * 0.45;
  self->marker_min_radius = f * 0.15;
  self->card_inset = (options->participants ? 0 : 2 * self->marker_max_radius) + f * 0.5;

  for (guint i = 0; i < shown->len; i++)
    {
      const TrappaScoreSummary *summaries = g_array_index (shown, TrappaPriorityShown, i).summaries;

      any_unplaced |= summaries[0].n == 0 || summaries[1].n == 0;
      self->n_placed += summaries[0].n > 0 && summaries[1].n > 0;
    }

  /* The rows of text above and below the grid are measured first; the
   * grid takes the height they leave. */
  self->plot.x = pad + gutter;
  self->plot.width = MAX (self->width - 2 * pad - gutter, 1);
  top_h = add_top_row (self, plan, pad / 2);
  bottom_labels = self->labels->len;
  bottom_h = add_bottom_row (self, 0);
  legend_labels = self->labels->len;
  legend_h = add_legend (self, 0);
  if (any_unplaced)
    {
      TrappaPriorityLabel *label =
        add_label (self, options->merged ? _("Not scored by any group yet")
                                         : options->editing &&
                                           !(options->style & (TRAPPA_CHART_STYLE_FILE | TRAPPA_CHART_STYLE_PRESENTING))
                                         ? _("Not placed yet: drag onto the grid")
                                                            : _("Not placed yet"),
                   self->plot.x, 0, self->plot.width, f * 0.9, PANGO_ALIGN_LEFT);

      tray_label_h = label->box.height;
      tray_h = tray_label_h + 2 * self->line_px + f * 0.35 + f * 0.3;
    }
  self->plot.y = pad / 2 + top_h + f * 0.3;
  self->plot.height = MAX (self->height - self->plot.y - (f * 0.3 + bottom_h + tray_h + f * 0.3 +
                                                           legend_h + pad / 2), 1);
  below = self->plot.y + self->plot.height + f * 0.3;
  move_down (self, legend_labels, 0, self->height - pad / 2 - legend_h);
  if (any_unplaced)
    {
      ((TrappaPriorityLabel *) self->labels->pdata[self->labels->len - 1])->box.y = below + bottom_h + f * 0.3;
      self->tray = (cairo_rectangle_t) { self->plot.x, below + bottom_h + f * 0.3 + tray_label_h,
                                         self->plot.width, tray_h - tray_label_h - f * 0.3 };
    }
  for (guint i = bottom_labels; i < legend_labels; i++)
    ((TrappaPriorityLabel *) self->labels->pdata[i])->box.y += below;
  add_y_axis_labels (self);

  for (guint i = 0; i < shown->len; i++)
    add_card (self, &g_array_index (shown, TrappaPriorityShown, i), reuse);

  /* The selected card is drawn last, on top of the others. */
  for (guint i = 0; i < self->cards->len; i++)
    if (((TrappaPriorityCard *) self->cards->pdata[i])->selected)
      selected = g_ptr_array_steal_index (self->cards, i);
  if (selected != NULL)
    g_ptr_array_add (self->cards, selected);

  if (self->cards->len > 0 && !arrange_cards (self, f * 0.25))
    {
      g_autoptr(GPtrArray) tops = NULL;

      stack_close_cards (self);
      tops = shown_cards (self);
      push_cards (self, tops, f * 0.25);
    }
  fill_tray (self);
  trappa_plan_language_pop ();
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
  g_clear_object (&self->card_probe);
  g_clear_object (&self->context);
  g_weak_ref_clear (&self->plan);
  g_free (self->untitled);
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

/* The words every card's description repeats, looked up once:
 * describing 10,000 cards asked gettext 30,000 times, half the time it
 * took. */
typedef struct
{
  const char *x_axis, *y_axis, *marker_axis, *not_placed;
} CardWords;

static void
card_words_init (TrappaPriorityLayout *self,
                 CardWords            *words)
{
  words->x_axis = trappa_priority_axis_title (self->options.x_axis);
  words->y_axis = trappa_priority_axis_title (self->options.y_axis);
  words->marker_axis = trappa_priority_axis_title (self->options.marker_axis);
  words->not_placed = _("Not placed yet");
}

/* @before, @axis and " %.0f" of @score, without the string that printing
 * into a GString makes and frees each time. */
static void
append_score (GString    *text,
              const char *before,
              const char *axis,
              double      score)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_snprintf (number, sizeof number, " %.0f", score);
  g_string_append (text, before);
  g_string_append (text, axis);
  g_string_append (text, number);
}

/* A card's title, @separator, then its figures: the shown scores (or that
 * it is not placed), the third score, and when merged the groups' spread. */
static void
append_card (GString              *text,
             TrappaPriorityLayout *self,
             const CardWords      *words,
             TrappaPriorityCard   *card,
             const char           *separator)
{
  const TrappaPriorityOptions *o = &self->options;

  g_string_append (text, card->title);
  g_string_append (text, separator);
  if (card->placed)
    {
      append_score (text, "", words->x_axis, card->score_x);
      append_score (text, " · ", words->y_axis, card->score_y);
    }
  else
    g_string_append (text, words->not_placed);
  if (card->marker_scored)
    append_score (text, " · ", words->marker_axis, card->marker);
  if (card->dots > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, " · %u dot", " · %u dots", card->dots), card->dots);
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
  CardWords words;

  g_return_val_if_fail (index >= 0 && (guint) index < self->cards->len, NULL);

  card_words_init (self, &words);
  append_card (text, self, &words, self->cards->pdata[index], "\n");
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
  CardWords words;

  card_words_init (self, &words);
  for (guint i = 0; i < self->cards->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      append_card (text, self, &words, self->cards->pdata[i], ": ");
    }
  return g_string_free (text, FALSE);
}
