/* trappa-priority-push.c: cards that cover one another pushed apart, each
 * keeping near its point
 *
 * A pass used to try every pair of cards, though a card can only touch
 * the few near it: with 1,000 measures that was a third of a card move's
 * layout. Here each card is tried only with the later cards in the cells
 * of a lattice (trappa-priority-buckets.c) that can reach it, found again
 * whenever a push moved it. A pair that is not tried is a pair that
 * trappa_priority_push_pair would have left as it was, so the pushes are
 * the same, in the same order, to the last bit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-priority-push"

#include <math.h>

#include "trappa-priority-buckets.h"
#include "trappa-priority-push.h"

/* Past the widest card, the lattice's reach: rounding never hides a pair. */
#define SLACK 1.0

/* Moves @pos by up to @want (signed) within [@lo, @hi]; returns the move. */
static double
shift (double *pos,
       double  want,
       double  lo,
       double  hi)
{
  double before = *pos;

  *pos = CLAMP (*pos + want, lo, MAX (lo, hi));
  return *pos - before;
}

/* Pushes two overlapping cards apart by @need along one axis, each half
 * the way; where one meets the edge of the grid the other goes further.
 * Returns how far they got apart. */
static double
push_along (TrappaPriorityCard      *a,
            TrappaPriorityCard      *b,
            const cairo_rectangle_t *area,
            gboolean                 across,
            double                   need,
            int                      parity)
{
  double dir, moved, *pa, *pb, lo, hi;

  if (across)
    {
      dir = a->anchor_x != b->anchor_x ? (a->anchor_x < b->anchor_x ? -1 : 1) : parity;
      pa = &a->card.x, pb = &b->card.x;
      lo = area->x, hi = area->x + area->width - a->card.width;
    }
  else
    {
      dir = a->anchor_y != b->anchor_y ? (a->anchor_y < b->anchor_y ? -1 : 1) : parity;
      pa = &a->card.y, pb = &b->card.y;
      lo = area->y, hi = area->y + area->height - a->card.height;
    }
  moved = fabs (shift (pa, dir * need / 2, lo, hi));
  moved += fabs (shift (pb, -dir * (need - moved), lo, hi));
  if (moved < need)
    moved += fabs (shift (pa, dir * (need - moved), lo, hi));
  return moved;
}

gboolean
trappa_priority_push_pair (TrappaPriorityCard      *a,
                           TrappaPriorityCard      *b,
                           const cairo_rectangle_t *area,
                           double                   gap,
                           int                      parity)
{
  double ox = MIN (a->card.x + a->card.width, b->card.x + b->card.width) - MAX (a->card.x, b->card.x) + gap;
  double oy = MIN (a->card.y + a->card.height, b->card.y + b->card.height) - MAX (a->card.y, b->card.y) + gap;
  gboolean across;

  if (ox <= 0 || oy <= 0)
    return FALSE;
  /* When the grid's edge stops the shorter way (a full row at the top),
   * along the other. */
  across = ox / a->card.width < oy / a->card.height;
  if (push_along (a, b, area, across, across ? ox : oy, parity) < (across ? ox : oy) - 0.5)
    push_along (a, b, area, !across, across ? oy : ox, parity);
  return TRUE;
}

static gboolean
overlap (const cairo_rectangle_t *a,
         const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

typedef struct
{
  GPtrArray             *cards;
  TrappaPriorityBuckets *buckets;
  GArray                *near;     /* guint */
  double                 reach_x;  /* the widest card, the gap and some slack */
  double                 reach_y;
} Lattice;

/* Sets @lattice->near to the cards after @after that may be within @gap
 * of card @index, in order. */
static void
find_near (Lattice *lattice,
           guint    index,
           int      after,
           double   gap)
{
  const cairo_rectangle_t *r = &((TrappaPriorityCard *) lattice->cards->pdata[index])->card;

  trappa_priority_buckets_find (lattice->buckets, r->x - lattice->reach_x, r->y - lattice->reach_y,
                                r->x + r->width + gap + SLACK, r->y + r->height + gap + SLACK,
                                after, lattice->near);
}

static void
place (Lattice *lattice,
       guint    index)
{
  const cairo_rectangle_t *r = &((TrappaPriorityCard *) lattice->cards->pdata[index])->card;

  trappa_priority_buckets_place (lattice->buckets, index, r->x, r->y);
}

/* Card @i with every later card, as the pass over all pairs would. */
static gboolean
push_later (Lattice                 *lattice,
            guint                    i,
            const cairo_rectangle_t *area,
            double                   gap)
{
  gboolean moved = FALSE;
  int after = (int) i;
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      find_near (lattice, i, after, gap);
      for (guint k = 0; k < lattice->near->len && !again; k++)
        {
          guint j = g_array_index (lattice->near, guint, k);

          if (trappa_priority_push_pair (lattice->cards->pdata[i], lattice->cards->pdata[j], area, gap,
                                         (i + j) % 2 ? 1 : -1))
            {
              /* Card @i moved: what is near it is found again. */
              place (lattice, i);
              place (lattice, j);
              moved = again = TRUE;
              after = (int) j;
            }
        }
    }
  return moved;
}

gboolean
trappa_priority_push_all (GPtrArray               *cards,
                          const cairo_rectangle_t *area,
                          double                   gap,
                          guint                    passes)
{
  Lattice lattice = { cards, NULL, NULL, 0, 0 };
  gboolean any = FALSE;

  if (cards->len < 2)
    return FALSE;
  for (guint i = 0; i < cards->len; i++)
    {
      const cairo_rectangle_t *r = &((TrappaPriorityCard *) cards->pdata[i])->card;

      lattice.reach_x = MAX (lattice.reach_x, r->width);
      lattice.reach_y = MAX (lattice.reach_y, r->height);
    }
  lattice.reach_x += MAX (gap, 0) + SLACK;
  lattice.reach_y += MAX (gap, 0) + SLACK;
  lattice.buckets = trappa_priority_buckets_new (area, lattice.reach_x, lattice.reach_y, cards->len);
  lattice.near = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < cards->len; i++)
    place (&lattice, i);

  for (guint pass = 0; pass < passes; pass++)
    {
      gboolean moved = FALSE;

      for (guint i = 0; i < cards->len; i++)
        moved |= push_later (&lattice, i, area, gap);
      if (!moved)
        break;
    }
  for (guint i = 0; i < cards->len && !any; i++)
    {
      find_near (&lattice, i, (int) i, 0);
      for (guint k = 0; k < lattice.near->len && !any; k++)
        any = overlap (&((TrappaPriorityCard *) cards->pdata[i])->card,
                       &((TrappaPriorityCard *) cards->pdata[g_array_index (lattice.near, guint, k)])->card);
    }
  trappa_priority_buckets_free (lattice.buckets);
  g_array_unref (lattice.near);
  return any;
}
