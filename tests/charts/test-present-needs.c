/* test-present-needs.c: the gap and need charts read from the back row:
 * at 1024 × 768 in presentation style every text is 24 px or more (the
 * need chart's title larger), inside the chart and clear of every other
 * text, in the plan's language under an English desktop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <libintl.h>

#include "trappa-chart-text.h"
#include "trappa-gap-layout.h"
#include "trappa-need-layout.h"
#include "trappa-plan-file.h"

#define W 1024
#define H 768

typedef struct
{
  const char *language;   /* "": the desktop's (English) */
  const char *units_today;
  const char *supply;
} Case;

static const Case cases[] = {
  { "nn", "Einingar i dag", "Tilbod" },
  { "nb", "Enheter i dag", "Tilbud" },
  { "", "Units today", "Supply" },
};

static TrappaPlan *
load_alver (const char *language)
{
  g_autofree char *path = g_build_filename (SOURCE_EXAMPLESDIR, "alver.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TrappaPlan *plan = trappa_plan_file_load (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_object_set (plan, "language", language, NULL);
  return plan;
}

static double
font_px (const TrappaChartLabel *label)
{
  const PangoFontDescription *font = pango_layout_get_font_description (label->layout);

  g_assert_true (pango_font_description_get_size_is_absolute (font));
  return (double) pango_font_description_get_size (font) / PANGO_SCALE;
}

/* Every label at 24 px or more, whole inside the chart, overlapping no
 * other label; the text of one of them is @word. */
static void
assert_readable (GPtrArray  *labels,
                 const char *word)
{
  gboolean found = FALSE;

  g_assert_cmpuint (labels->len, >, 5);
  for (guint i = 0; i < labels->len; i++)
    {
      const TrappaChartLabel *label = labels->pdata[i];
      const TrappaRect *a = &label->box;

      found |= g_str_equal (pango_layout_get_text (label->layout), word);
      g_assert_cmpfloat (font_px (label), >=, TRAPPA_CHART_PRESENTATION_PX);
      g_assert_cmpfloat (a->x, >=, 0);
      g_assert_cmpfloat (a->y, >=, 0);
      g_assert_cmpfloat (a->x + a->width, <=, W);
      g_assert_cmpfloat (a->y + a->height, <=, H);
      for (guint j = i + 1; j < labels->len; j++)
        {
          const TrappaRect *b = &((TrappaChartLabel *) labels->pdata[j])->box;

          g_assert_false (a->x < b->x + b->width && b->x < a->x + a->width &&
                          a->y < b->y + b->height && b->y < a->y + a->height);
        }
    }
  g_assert_true (found);
}

static void
test_gap (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(TrappaPlan) plan = load_alver (c->language);
  g_autoptr(TrappaGapLayout) layout = trappa_gap_layout_new (plan, NULL, NULL, 0, W, H,
                                                             TRAPPA_CHART_STYLE_PRESENTING);
  gint64 horizon = trappa_item_get_int (TRAPPA_ITEM (plan), "horizon");

  g_assert_null (layout->message);
  g_assert_cmpfloat (layout->font_px, >=, TRAPPA_CHART_PRESENTATION_PX);
  assert_readable (layout->labels, c->units_today);
  /* Years give way to type, but every step keeps its bar at the horizon
   * and its rows fit above the legend. */
  g_assert_cmpuint (layout->groups->len, >=, 5);
  for (guint i = 0; i < layout->groups->len; i++)
    {
      TrappaGapGroup *group = layout->groups->pdata[i];
      const TrappaGapRow *last;

      g_assert_cmpuint (group->rows->len, >=, 1);
      last = &g_array_index (group->rows, TrappaGapRow, group->rows->len - 1);
      g_assert_cmpint (last->year, ==, horizon);
      g_assert_cmpfloat (group->rect.y + group->rect.height, <=,
                         g_array_index (layout->legend, TrappaGapLegendItem, 0).swatch.y);
    }
  /* The desktop's language is left as it was: English. */
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Units today"), ==, "Units today");
}

static void
test_need (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(TrappaPlan) plan = load_alver (c->language);
  g_autoptr(TrappaNeedLayout) layout = trappa_need_layout_new (plan, NULL, NULL, W, H,
                                                               TRAPPA_CHART_STYLE_PRESENTING);

  g_assert_null (layout->message);
  g_assert_cmpuint (layout->lines->len, >=, 2);
  g_assert_cmpfloat (font_px (layout->title), >, TRAPPA_CHART_PRESENTATION_PX);
  assert_readable (layout->labels, c->supply);
  /* The plot keeps room to read: wider than it is tall would be on a
   * slide, but at least half the surface each way. */
  g_assert_cmpfloat (layout->plot.width, >=, W / 2);
  g_assert_cmpfloat (layout->plot.height, >=, H / 2);
}

/* Outside presentation the charts still shrink their type to fit. */
static void
test_small_outside_presentation (void)
{
  g_autoptr(TrappaPlan) plan = load_alver ("nn");
  g_autoptr(TrappaGapLayout) gap = trappa_gap_layout_new (plan, NULL, NULL, 0, 600, 400, TRAPPA_CHART_STYLE_NORMAL);
  g_autoptr(TrappaGapLayout) presented = trappa_gap_layout_new (plan, NULL, NULL, 0, 600, 400,
                                                                TRAPPA_CHART_STYLE_PRESENTING);

  g_assert_cmpfloat (gap->font_px, <, TRAPPA_CHART_PRESENTATION_PX);
  g_assert_cmpuint (((TrappaGapGroup *) gap->groups->pdata[0])->rows->len, ==, 3);
  g_assert_cmpfloat (presented->font_px, >=, TRAPPA_CHART_PRESENTATION_PX);
  g_assert_cmpuint (((TrappaGapGroup *) presented->groups->pdata[0])->rows->len, <, 3);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);

  /* An English desktop; the plan in Nynorsk, Bokmål or (no language)
   * the desktop's. */
  g_test_add_data_func ("/trappa/charts/present-needs/gap-nn", &cases[0], test_gap);
  g_test_add_data_func ("/trappa/charts/present-needs/gap-nb", &cases[1], test_gap);
  g_test_add_data_func ("/trappa/charts/present-needs/gap-en", &cases[2], test_gap);
  g_test_add_data_func ("/trappa/charts/present-needs/need-nn", &cases[0], test_need);
  g_test_add_data_func ("/trappa/charts/present-needs/need-nb", &cases[1], test_need);
  g_test_add_data_func ("/trappa/charts/present-needs/need-en", &cases[2], test_need);
  g_test_add_func ("/trappa/charts/present-needs/small-outside-presentation", test_small_outside_presentation);
  return g_test_run ();
}
