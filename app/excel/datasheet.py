"""The hidden key/value sheet in a summary workbook, which consolidation reads back.

The visible sheets are for people and may be re-arranged by them; this sheet is for the program.
Column A holds a key, column B its value (numbers stay numbers). Keys (format version 1):

- ``format`` = "ita-desk-summary", ``format_version`` = 1, ``generated`` (date and time)
- ``unit.name``, ``unit.kind``, ``unit.district``, ``unit.province``
- ``fiscal_year``, ``catalogue`` (blank when the year has no assessment)
- ``overall``, ``overall.computed``, ``level``, ``level.computed``
- ``tool.IIT`` / ``tool.EIT`` / ``tool.OIT``, ``indicator.1`` … ``indicator.10``, ``indicator.N.name``
- ``plan_year``, ``measures`` (count), and where the status dropdowns are, so that statuses the
  officer changed in the workbook are what gets counted: ``progress.sheet``, ``progress.first_row``,
  ``progress.last_row``, ``progress.number_col`` (the ลำดับ column: a number on measure rows),
  ``progress.status_col.6``, ``progress.status_col.12`` (column letters).
"""
from __future__ import annotations

from typing import Any

from openpyxl.workbook.workbook import Workbook

from app.excel.labels import SHEET_DATA
from app.excel.styles import put

FORMAT = "ita-desk-summary"
FORMAT_VERSION = 1


def write_data_sheet(wb: Workbook, values: dict[str, Any]) -> None:
    ws = wb.create_sheet(SHEET_DATA)
    put(ws, 1, 1, "format", border=False, align=None)
    put(ws, 1, 2, FORMAT, border=False, align=None)
    put(ws, 2, 1, "format_version", border=False, align=None)
    put(ws, 2, 2, FORMAT_VERSION, border=False, align=None)
    for row, (key, value) in enumerate(values.items(), start=3):
        put(ws, row, 1, key, border=False, align=None)
        if value is not None:
            put(ws, row, 2, value, border=False, align=None)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 40
    ws.sheet_state = "hidden"


def read_data_sheet(wb: Workbook) -> dict[str, Any] | None:
    """The key/value pairs, or None when the workbook has no data sheet."""
    if SHEET_DATA not in wb.sheetnames:
        return None
    ws = wb[SHEET_DATA]
    out: dict[str, Any] = {}
    for row in ws.iter_rows(min_col=1, max_col=2, values_only=True):
        if not row or row[0] is None:
            continue
        out[str(row[0]).strip()] = row[1] if len(row) > 1 else None
    return out
