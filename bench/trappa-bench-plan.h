/* trappa-bench-plan.h: a made-up plan of any size for the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-measure.h"

G_BEGIN_DECLS

/* A plan with @n_measures measures, scaled like Alver's (20 measures):
 * steps, target groups, target areas, mapping rows, workshop groups and
 * scores grow with @n_measures. The same @n_measures gives the same plan,
 * and so the same bytes when saved. The history is empty. */
TrappaPlan *trappa_bench_plan_new (guint n_measures);

G_END_DECLS
