/* trappa-plan.h: a housing plan and the one place all its edits go through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-item.h"
#include "trappa-records.h"
#include "trappa-error.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_PLAN (trappa_plan_get_type ())
G_DECLARE_FINAL_TYPE (TrappaPlan, trappa_plan, TRAPPA, PLAN, TrappaItem)

TrappaPlan      *trappa_plan_new            (void);
TrappaPlan      *trappa_plan_new_empty      (void);

TrappaStaircase *trappa_plan_get_staircase  (TrappaPlan  *self,
                                             const char  *kind);
/* Both answer from an index kept current by every edit, undo and redo:
 * once a plan is in use, records enter and leave it only through
 * trappa_plan_insert() and trappa_plan_remove(). */
TrappaItem      *trappa_plan_lookup         (TrappaPlan  *self,
                                             const char  *id);
gboolean         trappa_plan_find_parent    (TrappaPlan  *self,
                                             TrappaItem  *item,
                                             TrappaItem **parent,
                                             GListStore **list,
                                             guint       *position);
char            *trappa_plan_make_id        (TrappaPlan  *self,
                                             const char  *prefix);
GPtrArray       *trappa_plan_find_referrers (TrappaPlan  *self,
                                             const char  *id);

/* Every edit goes through these so that undo, redo and the unsaved-changes
 * flag stay right. Edits between begin and end undo as one step. */
void             trappa_plan_begin_edit     (TrappaPlan  *self,
                                             const char  *label);
void             trappa_plan_end_edit       (TrappaPlan  *self);

gboolean         trappa_plan_set_value      (TrappaPlan    *self,
                                             TrappaItem    *item,
                                             const char    *prop,
                                             const GValue  *value,
                                             GError       **error);
gboolean         trappa_plan_set_string     (TrappaPlan    *self,
                                             TrappaItem    *item,
                                             const char    *prop,
                                             const char    *value,
                                             GError       **error);
gboolean         trappa_plan_set_int        (TrappaPlan    *self,
                                             TrappaItem    *item,
                                             const char    *prop,
                                             gint64         value,
                                             GError       **error);
gboolean         trappa_plan_set_boolean    (TrappaPlan    *self,
                                             TrappaItem    *item,
                                             const char    *prop,
                                             gboolean       value,
                                             GError       **error);
gboolean         trappa_plan_set_strv       (TrappaPlan    *self,
                                             TrappaItem    *item,
                                             const char    *prop,
                                             const char * const *value,
                                             GError       **error);

/* Adds @item (and the records it holds) unless that would break a rule
 * across records (trappa-plan-constraints.h); then @error says which and
 * nothing is changed. Records a user adds go through this one. */
gboolean         trappa_plan_try_insert     (TrappaPlan  *self,
                                             TrappaItem  *parent,
                                             const char  *list_name,
                                             int          position,
                                             TrappaItem  *item,
                                             GError     **error);
/* Adds @n_items records at @position (-1: at the end) at once, as one
 * edit: one "items-changed" for the list, one undo step and one "changed"
 * however many (a paste of 1,000 rows inserted them one by one). Each is
 * checked against the rules with the ones before it in; if one breaks a
 * rule, nothing is changed, @refused is its index and @error says why. */
gboolean         trappa_plan_try_insert_all (TrappaPlan         *self,
                                             TrappaItem         *parent,
                                             const char         *list_name,
                                             int                 position,
                                             TrappaItem * const *items,
                                             guint               n_items,
                                             guint              *refused,
                                             GError            **error);
/* For records made by the program, which keep the rules: a refusal is a
 * bug, reported as a critical warning. */
gboolean         trappa_plan_insert         (TrappaPlan  *self,
                                             TrappaItem  *parent,
                                             const char  *list_name,
                                             int          position,
                                             TrappaItem  *item);
/* Appends @n_items records made by the program to the list of @parent,
 * as trappa_plan_try_insert_all() does; FALSE (said as a critical: the
 * program's bug) when the rules refuse them. */
gboolean         trappa_plan_insert_all     (TrappaPlan         *self,
                                             TrappaItem         *parent,
                                             const char         *list_name,
                                             TrappaItem * const *items,
                                             guint               n_items);
void             trappa_plan_remove         (TrappaPlan  *self,
                                             TrappaItem  *item);
gboolean         trappa_plan_move           (TrappaPlan  *self,
                                             TrappaItem  *item,
                                             guint        position);

gboolean         trappa_plan_undo           (TrappaPlan  *self);
gboolean         trappa_plan_redo           (TrappaPlan  *self);
gboolean         trappa_plan_get_can_undo   (TrappaPlan  *self);
gboolean         trappa_plan_get_can_redo   (TrappaPlan  *self);
const char      *trappa_plan_get_undo_label (TrappaPlan  *self);
const char      *trappa_plan_get_redo_label (TrappaPlan  *self);

gboolean         trappa_plan_get_modified   (TrappaPlan  *self);
void             trappa_plan_mark_saved     (TrappaPlan  *self);
/* Modified until saved, whatever is undone (a plan recovered from a
 * draft differs from its file). */
void             trappa_plan_mark_unsaved   (TrappaPlan  *self);
void             trappa_plan_clear_history  (TrappaPlan  *self);
/* Goes up with every edit, undo and redo, before "changed" is emitted:
 * a cache of figures derived from the plan is stale when it differs. */
guint64          trappa_plan_get_revision   (TrappaPlan  *self);
/* Figures derived from @self, kept with it under @key (a quark, made
 * once: this is called per record in a layout): made by @make on
 * first use, then told of each change by @on_will_change (a "will-change"
 * handler whose data is the kept figures), and freed by @free when the
 * plan goes, after its handlers. */
gpointer         trappa_plan_keep           (TrappaPlan    *self,
                                             GQuark         key,
                                             gpointer     (*make) (void),
                                             GDestroyNotify free,
                                             GCallback      on_will_change);

/* The minor format version of the file the plan was read from (0: not
 * read from a file). A plan from a newer minor version keeps that
 * version's unknown elements, so the writer writes at least this version
 * and a file is never saved under an older version than its content. */
guint            trappa_plan_get_source_format_minor (TrappaPlan *self);
void             trappa_plan_set_source_format_minor (TrappaPlan *self,
                                                      guint       minor);

/* Fields the program keeps for itself (which save a file is), not the
 * user's: never compared, merged or shown. */
gboolean         trappa_plan_field_is_bookkeeping (GParamSpec *pspec);

G_END_DECLS
