"""Where a table's page ends: between rows, or inside a tall row, as officers' tables break.

Given a window (a ReportLab Table of the header rows and the body rows that reach the foot of the
page, see table.py), ``find_cut`` chooses the cut that fills the page most while keeping these
rules:

- a row is split inside only if it has at least ``MIN_SPLIT_LINES`` lines, and then each part
  keeps at least ``MIN_LINES`` lines of its tallest cell (every cell's paragraphs are split at
  line boundaries under their own widow/orphan rule); a shorter row moves whole;
- at most one cell of a split row has text on both sides of the cut (the others end above it):
  readers read a page in drawing order, so a second continuing cell would put its parts between
  the first one's (A1 B1 | A2 B2, see readingorder.py); a row that would need two moves whole.
  Only a row taller than a page may break this, and then its cut is the one with fewest;
- the page never ends after a group heading or inside a row-spanning cell or a NOSPLIT range;
- the last page of a table never holds only the repeated header and a sliver: what continues
  there is at least ``SLIVER_LINES`` lines tall (else the cut moves up: a row's last lines or a
  whole row go over with it), and the table's last row moves whole unless it is taller than
  ``LAST_ROW_SPLIT`` of a page;
- the first part holds at least one body row or ``MIN_LINES`` lines of one.

When no cut keeps the rules the table starts on the next page; on an empty page, where that
would not help, the rules are relaxed (a row taller than the page is cut wherever it must be).

ReportLab's own in-row split (``Table(splitInRow=1)``) is not used: it passes the full column
width, padding included, to each cell's ``split()``, and its between-row split recomputes the
whole rest of the table at every page.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import Flowable, PageBreak, Spacer

_EPS = 1e-6
MIN_LINES = 2         # lines of a split row each part keeps (widow/orphan rule for rows)
MIN_SPLIT_LINES = 5   # a row shorter than this moves whole rather than split 2+2 or 2+1
SLIVER_LINES = 3      # the last page of a table carries at least this many lines of it
SLIVER_SHARE = 0.2    # ... and at least this share of a page (three lines under a header is a sliver)
LAST_ROW_SPLIT = 1 / 3  # a table's last row is split only if taller than this share of a page
LOOKBACK = 4          # rows the cut may move up before the table moves to the next page


@dataclass(slots=True)
class Cut:
    """Where the first part ends: before body row ``row`` of the window (``first`` is None), or
    inside it, ``first``/``rest`` being its cells' two parts."""

    row: int
    first: list | None = None
    rest: list | None = None
    rest_height: float = 0.0   # text height of the rest of a split row
    cross: tuple[int, ...] = ()   # the columns whose text continues on the next page


def _frame(canv):
    return getattr(getattr(canv, "_doctemplate", None), "frame", None)


def _at_top(canv) -> bool:
    return bool(getattr(_frame(canv), "_atTop", False))


def _frame_height(canv) -> float | None:
    frame = _frame(canv)
    try:
        return frame._y2 - frame._topPadding - frame._y1p
    except AttributeError:
        return None


def _following_height(canv, frame_h: float | None) -> float | None:
    """Height of what follows the table on its page: None when nothing does (a page break or
    the end of the story next) or it is unknown (a doc template without PageRules)."""
    doc = getattr(canv, "_doctemplate", None)
    pending = getattr(doc, "pending_flowables", None)
    frame = _frame(canv)
    if pending is None or frame_h is None or frame is None:
        return None
    for f in pending:
        if f is None or type(f) is Spacer:
            continue
        if isinstance(f, (PageBreak, ActionFlowable)):
            return None
        _w, h = f.wrapOn(canv, frame._getAvailableWidth(), frame_h)
        return getattr(f, "_H", h) + f.getSpaceBefore()   # a KeepTogether tells its real height so
    return None


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


def _content_height(flowables, width: float, canv) -> float:
    if not flowables or not _has_text(flowables):
        return 0.0
    h = 0.0
    for i, f in enumerate(flowables):
        h += f.wrapOn(canv, width, 1e9)[1] + (f.getSpaceBefore() if i else 0.0) + f.getSpaceAfter()
    return h


class _Window:
    """The measures of one window that the rules need."""

    def __init__(self, view, t, canv):
        self.view, self.t, self.canv = view, t, canv
        spec = view._spec
        self.spec = spec
        self.h = len(spec.header)
        self.a = t._body_start
        self.heights = t._rowHeights
        self.m = len(self.heights) - self.h         # body rows in the window
        self.more_after = t._more_after
        self.head = sum(self.heights[:self.h])

    def body_h(self, i: int) -> float:
        return self.heights[self.h + i]

    def lead(self, i: int) -> float:
        """The leading of body row ``i``'s text (its largest; 0 if it has none)."""
        row = self.t._cellvalues[self.h + i]
        return max((getattr(getattr(f, "style", None), "real_leading", 0) or 0
                    for v in row if isinstance(v, (list, tuple)) for f in v), default=0.0)

    def pads(self, i: int) -> float:
        return max(st.topPadding + st.bottomPadding for st in self.t._cellStyles[self.h + i])

    def tied_after(self, i: int) -> bool:
        return bool(self.spec.tied[self.a + i])

    def splittable(self, i: int) -> bool:
        return not self.spec.whole[self.a + i] and (self.a + i) not in self.spec.group

    def cell_width(self, c: int, i: int) -> float:
        rng = (getattr(self.t, "_spanRanges", None) or {}).get((c, self.h + i), (c, 0, c, 0))
        if rng is None:
            return -1.0   # covered by another cell of a span
        return sum(self.t._colWidths[min(rng[0], rng[2]):max(rng[0], rng[2]) + 1])

    def split_row(self, i: int, room: float):
        """(first cells, rest cells, first content height, rest content height, the columns with
        text on both sides) of body row ``i`` split so that its first part fits ``room``; None if
        no cell can be cut."""
        row = self.t._cellvalues[self.h + i]
        styles = self.t._cellStyles[self.h + i]
        first, rest, cross = [], [], []
        hf = hr = 0.0
        any_rest = False
        for c, (value, st) in enumerate(zip(row, styles)):
            w = self.cell_width(c, i)
            if w < 0:
                first.append(value)
                rest.append("" if isinstance(value, str) else [])
                continue
            cw = w - st.leftPadding - st.rightPadding
            res = split_cell(value, cw, room - st.topPadding - st.bottomPadding, self.canv)
            if res is None:
                return None
            a, b = res
            first.append(a)
            rest.append(b)
            any_rest = any_rest or bool(b)
            if isinstance(a, (list, tuple)):
                hf = max(hf, _content_height(a, cw, self.canv))
            if isinstance(b, (list, tuple)):
                hr = max(hr, _content_height(b, cw, self.canv))
                if b and a and _has_text(a) and _has_text(b):
                    cross.append(c)
        if not any_rest:
            return None
        return first, rest, hf, hr, tuple(cross)


def find_cut(view, t, avail_height: float, start_here: bool = False) -> Cut | None:
    """The cut for a window ``t`` of ``view`` that does not fit ``avail_height`` (see module doc).
    ``start_here``: the table must start on this page (a heading kept with it is above it and
    the two are taller than a page): the sliver rules yield rather than leave the heading alone."""
    canv = getattr(view, "canv", None)
    w = _Window(view, t, canv)
    cut = _search(w, avail_height, strict=True)
    if cut is None and start_here:
        cut = _search(w, avail_height, strict=True, slivers=False)
    if cut is None and _at_top(canv):
        cut = _search(w, avail_height, strict=False)
    return cut


def _search(w: _Window, avail: float, strict: bool, slivers: bool = True) -> Cut | None:
    # n: the first body row that does not fit whole
    before = [w.head]   # before[i]: height of the header and body rows above row i
    n = 0
    while n < w.m and before[n] + w.body_h(n) <= avail + _EPS:
        before.append(before[n] + w.body_h(n))
        n += 1
    if n >= w.m:
        return None
    # text height of the rows from row i to the window's end (what a rest starting there shows)
    after = [0.0] * (w.m + 1)
    for i in range(w.m - 1, -1, -1):
        after[i] = after[i + 1] + w.body_h(i) - w.pads(i)
    lead_all = max((w.lead(i) for i in range(w.m)), default=0.0)
    frame_h = _frame_height(w.canv)
    follow = _following_height(w.canv, frame_h) if strict and not w.more_after else None

    def alone(rest_h: float) -> bool:
        """Whether a rest ``rest_h`` tall would be all its page shows (the sliver rules hold)."""
        if not strict or not slivers or w.more_after:
            return False
        return follow is None or rest_h + follow > frame_h

    sliver = max(SLIVER_LINES * lead_all, SLIVER_SHARE * (frame_h or 0.0))
    for j in range(n, max(-1, n - LOOKBACK - 1), -1):
        rows_after = sum(w.body_h(i) for i in range(j + 1, w.m))
        if w.splittable(j):
            room = min(avail - before[j], w.body_h(j) - 0.5 * w.lead(j))
            cut = _split_inside(w, j, room, strict)
            if cut is not None:
                hr = cut.rest_height
                # the table's last row is split only when moving it whole would leave much of
                # a page empty; else its last lines would be all a page shows under the header
                if not alone(w.head + w.pads(j) + hr + rows_after) or (
                        hr + after[j + 1] >= sliver - _EPS
                        and not (j == w.m - 1 and w.body_h(j) <= LAST_ROW_SPLIT * (frame_h or 0))):
                    return cut
                cut = _split_inside(w, j, room, strict, sliver - after[j + 1])
                if cut is not None and not (j == w.m - 1 and w.body_h(j) <= LAST_ROW_SPLIT * (frame_h or 0)):
                    return cut
        if j >= 1 and not w.tied_after(j - 1):
            if not alone(w.head + w.body_h(j) + rows_after) or after[j] >= sliver - _EPS:
                return Cut(j)
    return None


def _split_inside(w: _Window, j: int, room: float, strict: bool, rest_min: float = 0.0) -> Cut | None:
    """Cut body row ``j`` so its first part fits ``room``, keeping at least ``rest_min`` of its
    text for the rest (the first part gets less when it must)."""
    lead = w.lead(j)
    if lead <= 0:
        return None
    pads = w.pads(j)
    need = MIN_LINES if strict else 1
    if strict and (w.body_h(j) - pads) / lead < MIN_SPLIT_LINES - _EPS:
        return None
    rest_min = max(rest_min, need * lead)
    while room - pads >= need * lead - _EPS:
        res = w.split_row(j, room)
        if res is None:
            return None
        first, rest, hf, hr, cross = res
        if hf < need * lead - _EPS:
            return None
        if strict and len(cross) > 1:
            # a lower cut only lets more cells continue: the row moves whole (module doc)
            return None
        if hr >= rest_min - _EPS:
            return Cut(j, first, rest, hr, cross)
        room -= lead   # the rest is too short: send one more line over
    return None


def head_height(view, avail_width: float) -> float | None:
    """Height of the smallest first part of ``view`` (see ThaiTable.min_head_height)."""
    spec = view._spec
    a, stop = view._start, view._stop
    if a >= stop:
        return view.make_window(a, a, avail_width).wrapOn(None, avail_width, 1e9)[1]
    b = a
    while b < stop - 1 and spec.tied[b]:
        b += 1
    t = view.make_window(a, b + 1, avail_width)
    t.wrapOn(getattr(view, "canv", None), avail_width, 1e9)
    t._more_after = b + 1 < stop
    w = _Window(view, t, getattr(view, "canv", None))
    last = w.m - 1
    full = sum(t._rowHeights)
    lead = w.lead(last)
    if not w.splittable(last) or lead <= 0:
        return full
    pads = w.pads(last)
    if (w.body_h(last) - pads) / lead < MIN_SPLIT_LINES - _EPS:
        return full
    # the cut leaves every cell but the tallest whole above it (at most one cell continues)
    tall = sorted(_cell_heights(w, last), reverse=True) + [0.0, 0.0]
    keep = max(MIN_LINES * lead, tall[1])
    if not w.more_after:
        # the table's last row: short, or unable to leave more than a sliver overleaf once its
        # other cells are whole above the cut, it moves whole (_search)
        frame_h = _frame_height(w.canv) or 0.0
        sliver = max(SLIVER_LINES * lead, SLIVER_SHARE * frame_h)
        if w.body_h(last) <= LAST_ROW_SPLIT * frame_h or tall[0] - keep < sliver - _EPS:
            return full
    return min(full, full - w.body_h(last) + pads + keep)


def _cell_heights(w: _Window, i: int) -> list[float]:
    """Text height of each cell of body row ``i`` that holds flowables."""
    out = []
    for c, (value, st) in enumerate(zip(w.t._cellvalues[w.h + i], w.t._cellStyles[w.h + i])):
        cw = w.cell_width(c, i)
        if cw >= 0 and isinstance(value, (list, tuple)):
            out.append(_content_height(value, cw - st.leftPadding - st.rightPadding, w.canv))
    return out
