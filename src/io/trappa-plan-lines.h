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
/* @field NULL: the record's own element. @field must outlive @self (a
 * property spec's name does). */
void             trappa_plan_lines_add   (TrappaPlanLines *self,
                                          TrappaItem      *item,
                                          const char      *field,
                                          guint            line);
/* The field's line; the record's when the field was not in the file;
 * 0 when neither is known. */
guint            trappa_plan_lines_get   (TrappaPlanLines *self,
                                          TrappaItem      *item,
                                          const char      *field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaPlanLines, trappa_plan_lines_free)

G_END_DECLS
