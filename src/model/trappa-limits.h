/* trappa-limits.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Largest values a plan may hold. They are far above any municipality's
 * figures (Oslo has some 12 000 municipal flats) and catch typing slips and
 * hostile files before they overflow any sum. */
#define TRAPPA_MAX_COUNT   10000000      /* units, places, recipients, people */
#define TRAPPA_MAX_NOK     1000000000000 /* one trillion kroner */
#define TRAPPA_MAX_YEAR    9999
/* Most years in one field of amounts by year (a measure's cost per budget
 * year): a 12-year plan rolled for decades; its text stays within
 * TRAPPA_MAX_LINE_TEXT. */
#define TRAPPA_MAX_COST_YEARS 40
/* Earlier saves a plan's revision history names (trappa-revisions.c). */
#define TRAPPA_REVISION_HISTORY_MAX 20

/* Longest field of each kind, in characters (ids: in references too), and
 * most ids in one reference list; trappa_param_spec_get_max_length() says
 * which applies to a field. A plan file over them is refused, and the
 * model keeps no more than this, so no label can grow a chart or a table
 * without bound. docs/file-format.md lists them. */
#define TRAPPA_MAX_LINE_TEXT   1000      /* names, titles, codes: one-line fields */
#define TRAPPA_MAX_LONG_TEXT   100000    /* descriptions and other multi-line fields */
#define TRAPPA_MAX_ID_LENGTH   100
#define TRAPPA_MAX_REFERENCES  TRAPPA_MAX_RECORDS_PER_LIST

/* Most records in one list and in a whole plan. A real plan has a few
 * hundred; the caps keep every pass over a plan (and the file schema's
 * validation, which is quadratic in a list's length) fast, and let a
 * plan of 10,000 measures with their scores open (the scale the
 * benchmarks measure): a list of 20,000 records validates in ~0.4 s, a
 * file at the plan cap is refused within the hostile tests' 500 MB. */
#define TRAPPA_MAX_RECORDS_PER_LIST 20000
#define TRAPPA_MAX_RECORDS          200000
