/* priority-layout-compare.c: two priority grid layouts, card by card and
 * label by label, are the same grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "priority-layout-compare.h"

static void
assert_same_text (PangoLayout *a,
                  PangoLayout *b)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a != NULL)
    g_assert_cmpstr (pango_layout_get_text (a), ==, pango_layout_get_text (b));
}

static void
assert_same_rect (const cairo_rectangle_t *a,
                  const cairo_rectangle_t *b)
{
  g_assert_cmpfloat (a->x, ==, b->x);
  g_assert_cmpfloat (a->y, ==, b->y);
  g_assert_cmpfloat (a->width, ==, b->width);
  g_assert_cmpfloat (a->height, ==, b->height);
}

void
priority_layout_assert_same (TrappaPriorityLayout *kept,
                             TrappaPriorityLayout *fresh)
{
  assert_same_rect (&kept->plot, &fresh->plot);
  assert_same_rect (&kept->tray, &fresh->tray);
  g_assert_cmpint (kept->card_lines, ==, fresh->card_lines);
  g_assert_cmpuint (kept->n_placed, ==, fresh->n_placed);
  g_assert_cmpuint (kept->labels->len, ==, fresh->labels->len);
  for (guint i = 0; i < kept->labels->len; i++)
    {
      TrappaPriorityLabel *a = kept->labels->pdata[i], *b = fresh->labels->pdata[i];

      assert_same_rect (&a->box, &b->box);
      assert_same_text (a->text, b->text);
    }
  g_assert_cmpuint (kept->cards->len, ==, fresh->cards->len);
  for (guint i = 0; i < kept->cards->len; i++)
    {
      TrappaPriorityCard *a = kept->cards->pdata[i], *b = fresh->cards->pdata[i];

      g_assert_cmpstr (a->id, ==, b->id);
      g_assert_cmpstr (a->title, ==, b->title);
      g_assert_cmpint (a->placed, ==, b->placed);
      g_assert_cmpfloat (a->score_x, ==, b->score_x);
      g_assert_cmpfloat (a->score_y, ==, b->score_y);
      g_assert_cmpfloat (a->anchor_x, ==, b->anchor_x);
      g_assert_cmpfloat (a->anchor_y, ==, b->anchor_y);
      assert_same_rect (&a->card, &b->card);
      assert_same_text (a->text, b->text);
      g_assert_cmpfloat (a->marker, ==, b->marker);
      g_assert_cmpint (a->marker_scored, ==, b->marker_scored);
      g_assert_cmpfloat (a->marker_radius, ==, b->marker_radius);
      g_assert_cmpint (a->selected, ==, b->selected);
      g_assert_cmpfloat (a->spread_x, ==, b->spread_x);
      g_assert_cmpfloat (a->spread_y, ==, b->spread_y);
      g_assert_cmpuint (a->n_groups, ==, b->n_groups);
      g_assert_cmpuint (a->dots, ==, b->dots);
      g_assert_cmpuint (a->stack, ==, b->stack);
      g_assert_cmpint (a->stack_top, ==, b->stack_top);
    }
}
