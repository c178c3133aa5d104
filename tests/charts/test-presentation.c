/* test-presentation.c: the priority grid read from the back row: at
 * 1024 × 768 in presentation sizes every text is 24 px or more, card
 * titles break between words only, no card covers another and the
 * quadrants' names stay whole inside the chart, in every language; the
 * gap and need charts likewise (every text inside the chart and clear of
 * the others); and charts speak the plan's language under an English
 * desktop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "chart-test-util.h"
#include "trappa-chart-text.h"
#include "trappa-gap-layout.h"
#include "trappa-need-layout.h"
#include "trappa-plan-file.h"
#include "trappa-priority-layout.h"
#include "trappa-priority-painter.h"

#define W 1024
#define H 768

/* The plan's language; "" (no plan has that) leaves the desktop's. */
static void
set_language (TrappaPlan *plan,
              const char *language)
{
  g_object_set (plan, "language", language, NULL);
}

static TrappaPlan *
load_alver (void)
{
  g_autofree char *path = g_build_filename (SOURCE_EXAMPLESDIR, "alver.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TrappaPlan *plan = trappa_plan_file_load (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

/* Sixty measures with titles as long as real ones, scored all over. */
static TrappaPlan *
sixty_measures (void)
{
  static const char * const words[] = {
    "Kvardagsrehabilitering", "bustad", "for", "personar", "med", "rusproblem", "og",
    "psykiske", "lidingar", "Tilvisingsavtale", "private", "utbyggjarar", "Startlån",
    "til", "vanskelegstilte", "Bustadsosialt", "team", "i", "heile", "kommunen",
    "Omsorgsbustader", "livsløpsstandard", "Miljøvaktmeister", "kommunale", "bustader",
  };
  TrappaPlan *plan = trappa_plan_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (60);

  for (guint i = 0; i < 60; i++)
    {
      g_autoptr(GString) title = g_string_new (NULL);
      g_autoptr(TrappaMeasure) measure = NULL;
      guint n = g_rand_int_range (rand, 2, 8);

      for (guint w = 0; w < n; w++)
        g_string_append_printf (title, "%s%s", w > 0 ? " " : "",
                                words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      measure = trappa_measure_new (title->str);
      trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_ITEM (measure));
      g_assert_true (trappa_measure_set_score (measure, plan, "", "haster", g_rand_int_range (rand, 0, 101), NULL));
      g_assert_true (trappa_measure_set_score (measure, plan, "", "kostbart", g_rand_int_range (rand, 0, 101), NULL));
      g_assert_true (trappa_measure_set_score (measure, plan, "", "innflytelse", g_rand_int_range (rand, 0, 101), NULL));
    }
  return plan;
}

static TrappaPriorityLayout *
presentation_layout (TrappaPlan *plan)
{
  TrappaPriorityOptions options;

  trappa_priority_options_init (&options);
  options.font_scale = 1.6;
  options.min_px = TRAPPA_CHART_PRESENTATION_PX;
  options.editing = FALSE;
  return trappa_priority_layout_new (plan, &options, W, H);
}

static double
font_px (PangoLayout *layout)
{
  const PangoFontDescription *font = pango_layout_get_font_description (layout);

  g_assert_true (pango_font_description_get_size_is_absolute (font));
  return (double) pango_font_description_get_size (font) / PANGO_SCALE;
}

static void
assert_readable (TrappaPriorityLayout *layout)
{
  TrappaPriorityLabel *title = layout->labels->pdata[0];

  /* The title (the group shown) is larger than the rest. */
  g_assert_cmpfloat (font_px (title->text), >, TRAPPA_CHART_PRESENTATION_PX);
  for (guint i = 0; i < layout->labels->len; i++)
    {
      TrappaPriorityLabel *label = layout->labels->pdata[i];
      PangoRectangle ink;

      g_assert_cmpfloat (font_px (label->text), >=, TRAPPA_CHART_PRESENTATION_PX);
      g_assert_cmpfloat (label->box.x, >=, 0);
      g_assert_cmpfloat (label->box.y, >=, 0);
      g_assert_cmpfloat (label->box.x + label->box.width, <=, W);
      g_assert_cmpfloat (label->box.y + label->box.height, <=, H);
      if (label->quadrant == 0)
        continue;
      /* A quadrant's name is whole: not shortened, inside its box. */
      pango_layout_get_pixel_extents (label->text, &ink, NULL);
      g_assert_false (pango_layout_is_ellipsized (label->text));
      g_assert_cmpint (ink.width, <=, label->box.width);
      g_assert_cmpint (ink.y + ink.height, <=, label->box.height + 1);
    }

  for (guint i = 0; i < layout->cards->len; i++)
    {
      TrappaPriorityCard *card = layout->cards->pdata[i];
      int width;

      g_assert_cmpfloat (font_px (card->text), >=, TRAPPA_CHART_PRESENTATION_PX);
      /* Fanned out, never stacked: every card is shown. */
      g_assert_cmpint (card->stack_top, ==, -1);
      g_assert_cmpuint (card->stack, ==, 1);
      g_assert_cmpint (pango_layout_get_line_count (card->text), <=, 2);
      chart_assert_whole_words (card->title, card->text);
      pango_layout_get_pixel_size (card->text, &width, NULL);
      g_assert_cmpfloat (layout->card_inset + width, <=, card->card.width);
      for (guint j = i + 1; j < layout->cards->len; j++)
        {
          const cairo_rectangle_t *a = &card->card;
          const cairo_rectangle_t *b = &((TrappaPriorityCard *) layout->cards->pdata[j])->card;

          g_assert_false (a->x < b->x + b->width && b->x < a->x + a->width &&
                          a->y < b->y + b->height && b->y < a->y + a->height);
        }
    }
}

static void
test_readable (gconstpointer data)
{
  const char *language = data;
  g_autoptr(TrappaPlan) alver = load_alver ();
  g_autoptr(TrappaPlan) sixty = sixty_measures ();

  set_language (alver, language);
  set_language (sixty, language);
  {
    g_autoptr(TrappaPriorityLayout) layout = presentation_layout (alver);

    TrappaPriorityLabel *top_right = layout->labels->pdata[2];

    g_assert_cmpuint (layout->cards->len, >=, 15);
    /* Told apart by the language, the longest quadrant name. */
    g_assert_cmpuint (top_right->quadrant, ==, 2);
    g_assert_cmpstr (pango_layout_get_text (top_right->text), ==,
                     g_str_equal (language, "nn") ? "Lågthengande frukter"
                     : g_str_equal (language, "nb") ? "Lavthengende frukter" : "Low-hanging fruit");
    assert_readable (layout);
    /* The desktop's language is left as it was: English. */
    g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Low-hanging fruit"), ==, "Low-hanging fruit");
  }
  {
    g_autoptr(TrappaPriorityLayout) layout = presentation_layout (sixty);

    g_assert_cmpuint (layout->cards->len, ==, 60);
    assert_readable (layout);
  }
}

/* Titles break between words only and end in "…" on a whole word. */
static void
test_fit_words (void)
{
  PangoContext *context = trappa_chart_text_context_new ();
  g_autoptr(PangoLayout) layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");
  double narrow;

  pango_font_description_set_absolute_size (font, 24 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  narrow = trappa_chart_text_widest_word (layout, "Bustadsosialt team");

  g_assert_true (trappa_chart_text_fit_words (layout, "Bustadsosialt team", narrow, 2));
  g_assert_cmpstr (pango_layout_get_text (layout), ==, "Bustadsosialt\nteam");
  g_assert_false (trappa_chart_text_fit_words (layout, "Bustadsosialt team for alle", narrow * 1.3, 1));
  g_assert_cmpstr (pango_layout_get_text (layout), ==, "Bustadsosialt…");
  g_assert_true (trappa_chart_text_fit_words (layout, "Team", narrow, 1));
  g_assert_cmpstr (pango_layout_get_text (layout), ==, "Team");
  g_object_unref (context);
}

/* A file or a slide has no editing hints; done measures leave the grid
 * and the ranking unless their filter asks for them. */
static void
test_hints_and_done (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(TrappaMeasure) unscored = trappa_measure_new ("Ikkje vurdert");
  g_autoptr(TrappaMeasure) done = trappa_measure_new ("Gjennomført tiltak");
  TrappaPriorityOptions options;

  set_language (plan, "");
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_ITEM (unscored));
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_ITEM (done));
  trappa_plan_set_string (plan, TRAPPA_ITEM (done), "status", TRAPPA_MEASURE_STATUS_DONE, NULL);

  for (guint editing = 0; editing < 2; editing++)
    {
      g_autoptr(TrappaPriorityLayout) layout = NULL;
      gboolean hint = FALSE;

      trappa_priority_options_init (&options);
      options.editing = editing;
      layout = trappa_priority_layout_new (plan, &options, W, H);
      g_assert_cmpuint (layout->cards->len, ==, 1);
      g_assert_cmpstr (((TrappaPriorityCard *) layout->cards->pdata[0])->title, ==, "Ikkje vurdert");
      for (guint i = 0; i < layout->labels->len; i++)
        hint |= strstr (pango_layout_get_text (((TrappaPriorityLabel *) layout->labels->pdata[i])->text),
                        "drag") != NULL;
      g_assert_cmpint (hint, ==, editing);
    }

  options.status = TRAPPA_MEASURE_STATUS_DONE;
  g_assert_true (trappa_priority_options_accepts (&options, done));
  g_assert_false (trappa_priority_options_accepts (&options, unscored));
}

typedef struct
{
  const char *language;   /* "": the desktop's (English) */
  const char *units_today;
  const char *supply;
  const char *gap_title;
} Case;

static const Case languages[] = {
  { "nn", "Einingar i dag", "Tilbod", "Behov og gap per trinn" },
  { "nb", "Enheter i dag", "Tilbud", "Behov og gap per trinn" },
  { "", "Units today", "Supply", "Need and gap per step" },
};

static TrappaPlan *
load_alver_in (const char *language)
{
  TrappaPlan *plan = load_alver ();

  set_language (plan, language);
  return plan;
}

static double
label_px (const TrappaChartLabel *label)
{
  return font_px (label->layout);
}

/* Every label at 24 px or more, whole inside the chart, overlapping no
 * other label; the text of one of them is @word. */
static void
assert_labels_readable (GPtrArray  *labels,
                        const char *word)
{
  gboolean found = FALSE;

  g_assert_cmpuint (labels->len, >, 5);
  for (guint i = 0; i < labels->len; i++)
    {
      const TrappaChartLabel *label = labels->pdata[i];
      const TrappaRect *a = &label->box;

      found |= g_str_equal (pango_layout_get_text (label->layout), word);
      g_assert_cmpfloat (label_px (label), >=, TRAPPA_CHART_PRESENTATION_PX);
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

/* The slide has a title larger than the rest and, for every step, a bar
 * for each of the plan's default years (the steps side by side when they
 * do not fit one above the other), above the legend, no two steps on the
 * same place. */
static void
test_gap (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(TrappaPlan) plan = load_alver_in (c->language);
  g_autoptr(TrappaGapLayout) layout = trappa_gap_layout_new (plan, NULL, NULL, 0, W, H,
                                                             TRAPPA_CHART_STYLE_PRESENTING);
  gint64 years[3];

  trappa_needs_default_years (plan, years);
  g_assert_null (layout->message);
  g_assert_cmpfloat (layout->font_px, >=, TRAPPA_CHART_PRESENTATION_PX);
  g_assert_nonnull (layout->title);
  g_assert_cmpfloat (label_px (layout->title), >, TRAPPA_CHART_PRESENTATION_PX);
  g_assert_cmpstr (pango_layout_get_text (layout->title->layout), ==, c->gap_title);
  assert_labels_readable (layout->labels, c->units_today);
  g_assert_cmpuint (layout->groups->len, >=, 5);
  for (guint i = 0; i < layout->groups->len; i++)
    {
      TrappaGapGroup *group = layout->groups->pdata[i];
      const TrappaRect *a = &group->rect;

      g_assert_cmpuint (group->rows->len, ==, G_N_ELEMENTS (years));
      for (guint r = 0; r < group->rows->len; r++)
        {
          const TrappaGapRow *row = &g_array_index (group->rows, TrappaGapRow, r);

          g_assert_cmpint (row->year, ==, years[r]);
          g_assert_cmpfloat (row->numbers->box.x + row->numbers->box.width, <=, a->x + a->width);
        }
      g_assert_cmpfloat (a->y + a->height, <=, g_array_index (layout->legend, TrappaGapLegendItem, 0).swatch.y);
      g_assert_cmpfloat (a->x + a->width, <=, W);
      for (guint j = i + 1; j < layout->groups->len; j++)
        {
          const TrappaRect *b = &((TrappaGapGroup *) layout->groups->pdata[j])->rect;

          g_assert_false (a->x < b->x + b->width && b->x < a->x + a->width &&
                          a->y < b->y + b->height && b->y < a->y + a->height);
        }
    }
  /* The desktop's language is left as it was: English. */
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Units today"), ==, "Units today");
}

static void
test_need (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(TrappaPlan) plan = load_alver_in (c->language);
  g_autoptr(TrappaNeedLayout) layout = trappa_need_layout_new (plan, NULL, NULL, W, H,
                                                               TRAPPA_CHART_STYLE_PRESENTING);

  g_assert_null (layout->message);
  g_assert_cmpuint (layout->lines->len, >=, 2);
  g_assert_cmpfloat (label_px (layout->title), >, TRAPPA_CHART_PRESENTATION_PX);
  assert_labels_readable (layout->labels, c->supply);
  /* The plot keeps room to read: wider than it is tall would be on a
   * slide, but at least half the surface each way. */
  g_assert_cmpfloat (layout->plot.width, >=, W / 2);
  g_assert_cmpfloat (layout->plot.height, >=, H / 2);
}

/* Outside presentation the charts still shrink their type to fit. */
static void
test_small_outside_presentation (void)
{
  g_autoptr(TrappaPlan) plan = load_alver_in ("nn");
  g_autoptr(TrappaGapLayout) gap = trappa_gap_layout_new (plan, NULL, NULL, 0, 600, 400, TRAPPA_CHART_STYLE_NORMAL);
  g_autoptr(TrappaGapLayout) presented = trappa_gap_layout_new (plan, NULL, NULL, 0, 600, 400,
                                                                TRAPPA_CHART_STYLE_PRESENTING);

  g_assert_cmpfloat (gap->font_px, <, TRAPPA_CHART_PRESENTATION_PX);
  g_assert_cmpuint (((TrappaGapGroup *) gap->groups->pdata[0])->rows->len, ==, 3);
  g_assert_cmpfloat (presented->font_px, >=, TRAPPA_CHART_PRESENTATION_PX);
  g_assert_cmpuint (((TrappaGapGroup *) presented->groups->pdata[0])->rows->len, <, 3);
}

static gboolean
same_rgb (const guint32   *pixel,
          const TrappaRgb *rgb)
{
  return (*pixel >> 16 & 0xff) == (guint) (rgb->red * 255 + 0.5) &&
         (*pixel >> 8 & 0xff) == (guint) (rgb->green * 255 + 0.5) &&
         (*pixel & 0xff) == (guint) (rgb->blue * 255 + 0.5);
}

/* Of quadrant @q's pixels that no card covers: how many show its tint
 * (@fill) and how many something else (its pattern; grid lines aside). */
static void
count_quadrant (cairo_surface_t      *surface,
                TrappaPriorityLayout *layout,
                guint                 q,
                const TrappaRgb      *fill,
                guint                *tint,
                guint                *pattern)
{
  const cairo_rectangle_t *p = &layout->plot;
  int x0 = (int) (p->x + (q % 2 == 0 ? p->width / 2 : 0)) + 4, y0 = (int) (p->y + (q > 2 ? p->height / 2 : 0)) + 4;
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);

  *tint = *pattern = 0;
  for (int y = y0; y < y0 + (int) (p->height / 2) - 8; y++)
    for (int x = x0; x < x0 + (int) (p->width / 2) - 8; x++)
      {
        gboolean covered = FALSE;

        for (guint i = 0; i < layout->cards->len && !covered; i++)
          {
            const cairo_rectangle_t *c = &((TrappaPriorityCard *) layout->cards->pdata[i])->card;

            covered = x >= c->x - 4 && x < c->x + c->width + 4 && y >= c->y - 4 && y < c->y + c->height + 4;
          }
        if (covered)
          continue;
        if (same_rgb ((const guint32 *) (data + y * stride + 4 * x), fill))
          (*tint)++;
        else
          (*pattern)++;
      }
}

/* Projector style (high contrast) on the projector: every quadrant keeps
 * a tint, the favoured one hatched and the one to do last dotted, the
 * other two plain; so does the normal style. */
static void
test_quadrant_patterns (void)
{
  g_autoptr(TrappaPlan) plan = load_alver ();
  static const TrappaChartStyle styles[] = {
    TRAPPA_CHART_STYLE_PRESENTING | TRAPPA_CHART_STYLE_HIGH_CONTRAST,
    TRAPPA_CHART_STYLE_PRESENTING,
  };

  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    {
      const TrappaChartPalette *palette = trappa_chart_palette_get (styles[s]);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, W, H);
      cairo_t *cr = cairo_create (surface);
      g_autoptr(TrappaPriorityLayout) layout = NULL;
      TrappaPriorityOptions options;

      trappa_priority_options_init (&options);
      options.style = styles[s];
      layout = trappa_priority_layout_new (plan, &options, W, H);
      trappa_priority_painter_draw (cr, layout);
      cairo_surface_flush (surface);

      /* Tinted, not the background. */
      g_assert_false (memcmp (&palette->quadrant_fill, &palette->background, sizeof (TrappaRgb)) == 0);
      for (guint q = 1; q <= 4; q++)
        {
          guint tint, pattern;

          count_quadrant (surface, layout, q, q == 2 ? &palette->favoured_fill : &palette->quadrant_fill,
                          &tint, &pattern);
          g_test_message ("style %u quadrant %u: tint %u pattern %u", styles[s], q, tint, pattern);
          g_assert_cmpuint (tint, >, 200);
          if (q == 2 || q == 3)
            g_assert_cmpuint (pattern, >, tint / 100);
          else
            g_assert_cmpuint (pattern, <, tint / 50);
        }
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* The quadrants' names in every language, for every pair of axes, at
 * the window's and the projector's sizes: whole (never shortened), inside
 * the chart and clear of every other label; with the default axes (the
 * longest of them "Kan vente · Svært kostbart") on one line. */
static void
test_quadrant_names (void)
{
  g_autoptr(TrappaPlan) plan = load_alver ();
  static const char * const names[] = { "nn", "nb", "" };

  for (guint l = 0; l < G_N_ELEMENTS (names); l++)
    for (guint presenting = 0; presenting < 2; presenting++)
      for (TrappaAxis x = 0; x < TRAPPA_N_AXES; x++)
        for (TrappaAxis y = 0; y < TRAPPA_N_AXES; y++)
          {
            g_autoptr(TrappaPriorityLayout) layout = NULL;
            TrappaPriorityOptions options;
            guint quadrants = 0;

            if (x == y)
              continue;
            set_language (plan, names[l]);
            trappa_priority_options_init (&options);
            options.x_axis = x;
            options.y_axis = y;
            if (presenting)
              {
                options.font_scale = 1.6;
                options.style = TRAPPA_CHART_STYLE_PRESENTING;
              }
            layout = trappa_priority_layout_new (plan, &options, W, H);
            for (guint i = 0; i < layout->labels->len; i++)
              {
                TrappaPriorityLabel *label = layout->labels->pdata[i];
                const cairo_rectangle_t *a = &label->box;
                PangoRectangle ink, logical;

                if (label->quadrant == 0)
                  continue;
                quadrants++;
                g_test_message ("%s %u %u,%u: %s", names[l], presenting, x, y, pango_layout_get_text (label->text));
                pango_layout_get_extents (label->text, &ink, &logical);
                g_assert_false (pango_layout_is_ellipsized (label->text));
                g_assert_cmpint (logical.x, >=, 0);
                g_assert_cmpfloat ((double) (logical.x + logical.width) / PANGO_SCALE, <=, a->width + 0.5);
                g_assert_cmpfloat ((double) (ink.y + ink.height) / PANGO_SCALE, <=, a->height + 1);
                g_assert_cmpfloat (a->x, >=, 0);
                g_assert_cmpfloat (a->y, >=, 0);
                g_assert_cmpfloat (a->x + a->width, <=, W);
                g_assert_cmpfloat (a->y + a->height, <=, H);
                if (x == TRAPPA_AXIS_URGENCY && y == TRAPPA_AXIS_COST)
                  g_assert_cmpint (pango_layout_get_line_count (label->text), ==, 1);
                for (guint j = 0; j < layout->labels->len; j++)
                  {
                    const cairo_rectangle_t *b = &((TrappaPriorityLabel *) layout->labels->pdata[j])->box;

                    g_assert_true (j == i || !(a->x < b->x + b->width && b->x < a->x + a->width &&
                                               a->y < b->y + b->height && b->y < a->y + a->height));
                  }
                /* Outside the grid, where no card covers it. */
                g_assert_true (a->y + a->height <= layout->plot.y || a->y >= layout->plot.y + layout->plot.height);
              }
            g_assert_cmpuint (quadrants, ==, 4);
          }
}

/* The staircase's words follow the plan too, the caption's included. */
static void
test_staircase_language (void)
{
  g_autoptr(TrappaPlan) plan = load_alver ();
  static const struct { const char *language, *uncovered, *source; } cases[] = {
    { "nn", "Udekka behov", "Kjelde: " },
    { "nb", "Udekket behov", "Kilde: " },
    { "", "Uncovered need", "Source: " },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(TrappaStaircaseLayout) layout = NULL;
      gboolean uncovered = FALSE, source = FALSE;

      set_language (plan, cases[c].language);
      layout = trappa_staircase_layout_new (plan, trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING),
                                            W, H, TRAPPA_CHART_STYLE_CAPTION);
      for (guint i = 0; i < layout->labels->len; i++)
        {
          const char *text = pango_layout_get_text (((TrappaChartLabel *) g_ptr_array_index (layout->labels, i))->layout);

          uncovered |= g_str_equal (text, cases[c].uncovered);
          source |= strstr (text, cases[c].source) != NULL;
        }
      g_assert_true (uncovered);
      g_assert_true (source);
    }
}

/* Whether one of @labels (TrappaChartLabel) holds @text. */
static gboolean
labels_hold (GPtrArray  *labels,
             const char *text)
{
  for (guint i = 0; i < labels->len; i++)
    if (strstr (pango_layout_get_text (((TrappaChartLabel *) g_ptr_array_index (labels, i))->layout), text) != NULL)
      return TRUE;
  return FALSE;
}

/* The needs charts' words follow the plan: their captions (scenario,
 * base year, source), headings and titles. */
static void
test_needs_language (void)
{
  g_autoptr(TrappaPlan) plan = load_alver ();
  static const struct { const char *language, *caption, *units, *title; } cases[] = {
    { "nn", "Alternativ MMMM, basisår 2023. Befolkning: ", "einingar i dag", "Behov per år" },
    { "nb", "Alternativ MMMM, basisår 2023. Befolkning: ", "enheter i dag", "Behov per år" },
    { "", "Scenario MMMM, base year 2023. Population: ", "units today", "Need per year" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(TrappaGapLayout) gap = NULL;
      g_autoptr(TrappaNeedLayout) need = NULL;

      set_language (plan, cases[c].language);
      gap = trappa_gap_layout_new (plan, "MMMM", NULL, 0, W, H, TRAPPA_CHART_STYLE_NORMAL);
      need = trappa_need_layout_new (plan, "MMMM", NULL, W, H, TRAPPA_CHART_STYLE_NORMAL);
      g_assert_true (g_str_has_prefix (pango_layout_get_text (gap->caption->layout), cases[c].caption));
      g_assert_true (g_str_has_prefix (pango_layout_get_text (need->caption->layout), cases[c].caption));
      g_assert_true (labels_hold (gap->labels, cases[c].units));
      g_assert_true (g_str_has_prefix (pango_layout_get_text (need->title->layout), cases[c].title));
    }
}

int
main (int   argc,
      char *argv[])
{
  chart_test_init_english (&argc, &argv);

  /* An English desktop; the plan in Nynorsk, Bokmål or (no language)
   * the desktop's. */
  g_test_add_data_func ("/trappa/charts/presentation/readable-nn", "nn", test_readable);
  g_test_add_data_func ("/trappa/charts/presentation/readable-nb", "nb", test_readable);
  g_test_add_data_func ("/trappa/charts/presentation/readable-en", "", test_readable);
  g_test_add_func ("/trappa/charts/presentation/staircase-in-plan-language", test_staircase_language);
  g_test_add_func ("/trappa/charts/presentation/needs-in-plan-language", test_needs_language);
  g_test_add_func ("/trappa/charts/presentation/fit-words", test_fit_words);
  g_test_add_func ("/trappa/charts/presentation/hints-and-done", test_hints_and_done);
  g_test_add_data_func ("/trappa/charts/presentation/gap-nn", &languages[0], test_gap);
  g_test_add_data_func ("/trappa/charts/presentation/gap-nb", &languages[1], test_gap);
  g_test_add_data_func ("/trappa/charts/presentation/gap-en", &languages[2], test_gap);
  g_test_add_data_func ("/trappa/charts/presentation/need-nn", &languages[0], test_need);
  g_test_add_data_func ("/trappa/charts/presentation/need-nb", &languages[1], test_need);
  g_test_add_data_func ("/trappa/charts/presentation/need-en", &languages[2], test_need);
  g_test_add_func ("/trappa/charts/presentation/small-outside-presentation", test_small_outside_presentation);
  g_test_add_func ("/trappa/charts/presentation/quadrant-patterns", test_quadrant_patterns);
  g_test_add_func ("/trappa/charts/presentation/quadrant-names", test_quadrant_names);
  return g_test_run ();
}
