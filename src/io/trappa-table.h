/* trappa-table.h: a table to export: a header and rows of typed cells
 *
 * Every table that leaves Trappa (steps, measures, the needs table …) is
 * first built as a TrappaTable; one CSV writer and one XLSX writer then
 * write any of them, so numbers stay numbers and dates stay dates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  TRAPPA_CELL_TEXT,
  TRAPPA_CELL_COUNT,     /* a whole number, grouped by thousands */
  TRAPPA_CELL_NOK,       /* whole kroner */
  TRAPPA_CELL_YEAR,      /* a whole number, never grouped */
  TRAPPA_CELL_DECIMAL,   /* number / 10^decimals, e.g. a ratio 12,50 */
  TRAPPA_CELL_DATE,      /* text holds an ISO date, 2026-06-30 */
} TrappaCellKind;

typedef struct
{
  TrappaCellKind  kind;
  char           *text;      /* TEXT and DATE; "" elsewhere */
  gint64          number;    /* the numeric kinds */
  guint           decimals;  /* DECIMAL only */
} TrappaCell;

typedef enum
{
  TRAPPA_ROW_PLAIN,
  TRAPPA_ROW_TOTAL,      /* sums: a line above, bold */
  TRAPPA_ROW_GROUP,      /* names the rows under it (a strategy): its
                          * first cell across the table, the rest empty */
} TrappaRowKind;

typedef struct
{
  char       *name;      /* the command-line name, e.g. "measures" */
  char       *title;     /* translated, e.g. the sheet's name */
  GStrv       header;    /* translated column titles */
  guint       n_columns;
  GPtrArray  *rows;      /* of GArray of TrappaCell, n_columns each */
  GArray     *kinds;     /* TrappaRowKind per row */
} TrappaTable;

TrappaTable *trappa_table_new          (const char          *name,
                                        const char          *title,
                                        const char * const  *header);
void         trappa_table_free         (TrappaTable         *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaTable, trappa_table_free)

/* Starts a new row; the cells added next fill it from the left. */
void         trappa_table_add_row      (TrappaTable         *self);
/* Starts a row of sums (a line above it, bold, in the report). */
void         trappa_table_add_total_row (TrappaTable        *self);
/* Starts a row that heads the rows under it (TRAPPA_ROW_GROUP). */
void         trappa_table_add_group_row (TrappaTable        *self);
TrappaRowKind trappa_table_get_row_kind (TrappaTable        *self,
                                        guint                row);
gboolean     trappa_table_row_is_total (TrappaTable         *self,
                                        guint                row);
void         trappa_table_add_text     (TrappaTable         *self,
                                        const char          *text);
void         trappa_table_add_number   (TrappaTable         *self,
                                        TrappaCellKind       kind,
                                        gint64               number);
void         trappa_table_add_decimal  (TrappaTable         *self,
                                        gint64               scaled,
                                        guint                decimals);
/* An ISO date; "" leaves the cell empty (as text). */
void         trappa_table_add_date     (TrappaTable         *self,
                                        const char          *iso);

guint        trappa_table_get_n_rows   (TrappaTable         *self);
/* Removes the columns in which every cell is empty text. */
void         trappa_table_drop_empty_columns (TrappaTable   *self);
const TrappaCell *
             trappa_table_get_cell     (TrappaTable         *self,
                                        guint                row,
                                        guint                column);

/* The cell as a CSV field for a Norwegian spreadsheet: numbers without
 * grouping ("1250000"), a decimal comma ("12,5"), dates as dd.mm.yyyy. */
char        *trappa_cell_to_csv_text   (const TrappaCell    *cell);
/* The cell as the report and the window show it: counts and kroner
 * grouped by thousands, the rest as in CSV. */
char        *trappa_cell_to_text       (const TrappaCell    *cell);

/* The table as CSV: UTF-8 with a byte-order mark, ';' between fields,
 * the header first. */
GBytes      *trappa_table_to_csv       (TrappaTable         *self);

G_END_DECLS
