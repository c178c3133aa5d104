/* trappa-plan-lines.h: where in the plan file each record and field was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-item.h"

G_BEGIN_DECLS

/* Kept by the reader while it reads, so checks that run on the whole
 * plan afterwards (trappa-plan-rules.c) can name the line of a field. */
typedef struct _TrappaPlanLines TrappaPlanLines;

TrappaPlanLines *trappa_plan_lines_new   (void);
void             trappa_plan_lines_free  (TrappaPlanLines *self);
/* @field NULL: the record's own element, else one of its kind's own
 * fields (trappa_item_class_get_props). A record comes before its fields. */
void             trappa_plan_lines_add   (TrappaPlanLines *self,
                                          TrappaItem      *item,
                                          GParamSpec      *field,
                                          guint            line);
/* The field just added names records: it is checked once all are read. */
void             trappa_plan_lines_note_reference (TrappaPlanLines *self);
typedef void (*TrappaPlanLinesReferenceFunc) (TrappaItem *item,
                                              GParamSpec *field,
                                              guint       line,
                                              gpointer    user_data);
/* Calls @func for each field noted as a reference, in the order added. */
void             trappa_plan_lines_foreach_reference (TrappaPlanLines            *self,
                                                      TrappaPlanLinesReferenceFunc func,
                                                      gpointer                    user_data);
/* The field's line; the record's when the field was not in the file;
 * 0 when neither is known. */
guint            trappa_plan_lines_get   (TrappaPlanLines *self,
                                          TrappaItem      *item,
                                          const char      *field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaPlanLines, trappa_plan_lines_free)

G_END_DECLS
