/* trappa-plan-tables.h: the plan's tables as they leave Trappa
 *
 * Each table has a command-line name ("measures"), a title and a builder
 * that reads the plan into a TrappaTable; `--export-table`, the panes'
 * export menus and the report all take them from here. A table is part
 * of the plan: its title, column titles and labels are in the plan's
 * language (nn or nb), whatever the desktop's; messages are the desktop's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"
#include "trappa-table.h"

G_BEGIN_DECLS

/* Every table's name, in the order of a written plan, NULL-terminated. */
const char * const *trappa_plan_tables_get_names  (void);
/* The names as "steps, categories, …" for a message. */
char               *trappa_plan_tables_list_names (void);
/* The named table of @plan, or NULL with an error that lists the names. */
TrappaTable        *trappa_plan_tables_build      (TrappaPlan  *plan,
                                                   const char  *name,
                                                   GError     **error);
/* The same for the population @scenario (NULL: the first): only the
 * needs table takes one; any other table with one is refused. */
TrappaTable        *trappa_plan_tables_build_for  (TrappaPlan  *plan,
                                                   const char  *name,
                                                   const char  *scenario,
                                                   GError     **error);

/* The named table with only the columns of @properties (field names, in
 * that order), e.g. for a page that has no room for descriptions. */
TrappaTable        *trappa_plan_tables_build_columns (TrappaPlan          *plan,
                                                      const char          *name,
                                                      const char * const  *properties,
                                                      GError             **error);

/* Adds @item's field @property to the row being filled, as the tables
 * show it: a number as a number (@year: ungrouped), a date as a date, a
 * flag as Yes or No, a reference as the name of what it names; @label
 * (may be NULL) is a choice's label to show instead of its value. */
void                trappa_plan_tables_add_field     (TrappaTable         *table,
                                                      TrappaPlan          *plan,
                                                      TrappaItem          *item,
                                                      const char          *property,
                                                      gboolean             year,
                                                      const char          *label);

G_END_DECLS
