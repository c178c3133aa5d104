/* trappa-table-file.c: tables written to a CSV or XLSX file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-table-file"

#include <glib/gi18n-lib.h>

#include "trappa-error.h"
#include "trappa-export-file.h"
#include "trappa-needs-table.h"
#include "trappa-plan-tables.h"
#include "trappa-table-file.h"
#include "trappa-xlsx.h"

typedef enum { FORMAT_CSV, FORMAT_XLSX } Format;

static gboolean
format_from_path (const char  *path,
                  Format      *format,
                  GError     **error)
{
  g_autofree char *lower = path != NULL ? g_utf8_strdown (path, -1) : NULL;

  if (lower != NULL && g_str_has_suffix (lower, ".csv"))
    *format = FORMAT_CSV;
  else if (lower != NULL && g_str_has_suffix (lower, ".xlsx"))
    *format = FORMAT_XLSX;
  else
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                           _("Give a file name ending in .csv or .xlsx for the table"));
      return FALSE;
    }
  return TRUE;
}

gboolean
trappa_table_file_write (const char           *path,
                         TrappaTable * const  *tables,
                         guint                 n_tables,
                         GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;
  Format format;

  if (!format_from_path (path, &format, error))
    return FALSE;
  if (format == FORMAT_CSV && n_tables != 1)
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                           _("A CSV file holds one table; save several tables as an .xlsx workbook"));
      return FALSE;
    }
  bytes = format == FORMAT_CSV ? trappa_table_to_csv (tables[0])
                               : trappa_xlsx_write (tables, n_tables, error);
  return bytes != NULL && trappa_export_file_write (path, bytes, error);
}

gboolean
trappa_table_file_export_command (TrappaPlan  *plan,
                                  const char  *name,
                                  const char  *path,
                                  GError     **error)
{
  return trappa_table_file_export_command_for (plan, name, NULL, path, error);
}

gboolean
trappa_table_file_export_command_for (TrappaPlan  *plan,
                                      const char  *name,
                                      const char  *scenario,
                                      const char  *path,
                                      GError     **error)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) trappa_table_free);
  Format format;

  if (path == NULL || path[0] == '\0')
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                           _("--export-table needs --output FILE.csv or FILE.xlsx"));
      return FALSE;
    }
  if (!format_from_path (path, &format, error))
    return FALSE;
  if (g_strcmp0 (name, TRAPPA_TABLE_FILE_ALL) == 0)
    {
      const char * const *names = trappa_plan_tables_get_names ();

      /* A sheet for each table with rows: an empty sheet only adds noise. */
      for (guint i = 0; names[i] != NULL; i++)
        {
          TrappaTable *table = trappa_plan_tables_build_for (plan, names[i],
                                                             g_strcmp0 (names[i], TRAPPA_NEEDS_TABLE) == 0
                                                             ? scenario : NULL, NULL);

          if (trappa_table_get_n_rows (table) > 0)
            g_ptr_array_add (tables, table);
          else
            trappa_table_free (table);
        }
      if (tables->len == 0)
        {
          g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                               _("The plan has no rows in any table to export"));
          return FALSE;
        }
    }
  else
    {
      TrappaTable *table = trappa_plan_tables_build_for (plan, name, scenario, error);

      if (table == NULL)
        return FALSE;
      g_ptr_array_add (tables, table);
    }
  return trappa_table_file_write (path, (TrappaTable * const *) tables->pdata, tables->len, error);
}
