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
