/* trappa-plan-constraints.h: what a plan must be beyond each field's own
 * value, checked on reading a file and before every edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

/* One broken rule: @item (or its @field, when not NULL) is at fault;
 * @other, when not NULL, is the record it clashes with. */
typedef struct
{
  TrappaItem  *item;
  const char  *field;
  TrappaItem  *other;
  TrappaError  code;
  const char  *message;
} TrappaPlanProblem;

typedef void (*TrappaPlanProblemFunc) (const TrappaPlanProblem *problem,
                                       gpointer                 user_data);

/* Every rule across fields and records (docs/file-format.md, "Rules across
 * records"): a period that ends after it starts, age bands from their
 * lowest age up and apart, one staircase of each kind, references only to
 * records their field may name. Each broken rule goes to @func. */
void     trappa_plan_constraints_check        (TrappaPlan             *plan,
                                               TrappaPlanProblemFunc   func,
                                               gpointer                user_data);

/* Whether setting @pspec of @item (in @plan) to @value keeps the rules,
 * and those of one field: an id valid, unique and kept while records name
 * it, a list of references naming each record once. If not, @error says
 * which, and nothing is changed. */
gboolean trappa_plan_constraints_allow_set    (TrappaPlan             *plan,
                                               TrappaItem             *item,
                                               GParamSpec             *pspec,
                                               const GValue           *value,
                                               GError                **error);

/* Whether adding @items to the list @list_name of @parent keeps the
 * rules that the last of them touches (the others were let in). */
gboolean trappa_plan_constraints_allow_insert (TrappaPlan             *plan,
                                               TrappaItem             *parent,
                                               const char             *list_name,
                                               TrappaItem * const     *items,
                                               guint                   n_items,
                                               GError                **error);

/* An id: ASCII letters, digits, "-", "_" and ".", a letter or "_" first,
 * at most TRAPPA_MAX_ID_LENGTH; ASCII so that no two ids can look alike
 * (a Latin "a" and a Cyrillic "а"). */
gboolean trappa_plan_constraints_is_valid_id  (const char             *id);

/* Gives @item, a record just made with default values that is about to
 * be added to @list_name of @parent, values that keep the rules where
 * the defaults would not: a new age band starts past the last age in a
 * band. */
void     trappa_plan_constraints_fit_new      (TrappaPlan             *plan,
                                               TrappaItem             *parent,
                                               const char             *list_name,
                                               TrappaItem             *item);

G_END_DECLS
