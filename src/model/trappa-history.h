/* trappa-history.h: the undo and redo stacks of a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-item.h"

G_BEGIN_DECLS

typedef struct _TrappaHistory TrappaHistory;

/* Called after undo or redo applied one change: a property set (@pspec,
 * @list NULL) or @item inserted into or removed from @list, once for each
 * record of a run. */
typedef void (*TrappaHistoryApplied) (gpointer    owner,
                                      TrappaItem *item,
                                      GParamSpec *pspec,
                                      GListStore *list,
                                      gboolean    inserted);

/* @owner: the object owning the history; changes to it are kept without
 * a reference, which would be a cycle. @applied: see above; @will_apply
 * the same, just before each change (once for a run, @item NULL). */
TrappaHistory *trappa_history_new          (gpointer             owner,
                                            TrappaHistoryApplied will_apply,
                                            TrappaHistoryApplied applied);
void           trappa_history_free         (TrappaHistory *self);

void           trappa_history_begin        (TrappaHistory *self,
                                            const char    *label);
gboolean       trappa_history_end          (TrappaHistory *self);

/* Each records an already-applied change into the open group. */
void           trappa_history_record_set   (TrappaHistory *self,
                                            TrappaItem    *item,
                                            GParamSpec    *pspec,
                                            const GValue  *old_value,
                                            const GValue  *new_value);
/* @n_items records, next to each other from @position, went into or
 * out of @list in one splice. */
void           trappa_history_record_insert (TrappaHistory      *self,
                                             GListStore         *list,
                                             guint               position,
                                             TrappaItem * const *items,
                                             guint               n_items);
void           trappa_history_record_remove (TrappaHistory      *self,
                                             GListStore         *list,
                                             guint               position,
                                             TrappaItem * const *items,
                                             guint               n_items);

gboolean       trappa_history_undo         (TrappaHistory *self);
gboolean       trappa_history_redo         (TrappaHistory *self);
gboolean       trappa_history_can_undo     (TrappaHistory *self);
gboolean       trappa_history_can_redo     (TrappaHistory *self);
const char    *trappa_history_get_undo_label (TrappaHistory *self);
const char    *trappa_history_get_redo_label (TrappaHistory *self);

/* The state the document was saved in, for the "unsaved changes" flag. */
void           trappa_history_mark_saved   (TrappaHistory *self);
/* The document is not saved in any state of the history (a recovered
 * draft). */
void           trappa_history_mark_unsaved (TrappaHistory *self);
gboolean       trappa_history_is_at_saved  (TrappaHistory *self);
void           trappa_history_clear        (TrappaHistory *self);

G_END_DECLS
