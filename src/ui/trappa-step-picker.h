/* trappa-step-picker.h: choose the step or service level a record refers to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-record-table.h"

G_BEGIN_DECLS

/* Binds @dropdown to the step reference @property of the record selected
 * in @table: the rows are the steps of the staircase @kind, or of both
 * staircases for NULL (named "Housing: …" and "Service level: …"), and
 * choosing one sets @property through the plan (undoable). The record
 * table can only offer the housing staircase's steps; coverage settings
 * and BEON scenarios need the service levels too. */
void trappa_step_picker_bind (GtkDropDown       *dropdown,
                              TrappaRecordTable *table,
                              const char        *property,
                              const char        *kind);

/* Shows @plan's steps (call on every plan change; keeps the choice). */
void trappa_step_picker_set_plan (GtkDropDown   *dropdown,
                                  TrappaPlan    *plan);

G_END_DECLS
