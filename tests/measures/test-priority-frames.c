/* test-priority-frames.c: the priority grid view's kept frames show what
 * painting the grid afresh shows, after a card moved, a title and the dot
 * votes changed, the selection and the style changed, and in the merged
 * view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "chart-pixels.h"
#include "trappa-dot-vote.h"
#include "trappa-plan-file.h"
#include "trappa-priority-frame-cache.h"
#include "trappa-priority-painter.h"

#define WIDTH  900
#define HEIGHT 640

static cairo_surface_t *
blank (void)
{
  return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
}

/* Draws @layout through @cache's render nodes and afresh with the
 * painter; the two agree. Returns the frame's root node. */
static GskRenderNode *
assert_same_as_painted (TrappaPriorityFrameCache   *cache,
                        const TrappaPriorityLayout *layout)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  cairo_surface_t *kept = blank (), *painted = blank ();
  GskRenderNode *node;
  cairo_t *cr;

  trappa_priority_frame_cache_snapshot (cache, snapshot, layout, 1);
  node = gtk_snapshot_free_to_node (snapshot);
  cr = cairo_create (kept);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cr = cairo_create (painted);
  trappa_priority_painter_draw (cr, layout);
  cairo_destroy (cr);
  /* GSK replays a cairo node's drawing a little differently at the edges
   * of antialiased shapes (a pixel here and there); a card or label
   * missing or out of place differs in thousands. */
  g_assert_cmpuint (chart_pixels_count_differences (kept, painted), <=, WIDTH * HEIGHT / 2000);
  cairo_surface_destroy (kept);
  cairo_surface_destroy (painted);
  return node;
}

/* The render nodes of a frame in drawing order (the texture, then each
 * card's layers). */
static GPtrArray *
frame_nodes (GskRenderNode *root)
{
  GPtrArray *nodes = g_ptr_array_new ();

  if (gsk_render_node_get_node_type (root) != GSK_CONTAINER_NODE)
    g_ptr_array_add (nodes, root);
  else
    for (guint i = 0; i < gsk_container_node_get_n_children (root); i++)
      g_ptr_array_add (nodes, gsk_container_node_get_child (root, i));
  return nodes;
}

static guint
count_shared (GPtrArray *before,
              GPtrArray *after)
{
  guint n = 0;

  for (guint i = 0; i < after->len; i++)
    n += g_ptr_array_find (before, after->pdata[i], NULL);
  return n;
}

static TrappaPriorityLayout *
lay_out (TrappaPlan                  *plan,
         const TrappaPriorityOptions *options)
{
  return trappa_priority_layout_new (plan, options, WIDTH, HEIGHT);
}

static void
test_card_move (void)
{
  g_autoptr(TrappaPlan) plan = chart_pixels_load_example ("alver.trappa");
  g_autoptr(TrappaPriorityFrameCache) cache = trappa_priority_frame_cache_new ();
  TrappaMeasure *measure = NULL;
  TrappaPriorityOptions options;
  g_autoptr(TrappaPriorityLayout) first = NULL, second = NULL, third = NULL;
  g_autoptr(GskRenderNode) one = NULL, two = NULL, three = NULL;
  g_autoptr(GPtrArray) nodes_one = NULL, nodes_two = NULL, nodes_three = NULL;

  trappa_priority_options_init (&options);
  first = lay_out (plan, &options);
  g_assert_cmpuint (first->cards->len, >, 5);
  /* A card on the grid (the tray stays as it is). */
  for (guint i = 0; i < first->cards->len && measure == NULL; i++)
    if (((TrappaPriorityCard *) first->cards->pdata[i])->placed)
      measure = ((TrappaPriorityCard *) first->cards->pdata[i])->measure;
  g_assert_nonnull (measure);
  one = assert_same_as_painted (cache, first);
  nodes_one = frame_nodes (one);

  /* One card moves: the background and most cards are the frame before's. */
  trappa_plan_begin_edit (plan, "Move");
  g_assert_true (trappa_measure_set_score (measure, plan, "", trappa_priority_axis_name (options.x_axis), 3, NULL));
  g_assert_true (trappa_measure_set_score (measure, plan, "", trappa_priority_axis_name (options.y_axis), 97, NULL));
  trappa_plan_end_edit (plan);
  second = lay_out (plan, &options);
  two = assert_same_as_painted (cache, second);
  nodes_two = frame_nodes (two);
  g_assert_true (nodes_two->pdata[0] == nodes_one->pdata[0]);
  g_assert_cmpuint (count_shared (nodes_one, nodes_two), >=, nodes_two->len / 2);
  g_assert_cmpuint (count_shared (nodes_one, nodes_two), <, nodes_two->len);

  /* A new title, dot votes and a selection show at once. */
  g_assert_true (trappa_plan_set_string (plan, TRAPPA_ITEM (measure), "title", "Eit heilt anna namn", NULL));
  g_assert_true (trappa_measure_set_dots (measure, plan, "", 7, NULL));
  options.selected = trappa_item_get_id (TRAPPA_ITEM (measure));
  third = lay_out (plan, &options);
  three = assert_same_as_painted (cache, third);
  nodes_three = frame_nodes (three);
  g_assert_true (nodes_three->pdata[0] == nodes_two->pdata[0]);
}

static void
test_style_and_merged (void)
{
  g_autoptr(TrappaPlan) plan = chart_pixels_load_example ("alver.trappa");
  g_autoptr(TrappaPriorityFrameCache) cache = trappa_priority_frame_cache_new ();
  TrappaPriorityOptions options;
  TrappaChartStyle styles[] = { TRAPPA_CHART_STYLE_NORMAL, TRAPPA_CHART_STYLE_DARK,
                                TRAPPA_CHART_STYLE_HIGH_CONTRAST, TRAPPA_CHART_STYLE_PRESENTING };

  trappa_priority_options_init (&options);
  for (guint merged = 0; merged < 2; merged++)
    for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
      {
        g_autoptr(TrappaPriorityLayout) layout = NULL;
        g_autoptr(GskRenderNode) node = NULL;

        options.merged = merged;
        options.style = styles[s];
        layout = lay_out (plan, &options);
        node = assert_same_as_painted (cache, layout);
      }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();
  g_test_add_func ("/trappa/measures/frames/card-move", test_card_move);
  g_test_add_func ("/trappa/measures/frames/style-and-merged", test_style_and_merged);
  return g_test_run ();
}
