/* trappa-bench-clock.h: the benchmarks' clocks and medians
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The calling thread's CPU time in µs: the main loop's own work, without
 * a worker thread's (a draft being written) or another process's. */
gint64 trappa_bench_thread_cpu_us (void);

/* This process's CPU time, all threads, in ms. */
double trappa_bench_process_cpu_ms (void);

/* The median of @n values; sorts them. */
double trappa_bench_median        (double *values,
                                   guint   n);

G_END_DECLS
