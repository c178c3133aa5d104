/* trappa-needs-table.h: the needs figures as a table to export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"
#include "trappa-table.h"

G_BEGIN_DECLS

#define TRAPPA_NEEDS_TABLE "needs"

/* One row per step (both staircases) and year from the base year to the
 * horizon, from the plan's needs figures (trappa-needs-figures.h) for
 * @scenario (NULL: the first series): step id, step name, scenario, year,
 * need without measures, with adopted measures, with proposals too,
 * supply, gap. A need the model does not know leaves its cells empty.
 * NULL with an error naming the known scenarios for an unknown one. */
TrappaTable *trappa_needs_table_build (TrappaPlan  *plan,
                                       const char  *scenario,
                                       GError     **error);

G_END_DECLS
