"""ThaiTable: officers' tables (ratio widths, grid, repeated header, group rows) with Thai cells.

A ThaiTable is a *view* of rows ``start:stop`` of one table (every part of a split table shares
the cells, the style commands and the measured row heights). It hands ReportLab only a *window*:
a ReportLab ``Table`` of the header rows and the body rows that can reach the foot of the page.
ReportLab's Table does the drawing, grid, spans and backgrounds; ``split`` chooses where the page
ends (rowsplit.py) and returns two new views, so each page costs in proportion to the rows on it,
never to the rows still to come: a 3,000-row plan costs three times a 1,000-row one (ReportLab's
own split recomputes spans, no-split ranges and row heights over every remaining row at each
page, which grows quadratically).

Every text cell is a list holding a ThaiParagraph, which splits its already shaped lines; a tall
row continues on the next page cell by cell at line boundaries, one cell at most (rowsplit.py).
A part that ends with the first lines of such a cell draws that cell last, after the page's
furniture; a part that starts with its rest draws it first, before the repeated header: readers
read in drawing order and read the cell whole (readingorder.py). Only the order of drawing
changes, not what is drawn where.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Table
from reportlab.platypus.flowables import Flowable

from app.thai.digits import LATIN_SPAN
from app.typeset.keep import install as install_keep_with_next
from app.typeset.line import measure_thai_line
from app.typeset.paragraph import ThaiParagraph
from app.typeset.readingorder import run_break, safe_point
from app.typeset.render import outlines_only
from app.typeset.rowsplit import Cut, find_cut, head_height
from app.typeset.style import ParaStyle

GRID_WIDTH = 0.5
# Between two columns of text (left-aligned or justified) that both have room to spare, each
# side's padding is raised so their text stays at least this far apart (in em of the cells'
# font): poppler's default pdftotext mode pulls up to three words lying within 1 em beside a block
# of text into that block (minColSpacing2), and read a cell's short lines into its neighbour's
# ("ปรับปรุงข่าวประชาสัมพันธ์ใน ดำเนินการปรับปรุงข้อมูลพื้นฐาน"); the last glyph of a justified
# line also carries up to 0.09 em of letter spacing. A centred or right-aligned column (scores,
# counts) keeps its text away from its edges already, the table's outer edges have no neighbour,
# and a narrow column would wrap into more lines and pages: those keep the plain padding.
COLUMN_GAP_EM = 1.15
ROOMY_SHARE = 0.15   # a column with less of the table's width keeps the plain padding
_SHORT = 64   # commands over at most this many body rows are looked up by their first row
_EPS = 1e-6
_TABLE_ATTRS = frozenset(("_cellvalues", "_cellStyles", "_argW", "_argH", "_linecmds", "_spanCmds",
                          "_bkgrndcmds", "_nosplitCmds", "_colWidths", "_spanRanges", "_ncols", "ident"))


class _Spec:
    """What all parts of one table share: cells, commands, row ties and measured heights."""

    def __init__(self, header: list, body: list, ratios: list[float], padding: float,
                 sides: list[tuple[float, float]], table_kw: dict):
        self.header = header
        self.body = body
        self.ratios = ratios
        self.padding = padding   # above and below a cell's text
        self.sides = sides       # (left, right) padding of each column
        self.table_kw = table_kw
        self.glob: list[tuple] = []                   # commands in window coordinates as they are
        self.short: dict[int, list[tuple]] = {}       # first body row -> (r0, r1, command) few rows
        self.long: list[tuple] = []                   # (r0, r1, command) over many rows
        self.short_reach = 0                          # rows the longest short command covers
        n = len(body)
        self.tied = bytearray(n)       # tied[r]: the page may not end between body rows r and r+1
        self.whole = bytearray(n)      # whole[r]: body row r may not be split inside
        self.group: set[int] = set()   # full-width group headings (body rows)
        self.heights: dict[float, list] = {}   # width -> measured height per body row (or None)
        self.link_need: list[float] | None = None   # per column: its widest address on one line
        # height of what must share a page with the table's last row (a ผู้จัดทำ block that signs
        # it): when the table would end a page with no room for it, its last row goes over too
        self.end_with = 0.0
        self.head_heights: dict[float, float] = {}

    def add(self, cmd: tuple) -> None:
        name, (sc, sr), (ec, er) = cmd[0], cmd[1], cmd[2]
        h, n = len(self.header), len(self.body)
        nrows = h + n
        if not (isinstance(sr, int) and isinstance(er, int)) or nrows == 0:
            self.glob.append(tuple(cmd))
            return
        sr = sr + nrows if sr < 0 else sr
        er = er + nrows if er < 0 else er
        lo, hi = min(sr, er), max(sr, er)
        if hi < h:
            self.glob.append(tuple(cmd))
            return
        if lo == 0 and hi == nrows - 1 and name not in ("SPAN", "NOSPLIT"):
            self.glob.append((name, (sc, 0), (ec, -1)) + tuple(cmd[3:]))
            return
        if lo < h:
            self.glob.append((name, (sc, lo), (ec, h - 1)) + tuple(cmd[3:]))
            lo = h
        r0, r1 = lo - h, hi - h
        entry = (r0, r1, (name, sc, ec) + tuple(cmd[3:]))
        if r1 - r0 <= _SHORT:
            self.short.setdefault(r0, []).append(entry)
            self.short_reach = max(self.short_reach, r1 - r0)
        else:
            self.long.append(entry)
        if name in ("SPAN", "NOSPLIT") and r1 > r0:
            for r in range(r0, r1):
                self.tied[r] = 1
            # a multi-row span is never cut; a NOSPLIT range's last row may still be split
            # inside (a group heading stays with the first lines of the row under it)
            for r in range(r0, r1 + 1 if name == "SPAN" else r1):
                self.whole[r] = 1
        elif name == "NOSPLIT":
            self.whole[r0] = 1

    def commands(self, a: int, b: int) -> list[tuple]:
        """Commands for a window of body rows ``a:b`` (window row = header + body row - a)."""
        h = len(self.header)
        out = list(self.glob)
        entries = [e for e in self.long if e[0] < b and e[1] >= a]
        for r in range(max(0, a - self.short_reach), b):
            entries.extend(e for e in self.short.get(r, ()) if e[1] >= a)
        for r0, r1, (name, sc, ec, *rest) in entries:
            out.append((name, (sc, h + max(r0, a) - a), (ec, h + min(r1, b - 1) - a), *rest))
        return out

    def widths(self, avail_width: float) -> list[float]:
        total = float(sum(self.ratios))
        base = [avail_width * r / total for r in self.ratios]
        if self.link_need is None:
            self.link_need = _link_needs(self.body, self.sides)
        return widen_for_links(base, self.link_need, [r / total for r in self.ratios], avail_width)


# A web or e-mail address is one word to a reader and to a word segmenter: broken at its / or . it
# can only be read (and searched) as two, so a column holding one that its share of the table
# leaves too narrow borrows width from the roomy text columns (each gives at most LINK_GIVE of its
# own width; narrow columns, of names and periods, give nothing), up to LINK_MAX_SHARE of the
# table. An address wider than that still breaks at / . - _ (breaking.py).
LINK_GIVE = 0.2
LINK_MAX_SHARE = 0.45
_ADDRESS = ("/", "@", "www.", ".go.th", ".com", ".org", ".net")


def _cell_paragraphs(cell):
    return [f for f in (cell if isinstance(cell, list) else ()) if isinstance(f, ThaiParagraph)]


def _link_needs(rows: list, sides: list[tuple[float, float]]) -> list[float]:
    """Per column, the width its widest address needs on one line (0 where there is none)."""
    need = [0.0] * len(sides)
    for row in rows:
        for c, cell in enumerate(row[:len(sides)]):
            for p in _cell_paragraphs(cell):
                text = p.text if isinstance(p.text, str) else "".join(t for t, _b in p.text)
                for m in LATIN_SPAN.finditer(text):
                    link = m.group()
                    if len(link) < 12 or not any(a in link for a in _ADDRESS):
                        continue
                    st = p.style
                    font = st.font.bold if st.bold else st.font.regular
                    width = measure_thai_line(link, font, st.real_size) + sum(sides[c]) + 1.0
                    need[c] = max(need[c], width)
    return need


def widen_for_links(base: list[float], need: list[float], shares: list[float], avail: float) -> list[float]:
    """``base`` column widths with the columns that ``need`` more for an address widened, taking
    the room from the roomy columns (see LINK_GIVE)."""
    want = [max(0.0, min(n, LINK_MAX_SHARE * avail) - b) for b, n in zip(base, need)]
    short = sum(want)
    if short <= 0:
        return base
    give = [0.0 if want[c] > 0 or shares[c] < ROOMY_SHARE
            else max(0.0, base[c] - max(need[c], (1 - LINK_GIVE) * base[c])) for c in range(len(base))]
    spare = sum(give)
    if spare <= 0:
        return base
    take = min(short, spare)
    return [b + w * take / short - g * take / spare for b, w, g in zip(base, want, give)]


class ThaiTable(Table):
    """A ReportLab Table to its readers (the Word writer reads its cells and commands through
    ``whole_table``), laid out by windows: Table.__init__ is not run for the view itself."""

    def __init__(self, rows, col_ratios=None, *, header_rows: int = 1, style: ParaStyle | None = None,
                 padding: float = 4, grid: bool = True, group_rows=(), spans=(), valign: str = "top",
                 header_background=None, col_aligns=None, font_size: float | None = None,
                 _view: tuple | None = None, **table_kw):
        Flowable.__init__(self)
        self.hAlign = "LEFT"
        self._window: Table | None = None
        self._window_key = None
        self._refuse_below = -1.0   # see rowsplit.py: the space the first part left over
        # columns of the first body row whose text began on the page before, and of the last body
        # row whose text goes on overleaf (readingorder.py)
        self._carry: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())
        if _view is not None:
            self._spec, self._start, self._stop, self._over, self._carry = _view
            self.spaceBefore = self.spaceAfter = 0
            return
        ncols = len(col_ratios)
        if style is None:
            raise ValueError("ThaiTable needs a paragraph style for its cells")
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
        self.spaceBefore = table_kw.pop("spaceBefore", 0) or 0
        self.spaceAfter = table_kw.pop("spaceAfter", 0) or 0
        texts = [(col_aligns[c] if col_aligns and col_aligns[c] else cell_style.align) in ("left", "justify")
                 for c in range(ncols)]
        # only columns with room to spare: a narrow one (who is responsible, when) keeps its width
        total = float(sum(col_ratios))
        roomy = [texts[c] and col_ratios[c] / total >= ROOMY_SHARE for c in range(ncols)]
        wide = max(padding, COLUMN_GAP_EM * cell_style.real_size / 2)
        sides = [[padding, padding] for _c in range(ncols)]
        for c in range(ncols - 1):
            if roomy[c] and roomy[c + 1]:
                sides[c][1] = sides[c + 1][0] = wide
        sides = [tuple(x) for x in sides]
        spec = _Spec(data[:header_rows], data[header_rows:], list(col_ratios), padding, sides, table_kw)
        cmds = [
            ("LEFTPADDING", (0, 0), (-1, -1), padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ("TOPPADDING", (0, 0), (-1, -1), padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ("VALIGN", (0, 0), (-1, -1), valign.upper()),
        ]
        for c, (left, right) in enumerate(sides):
            if left != padding:
                cmds.append(("LEFTPADDING", (c, 0), (c, -1), left))
            if right != padding:
                cmds.append(("RIGHTPADDING", (c, 0), (c, -1), right))
        if header_rows:
            cmds.append(("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"))
        if grid:
            cmds.append(("GRID", (0, 0), (-1, -1), GRID_WIDTH, colors.black))
        if header_background is not None and header_rows:
            cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), header_background))
        for r in sorted(group_rows):
            cmds.append(("SPAN", (0, r), (-1, r)))
            if header_rows <= r < len(rows):
                spec.group.add(r - header_rows)
                if r + 1 < len(rows):
                    spec.tied[r - header_rows] = 1   # a group heading never ends a page
                spec.whole[r - header_rows] = 1
        for (c0, r0), (c1, r1) in spans:
            cmds.append(("SPAN", (c0, r0), (c1, r1)))
        for cmd in cmds:
            spec.add(cmd)
        self._spec, self._start, self._stop, self._over = spec, 0, len(spec.body), {}

    # --- the same interface as a ReportLab Table for the documents -----------------------------
    def setStyle(self, cmds) -> None:
        for cmd in getattr(cmds, "getCommands", lambda: cmds)():
            self._spec.add(tuple(cmd))
        self._window = None
        self.__dict__.pop("_whole", None)

    @property
    def repeatRows(self) -> int:
        return len(self._spec.header)

    @property
    def _nrows(self) -> int:
        return len(self._spec.header) + self._stop - self._start

    @property
    def _rowHeights(self) -> list[float]:
        return list(self._window._rowHeights) if self._window is not None else []

    def __repr__(self):
        return f"ThaiTable(rows {self._start}:{self._stop} of {len(self._spec.body)})"

    @property
    def carries_out(self) -> bool:
        """A cell of the last row goes on on the next page (see readingorder.py)."""
        return bool(self._carry[1])

    def whole_table(self) -> Table:
        """This view as one ReportLab Table with percentage widths, as if never split: for
        readers of a composed story that are not ReportLab's page layout (the Word writer)."""
        t = self.__dict__.get("_whole")
        if t is None:
            spec = self._spec
            total = float(sum(spec.ratios))
            t = self.make_window(self._start, self._stop, 1.0)
            t._argW = [f"{r * 100.0 / total:.6f}%" for r in spec.ratios]
            self.__dict__["_whole"] = t
        return t

    def __getattr__(self, name):
        # ReportLab Table internals read by other writers of the same story (app/docx)
        if name in _TABLE_ATTRS:
            return getattr(self.whole_table(), name)
        raise AttributeError(name)

    # --- windows --------------------------------------------------------------------------------
    def _view(self, a: int, b: int, over: dict, carry=((), ())) -> ThaiTable:
        return ThaiTable(None, _view=(self._spec, a, b, {k: v for k, v in over.items() if a <= k < b},
                                      carry))

    def make_window(self, a: int, b: int, avail_width: float, over: dict | None = None) -> Table:
        """A ReportLab Table of the header and body rows ``a:b`` (``over``: replaced rows)."""
        spec = self._spec
        over = self._over if over is None else over
        data = list(spec.header) + [over.get(r, spec.body[r]) for r in range(a, b)]
        cmds = spec.commands(a, b)
        h = len(spec.header)
        for r in over:
            if a <= r < b:   # a part of a split row reads from its top
                cmds.append(("VALIGN", (0, h + r - a), (-1, h + r - a), "TOP"))
        t = _Grid(data, colWidths=spec.widths(avail_width), repeatRows=h, style=cmds, hAlign="LEFT",
                  longTableOptimize=0, **spec.table_kw)
        t.canv = getattr(self, "canv", None)
        t._wrap_width = avail_width
        t._body_start = a
        return t

    def _measured(self, avail_width: float) -> list:
        spec = self._spec
        key = round(avail_width, 3)
        hs = spec.heights.get(key)
        if hs is None:
            hs = spec.heights[key] = [None] * len(spec.body)
        return hs

    def _remember(self, t: Table, avail_width: float) -> None:
        """Keep the row heights a window measured (rows not replaced by a part of a split row)."""
        hs = self._measured(avail_width)
        h = len(self._spec.header)
        a = t._body_start
        self._spec.head_heights[round(avail_width, 3)] = sum(t._rowHeights[:h])
        for i, rh in enumerate(t._rowHeights[h:]):
            if a + i not in self._over:
                hs[a + i] = rh

    def _estimate(self, r: int, avail_width: float) -> float:
        """A row's height before any window measured it: its tallest cell (spans ignored)."""
        spec = self._spec
        widths = spec.widths(avail_width)
        pad = 2 * spec.padding
        best = pad
        row = self._over.get(r, spec.body[r])
        for c, v in enumerate(row):
            if isinstance(v, (list, tuple)) and v:
                if r in spec.group and c == 0:
                    w = avail_width - spec.sides[0][0] - spec.sides[0][1]
                else:
                    w = widths[c] - sum(spec.sides[c])
                h = sum(f.wrapOn(getattr(self, "canv", None), w, 1e9)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                        for f in v)
                best = max(best, h + pad)
        return best

    def _window_for(self, avail_width: float, avail_height: float) -> Table:
        """The window of rows from ``start`` that reaches past ``avail_height`` (or all rows)."""
        key = (round(avail_width, 3), round(avail_height, 3))
        if self._window is not None and self._window_key == key:
            return self._window
        spec = self._spec
        hs = self._measured(avail_width)
        a, stop = self._start, self._stop
        used = spec.head_heights.get(round(avail_width, 3))
        if used is None:
            used = sum(self._estimate_header(avail_width))
        b = a
        while True:
            while b < stop and used <= avail_height + _EPS:
                used += hs[b] if hs[b] is not None and b not in self._over else self._estimate(b, avail_width)
                b += 1
            # one more row: whether the rows after the page's last one make a sliver (rowsplit.py)
            if b < stop:
                b += 1
            while b < stop and spec.tied[b - 1]:
                b += 1
            t = self.make_window(a, b, avail_width)
            t.wrapOn(getattr(self, "canv", None), avail_width, avail_height)
            self._remember(t, avail_width)
            if b >= stop or sum(t._rowHeights) > avail_height + _EPS:
                break
            used = sum(t._rowHeights)   # the estimate was short: take more rows
        t._more_after = b < stop
        self._window, self._window_key = t, key
        return t

    def _estimate_header(self, avail_width: float) -> list[float]:
        if not self._spec.header:
            return []
        t = Table(list(self._spec.header), colWidths=self._spec.widths(avail_width),
                  style=self._spec.commands(0, 0), longTableOptimize=0, **self._spec.table_kw)
        t.wrapOn(getattr(self, "canv", None), avail_width, 1e9)
        self._spec.head_heights[round(avail_width, 3)] = sum(t._rowHeights)
        return list(t._rowHeights)

    # --- flowable -------------------------------------------------------------------------------
    def keep_end_with(self, height: float) -> None:
        """What follows the table (``height`` tall) must not start a page alone: see _Spec.end_with."""
        self._spec.end_with = height

    def _end_cut(self, t: Table, availHeight: float) -> Cut | None:
        """The cut that sends the last row(s) over with what must follow them (_Spec.end_with),
        when the table ends on this page with no room for that; None otherwise."""
        spec = self._spec
        if spec.end_with <= 0 or self._stop != len(spec.body) or self._stop - self._start < 2:
            return None
        whole = sum(t._rowHeights)
        if t._more_after or whole > availHeight + _EPS or whole + spec.end_with <= availHeight + _EPS:
            return None
        # wrap asks, then split asks again for the same room: the cut is found once
        key = (id(t), availHeight)
        if getattr(self, "_end_cut_for", (None,))[0] != key:
            self._end_cut_for = (key, find_cut(self, t, whole - 1.0))
        return self._end_cut_for[1]

    def wrap(self, availWidth, availHeight):
        install_keep_with_next(getattr(self, "canv", None))
        t = self._window_for(availWidth, availHeight)
        self.width = availWidth
        self.height = sum(t._rowHeights)
        if self._end_cut(t, availHeight) is not None:
            self.height = availHeight + 1.0   # ends this page only in part: ReportLab splits it
        elif availHeight <= self._refuse_below + _EPS:
            self.height = max(self.height, availHeight + 1.0)   # a rest cut early goes overleaf
        return self.width, self.height

    def draw(self):
        t = self._window
        t.canv = self.canv
        t.carry = self._carry
        t.drawOn(self.canv, 0, 0)

    def split(self, availWidth, availHeight):
        if availHeight <= self._refuse_below + _EPS:
            return []
        t = self._window_for(availWidth, availHeight)
        if not t._more_after and sum(t._rowHeights) <= availHeight + _EPS:
            cut = self._end_cut(t, availHeight)
            if cut is None:
                return [self]
        else:
            cut = find_cut(self, t, availHeight, start_here=getattr(self, "_start_here", False))
        if cut is None:
            return []
        first, rest = self._parts(cut)
        _w, h0 = first.wrapOn(getattr(self, "canv", None), availWidth, availHeight)
        rest._refuse_below = availHeight - h0
        return [first, rest]

    def _parts(self, cut: Cut) -> tuple[ThaiTable, ThaiTable]:
        """The first part (rows up to the cut) and the rest (from the cut) as views."""
        a = self._start
        r = a + cut.row
        carry_in = self._carry[0]
        if cut.first is None:   # between rows: before body row r
            return self._view(a, r, self._over, (carry_in, ())), self._view(r, self._stop, self._over)
        return (self._view(a, r + 1, {**self._over, r: cut.first}, (carry_in, cut.cross)),
                self._view(r, self._stop, {**self._over, r: cut.rest}, (cut.cross, ())))

    def min_head_height(self, availWidth) -> float | None:
        """Height of the smallest first part ``split`` leaves at the bottom of a page: the header
        rows and the first body row (a group heading together with the row after it), or only
        its first lines when it may be split inside. What a keep-with-next heading needs below it
        (see keep.py)."""
        return head_height(self, availWidth)


class _Grid(Table):
    """A window as ReportLab draws it, except that a part of a split table draws the continued
    cells of its first row first and the continuing cells of its last row last, with the page
    furniture before those (see the module doc). Backgrounds first and rules last, as ReportLab."""

    carry: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())

    def draw(self):
        carry_in, carry_out = self.carry
        if (not carry_in and not carry_out) or self._renderCB:
            super().draw()
            return
        c = self.canv
        c.saveState()
        self._curweight = self._curcolor = self._curcellstyle = None
        self._makeShadow()
        self._makeRoundedCornersClip()
        self._drawBkgrnd()
        first = [(self.repeatRows, col) for col in carry_in]
        last = [(self._nrows - 1, col) for col in carry_out]
        # a cell that fills the page from top to foot (taller than a page): its text runs through
        # the page, whose repeated header is then drawn as shapes (it was read on the first page)
        through = [rc for rc in first if rc in last]
        first = [rc for rc in first if rc not in through]
        last = [rc for rc in last if rc not in through]
        for row, col in through + first:
            self._draw_cell_at(row, col)
        if first and not last and not through:
            safe_point(c)
        skip = set(through) | set(first) | set(last)
        for row in range(self._nrows):
            for col in range(self._ncols):
                if (row, col) in skip:
                    continue
                if through and row < self.repeatRows:
                    with outlines_only(c):
                        self._draw_cell_at(row, col)
                else:
                    self._draw_cell_at(row, col)
        if last:
            safe_point(c)
        for row, col in last:
            self._run_break(row, col)
            self._draw_cell_at(row, col)
        self._drawLines()
        c.restoreState()
        if self._roundingRectDef:
            self._restoreRoundingObscuredLines()

    def _rect(self, row: int, col: int):
        if self._spanCmds:
            return self._spanRects[col, row]   # None: covered by a spanning cell
        return (self._colpositions[col], self._rowpositions[row + 1],
                self._colWidths[col], self._rowHeights[row])

    def _draw_cell_at(self, row: int, col: int) -> None:
        rect = self._rect(row, col)
        if rect is not None:
            x, y, w, h = rect
            self._drawCell(self._cellvalues[row][col], self._cellStyles[row][col], (x, y), (w, h))

    def _run_break(self, row: int, col: int) -> None:
        """Before a continuing cell: the cells drawn just before it may end on its first line's
        baseline (see readingorder.py); the break sits on the cell's top edge."""
        rect = self._rect(row, col)
        style = next((getattr(f, "style", None) for f in self._cellvalues[row][col] or ()
                      if getattr(f, "style", None) is not None), None)
        if rect is not None and style is not None:
            x, y, _w, h = rect
            run_break(self.canv, x + self._cellStyles[row][col].leftPadding, y + h, style.font.regular,
                      style.real_size)


def _cell(value, style: ParaStyle):
    """Table cell content: always a list of flowables, so a row can be split inside."""
    if value is None:
        return ""
    if isinstance(value, Flowable):
        return [value]
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, Flowable) for v in value):
        return list(value)
    if isinstance(value, (list, tuple)):
        return [ThaiParagraph([(t, b) for t, b in value], style)]
    return [ThaiParagraph(str(value), style)]
