/* test-priority-layout.c: the grid's geometry, hit-testing with overlapping
 * cards, what the painter draws, and the exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "trappa-chart-export.h"
#include "trappa-priority-painter.h"

#define W 1200
#define H 800

static TrappaMeasure *
add_measure (TrappaPlan *plan,
             const char *title,
             gint64      urgency,
             gint64      cost)
{
  g_autoptr(TrappaMeasure) measure = trappa_measure_new (title);

  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_ITEM (measure));
  if (urgency >= 0)
    g_assert_true (trappa_measure_set_score (measure, plan, "", "haster", urgency, NULL));
  if (cost >= 0)
    g_assert_true (trappa_measure_set_score (measure, plan, "", "kostbart", cost, NULL));
  return measure;
}

static TrappaPriorityCard *
card_at (TrappaPriorityLayout *layout,
         int                   index)
{
  g_assert_cmpint (index, >=, 0);
  return layout->cards->pdata[index];
}

static gboolean
overlap (const cairo_rectangle_t *a,
         const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static void
test_positions (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(TrappaPriorityLayout) layout = NULL;
  TrappaPriorityOptions options;
  TrappaPriorityCard *card;
  gint64 sx, sy;

  add_measure (plan, "Urgent and cheap", 100, 100);
  add_measure (plan, "Can wait and costly", 0, 0);
  add_measure (plan, "Not scored", -1, -1);
  add_measure (plan, "Only urgency scored", 70, -1);
  trappa_priority_options_init (&options);
  layout = trappa_priority_layout_new (plan, &options, W, H);

  g_assert_cmpuint (layout->cards->len, ==, 4);
  g_assert_true (layout->plot.x > 0 && layout->plot.x + layout->plot.width < W);
  g_assert_true (layout->plot.y > 0 && layout->plot.y + layout->plot.height < H);

  /* Urgent (x 100) at the right edge; less costly (y 100) at the top. */
  card = card_at (layout, trappa_priority_layout_find (layout, "measure-1"));
  g_assert_true (card->placed);
  g_assert_cmpfloat (card->anchor_x, ==, layout->plot.x + layout->plot.width);
  g_assert_cmpfloat (card->anchor_y, ==, layout->plot.y);
  /* The card stays inside the grid even at a corner. */
  g_assert_cmpfloat (card->card.x + card->card.width, <=, layout->plot.x + layout->plot.width + 1e-9);
  g_assert_cmpfloat (card->card.y, >=, layout->plot.y);

  card = card_at (layout, trappa_priority_layout_find (layout, "measure-2"));
  g_assert_cmpfloat (card->anchor_x, ==, layout->plot.x);
  g_assert_cmpfloat (card->anchor_y, ==, layout->plot.y + layout->plot.height);

  /* The inverse at the edges and beyond. */
  trappa_priority_layout_scores_at (layout, layout->plot.x, layout->plot.y, &sx, &sy);
  g_assert_cmpint (sx, ==, 0);
  g_assert_cmpint (sy, ==, 100);
  trappa_priority_layout_scores_at (layout, W * 2, H * 2, &sx, &sy);
  g_assert_cmpint (sx, ==, 100);
  g_assert_cmpint (sy, ==, 0);

  /* Unscored, and scored on one axis only: in the tray under the grid. */
  g_assert_cmpfloat (layout->tray.height, >, 0);
  g_assert_cmpfloat (layout->tray.y, >=, layout->plot.y + layout->plot.height);
  for (guint i = 3; i <= 4; i++)
    {
      g_autofree char *id = g_strdup_printf ("measure-%u", i);

      card = card_at (layout, trappa_priority_layout_find (layout, id));
      g_assert_false (card->placed);
      g_assert_true (overlap (&card->card, &layout->tray));
    }
}

static void
test_overlap_spread (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(TrappaPriorityLayout) layout = NULL;
  TrappaPriorityOptions options;
  TrappaPriorityCard *a, *b;

  add_measure (plan, "Startlån", 60, 60);
  add_measure (plan, "Tilvisingsavtale", 60, 60);
  trappa_priority_options_init (&options);
  layout = trappa_priority_layout_new (plan, &options, W, H);

  /* Two cards on one point are pushed apart, not stacked. */
  a = card_at (layout, 0);
  b = card_at (layout, 1);
  g_assert_cmpuint (a->stack, ==, 1);
  g_assert_cmpuint (b->stack, ==, 1);
  g_assert_false (overlap (&a->card, &b->card));
  g_assert_cmpfloat (a->anchor_x, ==, b->anchor_x);

  /* Each card is hit where it is drawn. */
  g_assert_cmpint (trappa_priority_layout_hit (layout, a->card.x + a->card.width / 2,
                                               a->card.y + a->card.height / 2), ==, 0);
  g_assert_cmpint (trappa_priority_layout_hit (layout, b->card.x + b->card.width / 2,
                                               b->card.y + b->card.height / 2), ==, 1);
  g_assert_cmpint (trappa_priority_layout_hit (layout, 1, 1), ==, -1);
}

/* Three on (nearly) one point fan out: every card shown, none covering
 * another, each hit where it is drawn and described alone. */
static void
test_overlap_fan_out (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(TrappaPriorityLayout) layout = NULL;
  TrappaPriorityOptions options;

  add_measure (plan, "Housing First", 80, 30);
  add_measure (plan, "Miljøvaktmeister", 80, 30);
  add_measure (plan, "Buoppfølging", 81, 31);
  add_measure (plan, "Far away", 10, 90);
  trappa_priority_options_init (&options);
  options.selected = "measure-2";
  layout = trappa_priority_layout_new (plan, &options, W, H);

  /* The selected card is drawn last, on top. */
  g_assert_cmpint (trappa_priority_layout_find (layout, "measure-2"), ==, (int) layout->cards->len - 1);
  for (guint i = 0; i < layout->cards->len; i++)
    {
      TrappaPriorityCard *card = layout->cards->pdata[i];
      g_autofree char *text = NULL;

      g_assert_cmpuint (card->stack, ==, 1);
      g_assert_cmpint (card->stack_top, ==, -1);
      for (guint j = i + 1; j < layout->cards->len; j++)
        g_assert_false (overlap (&card->card, &card_at (layout, j)->card));
      g_assert_cmpint (trappa_priority_layout_hit (layout, card->card.x + card->card.width / 2,
                                                   card->card.y + card->card.height / 2), ==, (int) i);
      text = trappa_priority_layout_describe (layout, i);
      g_assert_true (g_str_has_prefix (text, card->title));
      g_assert_null (strstr (text, "•"));
    }
}

/* More cards than the grid holds even one line each: they stack within a
 * card's reach, and every card is counted once on a stack that is shown. */
static void
test_crowded (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(TrappaPriorityLayout) layout = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  TrappaPriorityOptions options;
  guint shown = 0, counted = 0;

  for (guint i = 0; i < 1000; i++)
    add_measure (plan, "Tiltak", g_rand_int_range (rand, 0, 101), g_rand_int_range (rand, 0, 101));
  trappa_priority_options_init (&options);
  layout = trappa_priority_layout_new (plan, &options, 800, 600);

  for (guint i = 0; i < layout->cards->len; i++)
    {
      TrappaPriorityCard *card = layout->cards->pdata[i];

      if (card->stack_top < 0)
        {
          shown++;
          counted += card->stack;
        }
      else
        g_assert_cmpint (((TrappaPriorityCard *) layout->cards->pdata[card->stack_top])->stack_top, ==, -1);
    }
  g_assert_cmpuint (counted, ==, 1000);
  g_assert_cmpuint (shown, <, 1000 / 3);
  g_assert_cmpuint (shown, >, 4);
}

static void
test_filters (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(TrappaTargetArea) area = trappa_target_area_new ("Kommunale bustader");
  g_autoptr(TrappaStep) step = trappa_step_new ();
  TrappaMeasure *a, *b;
  TrappaPriorityOptions options;
  const char *steps[] = { "step-9", NULL };

  /* References name records of the plan. */
  g_object_set (step, "id", "step-9", NULL);
  trappa_plan_insert (plan, TRAPPA_ITEM (trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING)),
                      "steps", -1, TRAPPA_ITEM (step));
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "target-areas", -1, TRAPPA_ITEM (area));
  a = add_measure (plan, "A", 10, 10);
  b = add_measure (plan, "B", 20, 20);
  add_measure (plan, "C", 30, 30);
  trappa_plan_set_string (plan, TRAPPA_ITEM (a), "target-area", trappa_item_get_id (TRAPPA_ITEM (area)), NULL);
  trappa_plan_set_string (plan, TRAPPA_ITEM (b), "status", TRAPPA_MEASURE_STATUS_DONE, NULL);
  trappa_plan_set_strv (plan, TRAPPA_ITEM (b), "steps", steps, NULL);

  trappa_priority_options_init (&options);
  options.target_area = trappa_item_get_id (TRAPPA_ITEM (area));
  {
    g_autoptr(TrappaPriorityLayout) layout = trappa_priority_layout_new (plan, &options, W, H);

    g_assert_cmpuint (layout->cards->len, ==, 1);
    g_assert_cmpstr (card_at (layout, 0)->title, ==, "A");
  }
  trappa_priority_options_init (&options);
  options.status = TRAPPA_MEASURE_STATUS_DONE;
  options.step = "step-9";
  {
    g_autoptr(TrappaPriorityLayout) layout = trappa_priority_layout_new (plan, &options, W, H);

    g_assert_cmpuint (layout->cards->len, ==, 1);
    g_assert_cmpstr (card_at (layout, 0)->title, ==, "B");
  }
}

static void
test_merged (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(TrappaPriorityLayout) layout = NULL;
  TrappaMeasure *m = add_measure (plan, "Startlån", -1, -1);
  TrappaPriorityOptions options;
  TrappaPriorityCard *card;

  g_assert_true (trappa_measure_set_score (m, plan, "g1", "haster", 40, NULL));
  g_assert_true (trappa_measure_set_score (m, plan, "g2", "haster", 80, NULL));
  g_assert_true (trappa_measure_set_score (m, plan, "g1", "kostbart", 50, NULL));
  g_assert_true (trappa_measure_set_score (m, plan, "g2", "kostbart", 50, NULL));

  trappa_priority_options_init (&options);
  options.merged = TRUE;
  layout = trappa_priority_layout_new (plan, &options, W, H);
  card = card_at (layout, 0);
  g_assert_true (card->placed);
  g_assert_cmpuint (card->n_groups, ==, 2);
  g_assert_cmpfloat (card->score_x, ==, 60);
  g_assert_cmpfloat_with_epsilon (card->spread_x, 20 * layout->plot.width / 100, 1e-9);
  g_assert_cmpfloat (card->spread_y, ==, 0);
}

/* Laid out again, cards show the same fitted titles, shared with the
 * layout before (the title cache); a renamed measure's card shows its new
 * title, and another width fits the titles again. */
static void
test_title_cache (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(TrappaPriorityLayout) first = NULL;
  g_autoptr(TrappaPriorityLayout) again = NULL;
  g_autoptr(TrappaPriorityLayout) renamed = NULL;
  g_autoptr(TrappaPriorityLayout) narrow = NULL;
  TrappaPriorityOptions options;
  TrappaMeasure *measure = NULL;
  int index;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *title = g_strdup_printf ("Tiltak %u for bustader til vanskelegstilte i kommunen", i);

      measure = add_measure (plan, title, (i * 37) % 101, (i * 53) % 101);
    }
  trappa_priority_options_init (&options);
  first = trappa_priority_layout_new (plan, &options, W, H);
  again = trappa_priority_layout_new (plan, &options, W, H);
  g_assert_cmpuint (again->cards->len, ==, first->cards->len);
  for (guint i = 0; i < first->cards->len; i++)
    {
      TrappaPriorityCard *a = card_at (first, i), *b = card_at (again, i);

      g_assert_cmpstr (a->id, ==, b->id);
      g_assert_cmpfloat (a->card.width, ==, b->card.width);
      g_assert_true (a->text == b->text);
    }

  g_assert_true (trappa_plan_set_string (plan, TRAPPA_ITEM (measure), "title", "Nytt namn", NULL));
  renamed = trappa_priority_layout_new (plan, &options, W, H);
  index = trappa_priority_layout_find (renamed, trappa_item_get_id (TRAPPA_ITEM (measure)));
  g_assert_cmpstr (pango_layout_get_text (card_at (renamed, index)->text), ==, "Nytt namn");

  narrow = trappa_priority_layout_new (plan, &options, W / 3, H);
  index = trappa_priority_layout_find (narrow, "measure-1");
  g_assert_true (g_str_has_suffix (pango_layout_get_text (card_at (narrow, index)->text), "…"));
  g_assert_cmpstr (pango_layout_get_text (card_at (first, trappa_priority_layout_find (first, "measure-1"))->text),
                   !=, pango_layout_get_text (card_at (narrow, index)->text));
}

static void
get_pixel (cairo_surface_t *surface,
           double           x,
           double           y,
           guint32         *pixel)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  *pixel = *(guint32 *) (data + (int) y * stride + (int) x * 4) & 0xffffff;
}

static void
test_paint (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(TrappaPriorityLayout) layout = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, W, H);
  cairo_t *cr = cairo_create (surface);
  const TrappaChartPalette *palette = trappa_chart_palette_get (TRAPPA_CHART_STYLE_NORMAL);
  TrappaPriorityOptions options;
  TrappaPriorityCard *card;
  guint32 pixel, accent;

  add_measure (plan, "Startlån", 75, 75);
  trappa_priority_options_init (&options);
  options.selected = "measure-1";
  layout = trappa_priority_layout_new (plan, &options, W, H);
  trappa_priority_painter_draw (cr, layout);
  cairo_surface_flush (surface);

  card = card_at (layout, 0);
  accent = ((guint32) (palette->accent.red * 255 + 0.5) << 16) |
           ((guint32) (palette->accent.green * 255 + 0.5) << 8) |
           (guint32) (palette->accent.blue * 255 + 0.5);

  /* The selected card's outline is in the accent colour, its inside is
   * the background; the page corner is background, the grid is not. */
  get_pixel (surface, card->card.x + card->card.width / 2, card->card.y, &pixel);
  g_assert_cmphex (pixel, ==, accent);
  get_pixel (surface, card->card.x + card->card.width - 4, card->card.y + card->card.height - 4, &pixel);
  g_assert_cmphex (pixel, ==, 0xffffff);
  get_pixel (surface, W - 1, H - 1, &pixel);
  g_assert_cmphex (pixel, ==, 0xffffff);
  get_pixel (surface, layout->plot.x + 5, layout->plot.y + layout->plot.height / 2 + 5, &pixel);
  g_assert_cmphex (pixel, !=, 0xffffff);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_export (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autofree char *dir = g_dir_make_tmp ("trappa-priority-XXXXXX", NULL);
  const char *names[] = { "grid.png", "grid.svg", "grid.pdf" };
  const char *magic[] = { "\x89PNG", "<?xml", "%PDF" };
  g_autoptr(GError) error = NULL;

  add_measure (plan, "Startlån", 75, 75);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (trappa_chart_export_command (plan, "priority", path, "800x600", "kunnskap,haster", &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_true (g_str_has_prefix (contents, magic[i]));
      g_unlink (path);
    }

  /* Bad arguments: a clear error and no file. */
  {
    g_autofree char *path = g_build_filename (dir, "grid.png", NULL);

    g_assert_false (trappa_chart_export_command (plan, "priority", path, NULL, "haster,pris", &error));
    g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
    g_clear_error (&error);
    g_assert_false (trappa_chart_export_command (plan, "priority", path, "huge", NULL, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  {
    g_autofree char *path = g_build_filename (dir, "grid.gif", NULL);

    g_assert_false (trappa_chart_export_command (plan, "priority", path, NULL, NULL, &error));
    g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
    g_clear_error (&error);
  }
  {
    g_autofree char *path = g_build_filename (dir, "no-such-folder", "grid.png", NULL);

    g_assert_false (trappa_chart_export_command (plan, "priority", path, NULL, NULL, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
  }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/trappa/measures/layout/positions", test_positions);
  g_test_add_func ("/trappa/measures/layout/overlap-spread", test_overlap_spread);
  g_test_add_func ("/trappa/measures/layout/overlap-fan-out", test_overlap_fan_out);
  g_test_add_func ("/trappa/measures/layout/crowded", test_crowded);
  g_test_add_func ("/trappa/measures/layout/filters", test_filters);
  g_test_add_func ("/trappa/measures/layout/merged", test_merged);
  g_test_add_func ("/trappa/measures/layout/title-cache", test_title_cache);
  g_test_add_func ("/trappa/measures/painter/pixels", test_paint);
  g_test_add_func ("/trappa/measures/export/formats", test_export);
  return g_test_run ();
}
