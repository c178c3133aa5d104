/* trappa-plan-reader.h: the reader's size message
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * trappa_plan_file_parse() itself is declared in trappa-plan-file.h.
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

/* Why a file of @size bytes is refused, for the size check before
 * reading and the one after. */
char *trappa_plan_reader_describe_too_large (guint64 size);

G_END_DECLS
