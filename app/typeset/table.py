"""ThaiTable: officers' tables (ratio widths, grid, repeated header, group rows) with Thai cells.

Built on ReportLab's Table (drawing, grid, spans, repeated header rows) with our own split across
pages (rowsplit.py): the page is filled, a tall row continues on the next page cell by cell at line
boundaries, and the header rows are repeated exactly once at the top of each page. Every text cell is
a ThaiParagraph, which splits its already shaped lines.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle
from reportlab.platypus.flowables import Flowable

from app.typeset.keep import install as install_keep_with_next
from app.typeset.paragraph import ThaiParagraph
from app.typeset.rowsplit import RowSplitter
from app.typeset.style import ParaStyle

GRID_WIDTH = 0.5


class ThaiTable(RowSplitter, Table):
    def __init__(self, rows, col_ratios=None, *, header_rows: int = 1, style: ParaStyle | None = None,
                 padding: float = 4, grid: bool = True, group_rows=(), spans=(), valign: str = "top",
                 header_background=None, col_aligns=None, font_size: float | None = None, **table_kw):
        if style is None:
            # ReportLab's split() builds the parts as self.__class__(data, colWidths=..., ...).
            Table.__init__(self, rows, **table_kw)
            return
        ncols = len(col_ratios)
        total = float(sum(col_ratios))
        cell_style = style.replace(first_indent=0, hanging=0, left_indent=0, right_indent=0,
                                   space_before=0, space_after=0, keep_with_next=False)
        if font_size is not None:
            cell_style = cell_style.replace(size=font_size, leading=None)
        group_rows = set(group_rows)
        data = []
        for r, row in enumerate(rows):
            row = list(row) + [None] * (ncols - len(row))
            cells = []
            for c, value in enumerate(row[:ncols]):
                if r < header_rows:
                    st = cell_style.replace(bold=True, align="center")
                elif r in group_rows:
                    st = cell_style.replace(bold=True, align="left")
                else:
                    st = cell_style.replace(align=col_aligns[c]) if col_aligns and col_aligns[c] else cell_style
                cells.append(_cell(value, st))
            data.append(cells)
        cmds = [
            ("LEFTPADDING", (0, 0), (-1, -1), padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ("TOPPADDING", (0, 0), (-1, -1), padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ("VALIGN", (0, 0), (-1, -1), valign.upper()),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ]
        if grid:
            cmds.append(("GRID", (0, 0), (-1, -1), GRID_WIDTH, colors.black))
        if header_background is not None and header_rows:
            cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), header_background))
        for r in sorted(group_rows):
            cmds.append(("SPAN", (0, r), (-1, r)))
        for (c0, r0), (c1, r1) in spans:
            cmds.append(("SPAN", (c0, r0), (c1, r1)))
        widths = [f"{ratio * 100.0 / total:.6f}%" for ratio in col_ratios]
        super().__init__(data, colWidths=widths, repeatRows=header_rows, style=TableStyle(cmds),
                         hAlign="LEFT")
        self._group_rows = frozenset(group_rows)

    def wrap(self, availWidth, availHeight):
        install_keep_with_next(getattr(self, "canv", None))
        return super().wrap(availWidth, availHeight)


def _cell(value, style: ParaStyle):
    """Table cell content: always a list of flowables, so ReportLab can split it inside a row."""
    if value is None:
        return ""
    if isinstance(value, Flowable):
        return [value]
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, Flowable) for v in value):
        return list(value)
    if isinstance(value, (list, tuple)):
        return [ThaiParagraph([(t, b) for t, b in value], style)]
    return [ThaiParagraph(str(value), style)]
