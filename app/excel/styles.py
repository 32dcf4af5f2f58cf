"""How every workbook we write looks: Thai fonts, Thai number and date formats, safe cells, print set-up.

Values stay real numbers and dates; Thai digits and the Buddhist era come from number formats with
an Excel locale prefix ``[$-XXYYZZZZ]`` (XX numeral shapes: 0D Thai, 01 western; YY calendar: 07 Thai
Buddhist; ZZZZ locale: 041E th-TH), which Excel and LibreOffice both honour.

Every string goes through :func:`put`, which keeps text that a spreadsheet would read as a formula
(leading ``= + - @``, tab, CR) as plain text, so a measure titled "=HYPERLINK(…)" stays words.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any, Iterable

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

# TH SarabunPSK is on nearly every Thai government PC; where it is missing Excel substitutes a Thai
# font (charset 222 tells it the text is Thai), LibreOffice maps it to Laksaman/Sarabun.
FONT_NAME = "TH SarabunPSK"
THAI_CHARSET = 222
BODY_SIZE = 16
TITLE_SIZE = 20

_THIN = Side(style="thin", color="808080")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9E2F3")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
TOTAL_FILL = PatternFill("solid", fgColor="FFF2CC")
INPUT_FILL = PatternFill("solid", fgColor="FFFDE7")
MISMATCH_FILL = PatternFill("solid", fgColor="F8CBAD")

WRAP_TOP = Alignment(wrap_text=True, vertical="top")
WRAP_CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
TOP_CENTER = Alignment(vertical="top", horizontal="center")
TOP_RIGHT = Alignment(vertical="top", horizontal="right")
LEFT = Alignment(vertical="center", horizontal="left")

_FONTS: dict[tuple[int, bool], Font] = {}


def font(size: int = BODY_SIZE, bold: bool = False) -> Font:
    key = (size, bold)
    if key not in _FONTS:
        _FONTS[key] = Font(name=FONT_NAME, size=size, bold=bold, charset=THAI_CHARSET, family=2)
    return _FONTS[key]


@dataclass(frozen=True)
class Formats:
    """Number formats for one workbook: Thai digits or western digits, always the Buddhist era."""

    score: str
    integer: str
    year: str
    date: str
    percent: str

    @classmethod
    def for_digits(cls, thai_digits: bool) -> "Formats":
        if thai_digits:
            return cls(
                score="[$-D00041E]0.00", integer="[$-D00041E]0", year="[$-D00041E]0",
                date="[$-D07041E]d mmm yyyy", percent="[$-D00041E]0.00%",
            )
        return cls(score="0.00", integer="0", year="0", date="[$-107041E]d mmm yyyy", percent="0.00%")


# --- safe cells ----------------------------------------------------------------------------------

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def clean_text(text: str) -> str:
    """Text as a cell can hold it: line ends as LF (a bare CR does not survive XML), no control
    characters XML 1.0 cannot carry."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def put(ws: Worksheet, row: int, col: int, value: Any, *, fmt: str | None = None, bold: bool = False,
        size: int = BODY_SIZE, align: Alignment | None = WRAP_TOP, border: bool = True,
        fill: PatternFill | None = None) -> Cell:
    """Write one cell: text can never become a formula, numbers and dates keep their type."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        original = value
        value = clean_text(value)
        cell.value = value
        if original.startswith(FORMULA_TRIGGERS) or value.startswith(FORMULA_TRIGGERS) or cell.data_type == "f":
            cell.data_type = "s"
            cell.quotePrefix = True
    else:
        cell.value = value
        if fmt:
            cell.number_format = fmt
    cell.font = font(size, bold)
    if align is not None:
        cell.alignment = align
    if border:
        cell.border = BORDER
    if fill is not None:
        cell.fill = fill
    return cell


def formula(ws: Worksheet, row: int, col: int, text: str, *, fmt: str | None = None, bold: bool = False,
            align: Alignment | None = TOP_RIGHT, fill: PatternFill | None = None) -> Cell:
    """Write a formula the program itself composed (never user text: that goes through put)."""
    cell = put(ws, row, col, None, fmt=fmt, bold=bold, align=align, fill=fill)
    cell.value = text
    if fmt:
        cell.number_format = fmt
    return cell


def header_row(ws: Worksheet, row: int, labels: Iterable[str | None], first_col: int = 1) -> None:
    labels = list(labels)
    lines = 1
    for i, label in enumerate(labels):
        put(ws, row, first_col + i, label, bold=True, align=WRAP_CENTER, fill=HEADER_FILL)
        if label:
            width = ws.column_dimensions[get_column_letter(first_col + i)].width or 10
            lines = max(lines, text_lines(label, width))
    ws.row_dimensions[row].height = max(ws.row_dimensions[row].height or 0, lines * LINE_HEIGHT + 4)


def title(ws: Worksheet, row: int, text: str, last_col: int, size: int = TITLE_SIZE) -> None:
    """A centred title across ``last_col`` columns (merged), its row as tall as its lines."""
    put(ws, row, 1, text, bold=True, size=size, align=Alignment(horizontal="center", vertical="center",
                                                                 wrap_text=True), border=False)
    if last_col > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)
    width = sum(ws.column_dimensions[get_column_letter(c)].width or 10 for c in range(1, last_col + 1))
    lines = text_lines(text, width * BODY_SIZE / size)
    ws.row_dimensions[row].height = lines * LINE_HEIGHT * size / BODY_SIZE + 6


# --- layout --------------------------------------------------------------------------------------

# Thai marks that sit above or below a consonant and take no width of their own.
_ZERO_WIDTH = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200b]")
# Excel column width units per base character of TH SarabunPSK 16 pt (narrow; ~0.4 em), plus what
# breaking at word ends wastes (measured on LibreOffice pages with the metric twin Laksaman).
_UNITS_PER_CHAR = 1.2 * 1.2
LINE_HEIGHT = 23.0  # points per line of TH SarabunPSK 16 pt, as Excel spaces it
MAX_ROW_HEIGHT = 409.0  # Excel's limit


def set_widths(ws: Worksheet, widths: Iterable[float]) -> None:
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def text_lines(text: str, width: float) -> int:
    """Lines a wrapped text takes in a column ``width`` Excel units wide (an estimate erring long,
    since Excel neither grows a row it has a height for nor shrinks one that is too tall)."""
    usable = max(width - 1.5, 1.0)
    lines = 0
    for para in str(text).split("\n"):
        base = len(_ZERO_WIDTH.sub("", para))
        lines += max(1, math.ceil(base * _UNITS_PER_CHAR / usable))
    return lines


def fit_row(ws: Worksheet, row: int, widths: list[float], size: int = BODY_SIZE) -> None:
    """Set a row's height from its wrapped texts, as Excel would not recompute it on opening."""
    lines = 1
    for col, width in enumerate(widths, start=1):
        cell = ws.cell(row=row, column=col)
        value = cell.value
        if isinstance(value, str) and value and cell.data_type != "f":
            lines = max(lines, text_lines(value, width))
    if lines > 1:  # long texts break at word ends less evenly than the average suggests
        lines = math.ceil(lines * 1.1)
    ws.row_dimensions[row].height = min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT * size / BODY_SIZE + 4)


def fit_unset_rows(ws: Worksheet) -> None:
    """Give every row that has no height yet one from its content (Excel would leave 16 pt text in
    rows sized for its 11 pt default); a cell merged across columns wraps in their joint width."""
    widths = {}
    for col in range(1, ws.max_column + 1):
        widths[col] = ws.column_dimensions[get_column_letter(col)].width or 13
    spans: dict[tuple[int, int], float | None] = {}
    for rng in ws.merged_cells.ranges:
        joint = sum(widths.get(c, 13) for c in range(rng.min_col, rng.max_col + 1))
        spans[(rng.min_row, rng.min_col)] = joint if rng.min_row == rng.max_row else None
    for row in range(1, ws.max_row + 1):
        if ws.row_dimensions[row].height is not None:
            continue
        lines = 1
        for col in range(1, ws.max_column + 1):
            cell = ws.cell(row=row, column=col)
            if not isinstance(cell.value, str) or not cell.value or cell.data_type == "f":
                continue
            width = spans.get((row, col), widths[col])
            if width is None:  # merged down several rows: those rows share the height
                continue
            size = cell.font.sz or BODY_SIZE if cell.font else BODY_SIZE
            lines = max(lines, text_lines(cell.value, width * BODY_SIZE / size))
        ws.row_dimensions[row].height = lines * LINE_HEIGHT + 4


def header_footer_text(text: str) -> str:
    """Literal text for a header/footer section: '&' starts a code there, so it is doubled."""
    return clean_text(text).replace("&", "&&").replace("\n", " ")


def print_setup(ws: Worksheet, *, unit_name: str, header_rows: str | None, landscape: bool = True,
                freeze: str | None = None, one_page: bool = False) -> None:
    """Landscape A4 fitted to the page width, repeated header rows, the unit's name at the top
    and the page number at the bottom of every printed page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if one_page else 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    if header_rows:
        ws.print_title_rows = header_rows
    hf_font = f"{FONT_NAME},Regular"
    ws.oddHeader.center.text = header_footer_text(unit_name)
    ws.oddHeader.center.font = hf_font
    ws.oddHeader.center.size = 14
    ws.oddFooter.center.text = "หน้า &P / &N"
    ws.oddFooter.center.font = hf_font
    ws.oddFooter.center.size = 14
    if freeze:
        ws.freeze_panes = freeze
