/* trappa-record-table.h: an editable table of one list of plan records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-plan.h"

G_BEGIN_DECLS

/* Text of a computed, read-only column (e.g. the target groups on a step,
 * derived from the mapping rows). Returns a newly allocated string. */
typedef char *(*TrappaRecordTextFunc) (TrappaPlan *plan,
                                       TrappaItem *item);

/* One column of a record table (or one field of a form, see
 * trappa-record-cell.h). The editor follows the property's spec:
 *   text            an editable label; multiline text in a popover
 *   count, year     right-aligned entry, parsed as typed; invalid input is
 *   NOK             shown as an error and never changes the plan
 *   choice          a drop-down; @choice_labels gives the (translated)
 *                   label of each choice value, in the spec's order
 *   reference       a drop-down of the referenced records by name
 *   references      a button with a popover of check buttons
 *   flag            a check button
 * A reference offers the records of the field's scope, as its spec states
 * (trappa_param_spec_rules); from several lists (steps of either
 * staircase) each is named with its list's owner ("Bustadtrapp: …").
 * With @text_func set (and @property NULL) the column is read-only. */
typedef struct
{
  const char          *property;
  const char          *title;          /* already translated */
  int                  width;          /* fixed width in pixels, 0: natural;
                                          numbers and flags get no more than
                                          they need, and no column less than
                                          its title's longest word (the title
                                          wraps onto two lines) */
  gboolean             expand;
  const char * const  *choice_labels;
  TrappaRecordTextFunc text_func;
  gboolean             numeric;        /* computed number: right-aligned */
} TrappaRecordColumn;

#define TRAPPA_TYPE_RECORD_TABLE (trappa_record_table_get_type ())
G_DECLARE_FINAL_TYPE (TrappaRecordTable, trappa_record_table, TRAPPA, RECORD_TABLE, GtkWidget)

/* A table of records of @item_type with a toolbar (Add, Remove, Move up,
 * Move down). The columns are copied; the strings they point to must stay
 * alive as long as the table. The toolbar buttons run the widget actions
 * "table.add", "table.remove", "table.move-up" and "table.move-down"; every
 * edit goes through the plan with an undo label. */
GtkWidget  *trappa_record_table_new          (GType                     item_type,
                                              const TrappaRecordColumn *columns,
                                              guint                     n_columns);

/* A new table (as trappa_record_table_new()) appended to @box, where
 * it takes all the height it is given: how every pane places its tables. */
TrappaRecordTable *trappa_record_table_new_in (GtkWidget                *box,
                                               GType                     item_type,
                                               const TrappaRecordColumn *columns,
                                               guint                     n_columns);

/* Shows @parent's list @list_name of @plan (all NULL: shows nothing). */
void        trappa_record_table_set_list     (TrappaRecordTable        *self,
                                              TrappaPlan               *plan,
                                              TrappaItem               *parent,
                                              const char               *list_name);

/* The selected record (also the "selected-item" property) or NULL. */
TrappaItem *trappa_record_table_get_selected (TrappaRecordTable        *self);
void        trappa_record_table_select       (TrappaRecordTable        *self,
                                              TrappaItem               *item);

/* Scrolls @view (a column view of records made of TrappaRecordCells, in a
 * scrolled window) to its row @position, which shows @item, and once the
 * row is drawn puts the focus in its first editable cell: after "+", what
 * is typed goes into the new row. */
void        trappa_record_view_reveal        (GtkColumnView            *view,
                                              guint                     position,
                                              TrappaItem               *item);

/* Retitles column @column (in the order given at construction). */
void        trappa_record_table_set_column_title (TrappaRecordTable    *self,
                                                  guint                 column,
                                                  const char           *title);
/* Computes the computed columns' text again: for what they show beyond
 * the plan (the year a need is shown for); the plan's own edits refresh
 * them anyway. */
void        trappa_record_table_refresh_computed (TrappaRecordTable    *self);

/* The inline message shown about invalid input ("Column: problem"), or
 * NULL when there is none. */
const char *trappa_record_table_get_message  (TrappaRecordTable        *self);

G_END_DECLS
