/* trappa-plan-lines.c: where in the plan file each record and field was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-io"

#include "trappa-plan-lines.h"

/* A plan of 10,000 measures has some 170,000 records and 600,000 fields:
 * a field's place is 8 bytes, its record by number, the field by its
 * property's number and whether it names records to check. Lines are
 * looked up only for a message, so a record's fields are found by
 * walking on from its own place. */
#define FIELD_BITS  11
#define REFERENCE   (1u << FIELD_BITS)
/* Kept in blocks rather than arrays that double: no third of them empty. */
#define BLOCK_BITS  13
#define BLOCK       (1u << BLOCK_BITS)
#define MAX_FIELD   ((1u << FIELD_BITS) - 1)
#define MAX_RECORDS (1u << (31 - FIELD_BITS))

G_STATIC_ASSERT (TRAPPA_MAX_RECORDS < MAX_RECORDS);

typedef struct
{
  guint32 line;
  guint32 record_field;  /* the record's number << FIELD_BITS + 1 | REFERENCE | param_id */
} Place;

typedef struct
{
  TrappaItem *item;
  guint32     line;
  guint32     first;     /* its fields' places are from here on */
} Record;

struct _TrappaPlanLines
{
  GPtrArray  *places;    /* blocks of BLOCK Place */
  guint       n_places;
  GPtrArray  *records;   /* blocks of BLOCK Record */
  guint       n_records;
  guint       current;   /* the record whose fields come now, mostly */
  GHashTable *numbers;   /* TrappaItem → its number + 1, made when first needed */
};

TrappaPlanLines *
trappa_plan_lines_new (void)
{
  TrappaPlanLines *self = g_new0 (TrappaPlanLines, 1);

  self->places = g_ptr_array_new_with_free_func (g_free);
  self->records = g_ptr_array_new_with_free_func (g_free);
  return self;
}

void
trappa_plan_lines_free (TrappaPlanLines *self)
{
  g_ptr_array_unref (self->places);
  g_ptr_array_unref (self->records);
  g_clear_pointer (&self->numbers, g_hash_table_unref);
  g_free (self);
}

static Place *
place_at (TrappaPlanLines *self,
          guint            i)
{
  return (Place *) self->places->pdata[i >> BLOCK_BITS] + (i & (BLOCK - 1));
}

static Record *
record_at (TrappaPlanLines *self,
           guint            i)
{
  return (Record *) self->records->pdata[i >> BLOCK_BITS] + (i & (BLOCK - 1));
}

/* Room for one more in @blocks of @size, which hold @n. */
static gpointer
append (GPtrArray *blocks,
        guint     *n,
        gsize      size)
{
  guint i = (*n)++;

  if (i % BLOCK == 0)
    g_ptr_array_add (blocks, g_malloc (BLOCK * size));
  return (char *) blocks->pdata[i / BLOCK] + i % BLOCK * size;
}

/* @item's number + 1, or 0. */
static guint
number_of (TrappaPlanLines *self,
           TrappaItem      *item)
{
  if (self->current < self->n_records && record_at (self, self->current)->item == item)
    return self->current + 1;
  if (self->numbers == NULL)
    {
      self->numbers = g_hash_table_new (NULL, NULL);
      /* The first place of a record read twice (refused anyway) counts. */
      for (guint i = self->n_records; i > 0; i--)
        g_hash_table_insert (self->numbers, record_at (self, i - 1)->item, GUINT_TO_POINTER (i));
    }
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->numbers, item));
}

void
trappa_plan_lines_add (TrappaPlanLines *self,
                       TrappaItem      *item,
                       GParamSpec      *field,
                       guint            line)
{
  guint number;

  if (field == NULL)
    {
      g_return_if_fail (self->n_records < MAX_RECORDS);
      *(Record *) append (self->records, &self->n_records, sizeof (Record)) =
        (Record) { item, line, self->n_places };
      self->current = self->n_records - 1;
      if (self->numbers != NULL && !g_hash_table_contains (self->numbers, item))
        g_hash_table_insert (self->numbers, item, GUINT_TO_POINTER (self->n_records));
      return;
    }

  number = number_of (self, item);
  g_return_if_fail (number > 0 && field->param_id <= MAX_FIELD);
  self->current = number - 1;
  *(Place *) append (self->places, &self->n_places, sizeof (Place)) =
    (Place) { line, (number - 1) << (FIELD_BITS + 1) | field->param_id };
}

void
trappa_plan_lines_note_reference (TrappaPlanLines *self)
{
  g_return_if_fail (self->n_places > 0);
  place_at (self, self->n_places - 1)->record_field |= REFERENCE;
}

void
trappa_plan_lines_foreach_reference (TrappaPlanLines            *self,
                                     TrappaPlanLinesReferenceFunc func,
                                     gpointer                    user_data)
{
  for (guint i = 0; i < self->n_places; i++)
    {
      Place *place = place_at (self, i);

      if (place->record_field & REFERENCE)
        {
          TrappaItem *item = record_at (self, place->record_field >> (FIELD_BITS + 1))->item;
          guint n_props;
          GParamSpec **props = trappa_item_class_get_props (TRAPPA_ITEM_GET_CLASS (item), &n_props);

          func (item, props[(place->record_field & MAX_FIELD) - 1], place->line, user_data);
        }
    }
}

guint
trappa_plan_lines_get (TrappaPlanLines *self,
                       TrappaItem      *item,
                       const char      *field)
{
  guint number = number_of (self, item);
  GParamSpec *pspec = field != NULL ? g_object_class_find_property (G_OBJECT_GET_CLASS (item), field) : NULL;
  const Record *record;

  if (number == 0)
    return 0;
  record = record_at (self, number - 1);
  if (pspec != NULL && pspec->owner_type == G_OBJECT_TYPE (item))
    {
      guint32 wanted = (number - 1) << (FIELD_BITS + 1) | pspec->param_id;

      for (guint i = record->first; i < self->n_places; i++)
        if ((place_at (self, i)->record_field & ~REFERENCE) == wanted)
          return place_at (self, i)->line;
    }
  return record->line;
}
