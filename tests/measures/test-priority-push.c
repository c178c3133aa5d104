/* test-priority-push.c: pushing cards apart through the lattice of cells
 * makes exactly the pushes of trying every pair, in crowded and roomy
 * grids, cards of one width and of many
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-priority-push.h"

static const cairo_rectangle_t area = { 40, 30, 800, 500 };

static gboolean
overlap (const cairo_rectangle_t *a,
         const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* What the grid did before the lattice: every pair, every pass. */
static gboolean
push_every_pair (GPtrArray *cards,
                 double     gap,
                 guint      passes)
{
  for (guint pass = 0; pass < passes; pass++)
    {
      gboolean moved = FALSE;

      for (guint i = 0; i < cards->len; i++)
        for (guint j = i + 1; j < cards->len; j++)
          moved |= trappa_priority_push_pair (cards->pdata[i], cards->pdata[j], &area, gap, (i + j) % 2 ? 1 : -1);
      if (!moved)
        break;
    }
  for (guint i = 0; i < cards->len; i++)
    for (guint j = i + 1; j < cards->len; j++)
      if (overlap (&((TrappaPriorityCard *) cards->pdata[i])->card, &((TrappaPriorityCard *) cards->pdata[j])->card))
        return TRUE;
  return FALSE;
}

/* @n cards round a few points (some exactly on one), as wide as @widths
 * allows, twice: in @a and in @b. */
static void
make_cards (GRand     *rand,
            guint      n,
            gboolean   widths,
            GPtrArray *a,
            GPtrArray *b)
{
  for (guint i = 0; i < n; i++)
    {
      TrappaPriorityCard *card = g_new0 (TrappaPriorityCard, 1);
      double cx = area.x + area.width * g_rand_int_range (rand, 0, 3) / 2.0;
      double cy = area.y + area.height * g_rand_int_range (rand, 0, 3) / 2.0;

      card->anchor_x = g_rand_boolean (rand) ? cx : cx + g_rand_double_range (rand, -120, 120);
      card->anchor_y = g_rand_boolean (rand) ? cy : cy + g_rand_double_range (rand, -80, 80);
      card->card.width = widths ? g_rand_double_range (rand, 30, 200) : 90;
      card->card.height = 24;
      card->card.x = CLAMP (card->anchor_x - card->card.width / 2, area.x, area.x + area.width - card->card.width);
      card->card.y = CLAMP (card->anchor_y - card->card.height / 2, area.y, area.y + area.height - card->card.height);
      g_ptr_array_add (a, card);
      g_ptr_array_add (b, g_memdup2 (card, sizeof *card));
    }
}

static void
test_same_pushes (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2040);
  const guint sizes[] = { 2, 7, 60, 250, 600 };
  guint differing_overlap = 0;

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint w = 0; w < 2; w++)
      {
        g_autoptr(GPtrArray) every = g_ptr_array_new_with_free_func (g_free);
        g_autoptr(GPtrArray) near = g_ptr_array_new_with_free_func (g_free);
        g_autoptr(GArray) before = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
        guint passes = sizes[s] < 100 ? 200 : 12;
        gboolean left_every, left_near;
        guint moved = 0;

        make_cards (rand, sizes[s], w == 1, every, near);
        for (guint i = 0; i < every->len; i++)
          g_array_append_val (before, ((TrappaPriorityCard *) every->pdata[i])->card);
        left_every = push_every_pair (every, 6, passes);
        left_near = trappa_priority_push_all (near, &area, 6, passes);
        g_assert_cmpint (left_near, ==, left_every);
        differing_overlap += left_every;
        for (guint i = 0; i < every->len; i++)
          {
            TrappaPriorityCard *x = every->pdata[i], *y = near->pdata[i];

            /* To the last bit. */
            g_assert_cmpfloat (y->card.x, ==, x->card.x);
            g_assert_cmpfloat (y->card.y, ==, x->card.y);
            moved += x->card.x != g_array_index (before, cairo_rectangle_t, i).x ||
                     x->card.y != g_array_index (before, cairo_rectangle_t, i).y;
          }
        /* Past two cards, some did have to move. */
        if (sizes[s] > 2)
          g_assert_cmpuint (moved, >, 0);
      }
  /* Crowded grids keep some overlap, roomy ones none: both answers met. */
  g_assert_cmpuint (differing_overlap, >, 0);
  g_assert_cmpuint (differing_overlap, <, 2 * G_N_ELEMENTS (sizes));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/trappa/measures/push/same-pushes", test_same_pushes);
  return g_test_run ();
}
