/* trappa-plan-index.h: where every record of a plan is, by id
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-item.h"

G_BEGIN_DECLS

typedef struct _TrappaPlanIndex TrappaPlanIndex;

/* An index of @root and every record below it (id → record, record →
 * parent and list). The plan keeps it current on every insert, remove,
 * id change, undo and redo; it holds no references. */
TrappaPlanIndex *trappa_plan_index_new         (TrappaItem       *root);
void             trappa_plan_index_free        (TrappaPlanIndex  *self);

/* @item (with its subtree) now sits in @list, a list of the plan. */
void             trappa_plan_index_add         (TrappaPlanIndex  *self,
                                                GListStore       *list,
                                                TrappaItem       *item);
/* @item (with its subtree) left the plan. */
void             trappa_plan_index_remove      (TrappaPlanIndex  *self,
                                                TrappaItem       *item);
/* @item's id changed. */
void             trappa_plan_index_update_id   (TrappaPlanIndex  *self,
                                                TrappaItem       *item);

TrappaItem      *trappa_plan_index_lookup      (TrappaPlanIndex  *self,
                                                const char       *id);
gboolean         trappa_plan_index_find_parent (TrappaPlanIndex  *self,
                                                TrappaItem       *item,
                                                TrappaItem      **parent,
                                                GListStore      **list,
                                                guint            *position);

/* A "prefix-N" id not in the plan: N counts on from the highest the plan
 * has held for @prefix, so making many ids is not quadratic and an id
 * that left (an undone insert) is not given again. With @reserve the
 * count moves past it, for a record about to arrive with it. */
char            *trappa_plan_index_make_id     (TrappaPlanIndex  *self,
                                                const char       *prefix,
                                                gboolean          reserve);
/* Counts @id, carried by a record on its way in, as taken (see make_id);
 * release_ids forgets all such. */
void             trappa_plan_index_reserve_id  (TrappaPlanIndex  *self,
                                                const char       *id);
void             trappa_plan_index_release_ids (TrappaPlanIndex  *self);

G_END_DECLS
