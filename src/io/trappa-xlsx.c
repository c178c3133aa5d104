/* trappa-xlsx.c: tables as an Excel workbook through libxlsxwriter
 *
 * libxlsxwriter only writes to a file name, so the workbook goes to a
 * private temporary file that is read back and removed; the caller then
 * writes the bytes where they belong atomically, like every export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-xlsx"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "trappa-error.h"
#include "trappa-format.h"
#include "trappa-xlsx.h"

/* Column widths in characters: at least a short number, at most so much
 * that a long description wraps instead of running off the screen. */
#define MIN_WIDTH  8
#define MAX_WIDTH  60

/* A width in the spreadsheet's units (the digit 0 of its font) for @n
 * characters: proportional letters and the bold of headers and sums run
 * wider than digits, and a figure too wide for its column shows as ###. */
static guint
fit_width (guint n)
{
  return n + (n + 4) / 5 + 2;
}

/* The formats of one kind of row: a plain row or a sum row (bold). */
typedef struct
{
  lxw_format *text;
  lxw_format *count;
  lxw_format *nok;
  lxw_format *year;
  lxw_format *date;
  lxw_format *decimal[4];
} RowFormats;

typedef struct
{
  lxw_format *header;
  RowFormats  rows[2];   /* [TRUE]: a sum row */
} Formats;

static void
make_row_formats (lxw_workbook *workbook,
                  RowFormats   *f,
                  gboolean      bold)
{
  static const char * const decimal_formats[] = { "#,##0", "#,##0.0", "#,##0.00", "#,##0.000" };
  lxw_format **all[] = { &f->text, &f->count, &f->nok, &f->year, &f->date,
                         &f->decimal[0], &f->decimal[1], &f->decimal[2], &f->decimal[3] };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      *all[i] = workbook_add_format (workbook);
      if (bold)
        format_set_bold (*all[i]);
    }
  format_set_text_wrap (f->text);
  format_set_align (f->text, LXW_ALIGN_VERTICAL_TOP);
  format_set_num_format (f->count, "#,##0");
  format_set_num_format (f->nok, "#,##0\\ \"kr\"");
  format_set_num_format (f->year, "0");
  format_set_num_format (f->date, "dd.mm.yyyy");
  for (guint i = 0; i < G_N_ELEMENTS (f->decimal); i++)
    format_set_num_format (f->decimal[i], decimal_formats[i]);
}

static void
make_formats (lxw_workbook *workbook,
              Formats      *f)
{
  f->header = workbook_add_format (workbook);
  format_set_bold (f->header);
  format_set_text_wrap (f->header);
  format_set_align (f->header, LXW_ALIGN_VERTICAL_TOP);
  make_row_formats (workbook, &f->rows[FALSE], FALSE);
  make_row_formats (workbook, &f->rows[TRUE], TRUE);
}

/* @text cut to at most @n characters. */
static char *
utf8_head (const char *text,
           glong       n)
{
  return g_utf8_substring (text, 0, MIN (n, g_utf8_strlen (text, -1)));
}

/* Sheet names: at most 31 characters, none of []:*?/\, unique. */
static char *
sheet_name (const char *title,
            GHashTable *used)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  char *name;

  for (const char *p = title; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (strchr ("[]:*?/\\'", *p) != NULL)
        g_string_append_c (clean, ' ');
      else
        g_string_append_len (clean, p, g_utf8_next_char (p) - p);
    }
  if (clean->len == 0)
    g_string_append_c (clean, '-');
  name = utf8_head (clean->str, LXW_SHEETNAME_MAX);
  for (guint i = 2; g_hash_table_contains (used, name); i++)
    {
      g_autofree char *suffix = g_strdup_printf (" %u", i);
      g_autofree char *head = utf8_head (clean->str, LXW_SHEETNAME_MAX - strlen (suffix));

      g_free (name);
      name = g_strconcat (head, suffix, NULL);
    }
  g_hash_table_add (used, g_strdup (name));
  return name;
}

static lxw_format *
cell_format (const RowFormats *f,
             const TrappaCell *cell)
{
  switch (cell->kind)
    {
    case TRAPPA_CELL_COUNT:   return f->count;
    case TRAPPA_CELL_NOK:     return f->nok;
    case TRAPPA_CELL_YEAR:    return f->year;
    case TRAPPA_CELL_DATE:    return f->date;
    case TRAPPA_CELL_DECIMAL: return f->decimal[MIN (cell->decimals, G_N_ELEMENTS (f->decimal) - 1)];
    case TRAPPA_CELL_TEXT:
    default:                  return f->text;
    }
}

/* How many characters the cell shows, for the column's width. */
static guint
cell_width (const TrappaCell *cell)
{
  g_autofree char *shown = NULL;
  guint longest = 0;

  switch (cell->kind)
    {
    case TRAPPA_CELL_COUNT:
      shown = trappa_format_count (cell->number);
      break;
    case TRAPPA_CELL_NOK:
      shown = trappa_format_nok (cell->number);
      break;
    case TRAPPA_CELL_DATE:
      return 10;
    case TRAPPA_CELL_YEAR:
    case TRAPPA_CELL_DECIMAL:
      return 6 + cell->decimals;
    case TRAPPA_CELL_TEXT:
    default:
      /* Only the longest line counts: text wraps at its line breaks. */
      for (const char *line = cell->text; line != NULL && *line != '\0';)
        {
          const char *end = strchr (line, '\n');
          guint n = g_utf8_strlen (line, end != NULL ? end - line : -1);

          longest = MAX (longest, n);
          line = end != NULL ? end + 1 : NULL;
        }
      return longest;
    }
  return g_utf8_strlen (shown, -1);
}

static lxw_error
write_cell (lxw_worksheet    *sheet,
            guint             row,
            guint             column,
            const TrappaCell *cell,
            const RowFormats *f)
{
  lxw_format *format = cell_format (f, cell);
  double scale = 1;
  int year, month, day;

  switch (cell->kind)
    {
    case TRAPPA_CELL_TEXT:
      if (cell->text[0] == '\0')
        return LXW_NO_ERROR;
      return worksheet_write_string (sheet, row, column, cell->text, format);
    case TRAPPA_CELL_DATE:
      if (sscanf (cell->text, "%d-%d-%d", &year, &month, &day) != 3)
        return worksheet_write_string (sheet, row, column, cell->text, f->text);
      return worksheet_write_datetime (sheet, row, column,
                                       &(lxw_datetime) { year, month, day, 0, 0, 0 }, format);
    case TRAPPA_CELL_DECIMAL:
      for (guint i = 0; i < cell->decimals; i++)
        scale *= 10;
      return worksheet_write_number (sheet, row, column, cell->number / scale, format);
    case TRAPPA_CELL_COUNT:
    case TRAPPA_CELL_NOK:
    case TRAPPA_CELL_YEAR:
    default:
      return worksheet_write_number (sheet, row, column, (double) cell->number, format);
    }
}

static lxw_error
write_sheet (lxw_workbook  *workbook,
             TrappaTable   *table,
             const Formats *f,
             GHashTable    *used_names)
{
  g_autofree char *name = sheet_name (table->title, used_names);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, name);
  g_autofree guint *widths = g_new0 (guint, table->n_columns);
  guint n_rows = trappa_table_get_n_rows (table);
  lxw_error status = LXW_NO_ERROR;

  if (sheet == NULL)
    return LXW_ERROR_SHEETNAME_ALREADY_USED;
  for (guint c = 0; c < table->n_columns && status == LXW_NO_ERROR; c++)
    {
      widths[c] = fit_width (g_utf8_strlen (table->header[c], -1));
      status = worksheet_write_string (sheet, 0, c, table->header[c], f->header);
    }
  for (guint r = 0; r < n_rows && status == LXW_NO_ERROR; r++)
    for (guint c = 0; c < table->n_columns && status == LXW_NO_ERROR; c++)
      {
        const TrappaCell *cell = trappa_table_get_cell (table, r, c);

        widths[c] = MAX (widths[c], fit_width (cell_width (cell)));
        status = write_cell (sheet, r + 1, c, cell, &f->rows[trappa_table_row_is_total (table, r) != FALSE]);
      }
  for (guint c = 0; c < table->n_columns && status == LXW_NO_ERROR; c++)
    status = worksheet_set_column (sheet, c, c, CLAMP (widths[c], MIN_WIDTH, MAX_WIDTH), NULL);
  worksheet_freeze_panes (sheet, 1, 0);
  return status;
}

GBytes *
trappa_xlsx_write (TrappaTable * const  *tables,
                   guint                 n_tables,
                   GError              **error)
{
  g_autoptr(GHashTable) used_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *data = NULL;
  lxw_workbook_options options = { .tmpdir = (char *) g_get_tmp_dir () };
  lxw_workbook *workbook;
  lxw_error status = LXW_NO_ERROR;
  Formats formats;
  gsize length;
  int fd;

  fd = g_file_open_tmp ("trappa-XXXXXX.xlsx", &tmp_path, error);
  if (fd < 0)
    return NULL;
  close (fd);
  workbook = workbook_new_opt (tmp_path, &options);
  if (workbook == NULL)
    {
      g_unlink (tmp_path);
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                   _("Could not start the spreadsheet in “%s”"), g_get_tmp_dir ());
      return NULL;
    }
  make_formats (workbook, &formats);
  for (guint i = 0; i < n_tables && status == LXW_NO_ERROR; i++)
    status = write_sheet (workbook, tables[i], &formats, used_names);
  /* workbook_close frees the workbook even when it fails. */
  if (status == LXW_NO_ERROR)
    status = workbook_close (workbook);
  else
    workbook_close (workbook);
  if (status == LXW_NO_ERROR && !g_file_get_contents (tmp_path, &data, &length, &local_error))
    status = LXW_ERROR_CREATING_XLSX_FILE;
  g_unlink (tmp_path);
  if (status != LXW_NO_ERROR)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                   _("Could not write the spreadsheet: %s"),
                   local_error != NULL ? local_error->message : lxw_strerror (status));
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&data), length);
}
