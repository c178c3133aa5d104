/* trappa-field-names.h: record kinds and fields in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-item.h"

G_BEGIN_DECLS

/* "Measure" for "measure"; the tag itself for a kind not named here. */
const char *trappa_kind_label   (const char *tag);
/* "operating cost" for ("measure", "operating-cost"): lower case, to
 * stand inside a sentence; the field's file name when not named here. */
const char *trappa_field_label  (const char *tag,
                                 const char *field);
/* A record as a reader knows it: Measure «Housing First team». */
char       *trappa_record_label (TrappaItem *item);

G_END_DECLS
