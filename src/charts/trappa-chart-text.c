/* trappa-chart-text.c: labels, fills and marks the charts share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-chart-text"

#include <pango/pangocairo.h>

#include "trappa-chart-text.h"

#define FONT_FAMILY   "Cantarell, sans-serif"
#define HATCH_SPACING 8.0

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

TrappaChartLabel *
trappa_chart_text_label_new (PangoContext *context,
                             const char   *text,
                             double        wrap_width,
                             double        px,
                             gboolean      bold)
{
  TrappaChartLabel *label = g_new0 (TrappaChartLabel, 1);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);
  PangoRectangle logical;

  pango_font_description_set_absolute_size (font, px * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  label->layout = pango_layout_new (context);
  pango_layout_set_font_description (label->layout, font);
  pango_layout_set_wrap (label->layout, PANGO_WRAP_WORD_CHAR);
  if (wrap_width > 0)
    pango_layout_set_width (label->layout, (int) (MAX (wrap_width, 1.0) * PANGO_SCALE));
  pango_layout_set_text (label->layout, text, -1);
  pango_layout_get_extents (label->layout, NULL, &logical);
  label->box.width = (double) logical.width / PANGO_SCALE;
  label->box.height = (double) logical.height / PANGO_SCALE;
  return label;
}

TrappaChartLabel *
trappa_chart_text_add (GPtrArray        *labels,
                       PangoContext     *context,
                       TrappaChartStyle  style,
                       const char       *text,
                       double            wrap_width,
                       double            px,
                       gboolean          bold)
{
  TrappaChartLabel *label =
    trappa_chart_text_label_new (context, text, wrap_width, px,
                                 bold || trappa_chart_palette_get (style)->bold_labels);

  g_ptr_array_add (labels, label);
  return label;
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
trappa_chart_text_draw (cairo_t                  *cr,
                        const TrappaChartLabel   *label,
                        const TrappaChartPalette *palette)
{
  cairo_save (cr);
  trappa_chart_set_rgb (cr, label->ink == TRAPPA_CHART_INK_ON_PART ? &palette->text_on_part
                                                                  : &palette->text);
  cairo_move_to (cr, label->box.x, label->box.y);
  pango_cairo_update_layout (cr, label->layout);
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
