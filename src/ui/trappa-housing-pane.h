/* trappa-housing-pane.h: the Bustadtrapp pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-pane.h"
#include "trappa-record-table.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_HOUSING_PANE (trappa_housing_pane_get_type ())
G_DECLARE_FINAL_TYPE (TrappaHousingPane, trappa_housing_pane, TRAPPA, HOUSING_PANE, TrappaPane)

/* The housing staircase's steps (with each step's categories), the counts
 * kept beside it, the target groups and the mapping table. Shows the plan
 * in its "plan" property. */
GtkWidget         *trappa_housing_pane_new       (void);

/* The table showing @list_name: "steps", "categories", "side-counts",
 * "target-groups" or "mapping-rows"; NULL for any other name. */
TrappaRecordTable *trappa_housing_pane_get_table (TrappaHousingPane *self,
                                                  const char        *list_name);

G_END_DECLS
