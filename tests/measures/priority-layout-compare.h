/* priority-layout-compare.h: two priority grid layouts, card by card and
 * label by label, are the same grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-priority-layout.h"

/* Fails the test unless @kept and @fresh place the same cards, texts and
 * labels at the same places. */
void priority_layout_assert_same (TrappaPriorityLayout *kept,
                                  TrappaPriorityLayout *fresh);
