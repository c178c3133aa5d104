/* trappa-population-paste.h: population figures pasted from a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"
#include "trappa-population.h"

G_BEGIN_DECLS

/* Sets population values of @series (in @plan) from @text as a
 * spreadsheet copies it: tab-separated (or ;) rows, the first row the
 * years, then one row per age band starting with the band's name, e.g.
 *
 *   Alder   2024   2025
 *   80+     1 300  1 380
 *
 * Empty cells are left alone. One undoable edit; on any error (named by
 * line and column) nothing changes. */
gboolean trappa_population_paste (TrappaPlan              *plan,
                                  TrappaPopulationSeries  *series,
                                  const char              *text,
                                  GError                 **error);

/* The value record of @band_id in @year, or NULL. */
TrappaPopulationValue *trappa_population_find_value (TrappaPopulationSeries *series,
                                                     const char             *band_id,
                                                     gint64                  year);

/* Sets one value through @plan: changes the record, inserts a new one or,
 * for @count < 0, removes it. */
void     trappa_population_set_value (TrappaPlan             *plan,
                                      TrappaPopulationSeries *series,
                                      const char             *band_id,
                                      gint64                  year,
                                      gint64                  count);

G_END_DECLS
