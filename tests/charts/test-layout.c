/* test-layout.c: the staircase chart's geometry, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <pango/pango.h>

#include "chart-fixtures.h"
#include "trappa-chart-text.h"
#include "trappa-staircase-layout.h"

static const struct { double width, height; } sizes[] = {
  { 640, 480 }, { 800, 600 }, { 1024, 768 }, { 1920, 1080 }, { 520, 700 },
};

static TrappaStaircaseLayout *
layout_for (TrappaPlan *plan,
            const char *kind,
            double      width,
            double      height)
{
  return trappa_staircase_layout_new (plan, trappa_plan_get_staircase (plan, kind),
                                      width, height, TRAPPA_CHART_STYLE_NORMAL);
}

static TrappaStepLayout *
step_at (TrappaStaircaseLayout *layout,
         guint                  k)
{
  g_assert_cmpuint (k, <, layout->steps->len);
  return g_ptr_array_index (layout->steps, k);
}

static void
assert_inside (const TrappaRect     *r,
               TrappaStaircaseLayout *layout)
{
  g_assert_cmpfloat (r->x, >=, 0);
  g_assert_cmpfloat (r->y, >=, 0);
  g_assert_cmpfloat (r->x + r->width, <=, layout->width);
  g_assert_cmpfloat (r->y + r->height, <=, layout->height);
}

static void
test_rising (void)
{
  for (guint n = 3; n <= 9; n++)
    {
      g_autoptr(TrappaPlan) plan = chart_fixture_long_names_plan (n);
      g_autoptr(TrappaStaircaseLayout) layout = layout_for (plan, TRAPPA_STAIRCASE_HOUSING, 1024, 768);

      g_assert_cmpuint (layout->steps->len, ==, n);
      for (guint k = 1; k < n; k++)
        {
          TrappaStepLayout *lower = step_at (layout, k - 1), *upper = step_at (layout, k);

          /* Higher level: its top above the one below, standing on it
           * (a staircase, no gap between the blocks) and set in by a
           * tread deep enough to see. */
          g_assert_cmpfloat (upper->rect.y, <, lower->rect.y);
          g_assert_cmpfloat_with_epsilon (upper->rect.y + upper->rect.height, lower->rect.y, 1e-6);
          g_assert_cmpfloat (upper->rect.x - lower->rect.x, >=, layout->font_px);
        }
    }
}

static void
test_proportional (void)
{
  g_autoptr(TrappaPlan) plan = chart_fixture_long_names_plan (6);
  g_autoptr(TrappaStaircaseLayout) layout = layout_for (plan, TRAPPA_STAIRCASE_HOUSING, 1024, 768);
  TrappaStepLayout *first = step_at (layout, 0);
  double unit = first->supply.width / first->figures.supply;

  g_assert_cmpfloat (unit, >, 0);
  for (guint k = 0; k < layout->steps->len; k++)
    {
      TrappaStepLayout *sl = step_at (layout, k);
      gint64 today = 10 * (k + 1), need = k % 3 == 2 ? 5 * (k + 1) : 15 * (k + 1);

      g_assert_cmpint (sl->figures.supply, ==, today);
      g_assert_cmpint (sl->figures.demand, ==, need);
      g_assert_cmpfloat_with_epsilon (sl->supply.width, today * unit, 1e-6);
      g_assert_cmpfloat_with_epsilon (sl->need_x - sl->track.x, need * unit, 1e-6);
      g_assert_cmpfloat_with_epsilon (sl->supply.x, sl->track.x, 1e-9);
      if (today >= need)
        {
          g_assert_cmpint (sl->figures.uncovered, ==, 0);
          g_assert_cmpfloat (sl->uncovered.width, ==, 0);
        }
      else
        {
          g_assert_cmpint (sl->figures.uncovered, ==, need - today);
          g_assert_cmpfloat_with_epsilon (sl->uncovered.width, (need - today) * unit, 1e-6);
          g_assert_cmpfloat_with_epsilon (sl->uncovered.x, sl->supply.x + sl->supply.width, 1e-9);
        }
      /* The largest value fills the track. */
      g_assert_cmpfloat (MAX (sl->supply.width, sl->need_x - sl->track.x), <=, sl->track.width + 1e-6);
    }
  /* Step 5's need of 75 is the largest value: it spans the whole track. */
  g_assert_cmpfloat_with_epsilon (step_at (layout, 4)->need_x - step_at (layout, 4)->track.x,
                                  step_at (layout, 4)->track.width, 1e-6);
}

static void
assert_labels_fit_apart (TrappaStaircaseLayout *layout)
{
  for (guint i = 0; i < layout->labels->len; i++)
    {
      TrappaChartLabel *a = g_ptr_array_index (layout->labels, i);
      PangoRectangle logical;

      /* The text needs no more than its box... */
      pango_layout_get_extents (a->layout, NULL, &logical);
      g_assert_cmpfloat ((double) logical.height / PANGO_SCALE, <=, a->box.height + 0.01);
      g_assert_cmpfloat ((double) logical.width / PANGO_SCALE, <=, a->box.width + 0.01);
      assert_inside (&a->box, layout);
      /* ...and no two boxes overlap. */
      for (guint j = i + 1; j < layout->labels->len; j++)
        {
          TrappaChartLabel *b = g_ptr_array_index (layout->labels, j);

          if (trappa_rect_intersects (&a->box, &b->box))
            g_error ("labels “%s” and “%s” overlap at %g×%g",
                     pango_layout_get_text (a->layout), pango_layout_get_text (b->layout),
                     layout->width, layout->height);
        }
    }
}

static void
test_labels_apart (void)
{
  for (guint n = 3; n <= 9; n++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        g_autoptr(TrappaPlan) plan = chart_fixture_long_names_plan (n);
        g_autoptr(TrappaStaircaseLayout) layout =
          layout_for (plan, TRAPPA_STAIRCASE_HOUSING, sizes[s].width, sizes[s].height);

        assert_labels_fit_apart (layout);
        /* Long names wrap: at least one name needs more than a line. */
        if (n >= 6 && sizes[s].width <= 1024)
          {
            gboolean wrapped = FALSE;

            for (guint k = 0; k < n; k++)
              wrapped |= pango_layout_get_line_count (step_at (layout, k)->name->layout) > 1;
            g_assert_true (wrapped);
          }
      }
}

static void
test_inside (void)
{
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(TrappaPlan) plan = chart_fixture_baerum ();
      g_autoptr(TrappaStaircaseLayout) layout =
        layout_for (plan, TRAPPA_STAIRCASE_HOUSING, sizes[s].width, sizes[s].height);

      for (guint k = 0; k < layout->steps->len; k++)
        {
          TrappaStepLayout *sl = step_at (layout, k);

          assert_inside (&sl->rect, layout);
          assert_inside (&sl->track, layout);
          g_assert_true (trappa_rect_contains (&sl->rect, sl->track.x, sl->track.y));
          g_assert_cmpfloat (sl->track.x + sl->track.width, <=, sl->rect.x + sl->rect.width);
        }
      for (guint i = 0; i < layout->legend->len; i++)
        assert_inside (&g_array_index (layout->legend, TrappaLegendItem, i).swatch, layout);
      for (guint i = 0; i < layout->side_boxes->len; i++)
        assert_inside (&g_array_index (layout->side_boxes, TrappaRect, i), layout);
      assert_labels_fit_apart (layout);
    }
}

/* The staircase fills the chart: its steps span most of the height,
 * with no empty band left under the title. */
static void
test_fills_height (void)
{
  g_autoptr(TrappaPlan) baerum = chart_fixture_baerum ();
  g_autoptr(TrappaPlan) alver = chart_fixture_long_names_plan (6);
  TrappaPlan *plans[] = { baerum, alver };

  for (guint p = 0; p < G_N_ELEMENTS (plans); p++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        g_autoptr(TrappaStaircaseLayout) layout =
          layout_for (plans[p], TRAPPA_STAIRCASE_HOUSING, sizes[s].width, sizes[s].height);
        TrappaStepLayout *lowest = step_at (layout, 0);
        TrappaStepLayout *highest = step_at (layout, layout->steps->len - 1);
        double span = lowest->rect.y + lowest->rect.height - highest->rect.y;

        g_test_message ("%g x %g: steps span %.0f px", sizes[s].width, sizes[s].height, span);
        g_assert_cmpfloat (span, >=, 0.75 * layout->height);
      }
}

static void
test_legible (void)
{
  g_autoptr(TrappaPlan) baerum = chart_fixture_baerum ();
  g_autoptr(TrappaPlan) activity = chart_fixture_activity ();
  g_autoptr(TrappaPlan) alver = chart_fixture_long_names_plan (6);
  /* The whole screen, the chart's share of a 1024 × 768 window, and its
   * share of the Bustadtrapp pane there (about 405 × 650 measured). */
  static const double areas[][2] = { { 1024, 768 }, { 560, 620 }, { 400, 640 } };

  for (guint a = 0; a < G_N_ELEMENTS (areas); a++)
    {
      g_autoptr(TrappaStaircaseLayout) l1 = layout_for (baerum, TRAPPA_STAIRCASE_HOUSING, areas[a][0], areas[a][1]);
      g_autoptr(TrappaStaircaseLayout) l2 = layout_for (activity, TRAPPA_STAIRCASE_ACTIVITY, areas[a][0], areas[a][1]);
      g_autoptr(TrappaStaircaseLayout) l3 = layout_for (alver, TRAPPA_STAIRCASE_HOUSING, areas[a][0], areas[a][1]);

      g_assert_cmpfloat (l1->font_px, >=, 14);
      g_assert_cmpfloat (l2->font_px, >=, 14);
      g_assert_cmpfloat (l3->font_px, >=, 14);
    }
}

static void
test_hit (void)
{
  for (guint n = 3; n <= 9; n += 3)
    {
      g_autoptr(TrappaPlan) plan = chart_fixture_long_names_plan (n);
      g_autoptr(TrappaStaircaseLayout) layout = layout_for (plan, TRAPPA_STAIRCASE_HOUSING, 800, 600);

      for (guint k = 0; k < n; k++)
        {
          TrappaStepLayout *sl = step_at (layout, k);

          g_assert_cmpint (trappa_staircase_layout_hit (layout, sl->rect.x + sl->rect.width / 2,
                                                        sl->rect.y + sl->rect.height / 2), ==, k);
          g_assert_cmpint (trappa_staircase_layout_hit (layout, sl->rect.x + 1, sl->rect.y + 1), ==, k);
          g_assert_cmpint (trappa_staircase_layout_hit (layout, sl->rect.x + sl->rect.width - 1,
                                                        sl->rect.y + sl->rect.height - 1), ==, k);
          g_assert_cmpint (trappa_staircase_layout_find (layout, sl->id), ==, k);
        }
      /* Left of a raised step, and the margins, are no step. */
      g_assert_cmpint (trappa_staircase_layout_hit (layout, step_at (layout, n - 1)->rect.x - 2,
                                                    step_at (layout, n - 1)->rect.y + 2), ==, -1);
      g_assert_cmpint (trappa_staircase_layout_hit (layout, 1, 1), ==, -1);
      g_assert_cmpint (trappa_staircase_layout_hit (layout, 799, 599), ==, -1);
      g_assert_cmpint (trappa_staircase_layout_find (layout, "no-such-step"), ==, -1);
    }
}

static void
test_categories_and_side_counts (void)
{
  g_autoptr(TrappaPlan) plan = chart_fixture_baerum ();
  g_autoptr(TrappaStaircaseLayout) layout = layout_for (plan, TRAPPA_STAIRCASE_HOUSING, 1280, 800);
  TrappaStepLayout *first = step_at (layout, 0);
  double steps_right = 0;
  guint n_parts_in_legend = 0;

  g_assert_cmpint (first->figures.supply, ==, 700);
  g_assert_cmpint (first->figures.demand, ==, 735);
  g_assert_cmpuint (first->parts->len, ==, 2);
  g_assert_cmpuint (g_array_index (first->parts, TrappaBarPart, 0).colour, !=,
                    g_array_index (first->parts, TrappaBarPart, 1).colour);
  for (guint k = 0; k < layout->steps->len; k++)
    {
      TrappaStepLayout *sl = step_at (layout, k);
      TrappaBarPart *a = &g_array_index (sl->parts, TrappaBarPart, 0);
      TrappaBarPart *b = &g_array_index (sl->parts, TrappaBarPart, 1);

      /* The parts tile the supply bar. */
      g_assert_cmpfloat_with_epsilon (a->rect.x, sl->supply.x, 1e-9);
      g_assert_cmpfloat_with_epsilon (b->rect.x, a->rect.x + a->rect.width, 1e-9);
      g_assert_cmpfloat_with_epsilon (a->rect.width + b->rect.width, sl->supply.width, 1e-6);
      steps_right = MAX (steps_right, sl->rect.x + sl->rect.width);
    }
  for (guint i = 0; i < layout->legend->len; i++)
    n_parts_in_legend += g_array_index (layout->legend, TrappaLegendItem, i).kind == TRAPPA_LEGEND_PART;
  g_assert_cmpuint (n_parts_in_legend, ==, 2);

  /* Night shelter and KAD beside the staircase, not on it. */
  g_assert_cmpuint (layout->side_boxes->len, ==, 2);
  for (guint i = 0; i < layout->side_boxes->len; i++)
    g_assert_cmpfloat (g_array_index (layout->side_boxes, TrappaRect, i).x, >, steps_right);
}

static void
test_target_group_marks (void)
{
  g_autoptr(TrappaPlan) plan = chart_fixture_long_names_plan (4);
  g_autoptr(TrappaStaircaseLayout) layout = NULL;
  g_autoptr(TrappaMappingRow) row = trappa_mapping_row_new ();
  g_autoptr(TrappaTargetGroup) group = trappa_target_group_new ();
  TrappaItem *step1 = chart_fixture_step (plan, TRAPPA_STAIRCASE_HOUSING, 1);
  TrappaItem *step3 = chart_fixture_step (plan, TRAPPA_STAIRCASE_HOUSING, 3);
  const char *groups[] = { "tg-eldre", NULL };

  /* References name records of the plan. */
  g_object_set (group, "id", "tg-eldre", "name", "Eldre", NULL);
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "target-groups", -1, TRAPPA_ITEM (group));
  g_assert_true (trappa_plan_set_strv (plan, step1, "target-groups", groups, NULL));
  g_object_set (row, "id", "row-1", "step", trappa_item_get_id (step3), "target-group", "tg-eldre", NULL);
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "mapping-rows", -1, TRAPPA_ITEM (row));

  layout = layout_for (plan, TRAPPA_STAIRCASE_HOUSING, 800, 600);
  trappa_staircase_layout_mark_target_group (layout, plan, "tg-eldre");
  g_assert_false (step_at (layout, 0)->highlighted);
  g_assert_true (step_at (layout, 1)->highlighted);
  g_assert_false (step_at (layout, 2)->highlighted);
  g_assert_true (step_at (layout, 3)->highlighted);
  trappa_staircase_layout_mark_target_group (layout, plan, NULL);
  for (guint k = 0; k < 4; k++)
    g_assert_false (step_at (layout, k)->highlighted);
}

static void
test_empty_and_tiny (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(TrappaPlan) full = chart_fixture_long_names_plan (9);
  g_autoptr(TrappaStaircaseLayout) empty = layout_for (plan, TRAPPA_STAIRCASE_ACTIVITY, 640, 480);
  g_autoptr(TrappaStaircaseLayout) tiny = layout_for (full, TRAPPA_STAIRCASE_HOUSING, 40, 30);

  g_assert_cmpuint (empty->steps->len, ==, 0);
  g_assert_cmpint (trappa_staircase_layout_hit (empty, 320, 240), ==, -1);
  assert_labels_fit_apart (empty);
  /* Far too small to fit: still every step has its boxes, nothing breaks. */
  g_assert_cmpuint (tiny->steps->len, ==, 9);
  for (guint k = 0; k < 9; k++)
    {
      g_assert_nonnull (step_at (tiny, k)->name);
      g_assert_cmpfloat (step_at (tiny, k)->rect.height, >, 0);
    }
}

static int
compare_start (gconstpointer a,
               gconstpointer b)
{
  const double *x = a, *y = b;

  return (x[0] > y[0]) - (x[0] < y[0]);
}

static void
add_span (GArray           *spans,
          const TrappaRect *r)
{
  double span[2] = { r->y, r->y + r->height };

  g_array_append_val (spans, span);
}

/* No horizontal band of the chart over 5 % of its height is left empty:
 * title, steps, side counts, legend and caption follow each other. */
static void
assert_no_empty_band (TrappaStaircaseLayout *layout)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (double[2]));
  double covered = 0;

  for (guint i = 0; i < layout->labels->len; i++)
    add_span (spans, &((TrappaChartLabel *) g_ptr_array_index (layout->labels, i))->box);
  for (guint i = 0; i < layout->steps->len; i++)
    add_span (spans, &step_at (layout, i)->rect);
  for (guint i = 0; i < layout->side_boxes->len; i++)
    add_span (spans, &g_array_index (layout->side_boxes, TrappaRect, i));
  for (guint i = 0; i < layout->legend->len; i++)
    add_span (spans, &g_array_index (layout->legend, TrappaLegendItem, i).swatch);
  g_array_sort (spans, compare_start);
  for (guint i = 0; i < spans->len; i++)
    {
      double *span = &g_array_index (spans, double, 2 * i);

      g_assert_cmpfloat (span[0] - covered, <=, 0.05 * layout->height);
      covered = MAX (covered, span[1]);
    }
  g_assert_cmpfloat (layout->height - covered, <=, 0.05 * layout->height);
}

static void
test_no_empty_band (void)
{
  g_autoptr(TrappaPlan) baerum = chart_fixture_baerum ();
  g_autoptr(TrappaPlan) alver = chart_fixture_long_names_plan (6);
  g_autoptr(TrappaPlan) activity = chart_fixture_activity ();

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(TrappaStaircaseLayout) l1 = layout_for (baerum, TRAPPA_STAIRCASE_HOUSING, sizes[s].width, sizes[s].height);
      g_autoptr(TrappaStaircaseLayout) l2 = layout_for (alver, TRAPPA_STAIRCASE_HOUSING, sizes[s].width, sizes[s].height);
      g_autoptr(TrappaStaircaseLayout) l3 = layout_for (activity, TRAPPA_STAIRCASE_ACTIVITY, sizes[s].width, sizes[s].height);

      assert_no_empty_band (l1);
      assert_no_empty_band (l2);
      assert_no_empty_band (l3);
    }
}

/* Presenting at 1024 × 768, every text is 24 px or more and the title
 * larger; a figure for the plan at A4 width carries its caption. */
static void
test_presenting_and_caption (void)
{
  g_autoptr(TrappaPlan) plan = chart_fixture_long_names_plan (6);
  TrappaStaircase *staircase = trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING);
  g_autoptr(TrappaStaircaseLayout) shown =
    trappa_staircase_layout_new (plan, staircase, 1024, 768, TRAPPA_CHART_STYLE_PRESENTING);
  g_autoptr(TrappaStaircaseLayout) figure =
    trappa_staircase_layout_new (plan, staircase, TRAPPA_CHART_A4_WIDTH, TRAPPA_CHART_A4_HEIGHT,
                                 TRAPPA_CHART_STYLE_CAPTION);
  TrappaChartLabel *caption;

  for (guint i = 0; i < shown->labels->len; i++)
    {
      TrappaChartLabel *label = g_ptr_array_index (shown->labels, i);
      const PangoFontDescription *font = pango_layout_get_font_description (label->layout);
      double px = (double) pango_font_description_get_size (font) / PANGO_SCALE;

      g_assert_cmpfloat (px, >=, 24);
      if (i == 0)
        g_assert_cmpfloat (px, >, 24);
    }
  assert_no_empty_band (shown);
  assert_no_empty_band (figure);

  /* The caption is the last line, inside the figure. */
  trappa_plan_set_string (plan, TRAPPA_ITEM (plan), "municipality", "Alver kommune", NULL);
  g_clear_pointer (&figure, trappa_staircase_layout_free);
  figure = trappa_staircase_layout_new (plan, staircase, TRAPPA_CHART_A4_WIDTH, TRAPPA_CHART_A4_HEIGHT,
                                        TRAPPA_CHART_STYLE_CAPTION);
  caption = g_ptr_array_index (figure->labels, 0);
  for (guint i = 1; i < figure->labels->len; i++)
    {
      TrappaChartLabel *label = g_ptr_array_index (figure->labels, i);

      if (label->box.y > caption->box.y)
        caption = label;
    }
  g_assert_true (g_str_has_prefix (pango_layout_get_text (caption->layout), "Alver kommune · "));
  g_assert_cmpfloat (caption->box.y + caption->box.height, <=, figure->height);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trappa/charts/layout/rising", test_rising);
  g_test_add_func ("/trappa/charts/layout/proportional", test_proportional);
  g_test_add_func ("/trappa/charts/layout/labels-apart", test_labels_apart);
  g_test_add_func ("/trappa/charts/layout/inside", test_inside);
  g_test_add_func ("/trappa/charts/layout/fills-height", test_fills_height);
  g_test_add_func ("/trappa/charts/layout/legible", test_legible);
  g_test_add_func ("/trappa/charts/layout/hit", test_hit);
  g_test_add_func ("/trappa/charts/layout/categories-side-counts", test_categories_and_side_counts);
  g_test_add_func ("/trappa/charts/layout/target-group", test_target_group_marks);
  g_test_add_func ("/trappa/charts/layout/empty-tiny", test_empty_and_tiny);
  g_test_add_func ("/trappa/charts/layout/no-empty-band", test_no_empty_band);
  g_test_add_func ("/trappa/charts/layout/presenting-and-caption", test_presenting_and_caption);
  return g_test_run ();
}
