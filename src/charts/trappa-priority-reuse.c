/* trappa-priority-reuse.c: the cards of the priority grid's previous
 * layout, for the next layout to take over
 *
 * The grid is laid out again after every edit. With 10,000 measures,
 * making every card anew (its id and title copied, its title's measures
 * and fitted text looked up in the title cache by the whole title) and
 * freeing the old ones took a third of a card move. A card taken over
 * keeps what depends only on its measure's id and title and the cards'
 * font; the layout works out everything else afresh, so the grid is the
 * same as a fresh layout's. The plan counts the changes to its measures
 * (trappa_priority_figures_changed_since): a measure that did not change
 * since the previous layout of the same plan keeps its card's id and
 * title unread, as reading 10,000 titles from 10,000 records took
 * longer than the rest of taking them over. Any other measure's are
 * compared (a measure freed meanwhile may have left its address to
 * another).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-priority-reuse"

#include "trappa-priority-figures.h"
#include "trappa-priority-reuse.h"

/* Past this many changed measures, they are found by hashing. */
#define FEW_CHANGED 16

struct _TrappaPriorityReuse
{
  TrappaPriorityLayout *previous;
  gboolean              same_font;
  /* The measures changed since the previous layout; NULL: unknown (another
   * plan, language, or measures came, went or moved). */
  GPtrArray            *changed;
  GHashTable           *changed_set;   /* the same, when many */
  /* The previous cards are asked for mostly in their own order (the plan's,
   * the selected card last): the one after the last taken is tried first. */
  guint                 next;
  GHashTable           *index;      /* measure → its card's index + 1; made on the first miss */
};

TrappaPriorityReuse *
trappa_priority_reuse_new (TrappaPriorityLayout       *previous,
                           TrappaPlan                 *plan,
                           const PangoFontDescription *card_font,
                           const char                 *untitled)
{
  TrappaPriorityReuse *self = g_new0 (TrappaPriorityReuse, 1);
  g_autoptr(TrappaPlan) previous_plan = g_weak_ref_get (&previous->plan);

  self->previous = previous;
  self->same_font = pango_font_description_equal (pango_layout_get_font_description (previous->card_probe),
                                                  card_font);
  self->changed = g_ptr_array_new ();
  if (previous_plan != plan || g_strcmp0 (previous->untitled, untitled) != 0 ||
      !trappa_priority_figures_changed_since (plan, previous->stamp, self->changed))
    g_clear_pointer (&self->changed, g_ptr_array_unref);
  else if (self->changed->len > FEW_CHANGED)
    {
      self->changed_set = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < self->changed->len; i++)
        g_hash_table_add (self->changed_set, self->changed->pdata[i]);
    }
  return self;
}

void
trappa_priority_reuse_free (TrappaPriorityReuse *self)
{
  if (self == NULL)
    return;
  trappa_priority_layout_free (self->previous);
  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_pointer (&self->changed, g_ptr_array_unref);
  g_clear_pointer (&self->changed_set, g_hash_table_unref);
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

static gboolean
has_changed (TrappaPriorityReuse *self,
             TrappaMeasure       *measure)
{
  if (self->changed == NULL)
    return TRUE;
  if (self->changed_set != NULL)
    return g_hash_table_contains (self->changed_set, measure);
  for (guint i = 0; i < self->changed->len; i++)
    if (self->changed->pdata[i] == measure)
      return TRUE;
  return FALSE;
}

TrappaPriorityCard *
trappa_priority_reuse_take (TrappaPriorityReuse *self,
                            TrappaMeasure       *measure,
                            gboolean            *unchanged)
{
  GPtrArray *cards = self->previous->cards;
  TrappaPriorityCard *card;
  int index = find (self, measure);

  *unchanged = FALSE;
  if (index < 0 || cards->pdata[index] == NULL)
    return NULL;
  *unchanged = !has_changed (self, measure);
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
