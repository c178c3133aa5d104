/* chart-test-util.c: what the presentation tests of the charts share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "chart-test-util.h"

void
chart_test_init_english (int    *argc,
                         char ***argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_unsetenv ("LANGUAGE");
  g_test_init (argc, argv, NULL);
}

void
chart_assert_word_breaks (PangoLayout *layout)
{
  const char *shown = pango_layout_get_text (layout);

  g_assert_false (pango_layout_is_ellipsized (layout));
  for (int l = 1; l < pango_layout_get_line_count (layout); l++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, l);
      const char *before = g_utf8_find_prev_char (shown, shown + line->start_index);

      g_assert_nonnull (before);
      if (!g_unichar_isspace (g_utf8_get_char (before)))
        g_error ("“%s” is broken inside a word at line %d", shown, l + 1);
    }
}

void
chart_assert_whole_words (const char  *text,
                          PangoLayout *layout)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);
  const char *shown = pango_layout_get_text (layout);
  guint next = 0;
  gboolean cut = FALSE;

  chart_assert_word_breaks (layout);
  for (int l = 0; l < pango_layout_get_line_count (layout); l++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, l);
      g_autofree char *line_text = g_strndup (shown + line->start_index, line->length);
      g_auto(GStrv) line_words = NULL;

      g_strstrip (line_text);
      if (g_str_has_suffix (line_text, "…"))
        {
          line_text[strlen (line_text) - strlen ("…")] = '\0';
          cut = TRUE;
          g_assert_cmpint (l, ==, pango_layout_get_line_count (layout) - 1);
        }
      line_words = g_strsplit (line_text, " ", -1);
      for (guint w = 0; line_words[w] != NULL; w++)
        {
          while (words[next] != NULL && words[next][0] == '\0')
            next++;
          g_assert_nonnull (words[next]);
          g_assert_cmpstr (line_words[w], ==, words[next]);
          next++;
        }
    }
  while (words[next] != NULL && words[next][0] == '\0')
    next++;
  g_assert_cmpint (cut, ==, words[next] != NULL);
}
