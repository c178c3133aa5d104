/* trappa-record-table-clipboard.h: a record table's rows to and from a
 * spreadsheet, and out to a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-record-table.h"

G_BEGIN_DECLS

/* The table's actions "table.copy" (Ctrl+C: the selected row),
 * "table.copy-all", "table.paste" (Ctrl+V) and "table.export" (the
 * table's export as CSV or XLSX, through the window's
 * "win.export-table"), on @widget_class, TrappaRecordTable's. */
void        trappa_record_table_clipboard_class_init     (GtkWidgetClass    *widget_class);
/* The toolbar's menu of those actions. */
GtkWidget  *trappa_record_table_clipboard_menu_button    (void);
/* Enables the actions for a table with @n_rows rows, a selected row or
 * not, and a list shown or not. */
void        trappa_record_table_clipboard_update_actions (TrappaRecordTable *self,
                                                          guint              n_rows,
                                                          gboolean           selected,
                                                          gboolean           has_list);

/* Puts the selected row (all rows with @all) on the clipboard as
 * tab-separated text and as an HTML table, with the column titles first.
 * FALSE when there is nothing to copy. */
gboolean    trappa_record_table_copy_rows                (TrappaRecordTable *self,
                                                          gboolean           all);
/* Adds the rows of tab-separated @text (a spreadsheet's copy) below the
 * selected row, or at the end, as one undo step. A bad cell refuses the
 * whole paste: FALSE, the plan unchanged, and the problem (its row and
 * column) shown under the table. */
gboolean    trappa_record_table_paste_rows               (TrappaRecordTable *self,
                                                          const char        *text);
/* The `--export-table` name of the list the table shows, or NULL. */
const char *trappa_record_table_export_name              (TrappaRecordTable *self);

G_END_DECLS
