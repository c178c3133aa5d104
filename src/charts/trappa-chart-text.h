/* trappa-chart-text.h: labels, fills and marks the charts share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "trappa-staircase-layout.h"

G_BEGIN_DECLS

/* A Pango context with unhinted metrics: text measures the same on every
 * surface (widget, PNG, SVG, PDF) and at every scale. */
PangoContext     *trappa_chart_text_context_new (void);

/* A label whose box is its text's logical extent at @px; @wrap_width > 0
 * wraps the text to that width. */
TrappaChartLabel *trappa_chart_text_label_new   (PangoContext             *context,
                                                 const char               *text,
                                                 double                    wrap_width,
                                                 double                    px,
                                                 gboolean                  bold);
void              trappa_chart_text_label_free  (TrappaChartLabel         *label);
typedef enum
{
  TRAPPA_CHART_TEXT_PLAIN  = 0,
  TRAPPA_CHART_TEXT_BOLD   = 1 << 0,
  /* The label's layout is shared with every label of the same text, size
   * and wrap width (trappa-title-cache.h), already shaped when asked for
   * again: never change it. */
  TRAPPA_CHART_TEXT_SHARED = 1 << 1,
} TrappaChartTextFlags;

/* The same, added to @labels (which owns it); bold also in @style's
 * palettes that ask for bold labels. */
TrappaChartLabel *trappa_chart_text_add         (GPtrArray                *labels,
                                                 PangoContext             *context,
                                                 TrappaChartStyle          style,
                                                 const char               *text,
                                                 double                    wrap_width,
                                                 double                    px,
                                                 TrappaChartTextFlags      flags);

/* Sets @layout's text to @text in at most @max_lines lines no wider than
 * @width, broken only between words (no hyphen is ever added); what does
 * not fit ends in "…" after the last whole word that does. Only a single
 * word wider than @width is cut inside. Returns whether all of @text fits. */
gboolean          trappa_chart_text_fit_words   (PangoLayout              *layout,
                                                 const char               *text,
                                                 double                    width,
                                                 int                       max_lines);
/* The widest word of @text set in @layout's font, in px. */
double            trappa_chart_text_widest_word (PangoLayout              *layout,
                                                 const char               *text);
/* The widest word of @text as a label of @style at @px shows it, measured
 * once (trappa-title-cache.h). */
double            trappa_chart_text_widest_word_at (PangoContext          *context,
                                                    TrappaChartStyle       style,
                                                    const char            *text,
                                                    double                 px,
                                                    gboolean               bold);
/* Wraps @layout at word boundaries only, without hyphens. */
void              trappa_chart_text_wrap_words  (PangoLayout              *layout);

/* A figure's caption: the municipality, today's date and the source (the
 * plan's title). */
char             *trappa_chart_text_caption     (TrappaPlan               *plan);

/* Appends to @key what of each of @labels paints: box, ink, text, font
 * and wrapping (a kind's picture key, trappa-chart-kind.h). */
void              trappa_chart_text_add_key     (GByteArray               *key,
                                                 GPtrArray                *labels);
/* Appends @rect to @key. */
void              trappa_chart_rect_add_key     (GByteArray               *key,
                                                 const TrappaRect         *rect);

void              trappa_chart_text_draw        (cairo_t                  *cr,
                                                 const TrappaChartLabel   *label,
                                                 const TrappaChartPalette *palette);

void              trappa_chart_set_rgb          (cairo_t                  *cr,
                                                 const TrappaRgb          *rgb);
/* Fills @rect with @fill, hatches it with @ink (one diagonal, or both
 * when @cross) and outlines it: a pattern that reads without colour. */
void              trappa_chart_fill_hatched     (cairo_t                  *cr,
                                                 const TrappaRect         *rect,
                                                 const TrappaRgb          *fill,
                                                 const TrappaRgb          *ink,
                                                 double                    line_width,
                                                 gboolean                  cross);
/* The need marker: a thick vertical line at @x from @top to @bottom,
 * dashed when @dashed (the gap chart, where it crosses hatched bars). */
void              trappa_chart_draw_need_marker (cairo_t                  *cr,
                                                 double                    x,
                                                 double                    top,
                                                 double                    bottom,
                                                 const TrappaChartPalette *palette,
                                                 gboolean                  dashed);

G_END_DECLS
