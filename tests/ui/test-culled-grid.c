/* test-culled-grid.c: a grid that draws only the rows in view looks as
 * a plain GtkGrid does wherever its window is scrolled, and after the
 * grid moved without changing size; and it does leave rows out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "trappa-culled-grid.h"
#include "ui-test-util.h"

#define ROWS 300
#define COLUMNS 4

typedef struct
{
  GtkWindow         *window;
  GtkScrolledWindow *scroller;
  GtkWidget         *grid;
  GtkLabel          *above;   /* a label over the grid and one under it */
  GtkLabel          *below;
} Twin;

static Twin
twin_new (GtkWidget *grid)
{
  Twin twin = { NULL, GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ()), grid,
                GTK_LABEL (gtk_label_new ("Over")), GTK_LABEL (gtk_label_new ("Under\nthe\ngrid")) };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  for (int r = 0; r < ROWS; r++)
    for (int c = 0; c < COLUMNS; c++)
      {
        g_autofree char *text = g_strdup_printf ("Row %d, column %d", r, c);

        gtk_grid_attach (GTK_GRID (grid), gtk_label_new (text), c, r, 1, 1);
      }
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (twin.above));
  gtk_box_append (GTK_BOX (box), grid);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (twin.below));
  gtk_scrolled_window_set_child (twin.scroller, box);
  /* An overlay scrollbar fades out in its own time. */
  gtk_scrolled_window_set_overlay_scrolling (twin.scroller, FALSE);
  twin.window = ui_test_window_new (GTK_WIDGET (twin.scroller), 500, 400);
  return twin;
}

/* The bytes of @widget as its window shows it. */
static GBytes *
pixels_of (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  guchar *data = g_malloc ((gsize) width * height * 4);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, data, (gsize) width * 4);
  return g_bytes_new_take (data, (gsize) width * height * 4);
}

static void
assert_same_pixels (Twin *culled,
                    Twin *plain)
{
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;

  ui_test_settle (GTK_WIDGET (culled->window));
  ui_test_settle (GTK_WIDGET (plain->window));
  a = pixels_of (GTK_WIDGET (culled->scroller));
  b = pixels_of (GTK_WIDGET (plain->scroller));
  g_assert_true (g_bytes_equal (a, b));
}

static void
scroll_both (Twin   *culled,
             Twin   *plain,
             double  fraction)
{
  Twin *twins[] = { culled, plain };

  for (guint i = 0; i < G_N_ELEMENTS (twins); i++)
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (twins[i]->scroller);
      double range = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

      gtk_adjustment_set_value (adjustment, fraction * range);
    }
}

static guint
count_text_nodes (GskRenderNode *node)
{
  guint n = 0;

  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_TEXT_NODE:
      return 1;
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        n += count_text_nodes (gsk_container_node_get_child (node, i));
      return n;
    case GSK_TRANSFORM_NODE:
      return count_text_nodes (gsk_transform_node_get_child (node));
    case GSK_CLIP_NODE:
      return count_text_nodes (gsk_clip_node_get_child (node));
    default:
      return 0;
    }
}

/* Labels drawn by @grid's own snapshot. */
static guint
drawn_labels (GtkWidget *grid)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  GTK_WIDGET_GET_CLASS (grid)->snapshot (grid, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  return node != NULL ? count_text_nodes (node) : 0;
}

static void
test_as_plain (void)
{
  Twin culled = twin_new (trappa_culled_grid_new ());
  Twin plain = twin_new (gtk_grid_new ());
  const double fractions[] = { 0, 0.003, 0.25, 0.5, 0.51, 0.9, 1, 0.4 };

  assert_same_pixels (&culled, &plain);
  /* A few rows of the 300 in view. */
  g_assert_cmpuint (drawn_labels (culled.grid), >, 0);
  g_assert_cmpuint (drawn_labels (culled.grid), <, ROWS * COLUMNS / 4);
  g_assert_cmpuint (drawn_labels (plain.grid), ==, ROWS * COLUMNS);

  for (guint i = 0; i < G_N_ELEMENTS (fractions); i++)
    {
      scroll_both (&culled, &plain, fractions[i]);
      assert_same_pixels (&culled, &plain);
    }

  /* The grid moves down two lines and keeps its size, as does the
   * whole: only the view over the grid changes. */
  gtk_label_set_text (culled.above, "Over\nthe\ngrid");
  gtk_label_set_text (culled.below, "Under");
  gtk_label_set_text (plain.above, "Over\nthe\ngrid");
  gtk_label_set_text (plain.below, "Under");
  assert_same_pixels (&culled, &plain);

  ui_test_window_destroy (culled.window);
  ui_test_window_destroy (plain.window);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);
  g_test_add_func ("/culled-grid/as-plain", test_as_plain);
  return g_test_run ();
}
