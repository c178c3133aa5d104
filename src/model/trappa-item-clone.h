/* trappa-item-clone.h: a deep copy of a record, for moving records between plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-item.h"

G_BEGIN_DECLS

/* A new record of the same kind with the same fields (id included), copies
 * of its child lists and its foreign XML; not in any plan. */
TrappaItem *trappa_item_clone (TrappaItem *item);

G_END_DECLS
