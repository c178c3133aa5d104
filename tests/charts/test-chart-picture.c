/* test-chart-picture.c: a chart view's kept picture shows what painting
 * the chart afresh shows, after a card move (kept), and after edits that
 * change the chart, a selection and a style (painted anew)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "chart-pixels.h"
#include "trappa-chart-picture.h"
#include "trappa-plan-file.h"
#include "trappa-priority.h"

#define WIDTH  900
#define HEIGHT 640

static cairo_surface_t *
blank (void)
{
  return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
}

typedef struct
{
  const TrappaChartKind *kind;
  TrappaPlan            *plan;
  TrappaChartPicture    *picture;
  TrappaChartStyle       style;
  int                    selected;
  GskRenderNode         *node;     /* the last frame's */
  cairo_surface_t       *drawn;    /* what it drew */
} Fixture;

/* Lays the chart out as the view does after an edit and takes a frame
 * through the picture; its drawing must be the fresh paint's. Returns
 * whether the frame kept the node of the frame before. */
static gboolean
frame (Fixture *f)
{
  TrappaChartRequest request = { .plan = f->plan, .style = f->style };
  gpointer layout = f->kind->layout (f->kind, &request, WIDTH, HEIGHT, NULL);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  cairo_surface_t *kept = blank (), *painted = blank ();
  GskRenderNode *node;
  gboolean same;
  cairo_t *cr;

  g_assert_nonnull (layout);
  trappa_chart_picture_snapshot (f->picture, snapshot, f->kind, layout, WIDTH, HEIGHT, f->selected, -1);
  node = gtk_snapshot_free_to_node (snapshot);
  cr = cairo_create (kept);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cr = cairo_create (painted);
  f->kind->paint (cr, layout, f->selected, -1);
  cairo_destroy (cr);
  f->kind->free (layout);
  /* GSK replays a cairo node a little differently at the edges of
   * antialiased shapes (a pixel here and there); a bar or label missing
   * or out of place differs in hundreds. */
  g_assert_cmpuint (chart_pixels_count_differences (kept, painted), <=, WIDTH * HEIGHT / 5000);
  same = f->node != NULL && node == f->node;
  g_clear_pointer (&f->node, gsk_render_node_unref);
  f->node = node;
  g_clear_pointer (&f->drawn, cairo_surface_destroy);
  f->drawn = kept;
  cairo_surface_destroy (painted);
  return same;
}

/* A frame painted anew that looks different from the one before. */
static void
assert_new_picture (Fixture *f)
{
  cairo_surface_t *before = cairo_surface_reference (f->drawn);

  g_assert_false (frame (f));
  g_assert_cmpuint (chart_pixels_count_differences (before, f->drawn), >, 20);
  cairo_surface_destroy (before);
}

static void
test_kept (gconstpointer data)
{
  g_autoptr(TrappaPlan) plan = chart_pixels_load_example ("alver.trappa");
  g_autoptr(TrappaChartPicture) picture = trappa_chart_picture_new ();
  Fixture f = { trappa_chart_kind_find (data, NULL), plan, picture, TRAPPA_CHART_STYLE_NORMAL, -1 };
  g_autoptr(TrappaMeasure) measure = g_list_model_get_item (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan),
                                                                                                  "measures")), 0);
  const char *kind = g_str_equal (data, "meistringstrapp") ? TRAPPA_STAIRCASE_ACTIVITY : TRAPPA_STAIRCASE_HOUSING;
  GListModel *steps = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (trappa_plan_get_staircase (plan, kind)),
                                                          "steps"));
  /* Alver's third step has units, mapped need and a gap on both. */
  g_autoptr(TrappaItem) step = g_list_model_get_item (steps, 2);

  g_assert_nonnull (f.kind->picture_key);
  g_assert_false (frame (&f));
  /* A card moved on the priority grid: the chart is as it was. */
  g_assert_true (trappa_measure_set_score (measure, plan, "", trappa_priority_axis_name (0), 1, NULL));
  g_assert_true (frame (&f));
  g_assert_true (trappa_measure_set_score (measure, plan, "", trappa_priority_axis_name (0), 5, NULL));
  g_assert_true (frame (&f));
  /* Edits the chart shows, the selection and the style: painted anew. */
  g_assert_true (trappa_plan_set_int (plan, step, "units-today",
                                      trappa_item_get_int (step, "units-today") + 25, NULL));
  assert_new_picture (&f);
  g_assert_true (trappa_plan_set_string (plan, step, "name", "Eit heilt anna namn på trinnet", NULL));
  assert_new_picture (&f);
  f.selected = 1;
  assert_new_picture (&f);
  f.style = TRAPPA_CHART_STYLE_DARK;
  assert_new_picture (&f);
  /* Undone, the chart is drawn as it was first, not from a stale picture. */
  while (trappa_plan_undo (plan))
    ;
  f.selected = -1;
  f.style = TRAPPA_CHART_STYLE_NORMAL;
  assert_new_picture (&f);
  g_assert_true (frame (&f));
  g_clear_pointer (&f.node, gsk_render_node_unref);
  g_clear_pointer (&f.drawn, cairo_surface_destroy);
  trappa_plan_clear_history (plan);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();
  g_test_add_data_func ("/trappa/charts/picture/bustadtrapp", "bustadtrapp", test_kept);
  g_test_add_data_func ("/trappa/charts/picture/meistringstrapp", "meistringstrapp", test_kept);
  g_test_add_data_func ("/trappa/charts/picture/gap", "gap", test_kept);
  return g_test_run ();
}
