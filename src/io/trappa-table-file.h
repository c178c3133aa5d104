/* trappa-table-file.h: tables written to a CSV or XLSX file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"
#include "trappa-table.h"

G_BEGIN_DECLS

/* The name `--export-table` takes for every table in one workbook. */
#define TRAPPA_TABLE_FILE_ALL "all"

/* Writes @tables to @path, a .csv file (exactly one table) or an .xlsx
 * workbook (a sheet each). The file appears whole or not at all: on any
 * failure nothing is left under @path (an existing file stays as it was)
 * and the error says what went wrong in the user's words. */
gboolean trappa_table_file_write          (const char           *path,
                                           TrappaTable * const  *tables,
                                           guint                 n_tables,
                                           GError              **error);

/* What `trappa --export-table NAME --output FILE PLAN` does with the
 * loaded plan: NAME is one of trappa_plan_tables_get_names() or "all". */
gboolean trappa_table_file_export_command (TrappaPlan           *plan,
                                           const char           *name,
                                           const char           *path,
                                           GError              **error);
/* The same with `--scenario NAME` (NULL: the first series), which only the
 * needs table takes. */
gboolean trappa_table_file_export_command_for (TrappaPlan       *plan,
                                               const char       *name,
                                               const char       *scenario,
                                               const char       *path,
                                               GError          **error);

G_END_DECLS
