/* trappa-record-cell.h: the editor of one field of one record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-record-table.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_RECORD_CELL (trappa_record_cell_get_type ())
G_DECLARE_FINAL_TYPE (TrappaRecordCell, trappa_record_cell, TRAPPA, RECORD_CELL, GtkWidget)

/* An editor for @column of records of @item_type (see TrappaRecordColumn).
 * @column is not copied. Used by the record table for each cell, and on its
 * own for a form of one record's fields. */
GtkWidget  *trappa_record_cell_new         (GType                     item_type,
                                            const TrappaRecordColumn *column);

/* Shows and edits @item of @plan; NULL, NULL unbinds. The cell follows
 * every change of the plan (edits elsewhere, undo, redo). */
void        trappa_record_cell_bind        (TrappaRecordCell         *self,
                                            TrappaPlan               *plan,
                                            TrappaItem               *item);

TrappaItem *trappa_record_cell_get_item    (TrappaRecordCell         *self);
const char *trappa_record_cell_get_property_name (TrappaRecordCell   *self);

/* The message about invalid input (the "error" property), or NULL. */
const char *trappa_record_cell_get_error   (TrappaRecordCell         *self);

/* The widget that takes input (an entry, drop-down, …), for tests and
 * mnemonics; a choice's drop-down is made here if the cell still shows
 * its stand-in. */
GtkWidget  *trappa_record_cell_get_editor  (TrappaRecordCell         *self);

/* The width a table gives @column of records of @item_type: its own,
 * but no more than its values need when they are numbers or a check box
 * (a long title wraps instead), so the columns that matter stay in view
 * at 1024 × 768. */
int         trappa_record_cell_column_width (GType                     item_type,
                                             const TrappaRecordColumn *column);

G_END_DECLS
