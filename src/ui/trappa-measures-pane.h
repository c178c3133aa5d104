/* trappa-measures-pane.h: the measures (tiltak), their target areas and the
 * workshop groups that score them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-pane.h"

#include "trappa-record-table.h"
#include "trappa-measure.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_MEASURES_PANE (trappa_measures_pane_get_type ())
G_DECLARE_FINAL_TYPE (TrappaMeasuresPane, trappa_measures_pane, TRAPPA, MEASURES_PANE, TrappaPane)

/* Shows and edits the measures of the plan in its "plan" property. */
GtkWidget *trappa_measures_pane_new    (void);
/* Selects @measure in the list (when the filters show it). */
void       trappa_measures_pane_select (TrappaMeasuresPane *self,
                                        TrappaItem         *measure);

G_END_DECLS
