/* chart-fixtures.h: plans for the chart tests, built in code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

/* The longest real Nynorsk step and level names we know of. */
extern const char * const chart_fixture_long_names[];

/* A housing staircase of @n_steps with long names; step k has
 * units-today 10·(k+1) and need 15·(k+1) except every third step, whose
 * supply exceeds its need. */
TrappaPlan *chart_fixture_long_names_plan (guint n_steps);

/* Modelled on Bærum: 5 steps with two categories each, and 4 night-shelter
 * and 2 KAD places beside the staircase. */
TrappaPlan *chart_fixture_baerum (void);

/* Six service levels of an activity and mastery staircase. */
TrappaPlan *chart_fixture_activity (void);

TrappaItem *chart_fixture_step (TrappaPlan *plan,
                                const char *kind,
                                guint       index);

G_END_DECLS
