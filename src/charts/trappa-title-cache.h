/* trappa-title-cache.h: card titles measured and fitted once, shared
 * between layouts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* What a title needs on one line, in px. */
typedef struct
{
  double whole;        /* all of it */
  double first_word;   /* its first word alone (without "…") */
  double widest_word;
} TrappaTitleMetrics;

/* Starts a new round of layouts: what neither this round nor the one
 * before it asked for is dropped, so the cache holds what the charts on
 * screen show and no more. */
void         trappa_title_cache_next_round (void);

/* @title's metrics in @probe's font (@probe's text is changed on a miss). */
void         trappa_title_cache_measure    (PangoLayout        *probe,
                                            const char         *title,
                                            TrappaTitleMetrics *metrics);

/* A layout in @probe's font showing @title as trappa_chart_text_fit_words
 * fits it to @width and @lines: shared, so only ever read and drawn. */
PangoLayout *trappa_title_cache_fit        (PangoLayout        *probe,
                                            const char         *title,
                                            double              width,
                                            int                 lines);

/* A layout in @probe's font and wrapping showing @text wrapped to @width
 * (<= 0: on one line), every line kept: shared, so only ever read and
 * drawn. */
PangoLayout *trappa_title_cache_wrap       (PangoLayout        *probe,
                                            const char         *text,
                                            double              width);

G_END_DECLS
