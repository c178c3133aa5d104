/* trappa-record-clipboard.h: rows of records as a spreadsheet's clipboard
 * holds them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"
#include "trappa-table.h"

G_BEGIN_DECLS

/* One column of a record table: a field, or computed text. */
typedef struct
{
  const char          *property;       /* NULL: computed by @text */
  const char          *title;          /* translated */
  const char * const  *choice_labels;  /* a choice's labels in the spec's order, or NULL */
  char              *(*text)           (TrappaPlan *plan,
                                        TrappaItem *item);
} TrappaClipColumn;

/* @items (TrappaItem) as a table with a header of the column titles: a
 * count stays a number, a date a date, a choice shows its label and a
 * reference the name of what it names, as the table export writes them. */
TrappaTable *trappa_record_clipboard_table (TrappaPlan              *plan,
                                            GPtrArray               *items,
                                            const TrappaClipColumn  *columns,
                                            guint                    n_columns);

/* @table as spreadsheets copy: tab-separated, CRLF, quoted where a cell
 * holds a tab, a quote or a line break, numbers ungrouped with a decimal
 * comma and dates dd.mm.yyyy; and as an HTML table (for Word and
 * spreadsheets that read the HTML flavour). The header comes first. */
char        *trappa_record_clipboard_to_tsv  (TrappaTable *table);
char        *trappa_record_clipboard_to_html (TrappaTable *table);

/* New records of @item_type (not in the plan, ids not set) from
 * tab-separated @text: each row's cells fill the columns in order, or,
 * when the first row is a header of column titles, the columns it names;
 * empty rows are skipped and a computed column's cell is ignored. A cell
 * is read as the field's editor reads it (numbers with spaces or "kr",
 * dd.mm.yyyy, a choice's label, a reference by name, Yes/No); an empty
 * one leaves the field's default. NULL with an error naming the row (of
 * @text, from 1) and the column of the first bad cell. */
GPtrArray   *trappa_record_clipboard_parse   (TrappaPlan              *plan,
                                              GType                    item_type,
                                              const TrappaClipColumn  *columns,
                                              guint                    n_columns,
                                              const char              *text,
                                              GError                 **error);

/* Reads @text as trappa_record_clipboard_parse() does and puts its rows
 * at @position (-1: the end) of @parent's list @list_name as one edit: one
 * splice, one undo step. Returns the records pasted (now in the plan), or
 * NULL and nothing changed, with @error naming a bad cell or the row
 * (counted among those pasted) that would break a rule across records. */
GPtrArray   *trappa_record_clipboard_paste   (TrappaPlan              *plan,
                                              TrappaItem              *parent,
                                              const char              *list_name,
                                              int                      position,
                                              GType                    item_type,
                                              const TrappaClipColumn  *columns,
                                              guint                    n_columns,
                                              const char              *text,
                                              GError                 **error);

G_END_DECLS
