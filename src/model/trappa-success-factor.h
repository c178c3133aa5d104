/* trappa-success-factor.h: the six success factors of the housing work
 * (seed 003), each with a traffic-light status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

/* How the municipality stands on one success factor. Plan list
 * "success-factors", at most one record a factor counts (the first).
 * Fields, in file order:
 *
 *   factor       TRAPPA_FACTOR_*
 *   status       TRAPPA_LIGHT_* ("" until assessed)
 *   assessment   where the municipality stands, in words
 *   action       what to do about it */
#define TRAPPA_TYPE_SUCCESS_FACTOR (trappa_success_factor_get_type ())
G_DECLARE_FINAL_TYPE (TrappaSuccessFactor, trappa_success_factor, TRAPPA, SUCCESS_FACTOR, TrappaItem)

#define TRAPPA_FACTOR_ANCHORING     "anchoring"      /* forankring og eigarskap */
#define TRAPPA_FACTOR_ORGANISATION  "organisation"   /* organisering og samordning */
#define TRAPPA_FACTOR_COMPETENCE    "competence"     /* kompetanse */
#define TRAPPA_FACTOR_RESOURCES     "resources"      /* økonomiske ressursar */
#define TRAPPA_FACTOR_STRATEGY      "strategy"       /* overordna strategi */
#define TRAPPA_FACTOR_PARTICIPATION "participation"  /* brukarmedverknad */

#define TRAPPA_LIGHT_NONE   ""
#define TRAPPA_LIGHT_GREEN  "green"
#define TRAPPA_LIGHT_YELLOW "yellow"
#define TRAPPA_LIGHT_RED    "red"

TrappaSuccessFactor *trappa_success_factor_new (const char *factor);

/* The six factors in the seed's order, NULL-terminated. */
const char * const  *trappa_success_factors (void);
/* The statuses, "" (not assessed) first, NULL-terminated. */
const char * const  *trappa_success_lights (void);

/* Translated: the factor's name ("Anchoring and ownership") and what it
 * is about in one sentence (seed 003). */
const char          *trappa_success_factor_name    (const char *factor);
const char          *trappa_success_factor_summary (const char *factor);
/* Translated, never a colour alone: "Good", "Some way to go", "Weak",
 * "Not assessed". */
const char          *trappa_success_light_label    (const char *status);
/* The light's shape, drawn in its colour wherever it is shown: a circle
 * for good, a triangle for some way to go, a square for weak, a ring
 * when not assessed. */
const char          *trappa_success_light_shape    (const char *status);

/* The record of @factor in @plan's list, or NULL when it is not assessed
 * yet. (transfer none) */
TrappaItem          *trappa_success_factor_find    (TrappaPlan *plan,
                                                    const char *factor);

G_END_DECLS
