#!/usr/bin/python3
# Prints an XLSX workbook as JSON for test-table-export: per sheet its
# frozen pane, and per cell its type (n number, s text, d date), value,
# number format and whether it is bold. SPDX-License-Identifier: GPL-3.0-or-later
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
out = []
for sheet in book.worksheets:
    rows = []
    for row in sheet.iter_rows():
        cells = []
        for cell in row:
            value = cell.value
            if value is None:
                kind, value = "e", ""
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                kind = "n"
            elif hasattr(value, "strftime"):
                kind, value = "d", value.strftime("%Y-%m-%d")
            else:
                kind, value = "s", str(value)
            cells.append({"t": kind, "v": value, "f": cell.number_format,
                          "b": bool(cell.font and cell.font.b)})
        rows.append(cells)
    widths = [sheet.column_dimensions[c].width for c in sorted(sheet.column_dimensions)]
    out.append({"name": sheet.title, "freeze": sheet.freeze_panes, "rows": rows, "widths": widths})
json.dump(out, sys.stdout)
