/* trappa-plan-reader.h: what the reader tells the writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * trappa_plan_file_parse() itself is declared in trappa-plan-file.h.
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

/* The minor format version to write for @plan: ours, or the newer one the
 * plan was read from, whose unknown elements it still carries. */
guint trappa_plan_reader_get_minor (TrappaPlan *plan);

/* Why a file of @size bytes is refused, for the size check before
 * reading and the one after. */
char *trappa_plan_reader_describe_too_large (guint64 size);

G_END_DECLS
