"""Column widths from what the cells hold and the font they are printed in.

A spreadsheet prints a number or a date that does not fit its column as "###" (LibreOffice
and Excel alike), so a column holding dates must be as wide as its widest date *as
displayed* (Thai digits, Buddhist era, abbreviated month) in 16 pt TH SarabunPSK. Text wraps,
so a text column keeps the width it was designed with as a ceiling and narrows to its longest
line when every text (its header included) is shorter; such texts still take one line per
paragraph, so row heights worked out before stay right.

Text is measured with the bundled Sarabun (ReportLab's TrueType metrics): its advances are
within a few per cent of TH SarabunPSK's metric twin Laksaman (measured: 0.97–1.07), and
``FONT_MARGIN`` covers the difference. Spreadsheet widths are in characters of the default font
(Calibri/Carlito 11 pt: 7 px a digit, 5 px padding at 96 dpi).
"""
from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache

from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.excel.styles import BODY_SIZE
from app.paths import resources_dir
from app.thai.dates import MONTHS_ABBR, be_year
from app.thai.digits import to_thai_digits

FONT_MARGIN = 1.08  # TH SarabunPSK/Laksaman against Sarabun advances, widest case measured
PADDING = 1.5  # width units of breathing room beside the text (cell margins, borders)
MIN_WIDTH = 5.0
PX_PER_UNIT, PX_PADDING = 7.0, 5.0


@lru_cache(maxsize=None)
def _widths(bold: bool) -> tuple[dict[int, int], int]:
    """Sarabun's advance widths (1/1000 em) by code point, read once from the bundled file
    (read directly: registering it with ReportLab would clash with app.typeset's fonts)."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    face = TTFontFile(str(resources_dir() / "fonts" / ("Sarabun-Bold.ttf" if bold else "Sarabun-Regular.ttf")))
    return dict(face.charWidths), int(face.defaultWidth)


def text_points(text: str, size: float = BODY_SIZE, bold: bool = False) -> float:
    """Printed width of one line of ``text`` in points (marks above and below take none)."""
    widths, default = _widths(bold)
    return sum(widths.get(ord(ch), default) for ch in text) * size / 1000 * FONT_MARGIN


def points_to_width(points: float) -> float:
    """Spreadsheet column width (characters) that holds ``points`` of text."""
    return max(0.0, (points * 96 / 72 - PX_PADDING) / PX_PER_UNIT) + PADDING


def _thai_number_format(fmt: str) -> bool:
    return fmt.startswith("[$-D")


def displayed(cell: Cell) -> str | None:
    """The cell's value as the spreadsheet prints it (dates and numbers through their number
    format), or None for an empty or formula cell."""
    value, fmt = cell.value, cell.number_format or "General"
    if value is None or cell.data_type == "f":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        d = value.date() if isinstance(value, dt.datetime) else value
        text = f"{d.day} {MONTHS_ABBR[d.month - 1]} {be_year(d)}" if "mmm" in fmt else d.isoformat()
        if isinstance(value, dt.datetime) and "h" in fmt:
            text += f" {value:%H:%M:%S}"
        return to_thai_digits(text) if _thai_number_format(fmt) else text
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        decimals = fmt.split(".")[1].count("0") if "." in fmt else (0 if "0" in fmt else None)
        if decimals is None:
            text = str(value)
        else:
            text = f"{value * (100 if '%' in fmt else 1):.{decimals}f}" + ("%" if "%" in fmt else "")
        return to_thai_digits(text) if _thai_number_format(fmt) else text
    return str(value)


def _wraps(cell: Cell) -> bool:
    return bool(cell.alignment and cell.alignment.wrap_text) and isinstance(cell.value, str)


def _merged_cells(ws: Worksheet) -> dict[tuple[int, int], tuple[int, int]]:
    """(row, col) of each merged range's first cell -> (last col, last row)."""
    return {(r.min_row, r.min_col): (r.max_col, r.max_row) for r in ws.merged_cells.ranges}


def content_widths(ws: Worksheet, first_row: int = 1) -> dict[int, tuple[float, float]]:
    """Per column: (width its numbers and dates need as printed, width its longest wrapped text
    line needs). Cells merged across columns are left out (their text spans several)."""
    merged = _merged_cells(ws)
    covered = {(row, col) for r in ws.merged_cells.ranges for row in range(r.min_row, r.max_row + 1)
               for col in range(r.min_col, r.max_col + 1)}
    out: dict[int, tuple[float, float]] = {}
    for row in ws.iter_rows(min_row=first_row):
        for cell in row:
            key = (cell.row, cell.column)
            if key in covered and (key not in merged or merged[key][0] != cell.column):
                continue
            text = displayed(cell)
            if not text:
                continue
            size = (cell.font.sz if cell.font and cell.font.sz else BODY_SIZE)
            bold = bool(cell.font and cell.font.b)
            need = max(points_to_width(text_points(line, size, bold)) for line in text.split("\n"))
            if not _wraps(cell) and isinstance(cell.value, str):
                continue  # unwrapped text (a note under a table) runs on into the empty cells beside it
            fixed, wrapped = out.get(cell.column, (0.0, 0.0))
            if _wraps(cell):
                wrapped = max(wrapped, need)
            else:
                fixed = max(fixed, need)
            out[cell.column] = (fixed, wrapped)
    return out


def fit_columns(ws: Worksheet, first_row: int = 1) -> dict[int, float]:
    """Size every column that holds something from ``first_row`` on: at least as wide as its
    widest number or date as printed; text columns no wider than designed (text wraps) and no
    wider than their longest line. Returns the new widths by column number."""
    new: dict[int, float] = {}
    for col, (fixed, wrapped) in content_widths(ws, first_row).items():
        letter = get_column_letter(col)
        designed = ws.column_dimensions[letter].width or 13.0
        width = max(fixed, min(designed, wrapped) if wrapped else 0.0, MIN_WIDTH)
        width = math.ceil(width * 2) / 2
        ws.column_dimensions[letter].width = width
        new[col] = width
    return new
