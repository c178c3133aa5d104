/* trappa-record-table-private.h: what the clipboard part of a record
 * table (trappa-record-table-clipboard.c) needs of the table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-record-table.h"

G_BEGIN_DECLS

typedef struct
{
  TrappaPlan               *plan;       /* NULL: nothing shown */
  TrappaItem               *parent;
  const char               *list_name;
  GListModel               *list;
  GType                     item_type;
  const TrappaRecordColumn *columns;
  guint                     n_columns;
} TrappaRecordTableList;

/* The list shown and the columns; borrowed. */
void trappa_record_table_get_list     (TrappaRecordTable     *self,
                                       TrappaRecordTableList *list);
/* Shows @problem under the table (as a cell's invalid input is), until
 * the next message; NULL hides it. */
void trappa_record_table_show_problem (TrappaRecordTable     *self,
                                       const char            *problem);

G_END_DECLS
