/* trappa-staircase-layout.c: where each part of a staircase chart goes
 *
 * The staircase is drawn in profile: one band per step, the lowest level
 * (ordinary housing) at the bottom, each step's block standing on the one
 * below and set in by a tread, so the blocks' left edges climb like stairs
 * up to 24-hour care. The bands share the height between title and legend
 * (no empty band). Each band holds the step's name (wrapped in
 * a column of its own), one bar on a scale shared by all steps (supply
 * solid, split by category; uncovered need hatched after it; a marker at the
 * need) and the numbers at the right. Title on top, legend below, counts
 * kept beside the staircase in a column at the right.
 *
 * Labels get boxes that cannot overlap by construction; the font size is
 * lowered from the preferred size until every text fits its box, so long
 * Nynorsk names wrap instead of running into their neighbours.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-staircase-layout"

#include "trappa-chart-text.h"
#include "trappa-staircase-layout.h"
#include "trappa-title-cache.h"
#include "trappa-plan-words.h"

#define PREFERRED_PX   14.0  /* legible on a screen at 1024 × 768 */
#define LARGEST_PX     22.0
#define SMALLEST_PX    6.0

typedef struct
{
  PangoContext          *context;
  TrappaPlan            *plan;
  TrappaStaircase       *staircase;
  TrappaStaircaseLayout *out;
  const TrappaChartPalette *palette;
  double                 width, height;
  TrappaChartStyle       style;
  double                 f;       /* body font size in px */
  double                 smallest; /* no text below this */
  gboolean               fits;
  GPtrArray             *category_names; /* distinct, in order of appearance */
  GArray                *figures;  /* TrappaStepFigures per step: the same at every font size */
  TrappaStaircaseLayout *built;    /* the last one tried, at f */
} Builder;

gboolean
trappa_rect_contains (const TrappaRect *rect,
                      double            x,
                      double            y)
{
  return x >= rect->x && x < rect->x + rect->width &&
         y >= rect->y && y < rect->y + rect->height;
}

gboolean
trappa_rect_intersects (const TrappaRect *a,
                        const TrappaRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static void
step_layout_free (TrappaStepLayout *step)
{
  g_free (step->id);
  g_clear_pointer (&step->parts, g_array_unref);
  g_free (step);
}

/* A label whose box is its text's logical extent; @width > 0 wraps. When
 * the text needs more than @width or @max_height (>= 0), the attempt does
 * not fit. */
static TrappaChartLabel *
add_label (Builder    *b,
           const char *text,
           double      width,
           double      max_height,
           double      size,
           gboolean    bold)
{
  TrappaChartLabel *label = trappa_chart_text_add (b->out->labels, b->context, b->out->style, text, width, size,
                                                   TRAPPA_CHART_TEXT_SHARED | (bold ? TRAPPA_CHART_TEXT_BOLD : 0));

  if (width > 0 && label->box.width > width)
    b->fits = FALSE;
  if (max_height >= 0 && label->box.height > max_height)
    b->fits = FALSE;
  if (width > 0)
    label->box.width = MIN (label->box.width, width);
  if (max_height >= 0)
    label->box.height = MIN (label->box.height, max_height);
  return label;
}

static void
place (TrappaChartLabel *label,
       double            x,
       double            y)
{
  label->box.x = x;
  label->box.y = y;
}

static guint
category_colour (Builder    *b,
                 const char *name)
{
  guint index;

  if (!g_ptr_array_find_with_equal_func (b->category_names, name, g_str_equal, &index))
    {
      index = b->category_names->len;
      g_ptr_array_add (b->category_names, g_strdup (name));
    }
  return index % TRAPPA_CHART_N_PART_COLOURS;
}

static guint
n_steps (Builder *b)
{
  return g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (b->staircase), "steps")));
}

static TrappaItem *
get_step (Builder *b,
          guint    i)
{
  GListModel *steps = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (b->staircase), "steps"));
  g_autoptr(TrappaItem) step = g_list_model_get_item (steps, i);

  return step; /* the staircase keeps it alive */
}

static double
add_title (Builder *b,
           double   pad)
{
  const char *name = trappa_item_get_string (TRAPPA_ITEM (b->staircase), "name");
  const char *unit = trappa_item_get_string (TRAPPA_ITEM (b->staircase), "unit-label");
  const char *kind = trappa_item_get_string (TRAPPA_ITEM (b->staircase), "kind");
  g_autofree char *text = NULL;
  TrappaChartLabel *title;

  if (name[0] == '\0')
    name = g_strcmp0 (kind, TRAPPA_STAIRCASE_ACTIVITY) == 0
           ? _("Activity and mastery staircase") : _("Housing staircase");
  /* TRANSLATORS: chart title: the staircase's name and what it counts */
  text = unit[0] != '\0' ? g_strdup_printf (_("%s (%s)"), name, unit) : g_strdup (name);
  /* The widget keeps a menu button in the top right corner. */
  title = add_label (b, text, b->out->width - 2 * pad - 3 * b->f, b->out->height / 4, b->f * 1.25, TRUE);
  place (title, pad, pad);
  return pad + title->box.height;
}

/* The figure's source line at the very bottom, for the plan document;
 * returns its top. */
static double
add_caption (Builder *b,
             double   pad)
{
  g_autofree char *text = NULL;
  TrappaChartLabel *label;

  if (!(b->style & TRAPPA_CHART_STYLE_CAPTION))
    return b->out->height - pad;
  text = trappa_chart_text_caption (b->plan);
  label = add_label (b, text, b->out->width - 2 * pad, -1, MAX (b->f * 0.85, b->smallest), FALSE);
  place (label, pad, b->out->height - pad - label->box.height);
  return label->box.y - b->f * 0.5;
}

/* The legend flows in rows along the bottom, above @bottom; returns its
 * top. */
static double
add_legend (Builder *b,
            double   pad,
            double   bottom)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GArray *items = b->out->legend;
  double swatch = b->f, spacing = b->f * 0.4, avail = b->out->width - 2 * pad;
  double x = pad, y = 0, row_h = 0, top;
  TrappaLegendItem item = { 0 };

  if (b->category_names->len == 0)
    {
      g_array_append_val (items, item);
      g_ptr_array_add (texts, (gpointer) _("Today"));
    }
  for (guint i = 0; i < b->category_names->len; i++)
    {
      item.colour = i % TRAPPA_CHART_N_PART_COLOURS;
      g_array_append_val (items, item);
      g_ptr_array_add (texts, g_ptr_array_index (b->category_names, i));
    }
  item.kind = TRAPPA_LEGEND_UNCOVERED;
  g_array_append_val (items, item);
  g_ptr_array_add (texts, (gpointer) _("Uncovered need"));
  item.kind = TRAPPA_LEGEND_NEED;
  g_array_append_val (items, item);
  g_ptr_array_add (texts, (gpointer) _("Need"));

  /* Flow from y = 0 row by row, then move everything to the bottom. */
  for (guint i = 0; i < items->len; i++)
    {
      TrappaLegendItem *it = &g_array_index (items, TrappaLegendItem, i);
      TrappaChartLabel *label = add_label (b, g_ptr_array_index (texts, i),
                                           avail - swatch - spacing, -1, b->f, FALSE);
      double w = swatch + spacing + label->box.width;

      if (x > pad && x + w > pad + avail)
        {
          x = pad;
          y += row_h + spacing;
          row_h = 0;
        }
      it->swatch = (TrappaRect) { x, y, swatch, swatch };
      place (label, x + swatch + spacing, y);
      row_h = MAX (row_h, MAX (swatch, label->box.height));
      g_ptr_array_add (labels, label);
      x += w + 2 * b->f;
    }

  top = bottom - (y + row_h);
  for (guint i = 0; i < items->len; i++)
    {
      TrappaLegendItem *it = &g_array_index (items, TrappaLegendItem, i);
      TrappaChartLabel *label = g_ptr_array_index (labels, i);

      it->swatch.y += top + (label->box.height - swatch) / 2;
      label->box.y += top;
    }
  return top;
}

/* Counts kept beside the staircase (night shelter, KAD): boxes stacked
 * upward from the floor in a column right of the steps. Returns the
 * column's width, 0 when there are none. */
static double
add_side_counts (Builder *b,
                 double   right,
                 double   floor,
                 double   top)
{
  GListModel *counts = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (b->staircase), "side-counts"));
  guint n = g_list_model_get_n_items (counts);
  double ipad = b->f * 0.5, width = 0, y = floor;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  if (n == 0)
    return 0;
  width = CLAMP (b->out->width * 0.16, b->f * 6, b->f * 12);
  /* Wide enough for each name's longest word: names break between words. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) count = g_list_model_get_item (counts, i);
      double widest = trappa_chart_text_widest_word_at (b->context, b->style, trappa_item_get_string (count, "name"),
                                                        b->f, FALSE);

      width = MAX (width, MIN (widest + 2 * ipad + 1, b->out->width * 0.4));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) count = g_list_model_get_item (counts, i);
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                 trappa_item_get_int (count, "count"));
      g_autofree char *text = g_strdup_printf ("%s\n%s", number,
                                               trappa_item_get_string (count, "name"));
      TrappaChartLabel *label = add_label (b, text, width - 2 * ipad, -1, b->f, FALSE);
      TrappaRect box = { right - width, 0, width, label->box.height + 2 * ipad };

      y -= box.height;
      box.y = y;
      place (label, box.x + ipad, box.y + ipad);
      g_array_append_val (b->out->side_boxes, box);
      y -= b->f * 0.5;
    }
  if (y < top)
    b->fits = FALSE;
  return width;
}

static void
collect (Builder *b)
{
  for (guint i = 0; i < n_steps (b); i++)
    {
      TrappaItem *step = get_step (b, i);
      GListModel *categories = G_LIST_MODEL (trappa_item_get_list (step, "categories"));
      TrappaStepLayout *sl = g_new0 (TrappaStepLayout, 1);

      sl->id = g_strdup (trappa_item_get_id (step));
      sl->parts = g_array_new (FALSE, TRUE, sizeof (TrappaBarPart));
      sl->figures = g_array_index (b->figures, TrappaStepFigures, i);
      for (guint j = 0; j < g_list_model_get_n_items (categories); j++)
        {
          g_autoptr(TrappaItem) category = g_list_model_get_item (categories, j);
          category_colour (b, trappa_item_get_string (category, "name"));
        }
      g_ptr_array_add (b->out->steps, sl);
    }
}

/* The supply bar split into one part per category, numbered when the
 * number fits inside its part. */
static void
add_parts (Builder          *b,
           TrappaStepLayout *sl,
           TrappaItem       *step,
           double            unit)
{
  GListModel *categories = G_LIST_MODEL (trappa_item_get_list (step, "categories"));
  guint n = g_list_model_get_n_items (categories);
  TrappaBarPart part = { sl->supply, 0 };
  double x = sl->supply.x;

  if (n == 0)
    {
      g_array_append_val (sl->parts, part);
      return;
    }
  for (guint j = 0; j < n; j++)
    {
      g_autoptr(TrappaItem) category = g_list_model_get_item (categories, j);
      gint64 units = trappa_item_get_int (category, "units-today");
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, units);
      TrappaChartLabel *label;

      part.colour = category_colour (b, trappa_item_get_string (category, "name"));
      part.rect = (TrappaRect) { x, sl->supply.y, units * unit, sl->supply.height };
      x += part.rect.width;
      g_array_append_val (sl->parts, part);

      /* Only numbers that fit inside their part are printed there; the
       * step's numbers and the tooltip always carry them. */
      if (units == 0)
        continue;
      label = add_label (b, number, -1, -1, b->f, TRUE);
      if (label->box.width + b->f * 0.5 > part.rect.width || label->box.height > part.rect.height)
        {
          g_ptr_array_remove (b->out->labels, label);
          continue;
        }
      label->ink = TRAPPA_CHART_INK_ON_PART;
      place (label, part.rect.x + (part.rect.width - label->box.width) / 2,
             part.rect.y + (part.rect.height - label->box.height) / 2);
    }
}

static void
add_steps (Builder *b,
           double   x0,
           double   x1,
           double   y0,
           double   y1)
{
  guint n = b->out->steps->len;
  double f = b->f, ipad = f * 0.4;
  double room = (y1 - y0) / n;
  double label_w = MIN (CLAMP ((x1 - x0) * 0.4, f * 8, f * 20), (x1 - x0) * 0.5);
  double dx, bars_x, num_w = 0, text_h = 0, band_h, track_w, unit, bar_h, widest = 0;
  gboolean stacked;
  gint64 largest = 0;
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    {
      TrappaStepLayout *sl = g_ptr_array_index (b->out->steps, i);
      TrappaChartLabel *probe;

      largest = MAX (largest, MAX (sl->figures.supply, sl->figures.demand));
      g_ptr_array_add (numbers, trappa_step_figures_format (&sl->figures));
      probe = add_label (b, g_ptr_array_index (numbers, i), -1, -1, f, FALSE);
      num_w = MAX (num_w, probe->box.width);
      g_ptr_array_remove (b->out->labels, probe);
    }
  /* Numbers beside the bar when they fit there on one line; on a narrow
   * chart they go under the bar, and the names get half the width (the
   * bar needs less room than a wrapped name). */
  stacked = num_w > (x1 - x0 - label_w) * 0.45;
  if (stacked)
    label_w = MIN (CLAMP ((x1 - x0) * 0.5, f * 8, f * 20), (x1 - x0) * 0.55);
  /* The tread: deep enough to read as a stair, leaving the top step's
   * name at least half the column and its longest word (names break
   * between words only). */
  for (guint i = 0; i < n; i++)
    widest = MAX (widest, trappa_chart_text_widest_word_at (b->context, b->style,
                                                            trappa_item_get_string (get_step (b, i), "name"),
                                                            f, TRUE));
  dx = n > 1 ? CLAMP (MIN (label_w * 0.5, label_w - widest - 2 * ipad) / (n - 1), 0, f * 3) : 0;
  bars_x = x0 + label_w + 2 * ipad;
  track_w = stacked ? x1 - ipad - bars_x : x1 - ipad - num_w - ipad - bars_x;
  if (stacked)
    num_w = track_w;
  if (track_w < f * 3)
    b->fits = FALSE;
  track_w = MAX (track_w, 1.0);
  num_w = MAX (num_w, 1.0);
  unit = largest > 0 ? track_w / largest : 0;
  bar_h = f * 1.8;

  /* Measure the texts first: the bands share the room there is, so the
   * staircase fills the chart from the legend up to the title. */
  for (guint i = 0; i < n; i++)
    {
      TrappaStepLayout *sl = g_ptr_array_index (b->out->steps, i);
      double numbers_h;

      sl->name = add_label (b, trappa_item_get_string (get_step (b, i), "name"),
                            label_w - i * dx, -1, f, TRUE);
      sl->numbers = add_label (b, g_ptr_array_index (numbers, i), num_w, -1, f, FALSE);
      numbers_h = stacked ? bar_h + ipad + sl->numbers->box.height : sl->numbers->box.height;
      text_h = MAX (text_h, MAX (sl->name->box.height, numbers_h));
    }
  band_h = room;
  if (text_h + 2 * ipad > room || room < f * 1.2)
    b->fits = FALSE;
  band_h = MAX (band_h, 1.0);
  /* A taller band gets a thicker bar, from the room its texts leave. */
  bar_h += CLAMP ((band_h - text_h - 2 * ipad) / 2, 0.0, f * 1.5);
  bar_h = MAX (MIN (bar_h, band_h - 2 * ipad), 1.0);

  for (guint i = 0; i < n; i++)
    {
      TrappaStepLayout *sl = g_ptr_array_index (b->out->steps, i);
      double y = y1 - (i + 1) * band_h, x = x0 + i * dx;
      double block_h = stacked ? bar_h + ipad + sl->numbers->box.height : bar_h;
      double bar_y = y + MAX ((band_h - block_h) / 2, 0.0);

      sl->rect = (TrappaRect) { x, y, x1 - x, band_h };
      /* Clipped to the band when even the smallest font does not fit. */
      sl->name->box.height = MIN (sl->name->box.height, band_h);
      place (sl->name, x + ipad, y + (band_h - sl->name->box.height) / 2);
      if (stacked)
        {
          sl->numbers->box.height = MAX (MIN (sl->numbers->box.height, y + band_h - (bar_y + bar_h + ipad)), 0.0);
          place (sl->numbers, bars_x, bar_y + bar_h + ipad);
        }
      else
        {
          sl->numbers->box.height = MIN (sl->numbers->box.height, band_h);
          place (sl->numbers, x1 - ipad - num_w, y + (band_h - sl->numbers->box.height) / 2);
        }

      sl->track = (TrappaRect) { bars_x, bar_y, track_w, bar_h };
      sl->supply = (TrappaRect) { bars_x, bar_y, sl->figures.supply * unit, bar_h };
      sl->uncovered = (TrappaRect) { bars_x + sl->supply.width, bar_y,
                                     sl->figures.uncovered * unit, bar_h };
      sl->need_x = sl->figures.demand_known ? bars_x + sl->figures.demand * unit : -1;
      add_parts (b, sl, get_step (b, i), unit);
    }
}

static void
add_empty_message (Builder *b,
                   double   x0,
                   double   x1,
                   double   y0,
                   double   y1)
{
  /* Its own layout, not a shared one: it is centred. */
  TrappaChartLabel *label = trappa_chart_text_add (b->out->labels, b->context, b->out->style,
                                                   _("No steps yet: add the first step in the table."),
                                                   x1 - x0, b->f, TRAPPA_CHART_TEXT_PLAIN);

  if (label->box.width > x1 - x0 || label->box.height > y1 - y0)
    b->fits = FALSE;
  label->box.height = MIN (label->box.height, y1 - y0);
  /* Centred within the layout's width, so the box must span all of it. */
  pango_layout_set_alignment (label->layout, PANGO_ALIGN_CENTER);
  label->box.width = x1 - x0;
  place (label, x0, y0 + (y1 - y0 - label->box.height) / 2);
}

static TrappaStaircaseLayout *
build (Builder *b)
{
  double pad = b->f * 0.75, x0 = pad, x1, y0, y1, side_w;

  b->fits = TRUE;
  b->out = g_new0 (TrappaStaircaseLayout, 1);
  b->out->labels = g_ptr_array_new_with_free_func ((GDestroyNotify) trappa_chart_text_label_free);
  b->out->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_layout_free);
  b->out->legend = g_array_new (FALSE, TRUE, sizeof (TrappaLegendItem));
  b->out->side_boxes = g_array_new (FALSE, TRUE, sizeof (TrappaRect));
  b->out->width = b->width;
  b->out->height = b->height;
  b->out->style = b->style;
  b->out->font_px = b->f;
  b->category_names = g_ptr_array_new_with_free_func (g_free);

  collect (b);
  y0 = add_title (b, pad) + pad;
  y1 = add_legend (b, pad, add_caption (b, pad)) - pad;
  x1 = b->out->width - pad;
  side_w = add_side_counts (b, x1, y1, y0);
  if (side_w > 0)
    x1 -= side_w + pad;
  /* Too small to fit: still lay everything out so the caller can rely on
   * every step having its boxes; the font loop tries a smaller size. */
  if (x1 - x0 < b->f * 12 || y1 - y0 < b->f * 2)
    b->fits = FALSE;
  x1 = MAX (x1, x0 + 1);
  y1 = MAX (y1, y0 + 1);
  if (b->out->steps->len == 0)
    add_empty_message (b, x0, x1, y0, y1);
  else
    add_steps (b, x0, x1, y0, y1);

  g_clear_pointer (&b->category_names, g_ptr_array_unref);
  return g_steal_pointer (&b->out);
}

static gboolean
build_at (double   f,
          gpointer data)
{
  Builder *b = data;

  g_clear_pointer (&b->built, trappa_staircase_layout_free);
  b->f = f;
  b->built = build (b);
  return b->fits;
}

TrappaStaircaseLayout *
trappa_staircase_layout_new (TrappaPlan       *plan,
                             TrappaStaircase  *staircase,
                             double            width,
                             double            height,
                             TrappaChartStyle  style)
{
  return trappa_staircase_layout_new_at (plan, staircase, NULL, 0, width, height, style);
}

TrappaStaircaseLayout *
trappa_staircase_layout_new_at (TrappaPlan       *plan,
                                TrappaStaircase  *staircase,
                                const char       *scenario,
                                gint64            year,
                                double            width,
                                double            height,
                                TrappaChartStyle  style)
{
  g_autoptr(GArray) figures = g_array_new (FALSE, TRUE, sizeof (TrappaStepFigures));
  Builder b = { NULL, plan, staircase, NULL, trappa_chart_palette_get (style),
                width, height, style, 0, trappa_chart_style_smallest_px (style, SMALLEST_PX), FALSE, NULL,
                figures };
  double preferred = MAX (CLAMP (MIN (width / 1024.0, height / 768.0) * 16.0, PREFERRED_PX, LARGEST_PX),
                          b.smallest);
  double f;

  g_return_val_if_fail (TRAPPA_IS_STAIRCASE (staircase), NULL);

  g_array_set_size (figures, n_steps (&b));
  for (guint i = 0; i < figures->len; i++)
    trappa_step_figures_compute_at (plan, get_step (&b, i), scenario, year,
                                    &g_array_index (figures, TrappaStepFigures, i));
  trappa_title_cache_next_round ();
  b.context = trappa_chart_text_context_new ();
  /* The chart speaks the plan's language. */
  trappa_plan_language_push (plan);
  /* Largest size that fits; the smallest is used even when it does not
   * fit (a tiny widget), clipped to the boxes. */
  trappa_chart_style_fit_px (preferred, b.smallest, build_at, &b, &f);
  if (b.built->font_px != f)
    build_at (f, &b);
  trappa_plan_language_pop ();
  g_object_unref (b.context);
  return g_steal_pointer (&b.built);
}

void
trappa_staircase_layout_free (TrappaStaircaseLayout *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->legend, g_array_unref);
  g_clear_pointer (&self->side_boxes, g_array_unref);
  g_free (self);
}

GBytes *
trappa_staircase_layout_picture_key (TrappaStaircaseLayout *self)
{
  GByteArray *key = g_byte_array_new ();
  double head[] = { self->width, self->height, self->style, self->font_px };

  g_byte_array_append (key, (const guint8 *) head, sizeof head);
  for (guint i = 0; i < self->steps->len; i++)
    {
      const TrappaStepLayout *sl = self->steps->pdata[i];
      double marks[] = { sl->need_x, sl->highlighted, sl->parts->len };

      trappa_chart_rect_add_key (key, &sl->rect);
      trappa_chart_rect_add_key (key, &sl->track);
      trappa_chart_rect_add_key (key, &sl->supply);
      trappa_chart_rect_add_key (key, &sl->uncovered);
      g_byte_array_append (key, (const guint8 *) marks, sizeof marks);
      for (guint j = 0; j < sl->parts->len; j++)
        {
          const TrappaBarPart *part = &g_array_index (sl->parts, TrappaBarPart, j);

          trappa_chart_rect_add_key (key, &part->rect);
          g_byte_array_append (key, (const guint8 *) &part->colour, sizeof part->colour);
        }
    }
  for (guint i = 0; i < self->legend->len; i++)
    {
      const TrappaLegendItem *item = &g_array_index (self->legend, TrappaLegendItem, i);
      guint kind[] = { item->kind, item->colour };

      g_byte_array_append (key, (const guint8 *) kind, sizeof kind);
      trappa_chart_rect_add_key (key, &item->swatch);
    }
  for (guint i = 0; i < self->side_boxes->len; i++)
    trappa_chart_rect_add_key (key, &g_array_index (self->side_boxes, TrappaRect, i));
  trappa_chart_text_add_key (key, self->labels);
  return g_byte_array_free_to_bytes (key);
}

int
trappa_staircase_layout_hit (TrappaStaircaseLayout *self,
                             double                 x,
                             double                 y)
{
  for (guint i = 0; i < self->steps->len; i++)
    {
      TrappaStepLayout *sl = g_ptr_array_index (self->steps, i);

      if (trappa_rect_contains (&sl->rect, x, y))
        return (int) i;
    }
  return -1;
}

int
trappa_staircase_layout_find (TrappaStaircaseLayout *self,
                              const char            *step_id)
{
  for (guint i = 0; step_id != NULL && i < self->steps->len; i++)
    {
      TrappaStepLayout *sl = g_ptr_array_index (self->steps, i);

      if (g_strcmp0 (sl->id, step_id) == 0)
        return (int) i;
    }
  return -1;
}

void
trappa_staircase_layout_mark_target_group (TrappaStaircaseLayout *self,
                                           TrappaPlan            *plan,
                                           const char            *group_id)
{
  for (guint i = 0; i < self->steps->len; i++)
    {
      TrappaStepLayout *sl = g_ptr_array_index (self->steps, i);
      TrappaItem *step = trappa_plan_lookup (plan, sl->id);

      sl->highlighted = step != NULL && trappa_step_serves_group (plan, step, group_id);
    }
}
