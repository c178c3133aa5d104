/* trappa-culled-grid.c: a grid that draws only the rows its scrolled
 * window shows
 *
 * GTK 4.8 draws every node of a window's tree on each frame, in view or
 * not (the cairo renderer culls nothing): the action plan's tables of
 * 2,000 measures, 12,000 labels, cost half of each edit's frame in text
 * drawn outside the window. This grid snapshots only the children that
 * meet its viewport. GTK keeps a widget's snapshot while it only moves,
 * as it does when the window scrolls, so the grid draws itself again
 * after each layout that moved the view over it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-culled-grid"

#include "trappa-culled-grid.h"

struct _TrappaCulledGrid
{
  GtkGrid        parent_instance;

  GdkFrameClock *clock;
  gulong         layout_id;
  /* The view at the last snapshot, in the grid's coordinates, and
   * whether that snapshot left children out. */
  double         top;
  double         bottom;
  gboolean       culled;
};

G_DEFINE_FINAL_TYPE (TrappaCulledGrid, trappa_culled_grid, GTK_TYPE_GRID)

/* The part of the grid's coordinates its viewport shows, if it is in one. */
static gboolean
view_of (TrappaCulledGrid *self,
         double           *top,
         double           *bottom)
{
  GtkWidget *viewport = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_VIEWPORT);
  graphene_rect_t view;

  if (viewport == NULL || !gtk_widget_compute_bounds (viewport, GTK_WIDGET (self), &view))
    return FALSE;
  *top = view.origin.y;
  *bottom = view.origin.y + view.size.height;
  return TRUE;
}

static void
trappa_culled_grid_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  TrappaCulledGrid *self = TRAPPA_CULLED_GRID (widget);
  gboolean in_view = view_of (self, &self->top, &self->bottom);

  self->culled = FALSE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkAllocation at;

      if (in_view)
        {
          gtk_widget_get_allocation (child, &at);
          /* Rows go down with the children: all the rest are below too. */
          if (at.y >= self->bottom)
            {
              self->culled = TRUE;
              break;
            }
          if (at.y + at.height <= self->top)
            {
              self->culled = TRUE;
              continue;
            }
        }
      gtk_widget_snapshot_child (widget, child, snapshot);
    }
}

/* After GTK's layout of the frame, before its paint. */
static void
on_layout (GdkFrameClock    *clock,
           TrappaCulledGrid *self)
{
  double top, bottom;

  if (self->culled && (!view_of (self, &top, &bottom) || top != self->top || bottom != self->bottom))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
trappa_culled_grid_realize (GtkWidget *widget)
{
  TrappaCulledGrid *self = TRAPPA_CULLED_GRID (widget);

  GTK_WIDGET_CLASS (trappa_culled_grid_parent_class)->realize (widget);
  self->clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  self->layout_id = g_signal_connect_after (self->clock, "layout", G_CALLBACK (on_layout), self);
}

static void
trappa_culled_grid_unrealize (GtkWidget *widget)
{
  TrappaCulledGrid *self = TRAPPA_CULLED_GRID (widget);

  g_clear_signal_handler (&self->layout_id, self->clock);
  g_clear_object (&self->clock);
  GTK_WIDGET_CLASS (trappa_culled_grid_parent_class)->unrealize (widget);
}

static void
trappa_culled_grid_class_init (TrappaCulledGridClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = trappa_culled_grid_snapshot;
  widget_class->realize = trappa_culled_grid_realize;
  widget_class->unrealize = trappa_culled_grid_unrealize;
}

static void
trappa_culled_grid_init (TrappaCulledGrid *self)
{
}

GtkWidget *
trappa_culled_grid_new (void)
{
  return g_object_new (TRAPPA_TYPE_CULLED_GRID, NULL);
}
