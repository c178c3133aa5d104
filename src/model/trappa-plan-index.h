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

/* The first "prefix-N" id not in the plan, counting on from the last one
 * given for @prefix, so that making many ids is not quadratic. With
 * @reserve the id counts as taken until the record carrying it arrives. */
char            *trappa_plan_index_make_id     (TrappaPlanIndex  *self,
                                                const char       *prefix,
                                                gboolean          reserve);
/* Counts @id as taken (see make_id); release_ids forgets all such. */
void             trappa_plan_index_reserve_id  (TrappaPlanIndex  *self,
                                                const char       *id);
void             trappa_plan_index_release_ids (TrappaPlanIndex  *self);

G_END_DECLS
