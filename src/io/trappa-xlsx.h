/* trappa-xlsx.h: tables as an Excel workbook (XLSX), one sheet each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-table.h"

G_BEGIN_DECLS

/* The workbook's bytes: a sheet per table named by its title, a bold,
 * frozen header row, numbers stored as numbers (kroner and counts grouped
 * by thousands, years plain), dates as dates, columns as wide as their
 * text (long text wraps). NULL with an error if libxlsxwriter fails. */
GBytes *trappa_xlsx_write (TrappaTable * const  *tables,
                           guint                 n_tables,
                           GError              **error);

G_END_DECLS
