/* test-tool-charts.c: the stakeholder grid, the ROS matrix and the SWOT
 * chart at presentation size (1024 × 768) on Alver's and Bærum's plans,
 * in Nynorsk and Bokmål: every name, hazard and point breaks between
 * words only and ends in "…" after a whole word, a hazard keeps its
 * scores, and the chart speaks the plan's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "chart-test-util.h"
#include "trappa-chart-kind.h"
#include "trappa-matrix-layout.h"
#include "trappa-plan-file.h"
#include "trappa-ros.h"
#include "trappa-swot-layout.h"

#define W 1024
#define H 768

typedef struct
{
  const char *example;   /* a file in data/examples */
  const char *language;
  const char *quadrant;  /* the stakeholder grid's top-left quadrant */
} Case;

static const Case cases[] = {
  { "alver", "nn", "Hald nøgd" },
  { "alver", "nb", "Hold fornøyd" },
  { "baerum", "nn", "Hald nøgd" },
  { "baerum", "nb", "Hold fornøyd" },
};

/* One chart of one case. */
typedef struct
{
  const Case *c;
  const char *kind;
  const char *list;   /* the plan's list it shows */
} Test;

typedef struct
{
  TrappaPlan            *plan;
  const TrappaChartKind *kind;
  gpointer               layout;
  GListModel            *list;
} Fixture;

/* The case's plan in its language, and the chart laid out as presentation
 * mode does, at 1024 × 768. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const Test *test = data;
  g_autofree char *name = g_strconcat (test->c->example, ".trappa", NULL);
  g_autofree char *path = g_build_filename (SOURCE_EXAMPLESDIR, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TrappaChartRequest request = { NULL, TRAPPA_CHART_STYLE_PRESENTING, NULL, NULL };

  f->plan = trappa_plan_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_object_set (f->plan, "language", test->c->language, NULL);
  f->kind = trappa_chart_kind_find (test->kind, NULL);
  request.plan = f->plan;
  f->layout = f->kind->layout (f->kind, &request, W, H, NULL);
  f->list = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (f->plan), test->list));
  g_assert_cmpuint (g_list_model_get_n_items (f->list), >=, 4);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  f->kind->free (f->layout);
  g_object_unref (f->plan);
}

static void
assert_labels_break_between_words (GPtrArray *labels)
{
  for (guint i = 0; i < labels->len; i++)
    chart_assert_word_breaks (((TrappaChartLabel *) labels->pdata[i])->layout);
}

static gboolean
has_label (GPtrArray  *labels,
           const char *text)
{
  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (pango_layout_get_text (((TrappaChartLabel *) labels->pdata[i])->layout), text))
      return TRUE;
  return FALSE;
}

static void
test_stakeholders (Fixture       *f,
                   gconstpointer  data)
{
  const Test *test = data;
  TrappaMatrixLayout *layout = f->layout;

  g_assert_true (has_label (layout->labels, test->c->quadrant));
  assert_labels_break_between_words (layout->labels);
  g_assert_cmpuint (layout->chips->len, ==, g_list_model_get_n_items (f->list));
  for (guint i = 0; i < layout->chips->len; i++)
    {
      TrappaMatrixChip *chip = layout->chips->pdata[i];
      g_autoptr(TrappaItem) stakeholder = g_list_model_get_item (f->list, i);

      g_assert_cmpint (pango_layout_get_line_count (chip->label->layout), <=, 2);
      chart_assert_whole_words (trappa_item_get_string (stakeholder, "name"), chip->label->layout);
      /* Inside the grid, and readable from a few rows back. */
      g_assert_cmpfloat (chip->box.x + chip->box.width, <=, W);
      g_assert_cmpfloat (pango_font_description_get_size (pango_layout_get_font_description (chip->label->layout)),
                         >=, 11 * PANGO_SCALE);
    }
}

/* "R3 words of the hazard[…] (before → after)": the words whole and in
 * order, the scores always there. */
static void
assert_key_line (const char *shown,
                 guint       number,
                 TrappaItem *risk)
{
  g_autofree char *code = g_strdup_printf ("R%u ", number);
  g_autofree char *scores = g_strdup_printf (" (%" G_GINT64_FORMAT " → %" G_GINT64_FORMAT ")",
                                             trappa_risk_get_score (TRAPPA_RISK (risk), FALSE),
                                             trappa_risk_get_score (TRAPPA_RISK (risk), TRUE));
  g_autofree char *hazard = NULL;
  g_auto(GStrv) words = g_strsplit (trappa_item_get_string (risk, "hazard"), " ", -1);
  g_auto(GStrv) shown_words = NULL;
  gboolean cut;
  guint n;

  g_assert_true (g_str_has_prefix (shown, code));
  g_assert_true (g_str_has_suffix (shown, scores));
  hazard = g_strndup (shown + strlen (code), strlen (shown) - strlen (code) - strlen (scores));
  cut = g_str_has_suffix (hazard, "…");
  if (cut)
    hazard[strlen (hazard) - strlen ("…")] = '\0';
  shown_words = g_strsplit (hazard, " ", -1);
  n = g_strv_length (shown_words);
  g_assert_cmpuint (n, >=, 1);
  for (guint w = 0; w < n; w++)
    g_assert_cmpstr (shown_words[w], ==, words[w]);
  g_assert_cmpint (cut, ==, words[n] != NULL);
}

static void
test_ros (Fixture       *f,
          gconstpointer  data)
{
  TrappaMatrixLayout *layout = f->layout;
  guint found = 0;

  assert_labels_break_between_words (layout->labels);
  for (guint i = 0; i < layout->chips->len; i++)
    chart_assert_word_breaks (((TrappaMatrixChip *) layout->chips->pdata[i])->label->layout);
  for (guint i = 0; i < g_list_model_get_n_items (f->list); i++)
    {
      g_autoptr(TrappaItem) risk = g_list_model_get_item (f->list, i);
      g_autofree char *code = g_strdup_printf ("R%u ", i + 1);

      for (guint l = 0; l < layout->labels->len; l++)
        {
          const char *shown = pango_layout_get_text (((TrappaChartLabel *) layout->labels->pdata[l])->layout);

          if (g_str_has_prefix (shown, code))
            {
              assert_key_line (shown, i + 1, risk);
              found++;
            }
        }
    }
  g_assert_cmpuint (found, ==, g_list_model_get_n_items (f->list));
}

static void
test_swot (Fixture       *f,
           gconstpointer  data)
{
  TrappaSwotLayout *layout = f->layout;

  assert_labels_break_between_words (layout->labels);
  g_assert_cmpuint (layout->items->len, ==, g_list_model_get_n_items (f->list));
  for (guint i = 0; i < layout->items->len; i++)
    {
      g_autoptr(TrappaItem) point = g_list_model_get_item (f->list, i);
      g_autofree char *text = g_strdup_printf ("• %s", trappa_item_get_string (point, "text"));

      chart_assert_whole_words (text, ((TrappaSwotItem *) layout->items->pdata[i])->label->layout);
    }
}

int
main (int   argc,
      char *argv[])
{
  static const struct
  {
    const char *kind;
    const char *list;
    void      (*func) (Fixture *, gconstpointer);
  } charts[] = {
    { "stakeholders", "stakeholders", test_stakeholders },
    { "ros", "risks", test_ros },
    { "swot", "swot-points", test_swot },
  };
  g_autoptr(GPtrArray) tests = g_ptr_array_new_with_free_func (g_free);

  chart_test_init_english (&argc, &argv);
  for (guint k = 0; k < G_N_ELEMENTS (charts); k++)
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        Test *test = g_new (Test, 1);
        g_autofree char *path = g_strdup_printf ("/charts/presentation/%s/%s-%s", charts[k].kind,
                                                 cases[i].example, cases[i].language);

        *test = (Test) { &cases[i], charts[k].kind, charts[k].list };
        g_ptr_array_add (tests, test);
        g_test_add (path, Fixture, test, fixture_set_up, charts[k].func, fixture_tear_down);
      }
  return g_test_run ();
}
