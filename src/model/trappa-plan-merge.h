/* trappa-plan-merge.h: taking a colleague's changes into a plan, field by field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

typedef enum
{
  TRAPPA_CONFLICT_FIELD,          /* both changed a field, differently */
  TRAPPA_CONFLICT_MINE_REMOVED,   /* I removed a record they edited */
  TRAPPA_CONFLICT_THEIRS_REMOVED, /* they removed a record I edited */
} TrappaConflictKind;

typedef struct
{
  TrappaConflictKind  kind;
  TrappaItem         *base;        /* the record in each version, NULL where absent */
  TrappaItem         *mine;
  TrappaItem         *theirs;
  GParamSpec         *pspec;       /* FIELD: the field */
  gboolean            take_theirs; /* the choice: FALSE keeps mine */
} TrappaConflict;

#define TRAPPA_TYPE_MERGE (trappa_merge_get_type ())
G_DECLARE_FINAL_TYPE (TrappaMerge, trappa_merge, TRAPPA, MERGE, GObject)

/* Compares @mine and @theirs with their common ancestor @base. Fails with
 * TRAPPA_ERROR_OTHER_PLAN when the three are not versions of one plan. */
TrappaMerge *trappa_merge_new             (TrappaPlan     *base,
                                           TrappaPlan     *mine,
                                           TrappaPlan     *theirs,
                                           GError        **error);
/* The conflicts (TrappaConflict, owned by the merge), in plan order;
 * set take_theirs on each to choose. */
GPtrArray   *trappa_merge_get_conflicts   (TrappaMerge    *self);
/* How many of their changes are taken without a question. */
guint        trappa_merge_get_n_changes   (TrappaMerge    *self);
typedef enum
{
  TRAPPA_MERGE_BASE,
  TRAPPA_MERGE_MINE,
  TRAPPA_MERGE_THEIRS,
} TrappaMergeSide;

/* What the conflict is about: Measure «X»: operating cost. */
char        *trappa_conflict_title        (TrappaConflict *conflict);
/* One side in words: a value, or "removed" / "changed"; a long text is
 * cut to one short line unless @whole. */
char        *trappa_conflict_side_text    (TrappaMerge    *self,
                                           TrappaConflict *conflict,
                                           TrappaMergeSide side,
                                           gboolean        whole);
/* The whole conflict in one line, for the command line. */
char        *trappa_conflict_describe     (TrappaMerge    *self,
                                           TrappaConflict *conflict);
/* Applies their changes and the chosen side of each conflict to @mine
 * as one undo step. Returns the number of changes that the plan refused
 * (e.g. a reference to a record I removed); they are left as mine. */
guint        trappa_merge_apply           (TrappaMerge    *self);

G_END_DECLS
