/* trappa-chart-text.c: labels, fills and marks the charts share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-chart-text"

#include <string.h>
#include <pango/pangocairo.h>

#include "trappa-chart-text.h"
#include "trappa-title-cache.h"
#include "trappa-plan-words.h"

#define FONT_FAMILY   "Cantarell, sans-serif"
#define HATCH_SPACING 8.0
#define MAX_LABEL_CHARS 150

PangoContext *
trappa_chart_text_context_new (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

/* An empty layout in the charts' font at @px, wrapping between words. */
static PangoLayout *
new_layout (PangoContext *context,
            double        px,
            gboolean      bold)
{
  static PangoFontDescription *family;
  g_autoptr(PangoFontDescription) font = NULL;
  PangoLayout *layout = pango_layout_new (context);

  /* Parsed once: layouts that try size after size make thousands. */
  if (g_once_init_enter (&family))
    g_once_init_leave (&family, pango_font_description_from_string (FONT_FAMILY));
  font = pango_font_description_copy_static (family);
  pango_font_description_set_absolute_size (font, px * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  trappa_chart_text_wrap_words (layout);
  return layout;
}

/* A label is a name or a caption: past MAX_LABEL_CHARS it is cut with
 * "…", so a long text (the model allows 1,000 characters in a name)
 * cannot make the layouts that try size after size slow. */
static char *
shown_text (const char *text)
{
  g_autofree char *head = NULL;

  if (!trappa_text_over_length (text, MAX_LABEL_CHARS))
    return g_strdup (text);
  head = g_utf8_substring (text, 0, MAX_LABEL_CHARS - 1);
  return g_strconcat (head, "…", NULL);
}

/* A label of @layout (taken), its box the text's logical extent. */
static TrappaChartLabel *
label_of (PangoLayout *layout)
{
  TrappaChartLabel *label = g_new0 (TrappaChartLabel, 1);
  PangoRectangle logical;

  label->layout = layout;
  pango_layout_get_extents (label->layout, NULL, &logical);
  label->box.width = (double) logical.width / PANGO_SCALE;
  label->box.height = (double) logical.height / PANGO_SCALE;
  return label;
}

TrappaChartLabel *
trappa_chart_text_label_new (PangoContext *context,
                             const char   *text,
                             double        wrap_width,
                             double        px,
                             gboolean      bold)
{
  PangoLayout *layout = new_layout (context, px, bold);
  g_autofree char *shown = shown_text (text);

  if (wrap_width > 0)
    pango_layout_set_width (layout, (int) (MAX (wrap_width, 1.0) * PANGO_SCALE));
  pango_layout_set_text (layout, shown, -1);
  return label_of (layout);
}

void
trappa_chart_text_wrap_words (PangoLayout *layout)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  /* Pango hyphenates a word it breaks ("Bustadsosi-alt"); a chart title
   * breaks between words or not at all. */
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
}

typedef struct
{
  int    start, end;  /* bytes */
  double x0, x1;      /* px, on one unwrapped line */
} Word;

/* The words of @text with where each starts and ends when @layout sets
 * @text on one line: one measurement for the whole title. */
static GArray *
measure_words (PangoLayout *layout,
               const char  *text)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (Word));
  PangoRectangle logical, pos;
  const char *p = text;

  pango_layout_set_width (layout, -1);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  while (*p != '\0')
    {
      Word word;

      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;
      word.start = p - text;
      while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      word.end = p - text;
      pango_layout_index_to_pos (layout, word.start, &pos);
      word.x0 = (double) pos.x / PANGO_SCALE;
      if (*p != '\0')
        pango_layout_index_to_pos (layout, word.end, &pos);
      else
        pos.x = logical.x + logical.width;
      word.x1 = (double) pos.x / PANGO_SCALE;
      g_array_append_val (words, word);
    }
  return words;
}

double
trappa_chart_text_widest_word (PangoLayout *layout,
                               const char  *text)
{
  g_autoptr(GArray) words = measure_words (layout, text);
  double widest = 0;

  for (guint i = 0; i < words->len; i++)
    {
      Word *w = &g_array_index (words, Word, i);

      widest = MAX (widest, w->x1 - w->x0);
    }
  return widest;
}

static double
text_width (PangoLayout *layout,
            const char  *text)
{
  int width;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static void
append_words (GString     *out,
              const char  *text,
              GArray      *words,
              guint        from,
              guint        to)
{
  for (guint i = from; i < to; i++)
    {
      Word *w = &g_array_index (words, Word, i);

      if (i > from)
        g_string_append_c (out, ' ');
      g_string_append_len (out, text + w->start, w->end - w->start);
    }
}

gboolean
trappa_chart_text_fit_words (PangoLayout *layout,
                             const char  *text,
                             double       width,
                             int          max_lines)
{
  g_autoptr(GArray) words = measure_words (layout, text);
  g_autoptr(GString) out = g_string_new (NULL);
  double ellipsis = text_width (layout, "…");
  int lines = 1;
  guint first = 0, next = 0;  /* the current line's words: [first, next) */

  /* A width computed by adding and subtracting pads may come back a hair
   * short of the text it was measured from. */
  width += 0.01;

  /* Greedy: each line takes the words that fit, on the one-line widths. */
  for (; next < words->len; next++)
    {
      double x0 = g_array_index (words, Word, first).x0;

      if (next > first && g_array_index (words, Word, next).x1 - x0 > width)
        {
          if (lines == max_lines)
            break;
          append_words (out, text, words, first, next);
          g_string_append_c (out, '\n');
          lines++;
          first = next;
        }
    }
  if (next < words->len)
    {
      /* The last line loses whole words until "…" fits after it; one word
       * stays even when too wide, cut below as the last resort. */
      double x0 = g_array_index (words, Word, first).x0;

      while (next > first + 1 && g_array_index (words, Word, next - 1).x1 - x0 + ellipsis > width)
        next--;
      append_words (out, text, words, first, next);
      g_string_append (out, "…");
    }
  else
    append_words (out, text, words, first, next);

  pango_layout_set_text (layout, out->str, -1);
  /* The line widths were summed from one measurement: a pixel of slack
   * keeps rounding from wrapping a line that fits. */
  pango_layout_set_width (layout, (int) ((MAX (width, 1.0) + 1.0) * PANGO_SCALE));
  trappa_chart_text_wrap_words (layout);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -max_lines);
  return next == words->len;
}

TrappaChartLabel *
trappa_chart_text_add (GPtrArray            *labels,
                       PangoContext         *context,
                       TrappaChartStyle      style,
                       const char           *text,
                       double                wrap_width,
                       double                px,
                       TrappaChartTextFlags  flags)
{
  gboolean bold = (flags & TRAPPA_CHART_TEXT_BOLD) || trappa_chart_palette_get (style)->bold_labels;
  g_autoptr(PangoLayout) probe = NULL;
  g_autofree char *shown = NULL;
  TrappaChartLabel *label;

  if (flags & TRAPPA_CHART_TEXT_SHARED)
    {
      probe = new_layout (context, px, bold);
      shown = shown_text (text);
      label = label_of (trappa_title_cache_wrap (probe, shown, wrap_width));
    }
  else
    label = trappa_chart_text_label_new (context, text, wrap_width, px, bold);
  g_ptr_array_add (labels, label);
  return label;
}

double
trappa_chart_text_widest_word_at (PangoContext     *context,
                                  TrappaChartStyle  style,
                                  const char       *text,
                                  double            px,
                                  gboolean          bold)
{
  g_autoptr(PangoLayout) probe = new_layout (context, px, bold || trappa_chart_palette_get (style)->bold_labels);
  TrappaTitleMetrics metrics;

  trappa_title_cache_measure (probe, text, &metrics);
  return metrics.widest_word;
}

void
trappa_chart_text_label_free (TrappaChartLabel *label)
{
  g_clear_object (&label->layout);
  g_free (label);
}

void
trappa_chart_set_rgb (cairo_t         *cr,
                      const TrappaRgb *rgb)
{
  cairo_set_source_rgb (cr, rgb->red, rgb->green, rgb->blue);
}

void
trappa_chart_rect_add_key (GByteArray       *key,
                           const TrappaRect *rect)
{
  /* Four doubles, no padding between them. */
  g_byte_array_append (key, (const guint8 *) rect, sizeof *rect);
}

void
trappa_chart_text_add_key (GByteArray *key,
                           GPtrArray  *labels)
{
  for (guint i = 0; i < labels->len; i++)
    {
      const TrappaChartLabel *label = labels->pdata[i];
      const PangoFontDescription *font = pango_layout_get_font_description (label->layout);
      const char *text = pango_layout_get_text (label->layout);
      gint32 format[] = {
        label->ink, pango_font_description_get_size (font), pango_font_description_get_weight (font),
        pango_layout_get_width (label->layout), pango_layout_get_height (label->layout),
        pango_layout_get_alignment (label->layout), pango_layout_get_indent (label->layout),
      };

      trappa_chart_rect_add_key (key, &label->box);
      g_byte_array_append (key, (const guint8 *) format, sizeof format);
      g_byte_array_append (key, (const guint8 *) text, strlen (text) + 1);
    }
}

void
trappa_chart_text_draw (cairo_t                  *cr,
                        const TrappaChartLabel   *label,
                        const TrappaChartPalette *palette)
{
  cairo_save (cr);
  trappa_chart_set_rgb (cr, label->ink == TRAPPA_CHART_INK_ON_PART ? &palette->text_on_part
                                                                  : &palette->text);
  cairo_move_to (cr, label->box.x, label->box.y);
  /* No pango_cairo_update_layout(): it sets the context's matrix, which
   * marks the layout changed and shapes it again at every paint. Text is
   * measured with hint metrics off, so the matrix changes nothing, and
   * cairo renders the glyphs at the surface's own scale. */
  pango_cairo_show_layout (cr, label->layout);
  cairo_restore (cr);
}

void
trappa_chart_fill_hatched (cairo_t          *cr,
                           const TrappaRect *r,
                           const TrappaRgb  *fill,
                           const TrappaRgb  *ink,
                           double            line_width,
                           gboolean          cross)
{
  if (r->width <= 0 || r->height <= 0)
    return;
  cairo_save (cr);
  cairo_rectangle (cr, r->x, r->y, r->width, r->height);
  trappa_chart_set_rgb (cr, fill);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  trappa_chart_set_rgb (cr, ink);
  cairo_set_line_width (cr, line_width);
  for (double x = r->x - r->height; x < r->x + r->width; x += HATCH_SPACING)
    {
      cairo_move_to (cr, x, r->y + r->height);
      cairo_line_to (cr, x + r->height, r->y);
      if (cross)
        {
          cairo_move_to (cr, x, r->y);
          cairo_line_to (cr, x + r->height, r->y + r->height);
        }
    }
  cairo_stroke (cr);
  cairo_restore (cr);
  cairo_rectangle (cr, r->x, r->y, r->width, r->height);
  trappa_chart_set_rgb (cr, ink);
  cairo_set_line_width (cr, line_width);
  cairo_stroke (cr);
}

void
trappa_chart_draw_need_marker (cairo_t                  *cr,
                               double                    x,
                               double                    top,
                               double                    bottom,
                               const TrappaChartPalette *palette,
                               gboolean                  dashed)
{
  static const double dash[] = { 4.0, 2.0 };

  cairo_save (cr);
  trappa_chart_set_rgb (cr, &palette->need_marker);
  cairo_set_line_width (cr, 3.0);
  if (dashed)
    cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, x, top);
  cairo_line_to (cr, x, bottom);
  cairo_stroke (cr);
  cairo_restore (cr);
}

char *
trappa_chart_text_caption (TrappaPlan *plan)
{
  const char *municipality = trappa_item_get_string (TRAPPA_ITEM (plan), "municipality");
  const char *title = trappa_item_get_string (TRAPPA_ITEM (plan), "title");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%d.%m.%Y");
  g_autofree char *source = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  /* Translators: the source line under a figure, e.g. "Source: Bustadplan
   * for Alver"; with no plan title, "Source: Trappa". */
  source = g_strdup_printf (_("Source: %s"), title[0] != '\0' ? title : "Trappa");
  if (municipality[0] != '\0')
    g_ptr_array_add (parts, (char *) municipality);
  g_ptr_array_add (parts, date);
  g_ptr_array_add (parts, source);
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}
