/* trappa-ssb-jsonstat.h: SSB's JSON-stat2 (PxWebApi, statbank "JSON-stat2")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-ssb-table.h"

G_BEGIN_DECLS

gboolean trappa_ssb_jsonstat_read (TrappaSsbTable  *table,
                                   const char      *text,
                                   gsize            length,
                                   GError         **error);

G_END_DECLS
