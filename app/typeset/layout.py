"""Line layout: fill lines with shaped segments, then place every glyph (alignment, Thai justification).

Lines are filled greedily, as Word does. A unit that does not fit on an empty line is broken at the
next weaker kind of opportunity (last-resort points, then segment boundaries, then between cells),
never inside a cell. Thai distributed justification gives the missing width first to the spaces
(up to a cap, Thai spaces are phrase marks and must not gape), then as equal spacing between cells;
marks move with their cell, so they stay over their base.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.typeset.breaking import CLOSING, LAST_RESORT, NEVER, NORMAL, OPENING, Segment, inner_breaks
from app.typeset.render import Glyph
from app.typeset.shaping import Shaped, shape

LOOSE_EM = 2.0            # free space at a line end from which a compound word is broken inside
SPACE_STRETCH_EM = 0.25   # extra per space before letters get spaced
CELL_STRETCH_EM = 0.09    # extra per cell gap (Word's distributed look, still read as one word)
SPACE_MAX_EM = 1.0        # beyond this a line stays short rather than gape
NARROW_EM = 14            # a measure narrower than this (in em) is set ragged right, not justified
_EPS = 1e-6


@dataclass(slots=True)
class Piece:
    """Cells c0:c1 of a shaped segment."""

    shaped: Shaped
    c0: int
    c1: int
    space: bool
    level: int = NORMAL   # break level before this piece

    def width(self) -> int:
        return sum(self.shaped.cell_width[self.c0:self.c1])


@dataclass(slots=True)
class Line:
    pieces: list[Piece] = field(default_factory=list)
    width: float = 0.0        # natural width in pt, trailing spaces excluded
    last: bool = False        # ends the paragraph or a hard line break: never justified
    size: float = 0.0


def _trim_width(pieces: list[Piece], k: float) -> float:
    """Width without trailing spaces."""
    n = len(pieces)
    while n and pieces[n - 1].space:
        n -= 1
    return sum(p.width() for p in pieces[:n]) * k


class _Filler:
    def __init__(self, widths, size: float):
        self.widths = widths  # line index -> available width
        self.size = size
        self.lines: list[Line] = []
        self.cur: list[Piece] = []
        self.cur_w = 0.0  # including trailing spaces

    def avail(self) -> float:
        return self.widths(len(self.lines))

    def end_line(self, last: bool = False) -> None:
        line = Line(self.cur, 0.0, last, self.size)
        self.lines.append(line)
        self.cur, self.cur_w = [], 0.0

    def add(self, unit: list[Piece], level: int) -> None:
        k = self.size / unit[0].shaped.font.upem if unit else 0
        w_trim = _trim_width(unit, k)
        w_full = sum(p.width() for p in unit) * k
        if self.cur_w + w_trim <= self.avail() + _EPS:
            self.cur.extend(unit)
            self.cur_w += w_full
            return
        if self.cur and any(not p.space for p in self.cur):
            free = self.avail() - self.cur_w
            if len(unit) == 1 and free > LOOSE_EM * self.size and self._fill_with_part(unit[0], free, k):
                return
            self.end_line()
            if w_trim <= self.avail() + _EPS:
                self.cur.extend(unit)
                self.cur_w += w_full
                return
        # Too wide even for an empty line: break it at the next weaker opportunities.
        if level == NORMAL:
            self.fill(unit, LAST_RESORT)
        elif level == LAST_RESORT:
            self.fill(unit, NEVER)
        elif len(unit) > 1:
            # Piece by piece, but ๆ ฯ and closing punctuation never start a line and an opening
            # bracket never ends one.
            head, tail = _split_closing_tail(unit)
            lead = 0
            while lead < len(head) - 1 and _text(head[lead])[-1:] in OPENING:
                lead += 1
            if lead:
                self._make_room(head[:lead], head[lead])
            for p in head:
                self.add([p], NEVER)
            if tail:
                self.add_glued(tail)
        else:
            parts = _inner_parts(unit[0])
            if parts:
                self.fill(parts, LAST_RESORT)
            else:
                self.add_cells(unit[0])

    def _make_room(self, opening: list[Piece], nxt: Piece) -> None:
        """Start a new line unless the brackets and the first cell after them fit on this one."""
        k = self.size / nxt.shaped.font.upem
        need = (sum(p.width() for p in opening) + nxt.shaped.cell_width[nxt.c0]) * k
        if self.cur and self.cur_w + need > self.avail() + _EPS:
            self.end_line()

    def add_glued(self, tail: list[Piece]) -> None:
        """Closing marks (and the spaces after them) that must not start a line: when they do
        not fit, the last cell of the line goes down with them."""
        k = self.size / tail[0].shaped.font.upem
        w_trim = _trim_width(tail, k)
        w_full = sum(p.width() for p in tail) * k
        if not self.cur or self.cur_w + w_trim <= self.avail() + _EPS:
            self.cur.extend(tail)
            self.cur_w += w_full
            return
        carry: list[Piece] = []
        last = self.cur[-1]
        if not last.space and last.c1 - last.c0 > 1:
            self.cur[-1] = Piece(last.shaped, last.c0, last.c1 - 1, False, last.level)
            carry = [Piece(last.shaped, last.c1 - 1, last.c1, False, NEVER)]
        elif not last.space and len(self.cur) > 1:
            carry = [self.cur.pop()]
        self.end_line()
        self.cur = carry + list(tail)
        self.cur_w = sum(p.width() for p in self.cur) * k

    def _fill_with_part(self, piece: Piece, free: float, k: float) -> bool:
        """Put the longest head of a compound word that fits ``free`` on this line; False if none."""
        parts = _inner_parts(piece)
        if not parts:
            return False
        w, n = 0.0, 0
        while n < len(parts) and w + parts[n].width() * k <= free + _EPS:
            w += parts[n].width() * k
            n += 1
        if not n:
            return False
        self.cur.extend(parts[:n])
        self.cur_w += w
        self.end_line()
        self.fill(parts[n:], LAST_RESORT)
        return True

    def add_cells(self, piece: Piece) -> None:
        k = self.size / piece.shaped.font.upem
        cw = piece.shaped.cell_width
        start = piece.c0
        w = self.cur_w
        for c in range(piece.c0, piece.c1):
            if w + cw[c] * k > self.avail() + _EPS and (c > start or self.cur):
                if c > start:
                    self.cur.append(Piece(piece.shaped, start, c, piece.space, NEVER))
                self.end_line()
                start, w = c, 0.0
            w += cw[c] * k
        self.cur.append(Piece(piece.shaped, start, piece.c1, piece.space, NEVER))
        self.cur_w = w

    def fill(self, pieces: list[Piece], level: int) -> None:
        units: list[list[Piece]] = []
        for p in pieces:
            glued = level == NEVER and units and (
                _text(p)[:1] in CLOSING or _text(units[-1][-1])[-1:] in OPENING)
            if not units or (_opens(p.level, level, p.space) and not glued):
                units.append([p])
            else:
                units[-1].append(p)
        for u in units:
            self.add(u, level)


def _split_closing_tail(unit: list[Piece]) -> tuple[list[Piece], list[Piece]]:
    """(pieces, trailing closing marks and spaces) of a unit."""
    n = len(unit)
    while n > 1 and (unit[n - 1].space or _text(unit[n - 1])[:1] in CLOSING):
        n -= 1
    return unit[:n], unit[n:]


def _text(p: Piece) -> str:
    s = p.shaped
    return s.text[s.cell_char[p.c0]:s.cell_char[p.c1]]


def _inner_parts(piece: Piece) -> list[Piece] | None:
    """A word piece cut at the inner dictionary boundaries of its segment that fall between cells."""
    if piece.space:
        return None
    s = piece.shaped
    first = s.cell_char[piece.c0]
    at = {s.cell_char[c] - first: c for c in range(piece.c0 + 1, piece.c1)}
    cuts = [at[b] for b in inner_breaks(s.text[first:s.cell_char[piece.c1]]) if b in at]
    if not cuts:
        return None
    bounds = [piece.c0] + cuts + [piece.c1]
    return [Piece(s, a, b, False, piece.level if i == 0 else LAST_RESORT)
            for i, (a, b) in enumerate(zip(bounds, bounds[1:]))]


def _opens(piece_level: int, pass_level: int, space: bool) -> bool:
    """Whether a piece starts a new unit in a pass at ``pass_level``."""
    if space:
        return False
    if pass_level == NORMAL:
        return piece_level == NORMAL
    if pass_level == LAST_RESORT:
        return piece_level in (NORMAL, LAST_RESORT)
    return True


def make_pieces(segments: list[Segment], fonts: tuple[str, str]) -> list[list[Piece]]:
    """Shape the segments (regular/bold font names); one list of pieces per hard line."""
    lines: list[list[Piece]] = [[]]
    for seg in segments:
        if seg.kind == "newline":
            lines.append([])
            continue
        s = shape(fonts[1] if seg.bold else fonts[0], seg.text)
        lines[-1].append(Piece(s, 0, s.ncells, seg.kind == "space", seg.brk))
    return lines


def break_lines(hard_lines: list[list[Piece]], widths, size: float) -> list[Line]:
    """Fill lines; ``widths(i)`` is the width available to line i (pt); ``size`` real pt."""
    f = _Filler(widths, size)
    for pieces in hard_lines:
        f.fill(pieces, NORMAL)
        f.end_line(last=True)
    for line in f.lines:
        k = size / line.pieces[0].shaped.font.upem if line.pieces else 0
        line.width = _trim_width(line.pieces, k)
    return f.lines


def place_line(line: Line, x: float, y: float, avail: float, align: str) -> tuple[list[Glyph], float, float, float]:
    """Glyphs of ``line`` with its left edge at ``x`` (baseline ``y``).

    Returns (glyphs, drawn width, Tc, Tw): justification adds ``Tc`` after every cell and ``Tw`` more
    after every space, which is how the glyphs are spaced and how the PDF will say it.
    """
    size = line.size
    pieces = line.pieces
    n_trim = len(pieces)
    while n_trim and pieces[n_trim - 1].space:
        n_trim -= 1
    extra = max(0.0, avail - line.width)
    tw = tc = 0.0
    width = line.width
    if align == "justify" and avail < NARROW_EM * size:
        align = "left"
    if align == "justify" and not line.last and extra > _EPS:
        n_spaces = sum(p.c1 - p.c0 for p in pieces[:n_trim] if p.space)
        gaps = sum(p.c1 - p.c0 for p in pieces[:n_trim]) - 1
        if n_spaces:
            tw = min(extra / n_spaces, SPACE_STRETCH_EM * size)
        rest = extra - tw * n_spaces
        if gaps > 0 and rest > _EPS:
            tc = min(rest / gaps, CELL_STRETCH_EM * size)
            rest -= tc * gaps
        if rest > _EPS and n_spaces:
            # past both caps only the spaces grow (spacing letters further reads as gaps)
            tw += min(rest / n_spaces, SPACE_MAX_EM * size)
        width = line.width + tw * n_spaces + tc * max(gaps, 0)
    elif align == "center":
        x += extra / 2
    elif align == "right":
        x += extra
    glyphs: list[Glyph] = []
    pen = x
    for p in pieces:
        s = p.shaped
        font = s.font
        k = size / font.upem
        cg, cw = s.cell_glyph, s.cell_width
        xr, yo, keys = s.x_rel, s.y_offsets, s.keys
        for c in range(p.c0, p.c1):
            for g in range(cg[c], cg[c + 1]):
                glyphs.append((font, size, keys[g], pen + xr[g] * k, y + yo[g] * k))
            pen += cw[c] * k + tc
            if p.space:
                pen += tw
    return glyphs, width, tc, tw


def line_spans(line: Line) -> list[tuple[int, int, str]]:
    """(first glyph, end glyph, source text) of each word run of ``line`` with the spaces after it
    (none at the line's end), in the glyph order of ``place_line``: each is written as a
    marked-content span with /ActualText, so that extractors that reorder glyphs by position
    (poppler: a tone mark after the next letter) or read letter spacing or a stretched space as
    gaps still get the source text, spaces included."""
    pieces = line.pieces
    n_trim = len(pieces)
    while n_trim and pieces[n_trim - 1].space:
        n_trim -= 1
    out: list[tuple[int, int, str]] = []
    g = 0
    start, parts, in_space = 0, [], False
    for i, p in enumerate(pieces[:n_trim]):
        s = p.shaped
        if in_space and not p.space and not _text(p)[:1] in CLOSING:
            # (ๆ and closing punctuation stay in the span of the word before them)
            out.append((start, g, "".join(parts)))
            start, parts = g, []
        in_space = p.space
        parts.append(s.text[s.cell_char[p.c0]:s.cell_char[p.c1]])
        g += s.cell_glyph[p.c1] - s.cell_glyph[p.c0]
    if parts:
        out.append((start, g, "".join(parts)))
    return out
