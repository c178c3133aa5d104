/* trappa-table.c: a table to export, and its CSV form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-table"

#include <string.h>

#include "trappa-csv.h"
#include "trappa-format.h"
#include "trappa-table.h"

static void
cell_clear (TrappaCell *cell)
{
  g_free (cell->text);
}

TrappaTable *
trappa_table_new (const char          *name,
                  const char          *title,
                  const char * const  *header)
{
  TrappaTable *self = g_new0 (TrappaTable, 1);

  self->name = g_strdup (name);
  self->title = g_strdup (title);
  self->header = g_strdupv ((char **) header);
  self->n_columns = g_strv_length (self->header);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->kinds = g_array_new (FALSE, FALSE, sizeof (TrappaRowKind));
  return self;
}

void
trappa_table_free (TrappaTable *self)
{
  g_free (self->name);
  g_free (self->title);
  g_strfreev (self->header);
  g_ptr_array_unref (self->rows);
  g_array_unref (self->kinds);
  g_free (self);
}

static void
add_row (TrappaTable   *self,
         TrappaRowKind  kind)
{
  GArray *row = g_array_sized_new (FALSE, TRUE, sizeof (TrappaCell), self->n_columns);

  g_array_set_clear_func (row, (GDestroyNotify) cell_clear);
  g_ptr_array_add (self->rows, row);
  g_array_append_val (self->kinds, kind);
}

void
trappa_table_add_row (TrappaTable *self)
{
  add_row (self, TRAPPA_ROW_PLAIN);
}

void
trappa_table_add_total_row (TrappaTable *self)
{
  add_row (self, TRAPPA_ROW_TOTAL);
}

void
trappa_table_add_group_row (TrappaTable *self)
{
  add_row (self, TRAPPA_ROW_GROUP);
}

TrappaRowKind
trappa_table_get_row_kind (TrappaTable *self,
                           guint        row)
{
  g_return_val_if_fail (row < self->kinds->len, TRAPPA_ROW_PLAIN);
  return g_array_index (self->kinds, TrappaRowKind, row);
}

gboolean
trappa_table_row_is_total (TrappaTable *self,
                           guint        row)
{
  return trappa_table_get_row_kind (self, row) == TRAPPA_ROW_TOTAL;
}

static void
add_cell (TrappaTable *self,
          TrappaCell   cell)
{
  GArray *row;

  g_return_if_fail (self->rows->len > 0);
  row = g_ptr_array_index (self->rows, self->rows->len - 1);
  g_return_if_fail (row->len < self->n_columns);
  g_array_append_val (row, cell);
}

void
trappa_table_add_text (TrappaTable *self,
                       const char  *text)
{
  add_cell (self, (TrappaCell) { TRAPPA_CELL_TEXT, g_strdup (text != NULL ? text : ""), 0, 0 });
}

void
trappa_table_add_number (TrappaTable    *self,
                         TrappaCellKind  kind,
                         gint64          number)
{
  g_return_if_fail (kind == TRAPPA_CELL_COUNT || kind == TRAPPA_CELL_NOK || kind == TRAPPA_CELL_YEAR);
  add_cell (self, (TrappaCell) { kind, g_strdup (""), number, 0 });
}

void
trappa_table_add_decimal (TrappaTable *self,
                          gint64       scaled,
                          guint        decimals)
{
  add_cell (self, (TrappaCell) { TRAPPA_CELL_DECIMAL, g_strdup (""), scaled, decimals });
}

void
trappa_table_add_date (TrappaTable *self,
                       const char  *iso)
{
  if (trappa_date_is_iso (iso))
    add_cell (self, (TrappaCell) { TRAPPA_CELL_DATE, g_strdup (iso), 0, 0 });
  else
    trappa_table_add_text (self, iso);
}

guint
trappa_table_get_n_rows (TrappaTable *self)
{
  return self->rows->len;
}

static gboolean
column_is_empty (TrappaTable *self,
                 guint        column)
{
  for (guint r = 0; r < self->rows->len; r++)
    {
      const TrappaCell *cell = trappa_table_get_cell (self, r, column);

      if (cell->kind != TRAPPA_CELL_TEXT || cell->text[0] != '\0')
        return FALSE;
    }
  return TRUE;
}

void
trappa_table_drop_empty_columns (TrappaTable *self)
{
  for (guint c = self->n_columns; c-- > 0;)
    {
      if (!column_is_empty (self, c))
        continue;
      for (guint r = 0; r < self->rows->len; r++)
        {
          GArray *cells = g_ptr_array_index (self->rows, r);

          if (c < cells->len)
            g_array_remove_index (cells, c);
        }
      g_free (self->header[c]);
      memmove (&self->header[c], &self->header[c + 1], (self->n_columns - c) * sizeof (char *));
      self->n_columns--;
    }
}

const TrappaCell *
trappa_table_get_cell (TrappaTable *self,
                       guint        row,
                       guint        column)
{
  static const TrappaCell empty = { TRAPPA_CELL_TEXT, (char *) "", 0, 0 };
  GArray *cells;

  g_return_val_if_fail (row < self->rows->len, &empty);
  cells = g_ptr_array_index (self->rows, row);
  /* A row given fewer cells than columns ends in empty cells. */
  return column < cells->len ? &g_array_index (cells, TrappaCell, column) : &empty;
}

char *
trappa_cell_to_csv_text (const TrappaCell *cell)
{
  gint64 scale = 1;

  switch (cell->kind)
    {
    case TRAPPA_CELL_TEXT:
      return g_strdup (cell->text);
    case TRAPPA_CELL_DATE:
      return trappa_format_date (cell->text);
    case TRAPPA_CELL_DECIMAL:
      for (guint i = 0; i < cell->decimals; i++)
        scale *= 10;
      if (cell->decimals > 0)
        return g_strdup_printf ("%" G_GINT64_FORMAT ",%0*" G_GINT64_FORMAT,
                                cell->number / scale, (int) cell->decimals, cell->number % scale);
      G_GNUC_FALLTHROUGH;
    case TRAPPA_CELL_COUNT:
    case TRAPPA_CELL_NOK:
    case TRAPPA_CELL_YEAR:
    default:
      return g_strdup_printf ("%" G_GINT64_FORMAT, cell->number);
    }
}

GBytes *
trappa_table_to_csv (TrappaTable *self)
{
  GString *out = g_string_new ("\xEF\xBB\xBF");
  g_autofree char **fields = g_new0 (char *, self->n_columns + 1);

  trappa_csv_append_row (out, (const char * const *) self->header, self->n_columns, ';');
  for (guint r = 0; r < self->rows->len; r++)
    {
      for (guint c = 0; c < self->n_columns; c++)
        fields[c] = trappa_cell_to_csv_text (trappa_table_get_cell (self, r, c));
      trappa_csv_append_row (out, (const char * const *) fields, self->n_columns, ';');
      for (guint c = 0; c < self->n_columns; c++)
        g_clear_pointer (&fields[c], g_free);
    }
  return g_string_free_to_bytes (out);
}

char *
trappa_cell_to_text (const TrappaCell *cell)
{
  switch (cell->kind)
    {
    case TRAPPA_CELL_COUNT:
      return trappa_format_count (cell->number);
    case TRAPPA_CELL_NOK:
      return trappa_format_nok (cell->number);
    case TRAPPA_CELL_TEXT:
    case TRAPPA_CELL_YEAR:
    case TRAPPA_CELL_DECIMAL:
    case TRAPPA_CELL_DATE:
    default:
      return trappa_cell_to_csv_text (cell);
    }
}
