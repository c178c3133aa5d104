/* trappa-priority-reuse.c: the cards of the priority grid's previous
 * layout, for the next layout to take over
 *
 * The grid is laid out again after every edit. With 10,000 measures,
 * making every card anew (its id and title copied, its title's measures
 * and fitted text looked up in the title cache by the whole title) and
 * freeing the old ones took a third of a card move. A card taken over
 * keeps what depends only on its measure's id and title and the cards'
 * font (the layout compares the id and title: a measure freed meanwhile
 * may have left its address to another); the layout works out
 * everything else afresh, so the grid is the same as a fresh layout's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-priority-reuse"

#include "trappa-priority-reuse.h"

struct _TrappaPriorityReuse
{
  TrappaPriorityLayout *previous;
  gboolean              same_font;
  /* The previous cards are asked for mostly in their own order (the plan's,
   * the selected card last): the one after the last taken is tried first. */
  guint                 next;
  GHashTable           *index;      /* measure → its card's index + 1; made on the first miss */
};

TrappaPriorityReuse *
trappa_priority_reuse_new (TrappaPriorityLayout       *previous,
                           const PangoFontDescription *card_font)
{
  TrappaPriorityReuse *self = g_new0 (TrappaPriorityReuse, 1);

  self->previous = previous;
  self->same_font = pango_font_description_equal (pango_layout_get_font_description (previous->card_probe),
                                                  card_font);
  return self;
}

void
trappa_priority_reuse_free (TrappaPriorityReuse *self)
{
  if (self == NULL)
    return;
  trappa_priority_layout_free (self->previous);
  g_clear_pointer (&self->index, g_hash_table_unref);
  g_free (self);
}

static gboolean
holds (GPtrArray     *cards,
       guint          index,
       TrappaMeasure *measure)
{
  return index < cards->len && cards->pdata[index] != NULL &&
         ((TrappaPriorityCard *) cards->pdata[index])->measure == measure;
}

static int
find (TrappaPriorityReuse *self,
      TrappaMeasure       *measure)
{
  GPtrArray *cards = self->previous->cards;

  if (holds (cards, self->next, measure))
    return self->next;
  if (cards->len > 0 && holds (cards, cards->len - 1, measure))
    return cards->len - 1;
  if (self->index == NULL)
    {
      self->index = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < cards->len; i++)
        if (cards->pdata[i] != NULL)
          g_hash_table_insert (self->index, ((TrappaPriorityCard *) cards->pdata[i])->measure,
                               GUINT_TO_POINTER (i + 1));
    }
  return GPOINTER_TO_INT (g_hash_table_lookup (self->index, measure)) - 1;
}

TrappaPriorityCard *
trappa_priority_reuse_take (TrappaPriorityReuse *self,
                            TrappaMeasure       *measure)
{
  GPtrArray *cards = self->previous->cards;
  TrappaPriorityCard *card;
  int index = find (self, measure);

  if (index < 0 || cards->pdata[index] == NULL)
    return NULL;
  card = g_steal_pointer (&cards->pdata[index]);
  if (index != (int) cards->len - 1)
    self->next = index + 1;
  if (!self->same_font)
    {
      card->measured = FALSE;
      g_clear_object (&card->text);
    }
  return card;
}
