/* fuzz-ssb-csv.c: SSB's CSV population tables under libFuzzer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz-ssb-table.h"
#include "trappa-fuzz.h"
#include "trappa-ssb-csv.h"

static gboolean
read_csv (TrappaSsbTable  *table,
          const char      *text,
          gsize            length,
          GError         **error)
{
  return trappa_ssb_csv_read (table, text, error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  fuzz_ssb_table_run (read_csv, data, size);
  return 0;
}
