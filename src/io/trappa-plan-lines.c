/* trappa-plan-lines.c: where in the plan file each record and field was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-io"

#include "trappa-plan-lines.h"

/* All places in one array, each record's chained newest first: a plan of
 * 10,000 measures has some 600,000 of them, and an array per record
 * cost more memory than its records' values. */
typedef struct
{
  const char *field;  /* NULL: the record */
  guint       line;
  guint       next;   /* the record's previous place + 1, or 0 */
} Place;

struct _TrappaPlanLines
{
  GArray     *places;
  GHashTable *latest;  /* TrappaItem → its newest place + 1 */
  TrappaItem *item;    /* the record being read, whose newest place */
  guint       head;    /* is here rather than in @latest */
};

TrappaPlanLines *
trappa_plan_lines_new (void)
{
  TrappaPlanLines *self = g_new0 (TrappaPlanLines, 1);

  self->places = g_array_new (FALSE, FALSE, sizeof (Place));
  self->latest = g_hash_table_new (NULL, NULL);
  return self;
}

void
trappa_plan_lines_free (TrappaPlanLines *self)
{
  g_array_unref (self->places);
  g_hash_table_unref (self->latest);
  g_free (self);
}

void
trappa_plan_lines_add (TrappaPlanLines *self,
                       TrappaItem      *item,
                       const char      *field,
                       guint            line)
{
  Place place = { field, line, 0 };

  /* A record's places mostly come one after another. */
  if (item != self->item)
    {
      if (self->item != NULL)
        g_hash_table_insert (self->latest, self->item, GUINT_TO_POINTER (self->head));
      self->item = item;
      self->head = GPOINTER_TO_UINT (g_hash_table_lookup (self->latest, item));
    }
  place.next = self->head;
  g_array_append_val (self->places, place);
  self->head = self->places->len;
}

guint
trappa_plan_lines_get (TrappaPlanLines *self,
                       TrappaItem      *item,
                       const char      *field)
{
  guint record = 0;
  guint at = item == self->item ? self->head : GPOINTER_TO_UINT (g_hash_table_lookup (self->latest, item));

  while (at > 0)
    {
      Place *place = &g_array_index (self->places, Place, at - 1);

      if (place->field == NULL)
        record = place->line;
      else if (field != NULL && g_str_equal (place->field, field))
        return place->line;
      at = place->next;
    }
  return record;
}
