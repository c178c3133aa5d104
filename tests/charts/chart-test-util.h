/* chart-test-util.h: what the presentation tests of the charts share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* g_test_init() on an English desktop, with Trappa's catalogues from the
 * build: a chart must speak its plan's language all the same. */
void chart_test_init_english   (int          *argc,
                                char       ***argv);

/* Each line of @layout, which shows @text fitted to its box, holds whole
 * words of @text, in order; the last ends in "…" exactly when words are
 * left out; and Pango cut nothing short (which would cut a word). */
void chart_assert_whole_words  (const char  *text,
                                PangoLayout *layout);

/* Every line of @layout starts at the start of its text or after a
 * space or a line break, and Pango cut nothing short: whatever the text,
 * no word is broken. */
void chart_assert_word_breaks  (PangoLayout *layout);

G_END_DECLS
