/* trappa-plan-bytes.h: the checks on a plan file's bytes, chunk by chunk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "trappa-xml-report.h"

G_BEGIN_DECLS

/* Attributes in other namespaces that one record or list may hold. */
#define TRAPPA_PLAN_MAX_FOREIGN_ATTRIBUTES 100

typedef struct _TrappaPlanBytes TrappaPlanBytes;

TrappaPlanBytes *trappa_plan_bytes_new    (void);
void             trappa_plan_bytes_free   (TrappaPlanBytes *self);
/* Checks the next @length bytes of the file. FALSE once they, or bytes
 * before, have a problem: libxml2 gets no more of them, but the rest of
 * the file is still to be checked (a problem of an earlier stage found
 * later wins). */
gboolean         trappa_plan_bytes_add    (TrappaPlanBytes *self,
                                           const char      *data,
                                           gsize            length);
/* After the last byte: adds to @report the problem with the bytes,
 * else with the tags, as the reader's stages come (size, blank, UTF-16,
 * binary, UTF-8, then the number of elements and of attributes of one).
 * TRUE when there is none. */
gboolean         trappa_plan_bytes_finish (TrappaPlanBytes *self,
                                           TrappaXmlReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaPlanBytes, trappa_plan_bytes_free)

G_END_DECLS
