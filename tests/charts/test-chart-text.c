/* test-chart-text.c: chart labels stay bounded whatever the plan holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-chart-text.h"
#include "trappa-limits.h"

/* A name at the model's limit is cut with "…" in a label, so laying out
 * a chart does not grow with it. */
static void
test_long_label_ellipsized (void)
{
  PangoContext *context = trappa_chart_text_context_new ();
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *start = NULL;
  TrappaChartLabel *label;
  const char *shown;

  while (g_utf8_strlen (name->str, -1) < TRAPPA_MAX_LINE_TEXT - 10)
    g_string_append (name, "Bustad med ");
  label = trappa_chart_text_label_new (context, name->str, 200, 14, FALSE);
  shown = pango_layout_get_text (label->layout);
  g_assert_true (g_str_has_suffix (shown, "…"));
  g_assert_cmpint (g_utf8_strlen (shown, -1), <=, 150);
  start = g_utf8_substring (shown, 0, 20);
  g_assert_true (g_str_has_prefix (name->str, start));
  trappa_chart_text_label_free (label);

  label = trappa_chart_text_label_new (context, "Eigen bustad", 200, 14, FALSE);
  g_assert_cmpstr (pango_layout_get_text (label->layout), ==, "Eigen bustad");
  trappa_chart_text_label_free (label);
  g_object_unref (context);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trappa/charts/text/long-label-ellipsized", test_long_label_ellipsized);
  return g_test_run ();
}
