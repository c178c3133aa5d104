/* trappa-population-pane.h: age bands, coverage settings and the population
 * projection, typed, pasted or imported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-pane.h"

G_BEGIN_DECLS

/* Shows and edits the plan in its "plan" property. */
#define TRAPPA_TYPE_POPULATION_PANE (trappa_population_pane_get_type ())
G_DECLARE_FINAL_TYPE (TrappaPopulationPane, trappa_population_pane, TRAPPA, POPULATION_PANE, TrappaPane)

G_END_DECLS
