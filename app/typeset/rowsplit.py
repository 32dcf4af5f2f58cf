"""Splitting a table across pages the way officers' tables break: fill the page, then continue.

ReportLab's own in-row split (``Table(splitInRow=1)``) is not usable for Thai cells: it passes the
full column width, padding included, to each cell's ``split()``; when it first splits *between* rows,
the rest of the table lands in the space left on the same page and its repeated header appears in
the middle of the page; and stretching a one-row SPAN over the split row turns it into a two-row
span. Here a table is split in one of two ways, chosen to fill the page:

- between rows, when the next row does not fit and cannot usefully be split (a row-spanning cell, a
  NOSPLIT range, or fewer than ``MIN_LINES`` of its text would fit);
- inside the row that straddles the page end: every cell's flowables are split at line
  boundaries to the height left (content width = cell width less its padding), giving two rows;
  ReportLab's between-row split then cuts between them, repeating the header rows at the top of
  the rest.

The rest of a split table refuses to be split again into the space its first part left over, so
a repeated header never appears mid-page.
"""
from __future__ import annotations

from reportlab.platypus.flowables import Flowable

_EPS = 1e-6
MIN_LINES = 2   # lines of a split row's tallest cell that must stay on the first page


def _at_top(canv) -> bool:
    doc = getattr(canv, "_doctemplate", None)
    frame = getattr(doc, "frame", None)
    return bool(getattr(frame, "_atTop", False))


def split_cell(value, width: float, height: float, canv):
    """(first, rest) of a cell's flowables so that ``first`` fits ``height``; None if impossible."""
    if not value:
        return value, ([] if isinstance(value, (list, tuple)) else "")
    if not isinstance(value, (list, tuple)):
        return None
    first: list[Flowable] = []
    rest: list[Flowable] = []
    used = 0.0
    for f in value:
        if rest:
            rest.append(f)
            continue
        sb = f.getSpaceBefore() if first else 0.0
        _w, h = f.wrapOn(canv, width, max(height - used - sb, 0.0))
        if used + sb + h <= height + _EPS:
            first.append(f)
            used += sb + h + f.getSpaceAfter()
            continue
        room = height - used - sb
        parts = f.splitOn(canv, width, room) if room > 0 else []
        if len(parts) >= 2:
            _w, h0 = parts[0].wrapOn(canv, width, room)
            if h0 <= room + _EPS:
                first.append(parts[0])
                rest.extend(parts[1:])
                continue
        rest.append(f)
    return first, rest


def _has_text(flowables) -> bool:
    """Whether a cell's flowables show anything (a blank paragraph does not)."""
    for f in flowables:
        lines = getattr(f, "_lines", None)
        if lines is None or any(p.shaped.text.strip() for ln in lines for p in ln.pieces):
            return True
    return False


def _shift_span_cmds(cmds, n: int, nrows: int):
    """SPAN commands for a table whose row ``n`` became rows ``n`` and ``n+1``."""
    out = []
    for c in cmds:
        cmd, (sc, sr), (ec, er) = c[0:3]
        if not (isinstance(sr, int) and isinstance(er, int)):
            out.append(c)
            continue
        sr = sr + nrows if sr < 0 else sr
        er = er + nrows if er < 0 else er
        if sr == er == n:
            out.append((cmd, (sc, n), (ec, n)) + tuple(c[3:]))
            out.append((cmd, (sc, n + 1), (ec, n + 1)) + tuple(c[3:]))
            continue
        sr2 = sr + 1 if sr > n else sr
        er2 = er + 1 if er >= n and not (er == n and sr == n) else er
        out.append((cmd, (sc, sr2), (ec, er2)) + tuple(c[3:]))
    return out


def _shift_nosplit_cmds(cmds, n: int, nrows: int):
    """NOSPLIT ranges after row ``n`` was split: a range ending at ``n`` keeps ending at its first
    half (the split itself is allowed there); later rows move down by one."""
    out = []
    for c in cmds:
        cmd, (sc, sr), (ec, er) = c[0:3]
        if not (isinstance(sr, int) and isinstance(er, int)):
            out.append(c)
            continue
        sr = sr + nrows if sr < 0 else sr
        er = er + nrows if er < 0 else er
        out.append((cmd, (sc, sr + 1 if sr > n else sr), (ec, er + 1 if er > n else er)) + tuple(c[3:]))
    return out


class RowSplitter:
    """Split logic for a ReportLab Table whose ``repeatRows`` is an int (mixed into ThaiTable)."""

    _refuse_below: float = -1.0   # see module doc: the space the first part left over
    _group_rows: frozenset = frozenset()   # full-width group headings: kept with the row after

    def _impossible_boundaries(self) -> set[int]:
        """Row boundaries (index of the row after it) where the table must not be cut."""
        bad: set[int] = set()
        for ranges, cells in ((getattr(self, "_spanRanges", None), getattr(self, "_rowSpanCells", ())),
                              (getattr(self, "_nosplitRanges", None), getattr(self, "_rowNoSplitCells", ()))):
            if not ranges:
                continue
            for xy in cells:
                r = ranges.get(xy)
                if r is not None and r[1] != r[3]:
                    bad.update(range(min(r[1], r[3]) + 1, max(r[1], r[3]) + 1))
        return bad

    def _row_splittable(self, n: int) -> bool:
        """A row may be split inside unless a cell spans it with another row, or a NOSPLIT range
        holds it together with a row *after* it (a range ending at it only binds it to what is
        above, e.g. a group heading to its first row; the split keeps that)."""
        spans = getattr(self, "_spanRanges", None) or {}
        for rng in spans.values():
            if rng is not None and rng[1] != rng[3] and min(rng[1], rng[3]) <= n <= max(rng[1], rng[3]):
                return False
        for _cmd, (_sc, sr), (_ec, er) in (c[:3] for c in self._nosplitCmds):
            if not (isinstance(sr, int) and isinstance(er, int)):
                continue
            sr = sr + self._nrows if sr < 0 else sr
            er = er + self._nrows if er < 0 else er
            lo, hi = min(sr, er), max(sr, er)
            if lo <= n < hi or lo == hi == n:
                return False
        return True

    def _cell_width(self, c: int, n: int) -> float:
        rng = (getattr(self, "_spanRanges", None) or {}).get((c, n), (c, n, c, n))
        if rng is None:
            return -1.0   # covered by another cell of a span
        return sum(self._colWidths[min(rng[0], rng[2]):max(rng[0], rng[2]) + 1])

    def _split_row(self, n: int, room: float, need_lines: int):
        """Split row ``n`` so its first part fits ``room``: (first cells, rest cells) or None."""
        canv = getattr(self, "canv", None)
        first, rest = [], []
        shown = 0.0     # tallest content height kept on this page
        any_rest = False
        for c, (value, st) in enumerate(zip(self._cellvalues[n], self._cellStyles[n])):
            w = self._cell_width(c, n)
            if w < 0:
                first.append(value)
                rest.append("" if isinstance(value, str) else [])
                continue
            res = split_cell(value, w - st.leftPadding - st.rightPadding,
                             room - st.topPadding - st.bottomPadding, canv)
            if res is None:
                return None
            a, b = res
            first.append(a)
            rest.append(b)
            any_rest = any_rest or bool(b)
            if isinstance(a, (list, tuple)) and _has_text(a):
                # (a blank cell shows nothing: it does not make a row worth starting here)
                shown = max(shown, self._listCellGeom(a, w, st)[1])
        if not any_rest:
            return None
        lead = min((getattr(getattr(f, "style", None), "real_leading", 0) or 0
                    for v in self._cellvalues[n] if isinstance(v, (list, tuple)) for f in v), default=0)
        if shown <= _EPS or (lead and shown < need_lines * lead - _EPS):
            return None
        return first, rest

    def _table_with_split_row(self, n: int, first, rest):
        """This table with row ``n`` replaced by two rows holding ``first`` and ``rest``."""
        nrows = self._nrows
        data = [list(r) for r in self._cellvalues]
        data[n:n + 1] = [first, rest]
        styles = [list(r) for r in self._cellStyles]
        styles.insert(n + 1, [s.copy() for s in self._cellStyles[n]])
        for s in styles[n + 1]:
            if s.valign == "MIDDLE":
                s.valign = "TOP"
        arg_h = list(self._argH) if isinstance(self._argH, (list, tuple)) else [None] * nrows
        arg_h[n:n + 1] = [None, None]
        T = self.__class__(data, colWidths=self._colWidths, rowHeights=arg_h, repeatRows=self.repeatRows,
                           repeatCols=self.repeatCols, splitByRow=1, splitInRow=0, normalizedData=1,
                           cellStyles=styles, ident=self.ident,
                           spaceBefore=getattr(self, "spaceBefore", None),
                           spaceAfter=getattr(self, "spaceAfter", None),
                           longTableOptimize=self._longTableOptimize,
                           cornerRadii=getattr(self, "_cornerRadii", None),
                           renderCB=getattr(self, "_renderCB", None))
        T._linecmds = self._stretchCommands(n, self._linecmds, nrows)
        T._bkgrndcmds = self._stretchCommands(n, self._bkgrndcmds, nrows)
        T._spanCmds = _shift_span_cmds(self._spanCmds, n, nrows)
        T._nosplitCmds = _shift_nosplit_cmds(self._nosplitCmds, n, nrows)
        T._srflcmds = self._stretchCommands(n, self._srflcmds, nrows)
        T._sircmds = self._stretchCommands(n, self._sircmds, nrows)
        T.hAlign, T.vAlign = self.hAlign, self.vAlign
        T._group_rows = frozenset(g + 1 if g > n else g for g in self._group_rows)
        return T

    def _split_between(self, T, n: int, avail_width: float, avail_height: float):
        """ReportLab's between-row split of ``T`` before row ``n`` (header rows repeated)."""
        # (with ReportLab's long-table optimisation rows past the available height stay unmeasured)
        T._calc(avail_width, avail_height)
        parts = T._splitRows(sum(T._rowHeights[:n]) + 1e-3, doInRowSplit=0)
        if len(parts) == 2:
            k = parts[0]._nrows
            parts[0]._group_rows = frozenset(g for g in T._group_rows if g < k)
            parts[1]._group_rows = frozenset(g - k + T.repeatRows for g in T._group_rows if g >= k)
        return parts

    def min_head_height(self, availWidth) -> float | None:
        """Height of the smallest first part ``split`` leaves at the bottom of a page: the header
        rows and the first body row (a group heading together with the row after it), or only the
        first ``MIN_LINES`` lines of that row when it may be split inside. What a keep-with-next
        heading needs below it (see keep.py)."""
        if not isinstance(self.repeatRows, int):
            return None
        heights = getattr(self, "_rowHeights", None)
        if getattr(self, "availWidth", None) != availWidth or not heights or None in heights:
            self.wrap(availWidth, 0xFFFFFFF)
            heights = self._rowHeights
        nrows = len(heights)
        r = self.repeatRows
        if r >= nrows:
            return sum(heights)
        bad = self._impossible_boundaries()
        h = sum(heights[:r])
        while r < nrows - 1 and (r in self._group_rows or (r + 1) in bad):
            h += heights[r]
            r += 1
        return h + self._row_min_height(r)

    def _row_min_height(self, n: int) -> float:
        full = self._rowHeights[n]
        if n in self._group_rows or not self._row_splittable(n):
            return full
        leads = [f.style.real_leading for v in self._cellvalues[n] if isinstance(v, (list, tuple))
                 for f in v if hasattr(getattr(f, "style", None), "real_leading")]
        if not leads:
            return full
        pads = max(st.topPadding + st.bottomPadding for st in self._cellStyles[n])
        lead = max(leads)
        # a cell leaves MIN_LINES lines only if it has twice as many (the paragraphs' widow/orphan
        # rule), so only a row that tall is split this early
        if full + _EPS < pads + 2 * MIN_LINES * lead:
            return full
        return pads + MIN_LINES * lead

    def split(self, availWidth, availHeight):
        if not isinstance(self.repeatRows, int):
            return super().split(availWidth, availHeight)
        if availHeight <= self._refuse_below + _EPS:
            return []
        self._calc(availWidth, availHeight)
        heights = self._rowHeights
        nrows = len(heights)
        header = self.repeatRows
        if None not in heights and sum(heights) <= availHeight + _EPS:
            return [self]
        # n: the first row that does not fit whole
        used, n = 0.0, 0
        while n < nrows and heights[n] is not None and used + heights[n] <= availHeight + _EPS:
            used += heights[n]
            n += 1
        if n < header:
            return []
        bad = self._impossible_boundaries()
        group_row = self._group_rows
        # the last allowed boundary between rows that leaves a body row on this page and no group
        # heading at its bottom
        k = n
        while k > header and (k in bad or (k - 1) in group_row):
            k -= 1
        # a row taller than what an empty page leaves may show a single line: nothing else fits
        at_top = k <= header and _at_top(getattr(self, "canv", None))
        parts = None
        if n >= header and self._row_splittable(n) and n not in group_row:
            for need in ((MIN_LINES, 1) if at_top else (MIN_LINES,)):
                res = self._split_row(n, availHeight - used, need)
                if res is not None:
                    T = self._table_with_split_row(n, *res)
                    parts = self._split_between(T, n + 1, availWidth, availHeight)
                    break
        if not parts:
            if k <= header:
                return []
            parts = self._split_between(self, k, availWidth, availHeight)
        if len(parts) == 2:
            first, rest = parts
            _w, h0 = first.wrapOn(getattr(self, "canv", None), availWidth, availHeight)
            rest._refuse_below = availHeight - h0
        return parts
