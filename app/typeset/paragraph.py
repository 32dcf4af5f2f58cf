"""ThaiParagraph: a ReportLab flowable for shaped, word-broken, justified, copy-exact Thai.

Lines are laid out once per width; ``split`` hands the already shaped lines to the two parts, so text
is never shaped twice (ReportLab's shaped Paragraph re-shapes on split and breaks).

Splitting follows the widow/orphan rule of officers' documents: each part of a split paragraph has at
least ``MIN_PART_LINES`` lines (no single first line at the bottom of a page, no single last line at
the top of the next), so a paragraph of two or three lines is never split. Only a paragraph that
does not fit even an empty frame may break the rule. A paragraph with ``keep_with_next`` stays with
the first part of what follows (see keep.py).
"""
from __future__ import annotations

from reportlab.platypus.flowables import Flowable

from app.thai.digits import to_thai_digits
from app.typeset.breaking import segments
from app.typeset.keep import install as install_keep_with_next
from app.typeset.layout import Line, line_spans, make_pieces, place_line
from app.typeset.render import emit_lines
from app.typeset.style import ParaStyle
from app.typeset.totalfit import break_paragraph

Runs = list[tuple[str, bool]]
MIN_PART_LINES = 2  # lines each part of a split paragraph keeps (widow/orphan rule)


def normalise_runs(text: str | Runs, style: ParaStyle) -> Runs:
    runs = [(text, False)] if isinstance(text, str) else list(text)
    out = []
    for t, b in runs:
        t = t.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
        if style.thai_digits:
            t = to_thai_digits(t)
        if t:
            out.append((t, bool(b) or style.bold))
    return out


def layout_runs(runs: Runs, style: ParaStyle, width: float, first: bool = True) -> list[Line]:
    size = style.real_size
    fs = style.font
    hard = make_pieces(segments(runs), (fs.regular, fs.bold))
    first_w = width - style.left_indent - style.right_indent - (style.first_indent if first else style.hanging)
    rest_w = width - style.left_indent - style.right_indent - style.hanging
    return break_paragraph(hard, lambda i: first_w if i == 0 else rest_w, size, style.align == "justify")


def _lines_kept(total: int, fit: int) -> int:
    """How many of ``total`` lines to leave on this page when ``fit`` lines fit (0: none)."""
    if fit >= total:
        return total
    n = min(fit, total - MIN_PART_LINES)
    return n if n >= MIN_PART_LINES else 0


def _lines_text(lines: list[Line]) -> str:
    """The text the lines show (their pieces' source text)."""
    return "".join(p.shaped.text[p.shaped.cell_char[p.c0]:p.shaped.cell_char[p.c1]]
                   for ln in lines for p in ln.pieces)


class ThaiParagraph(Flowable):
    def __init__(self, text: str | Runs, style: ParaStyle, *, _lines: list[Line] | None = None,
                 _first: bool = True, _last: bool = True, _width: float | None = None):
        super().__init__()
        self.style = style
        self.runs = normalise_runs(text, style) if _lines is None else []
        self.text = "".join(t for t, _ in self.runs)
        self._lines = _lines
        self._lines_width = _width
        self._first = _first
        self._last = _last
        self.keepWithNext = style.keep_with_next
        self.joins_next = False   # the next flowable goes on with the same text (readingorder.py)
        self.spaceBefore = style.space_before if _first else 0
        self.spaceAfter = style.space_after if _last else 0

    def __repr__(self):
        return f"ThaiParagraph({self.text[:30]!r})"

    @property
    def carries_out(self) -> bool:
        """The text goes on on the next page (see readingorder.py)."""
        return not self._last

    def lines(self, width: float) -> list[Line]:
        if self._lines is None or (self._lines_width != width and self.runs):
            self._lines = layout_runs(self.runs, self.style, width, self._first)
            self._lines_width = width
        return self._lines

    def wrap(self, availWidth, availHeight):
        install_keep_with_next(getattr(self, "canv", None))
        self.width = availWidth
        self.height = len(self.lines(availWidth)) * self.style.real_leading
        return self.width, self.height

    def minWidth(self):
        return 0

    def min_head_height(self, availWidth) -> float:
        """Height of the smallest first part ``split`` would leave at the bottom of a page (the
        whole paragraph when it may not be split): what a keep-with-next heading needs below it."""
        total = len(self.lines(availWidth))
        keep = total if total < 2 * MIN_PART_LINES else MIN_PART_LINES
        return keep * self.style.real_leading

    def split(self, availWidth, availHeight):
        # ReportLab's Table(splitInRow=1) passes the column width *with* padding; the width used
        # by the last wrap() is the real one.
        if self._lines_width is not None:
            availWidth = min(availWidth, self._lines_width)
        lines = self.lines(availWidth)
        fit = int((availHeight + 1e-6) // self.style.real_leading)
        n = _lines_kept(len(lines), fit)
        if not n and fit > 0 and getattr(getattr(self, "_frame", None), "_atTop", False):
            n = min(fit, len(lines))  # taller than an empty frame: any split beats a LayoutError
        if n <= 0 or n >= len(lines):
            return [] if n <= 0 else [self]
        first = ThaiParagraph("", self.style, _lines=lines[:n], _first=self._first, _last=False,
                              _width=availWidth)
        rest = ThaiParagraph("", self.style, _lines=lines[n:], _first=False, _last=self._last,
                             _width=availWidth)
        first.keepWithNext = False
        rest.joins_next = self.joins_next
        rest.text = _lines_text(rest._lines)   # a memo page's catchword is the next page's first word
        return [first, rest]

    def draw(self):
        st = self.style
        lines = self.lines(self.width)
        canvas = self.canv
        canvas.setFillColor(st.color)
        lead = st.real_leading
        out = []
        for i, line in enumerate(lines):
            is_first = i == 0 and self._first
            indent = st.left_indent + (st.first_indent if is_first else st.hanging)
            avail = self.width - indent - st.right_indent
            y = self.height - i * lead - st.baseline_drop
            glyphs, _w, tc, tw = place_line(line, indent, y, avail, st.align)
            out.append((glyphs, tc, tw, line_spans(line)))
        emit_lines(canvas, out)
