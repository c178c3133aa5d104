/* trappa-plan-lines.c: where in the plan file each record and field was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-io"

#include "trappa-plan-lines.h"

typedef struct
{
  const char *field;  /* NULL: the record */
  guint       line;
} Place;

struct _TrappaPlanLines
{
  GHashTable *places;  /* TrappaItem → GArray of Place, a few per record */
};

TrappaPlanLines *
trappa_plan_lines_new (void)
{
  TrappaPlanLines *self = g_new0 (TrappaPlanLines, 1);

  self->places = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  return self;
}

void
trappa_plan_lines_free (TrappaPlanLines *self)
{
  g_hash_table_unref (self->places);
  g_free (self);
}

void
trappa_plan_lines_add (TrappaPlanLines *self,
                       TrappaItem      *item,
                       const char      *field,
                       guint            line)
{
  GArray *places = g_hash_table_lookup (self->places, item);
  Place place = { field, line };

  if (places == NULL)
    {
      places = g_array_new (FALSE, FALSE, sizeof (Place));
      g_hash_table_insert (self->places, item, places);
    }
  g_array_append_val (places, place);
}

guint
trappa_plan_lines_get (TrappaPlanLines *self,
                       TrappaItem      *item,
                       const char      *field)
{
  GArray *places = g_hash_table_lookup (self->places, item);
  guint record = 0;

  for (guint i = 0; places != NULL && i < places->len; i++)
    {
      Place *place = &g_array_index (places, Place, i);

      if (place->field == NULL)
        record = place->line;
      else if (field != NULL && g_str_equal (place->field, field))
        return place->line;
    }
  return record;
}
