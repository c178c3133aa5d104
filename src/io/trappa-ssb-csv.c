/* trappa-ssb-csv.c: the CSV files SSB's statbank and PxWebApi give
 *
 * A statbank download looks like
 *
 *   "14288: Framskrevet folkemengde 1. januar, etter region, …"
 *
 *   "region";"kjønn";"alder";"år";"statistikkvariabel";"14288: Framskrevet …"
 *   "4631 Alver";"Menn";"0 år";"2024";"Hovudalternativet (MMMM)";161
 *
 * or, in the wide layout, one column per year. The header is found by its
 * column names, so title lines and the separator need no option.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-ssb"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "trappa-csv.h"
#include "trappa-ssb-csv.h"

/* Lines looked at for the header. */
#define MAX_TITLE_LINES 10

typedef struct
{
  char                separator;
  guint               n_columns;
  TrappaSsbDimension *dimensions;
  gint64             *years;        /* wide layout: the year of a column, else 0 */
  char              **scenarios;    /* wide layout: a scenario named in a column */
  char              **names;
  int                 value_column; /* long layout, else -1 */
} Header;

static void
header_clear (Header *h)
{
  /* Sparse (only year columns name a scenario): not a NULL-terminated
   * vector, so each slot is freed. */
  for (guint i = 0; h->scenarios != NULL && i < h->n_columns; i++)
    g_free (h->scenarios[i]);
  g_clear_pointer (&h->scenarios, g_free);
  g_clear_pointer (&h->dimensions, g_free);
  g_clear_pointer (&h->years, g_free);
  g_clear_pointer (&h->names, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Header, header_clear)

/* SSB pads some fields with spaces. */
static void
strip_fields (char **fields)
{
  for (guint i = 0; fields[i] != NULL; i++)
    g_strstrip (fields[i]);
}

static gboolean
is_blank (TrappaCsvRow *row)
{
  return row->fields[0] == NULL || (row->fields[1] == NULL && row->fields[0][0] == '\0');
}

/* Whether @fields name an age column and years (a year column or columns
 * named by year); fills @h when they do. */
static gboolean
parse_header (char   **fields,
              char     separator,
              Header  *h)
{
  guint n = g_strv_length (fields);
  gboolean age = FALSE, year = FALSE;

  h->separator = separator;
  h->n_columns = n;
  h->dimensions = g_new0 (TrappaSsbDimension, n);
  h->years = g_new0 (gint64, n);
  h->scenarios = g_new0 (char *, n + 1);
  h->value_column = -1;
  for (guint i = 0; i < n; i++)
    {
      h->dimensions[i] = trappa_ssb_classify (fields[i]);
      if (h->dimensions[i] == TRAPPA_SSB_UNKNOWN || h->dimensions[i] == TRAPPA_SSB_VALUE)
        {
          h->years[i] = trappa_ssb_year_in (fields[i]);
          if (h->years[i] != 0)
            {
              h->scenarios[i] = trappa_ssb_scenario_code (fields[i]);
              year = TRUE;
            }
          else if (h->dimensions[i] == TRAPPA_SSB_VALUE)
            h->value_column = i;
        }
      age |= h->dimensions[i] == TRAPPA_SSB_AGE;
      year |= h->dimensions[i] == TRAPPA_SSB_YEAR;
    }
  h->names = g_strdupv (fields);
  if (age && year)
    return TRUE;
  header_clear (h);
  return FALSE;
}

static gboolean
check_columns (Header   *h,
               gboolean  wide,
               GError  **error)
{
  for (guint i = 0; i < h->n_columns; i++)
    {
      if (h->dimensions[i] != TRAPPA_SSB_UNKNOWN || h->years[i] != 0)
        continue;
      /* A long table's value column may carry any name, when it is the only
       * column that says nothing else. */
      if (!wide && h->value_column < 0)
        {
          h->value_column = i;
          continue;
        }
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_IMPORT,
                   _("unknown layout: the column “%s” is not understood"), h->names[i]);
      return FALSE;
    }
  if (!wide && h->value_column < 0)
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_IMPORT,
                           _("unknown layout: the table has a year column but no column of values"));
      return FALSE;
    }
  return TRUE;
}

static const char *
field_of (char               **fields,
          Header              *h,
          TrappaSsbDimension   dimension)
{
  for (guint i = 0; i < h->n_columns; i++)
    if (h->dimensions[i] == dimension)
      return fields[i];
  return NULL;
}

static const char *
column_of (Header             *h,
           TrappaSsbDimension  dimension)
{
  for (guint i = 0; i < h->n_columns; i++)
    if (h->dimensions[i] == dimension)
      return h->names[i];
  return NULL;
}

static gboolean
read_row (TrappaSsbTable  *table,
          Header          *h,
          gboolean         wide,
          char           **fields,
          guint            line,
          GError         **error)
{
  TrappaSsbCell cell = {
    .region_column = column_of (h, TRAPPA_SSB_REGION),
    .age_column = column_of (h, TRAPPA_SSB_AGE),
  };
  g_autofree char *where = g_strdup_printf (_("line %u"), line);

  /* Before any field is looked up: a short row has fewer. */
  if (g_strv_length (fields) != h->n_columns)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_IMPORT,
                   _("line %u: %u fields, but the header has %u"),
                   line, g_strv_length (fields), h->n_columns);
      return FALSE;
    }
  cell.region = field_of (fields, h, TRAPPA_SSB_REGION);
  cell.sex = field_of (fields, h, TRAPPA_SSB_SEX);
  cell.age = field_of (fields, h, TRAPPA_SSB_AGE);
  cell.scenario = field_of (fields, h, TRAPPA_SSB_SCENARIO);
  cell.where = where;
  if (!wide)
    {
      cell.year = field_of (fields, h, TRAPPA_SSB_YEAR);
      cell.year_column = column_of (h, TRAPPA_SSB_YEAR);
      cell.value = fields[h->value_column];
      cell.value_column = h->names[h->value_column];
      return trappa_ssb_table_add (table, &cell, error);
    }
  for (guint i = 0; i < h->n_columns; i++)
    {
      g_autofree char *year = NULL;

      if (h->years[i] == 0)
        continue;
      year = g_strdup_printf ("%" G_GINT64_FORMAT, h->years[i]);
      cell.year = year;
      cell.year_column = cell.value_column = h->names[i];
      cell.value = fields[i];
      if (h->scenarios[i] != NULL)
        cell.scenario = h->scenarios[i];
      if (!trappa_ssb_table_add (table, &cell, error))
        return FALSE;
    }
  return TRUE;
}

/* The records of @text split at the separator that gives a header, and
 * the header's index; NULL when no separator does (with the reader's
 * error when the text is not CSV with any of them). */
static GPtrArray *
find_header (const char  *text,
             guint       *header_row,
             Header      *h,
             GError     **error)
{
  static const char separators[] = { ';', '\t', ',' };
  g_autoptr(GError) parse_error = NULL;

  for (guint s = 0; s < G_N_ELEMENTS (separators); s++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GPtrArray) rows = trappa_csv_parse (text, -1, separators[s], &local_error);
      guint seen = 0;

      if (rows == NULL)
        {
          if (parse_error == NULL)
            parse_error = g_steal_pointer (&local_error);
          continue;
        }
      for (guint i = 0; i < rows->len && seen < MAX_TITLE_LINES; i++)
        {
          TrappaCsvRow *row = g_ptr_array_index (rows, i);

          strip_fields (row->fields);
          if (is_blank (row))
            continue;
          seen++;
          if (g_strv_length (row->fields) > 1 && parse_header (row->fields, separators[s], h))
            {
              *header_row = i;
              return g_steal_pointer (&rows);
            }
        }
    }
  if (parse_error != NULL)
    g_propagate_error (error, g_steal_pointer (&parse_error));
  else
    g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_IMPORT,
                         _("unknown layout: no header with an age column and years "
                           "was found in the first lines"));
  return NULL;
}

gboolean
trappa_ssb_csv_read (TrappaSsbTable  *table,
                     const char      *text,
                     GError         **error)
{
  g_auto(Header) h = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  guint header_row = 0;
  gboolean wide, any = FALSE;

  rows = find_header (text, &header_row, &h, error);
  if (rows == NULL)
    return FALSE;
  wide = field_of (h.names, &h, TRAPPA_SSB_YEAR) == NULL;
  if (!check_columns (&h, wide, error))
    return FALSE;

  for (guint i = header_row + 1; i < rows->len; i++)
    {
      TrappaCsvRow *row = g_ptr_array_index (rows, i);

      strip_fields (row->fields);
      /* A blank line after the figures ends the table: SSB puts notes
       * below it. */
      if (is_blank (row))
        {
          if (any)
            break;
          continue;
        }
      if (!read_row (table, &h, wide, row->fields, row->line, error))
        return FALSE;
      any = TRUE;
    }
  return TRUE;
}
