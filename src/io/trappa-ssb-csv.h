/* trappa-ssb-csv.h: the CSV files SSB's statbank and PxWebApi give
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-ssb-table.h"

G_BEGIN_DECLS

/* Reads UTF-8 @text into @table: separator ; , or tab, title lines before
 * the header, long (one row per cell) or wide (years as columns) layout. */
gboolean trappa_ssb_csv_read (TrappaSsbTable  *table,
                              const char      *text,
                              GError         **error);

G_END_DECLS
