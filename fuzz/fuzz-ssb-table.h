/* fuzz-ssb-table.h: one SSB reader (CSV or JSON-stat2) under a fuzz target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdint.h>

#include "trappa-ssb-table.h"

typedef gboolean (*FuzzSsbRead) (TrappaSsbTable  *table,
                                 const char      *text,
                                 gsize            length,
                                 GError         **error);

/* Runs @read on the input as text, then the table's own checks; any
 * refusal must be a TRAPPA_ERROR with a message, anything accepted must
 * give series whose values the plan can hold. */
void fuzz_ssb_table_run (FuzzSsbRead    read,
                         const uint8_t *data,
                         size_t         size);
