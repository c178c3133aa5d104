/* trappa-priority-buckets.c: points of the priority grid sorted into a
 * lattice of cells, to find the few near one place without looking at
 * every card
 *
 * Pushing cards apart and stacking them compared every card with every
 * other: with 1,000 measures that was a third of a card move's layout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-priority-buckets"

#include <math.h>

#include "trappa-priority-buckets.h"

/* Cells on a side at most, whatever the sizes: bounds the memory. */
#define MAX_CELLS 256

struct _TrappaPriorityBuckets
{
  double   x, y, cell_width, cell_height;
  guint    columns, rows;
  GArray **cells;    /* guint items; NULL: none yet */
  guint   *cell_of;  /* each item's cell; G_MAXUINT: not placed */
  guint    n;
};

/* The cell along one side of @start @position falls in, clamped to the
 * lattice: a monotonic mapping, so a range of positions maps to a range
 * of cells holding all of them. */
static guint
cell_along (double position,
            double start,
            double size,
            guint  cells)
{
  double cell = floor ((position - start) / size);

  if (!(cell > 0))
    return 0;
  return cell >= cells - 1 ? cells - 1 : (guint) cell;
}

TrappaPriorityBuckets *
trappa_priority_buckets_new (const cairo_rectangle_t *area,
                             double                   cell_width,
                             double                   cell_height,
                             guint                    n)
{
  TrappaPriorityBuckets *self = g_new0 (TrappaPriorityBuckets, 1);

  self->x = area->x;
  self->y = area->y;
  self->cell_width = MAX (MAX (cell_width, area->width / (MAX_CELLS - 1)), 1e-3);
  self->cell_height = MAX (MAX (cell_height, area->height / (MAX_CELLS - 1)), 1e-3);
  self->columns = MIN ((guint) ceil (MAX (area->width, 0) / self->cell_width) + 1, MAX_CELLS);
  self->rows = MIN ((guint) ceil (MAX (area->height, 0) / self->cell_height) + 1, MAX_CELLS);
  self->cells = g_new0 (GArray *, self->columns * self->rows);
  self->n = n;
  self->cell_of = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    self->cell_of[i] = G_MAXUINT;
  return self;
}

void
trappa_priority_buckets_free (TrappaPriorityBuckets *self)
{
  if (self == NULL)
    return;
  for (guint c = 0; c < self->columns * self->rows; c++)
    if (self->cells[c] != NULL)
      g_array_unref (self->cells[c]);
  g_free (self->cells);
  g_free (self->cell_of);
  g_free (self);
}

void
trappa_priority_buckets_place (TrappaPriorityBuckets *self,
                               guint                  index,
                               double                 x,
                               double                 y)
{
  guint cell = cell_along (y, self->y, self->cell_height, self->rows) * self->columns +
               cell_along (x, self->x, self->cell_width, self->columns);
  guint old;

  g_return_if_fail (index < self->n);
  old = self->cell_of[index];
  if (old == cell)
    return;
  if (old != G_MAXUINT)
    {
      GArray *items = self->cells[old];

      for (guint k = 0; k < items->len; k++)
        if (g_array_index (items, guint, k) == index)
          {
            g_array_remove_index_fast (items, k);
            break;
          }
    }
  if (self->cells[cell] == NULL)
    self->cells[cell] = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (self->cells[cell], index);
  self->cell_of[index] = cell;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

void
trappa_priority_buckets_find (TrappaPriorityBuckets *self,
                              double                 x0,
                              double                 y0,
                              double                 x1,
                              double                 y1,
                              int                    after,
                              GArray                *found)
{
  guint c0 = cell_along (x0, self->x, self->cell_width, self->columns);
  guint c1 = cell_along (x1, self->x, self->cell_width, self->columns);
  guint r0 = cell_along (y0, self->y, self->cell_height, self->rows);
  guint r1 = cell_along (y1, self->y, self->cell_height, self->rows);

  g_array_set_size (found, 0);
  for (guint r = r0; r <= r1; r++)
    for (guint c = c0; c <= c1; c++)
      {
        GArray *items = self->cells[r * self->columns + c];

        for (guint k = 0; items != NULL && k < items->len; k++)
          if ((int) g_array_index (items, guint, k) > after)
            g_array_append_val (found, g_array_index (items, guint, k));
      }
  g_array_sort (found, compare_items);
}
