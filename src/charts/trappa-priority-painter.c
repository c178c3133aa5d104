/* trappa-priority-painter.c: draws a laid-out priority grid on any cairo_t
 *
 * Nothing here relies on colour alone: the quadrants are named and the
 * favoured one is hatched, the one to do last dotted (their names' pills
 * too, in every style, the projector's included), the third axis is a circle's size, an unscored one a dashed ring, the spread
 * a dashed ellipse, the selected card a thick outline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-priority-painter"

#include <math.h>
#include <pango/pangocairo.h>

#include "trappa-priority-painter.h"

static void
set_rgb (cairo_t         *cr,
         const TrappaRgb *rgb,
         double           alpha)
{
  cairo_set_source_rgba (cr, rgb->red, rgb->green, rgb->blue, alpha);
}

static void
rounded_rect (cairo_t                 *cr,
              const cairo_rectangle_t *r,
              double                   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, r->x + r->width - radius, r->y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, r->x + r->width - radius, r->y + r->height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, r->x + radius, r->y + r->height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, r->x + radius, r->y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
dashed (cairo_t *cr,
        double   length)
{
  double dash[] = { length, length };

  cairo_set_dash (cr, dash, 2, 0);
}

/* Quadrants 1 top left, 2 top right (high on both axes: do first), 3
 * bottom left (do last), 4 bottom right. */
#define FAVOURED_QUADRANT 2
#define LAST_QUADRANT     3

/* A quadrant's tint and pattern over @r: the favoured one green and
 * hatched, the one to do last dotted, so they read on a washed-out
 * projector and in greyscale print, not by colour alone. */
static void
draw_quadrant_area (cairo_t                    *cr,
                    const TrappaPriorityLayout *layout,
                    const TrappaChartPalette   *palette,
                    guint                       quadrant,
                    const cairo_rectangle_t    *r)
{
  double spacing = layout->font_px * 1.2;

  cairo_save (cr);
  cairo_rectangle (cr, r->x, r->y, r->width, r->height);
  cairo_clip (cr);
  set_rgb (cr, quadrant == FAVOURED_QUADRANT ? &palette->favoured_fill : &palette->quadrant_fill, 1.0);
  cairo_paint (cr);
  if (quadrant == FAVOURED_QUADRANT)
    {
      set_rgb (cr, &palette->favoured_ink, 0.5);
      cairo_set_line_width (cr, palette->hatch_width / 2);
      for (double x = r->x - r->height; x < r->x + r->width; x += spacing / 2)
        {
          cairo_move_to (cr, x, r->y + r->height);
          cairo_line_to (cr, x + r->height, r->y);
        }
      cairo_stroke (cr);
    }
  else if (quadrant == LAST_QUADRANT)
    {
      /* Rows of dots, every other row shifted half a step. */
      set_rgb (cr, &palette->step_outline, 0.4);
      for (int row = 0; r->y + row * spacing / 2 < r->y + r->height + spacing; row++)
        for (double x = r->x + (row % 2) * spacing / 2; x < r->x + r->width + spacing; x += spacing)
          {
            cairo_new_sub_path (cr);
            cairo_arc (cr, x, r->y + row * spacing / 2, palette->hatch_width * 0.6, 0, 2 * G_PI);
          }
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

static void
draw_grid (cairo_t                    *cr,
           const TrappaPriorityLayout *layout,
           const TrappaChartPalette   *palette)
{
  const cairo_rectangle_t *p = &layout->plot;

  for (guint q = 1; q <= 4; q++)
    draw_quadrant_area (cr, layout, palette, q,
                        &(cairo_rectangle_t) { p->x + (q % 2 == 0 ? p->width / 2 : 0),
                                               p->y + (q > 2 ? p->height / 2 : 0),
                                               p->width / 2, p->height / 2 });

  set_rgb (cr, &palette->step_outline, 1.0);
  cairo_set_line_width (cr, palette->line_width);
  cairo_rectangle (cr, p->x, p->y, p->width, p->height);
  cairo_stroke (cr);

  cairo_save (cr);
  dashed (cr, layout->font_px / 2);
  cairo_move_to (cr, p->x + p->width / 2, p->y);
  cairo_rel_line_to (cr, 0, p->height);
  cairo_move_to (cr, p->x, p->y + p->height / 2);
  cairo_rel_line_to (cr, p->width, 0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A quadrant's name on a patch of the quadrant's own shade ties the two. */
static void
draw_quadrant_pill (cairo_t                    *cr,
                    const TrappaPriorityLayout *layout,
                    const TrappaChartPalette   *palette,
                    const TrappaPriorityLabel  *label)
{
  PangoRectangle ink;
  cairo_rectangle_t pill;
  double pad = layout->font_px * 0.4;

  pango_layout_get_pixel_extents (label->text, NULL, &ink);
  pill = (cairo_rectangle_t) { label->box.x + ink.x - pad, label->box.y + ink.y - pad / 3,
                               ink.width + 2 * pad, ink.height + pad * 2 / 3 };
  cairo_save (cr);
  rounded_rect (cr, &pill, MIN (pill.height / 2, layout->font_px));
  cairo_clip (cr);
  draw_quadrant_area (cr, layout, palette, label->quadrant, &pill);
  cairo_restore (cr);
}

static void
draw_labels (cairo_t                    *cr,
             const TrappaPriorityLayout *layout,
             const TrappaChartPalette   *palette)
{
  for (guint i = 0; i < layout->labels->len; i++)
    {
      const TrappaPriorityLabel *label = layout->labels->pdata[i];

      cairo_save (cr);
      if (label->quadrant != 0)
        draw_quadrant_pill (cr, layout, palette, label);
      set_rgb (cr, &palette->text, 1.0);
      if (label->vertical)
        {
          cairo_translate (cr, label->box.x, label->box.y + label->box.height);
          cairo_rotate (cr, -G_PI / 2);
        }
      else
        cairo_translate (cr, label->box.x, label->box.y);
      pango_cairo_show_layout (cr, label->text);
      cairo_restore (cr);
    }
}

static void
draw_marker (cairo_t                  *cr,
             const TrappaChartPalette *palette,
             double                    x,
             double                    y,
             double                    radius,
             gboolean                  scored)
{
  cairo_save (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  if (scored)
    {
      set_rgb (cr, &palette->parts[0], 1.0);
      cairo_fill (cr);
    }
  else
    {
      set_rgb (cr, &palette->step_outline, 1.0);
      cairo_set_line_width (cr, palette->line_width);
      dashed (cr, MAX (radius / 3, 1.5));
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static void
draw_spread (cairo_t                  *cr,
             const TrappaChartPalette *palette,
             double                    x,
             double                    y,
             double                    rx,
             double                    ry,
             double                    dash)
{
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, MAX (rx, 1.5), MAX (ry, 1.5));
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_restore (cr);
  /* A room that disagrees has many ellipses a third of the grid wide,
   * repainted with every vote: the fill goes without antialiasing (the
   * outline covers its edge), the dashes with cairo's faster antialiasing,
   * which halves their cost on the projector. PDF and SVG ignore both. */
  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  set_rgb (cr, &palette->uncovered_fill, 0.45);
  cairo_fill_preserve (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  set_rgb (cr, &palette->uncovered_ink, 1.0);
  cairo_set_line_width (cr, palette->line_width);
  dashed (cr, dash);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_legend (cairo_t                    *cr,
             const TrappaPriorityLayout *layout,
             const TrappaChartPalette   *palette)
{
  for (guint i = 0; i < layout->legend->len; i++)
    {
      const TrappaPriorityMark *mark = &g_array_index (layout->legend, TrappaPriorityMark, i);

      if (mark->kind == TRAPPA_PRIORITY_MARK_SPREAD)
        draw_spread (cr, palette, mark->x, mark->y, mark->radius * 2, mark->radius, layout->font_px / 4);
      else
        draw_marker (cr, palette, mark->x, mark->y, mark->radius,
                     mark->kind == TRAPPA_PRIORITY_MARK_MARKER);
    }
}

/* Where a leader line ends on its card; FALSE when the card covers its
 * own point and there is no line. */
static gboolean
leader_end (const TrappaPriorityCard *card,
            double                   *x,
            double                   *y)
{
  const cairo_rectangle_t *r = &card->card;

  *x = CLAMP (card->anchor_x, r->x, r->x + r->width);
  *y = CLAMP (card->anchor_y, r->y, r->y + r->height);
  return hypot (*x - card->anchor_x, *y - card->anchor_y) >= 1.0;
}

/* A thin line from the card back to the exact point of its scores. */
static void
draw_leader (cairo_t                  *cr,
             const TrappaChartPalette *palette,
             const TrappaPriorityCard *card)
{
  double cx, cy;

  if (!leader_end (card, &cx, &cy))
    return;
  set_rgb (cr, &palette->text, 0.6);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, card->anchor_x, card->anchor_y);
  cairo_line_to (cr, cx, cy);
  cairo_stroke (cr);
  cairo_arc (cr, card->anchor_x, card->anchor_y, 2.5, 0, 2 * G_PI);
  cairo_fill (cr);
}

/* @text, bold and a little smaller than the cards', in @pill whose right
 * end is centred on (@x, @y), at least @min_height high: a circle round a
 * short text, longer round a longer one. */
static PangoLayout *
pill_text (const TrappaPriorityLayout *layout,
           const char                 *text,
           double                      x,
           double                      y,
           double                      min_height,
           cairo_rectangle_t          *pill)
{
  PangoLayout *badge = pango_layout_new (layout->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans Bold");
  int w, h;

  pango_font_description_set_absolute_size (font, MAX (layout->font_px * 0.8, layout->options.min_px) * PANGO_SCALE);
  pango_layout_set_font_description (badge, font);
  pango_layout_set_text (badge, text, -1);
  pango_layout_get_pixel_size (badge, &w, &h);
  pill->height = MAX (min_height, h + 2);
  pill->width = MAX (pill->height, w + pill->height * 0.6);
  pill->x = x + pill->height / 2 - pill->width;
  pill->y = y - pill->height / 2;
  return badge;
}

/* The pills on a card: a stack's count on its top right corner; the dots
 * of dot voting on the bottom right, a dot before the number so the two
 * read apart. Returns how many (up to two), with their texts (owned by
 * the caller), places and minimum heights. */
static guint
card_pills (const TrappaPriorityLayout *layout,
            const TrappaPriorityCard   *card,
            char                       *texts[2],
            double                      ys[2],
            gboolean                    accent[2])
{
  guint n = 0;

  if (card->stack > 1)
    {
      texts[n] = g_strdup_printf ("%u", card->stack);
      ys[n] = card->card.y;
      accent[n++] = FALSE;
    }
  if (card->dots > 0)
    {
      texts[n] = g_strdup_printf ("● %u", card->dots);
      ys[n] = card->card.y + card->card.height;
      accent[n++] = TRUE;
    }
  return n;
}

static double
pill_min_height (const TrappaPriorityLayout *layout,
                 gboolean                    accent)
{
  return layout->font_px * (accent ? 1.3 : 1.6);
}

static void
draw_pills (cairo_t                    *cr,
            const TrappaPriorityLayout *layout,
            const TrappaChartPalette   *palette,
            const TrappaPriorityCard   *card)
{
  char *texts[2];
  double ys[2];
  gboolean accent[2];
  guint n = card_pills (layout, card, texts, ys, accent);

  for (guint i = 0; i < n; i++)
    {
      cairo_rectangle_t pill;
      g_autoptr(PangoLayout) badge = pill_text (layout, texts[i], card->card.x + card->card.width, ys[i],
                                                pill_min_height (layout, accent[i]), &pill);
      int w, h;

      pango_layout_get_pixel_size (badge, &w, &h);
      rounded_rect (cr, &pill, pill.height / 2);
      set_rgb (cr, accent[i] ? &palette->accent : &palette->text, 1.0);
      cairo_fill (cr);
      set_rgb (cr, &palette->background, 1.0);
      cairo_move_to (cr, pill.x + (pill.width - w) / 2, pill.y + (pill.height - h) / 2);
      pango_cairo_show_layout (cr, badge);
      g_free (texts[i]);
    }
}

static void
draw_card (cairo_t                    *cr,
           const TrappaPriorityLayout *layout,
           const TrappaChartPalette   *palette,
           const TrappaPriorityCard   *card)
{
  const cairo_rectangle_t *r = &card->card;
  double corner = layout->font_px / 3;
  int text_h;

  /* A stack shows the edges of the cards under its top. */
  for (guint k = MIN (card->stack, 3) - 1; k > 0; k--)
    {
      cairo_rectangle_t under = { r->x + 3 * k, r->y + 3 * k, r->width, r->height };

      rounded_rect (cr, &under, corner);
      set_rgb (cr, &palette->background, 1.0);
      cairo_fill_preserve (cr);
      set_rgb (cr, &palette->step_outline, 1.0);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
    }

  rounded_rect (cr, r, corner);
  set_rgb (cr, &palette->background, 1.0);
  cairo_fill_preserve (cr);
  set_rgb (cr, card->selected ? &palette->accent : &palette->step_outline, 1.0);
  cairo_set_line_width (cr, card->selected ? palette->line_width * 2.5 : palette->line_width);
  cairo_stroke (cr);

  if (!layout->options.participants)
    draw_marker (cr, palette, r->x + layout->card_inset / 2, r->y + r->height / 2,
                 card->marker_radius, card->marker_scored);

  pango_layout_get_pixel_size (card->text, NULL, &text_h);
  set_rgb (cr, &palette->text, 1.0);
  cairo_move_to (cr, r->x + layout->card_inset, r->y + (r->height - text_h) / 2);
  pango_cairo_show_layout (cr, card->text);
}


void
trappa_priority_painter_draw_background (cairo_t                    *cr,
                                         const TrappaPriorityLayout *layout)
{
  const TrappaChartPalette *palette = trappa_chart_palette_get (layout->options.style);

  cairo_save (cr);
  set_rgb (cr, &palette->background, 1.0);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_fill (cr);

  draw_grid (cr, layout, palette);
  draw_labels (cr, layout, palette);
  draw_legend (cr, layout, palette);
  cairo_restore (cr);
}

gboolean
trappa_priority_painter_layer_extents (const TrappaPriorityLayout *layout,
                                       guint                       index,
                                       TrappaPriorityLayer         layer,
                                       cairo_rectangle_t          *extents)
{
  const TrappaChartPalette *palette = trappa_chart_palette_get (layout->options.style);
  const TrappaPriorityCard *card = layout->cards->pdata[index];
  double x0, y0, x1, y1, pad;

  if (card->stack_top >= 0)
    return FALSE;
  switch (layer)
    {
    case TRAPPA_PRIORITY_LAYER_SPREAD:
      if (!layout->options.merged || !card->placed || card->n_groups <= 1)
        return FALSE;
      pad = palette->line_width;
      x0 = card->anchor_x - MAX (card->spread_x, 1.5) - pad;
      x1 = card->anchor_x + MAX (card->spread_x, 1.5) + pad;
      y0 = card->anchor_y - MAX (card->spread_y, 1.5) - pad;
      y1 = card->anchor_y + MAX (card->spread_y, 1.5) + pad;
      break;
    case TRAPPA_PRIORITY_LAYER_LEADER:
      if (!card->placed || !leader_end (card, &x1, &y1))
        return FALSE;
      /* The dot at the point is 2.5 px round; the line 1 px wide. */
      x0 = MIN (card->anchor_x, x1) - 3;
      y0 = MIN (card->anchor_y, y1) - 3;
      x1 = MAX (card->anchor_x, x1) + 3;
      y1 = MAX (card->anchor_y, y1) + 3;
      break;
    case TRAPPA_PRIORITY_LAYER_CARD:
      /* The outline (thicker when selected), the edges of a stack's cards
       * below and right, the title's glyphs (which may reach past the
       * card). */
      pad = palette->line_width * 2.5;
      x0 = card->card.x - pad;
      y0 = card->card.y - pad;
      x1 = card->card.x + card->card.width + pad + 3 * (MIN (card->stack, 3) - 1);
      y1 = card->card.y + card->card.height + pad + 3 * (MIN (card->stack, 3) - 1);
      if (card->text != NULL)
        {
          PangoRectangle ink, logical;
          double top;

          pango_layout_get_pixel_extents (card->text, &ink, &logical);
          top = card->card.y + (card->card.height - logical.height) / 2;
          x0 = MIN (x0, card->card.x + layout->card_inset + ink.x);
          x1 = MAX (x1, card->card.x + layout->card_inset + ink.x + ink.width);
          y0 = MIN (y0, top + ink.y);
          y1 = MAX (y1, top + ink.y + ink.height);
        }
      break;
    case TRAPPA_PRIORITY_LAYER_PILLS:
    default:
      {
        char *texts[2];
        double ys[2];
        gboolean accent[2];
        guint n = card_pills (layout, card, texts, ys, accent);

        x0 = y0 = G_MAXDOUBLE;
        x1 = y1 = -G_MAXDOUBLE;
        for (guint i = 0; i < n; i++)
          {
            cairo_rectangle_t pill;
            g_autoptr(PangoLayout) badge = pill_text (layout, texts[i], card->card.x + card->card.width, ys[i],
                                                      pill_min_height (layout, accent[i]), &pill);

            x0 = MIN (x0, pill.x);
            y0 = MIN (y0, pill.y);
            x1 = MAX (x1, pill.x + pill.width);
            y1 = MAX (y1, pill.y + pill.height);
            g_free (texts[i]);
          }
        if (n == 0)
          return FALSE;
      }
      break;
    }
  /* A pixel more each way for antialiasing. */
  x0 = floor (x0) - 1, y0 = floor (y0) - 1, x1 = ceil (x1) + 1, y1 = ceil (y1) + 1;
  *extents = (cairo_rectangle_t) { x0, y0, x1 - x0, y1 - y0 };
  return TRUE;
}

void
trappa_priority_painter_draw_layer (cairo_t                    *cr,
                                    const TrappaPriorityLayout *layout,
                                    guint                       index,
                                    TrappaPriorityLayer         layer)
{
  const TrappaChartPalette *palette = trappa_chart_palette_get (layout->options.style);
  const TrappaPriorityCard *card = layout->cards->pdata[index];
  cairo_rectangle_t extents;

  if (!trappa_priority_painter_layer_extents (layout, index, layer, &extents))
    return;
  cairo_save (cr);
  if (layer == TRAPPA_PRIORITY_LAYER_SPREAD)
    draw_spread (cr, palette, card->anchor_x, card->anchor_y,
                 card->spread_x, card->spread_y, layout->font_px / 4);
  else if (layer == TRAPPA_PRIORITY_LAYER_LEADER)
    draw_leader (cr, palette, card);
  else if (layer == TRAPPA_PRIORITY_LAYER_CARD)
    draw_card (cr, layout, palette, card);
  else
    draw_pills (cr, layout, palette, card);
  cairo_restore (cr);
}

void
trappa_priority_painter_draw (cairo_t                    *cr,
                              const TrappaPriorityLayout *layout)
{
  trappa_priority_painter_draw_background (cr, layout);
  /* Spreads first, so no ellipse hides a card; then the leader lines,
   * the cards, and the pills after every card, so no card hides them. */
  for (TrappaPriorityLayer layer = 0; layer < TRAPPA_PRIORITY_N_LAYERS; layer++)
    for (guint i = 0; i < layout->cards->len; i++)
      trappa_priority_painter_draw_layer (cr, layout, i, layer);
}

void
trappa_priority_paint (cairo_t                     *cr,
                       TrappaPlan                  *plan,
                       const TrappaPriorityOptions *options,
                       double                       width,
                       double                       height)
{
  g_autoptr(TrappaPriorityLayout) layout = trappa_priority_layout_new (plan, options, width, height);

  trappa_priority_painter_draw (cr, layout);
}
