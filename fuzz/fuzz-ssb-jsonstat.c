/* fuzz-ssb-jsonstat.c: SSB's JSON-stat2 population tables under libFuzzer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz-ssb-table.h"
#include "trappa-fuzz.h"
#include "trappa-ssb-jsonstat.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  fuzz_ssb_table_run (trappa_ssb_jsonstat_read, data, size);
  return 0;
}
