/* trappa-plan-diff.h: what differs between two versions of a plan, record by record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

/* Where a record sits in a plan. */
typedef struct
{
  TrappaItem *item;
  TrappaItem *parent;   /* NULL for the plan itself */
  const char *list;     /* the parent's list that holds it */
  guint       position;
  guint       order;    /* place in a depth-first walk of the plan */
} TrappaPlace;

/* id → TrappaPlace of every record of @plan (the plan included). */
GHashTable *trappa_plan_places     (TrappaPlan *plan);
/* The places as a depth-first walk of the plan meets them. */
GPtrArray  *trappa_places_in_order (GHashTable *places);
/* The ids of @owner's @list, in order (borrowed from the records). */
GPtrArray  *trappa_item_list_ids   (TrappaItem *owner,
                                    const char *list);
gboolean    trappa_ids_equal       (GPtrArray  *x,
                                    GPtrArray  *y);

typedef enum
{
  TRAPPA_DIFF_FIELD,    /* a field of a record in both plans differs */
  TRAPPA_DIFF_ADDED,    /* a record (with its children) only in the second */
  TRAPPA_DIFF_REMOVED,  /* a record (with its children) only in the first */
  TRAPPA_DIFF_ORDER,    /* a list holds the same records in another order */
} TrappaDiffKind;

typedef struct
{
  TrappaDiffKind  kind;
  TrappaItem     *a;       /* the record (ORDER: the list's owner) in the first plan */
  TrappaItem     *b;       /* ... and in the second; NULL where it is absent */
  GParamSpec     *pspec;   /* FIELD: the field */
  const char     *list;    /* ORDER: the list */
} TrappaDiff;

/* The differences from @a to @b in the order of a walk of the plans
 * (records matched by id); a GPtrArray of TrappaDiff. */
GPtrArray  *trappa_plan_diff           (TrappaPlan       *a,
                                        TrappaPlan       *b);

gboolean    trappa_field_values_equal  (GParamSpec       *pspec,
                                        const GValue     *v1,
                                        const GValue     *v2);
/* A field's value in words; @plan resolves references to names. A long
 * text is cut to one short line. */
char       *trappa_field_value_to_text (TrappaPlan       *plan,
                                        TrappaItem       *item,
                                        GParamSpec       *pspec,
                                        const GValue     *value);
/* As trappa_field_value_to_text(), with texts whole. */
char       *trappa_field_value_to_whole_text (TrappaPlan   *plan,
                                              TrappaItem   *item,
                                              GParamSpec   *pspec,
                                              const GValue *value);
/* One difference in words, e.g. Measure «Housing First team»: operating
 * cost 1 200 000 kr → 1 500 000 kr. */
char       *trappa_diff_describe       (const TrappaDiff *diff,
                                        TrappaPlan       *a,
                                        TrappaPlan       *b);

G_END_DECLS
