"""Line layout: shaped pieces of text, and every glyph of a line placed (alignment, Thai justification).

Which pieces make a line is decided for the whole paragraph by totalfit.py. Thai distributed
justification gives the missing width first to the spaces
(up to a cap, Thai spaces are phrase marks and must not gape), then as equal spacing between cells;
marks move with their cell, so they stay over their base.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.typeset.breaking import CLOSING, NORMAL, Segment
from app.typeset.render import Glyph
from app.typeset.shaping import Shaped, shape

SPACE_STRETCH_EM = 0.25   # extra per space before letters get spaced
CELL_STRETCH_EM = 0.09    # extra per cell gap (Word's distributed look, still read as one word)
# A word gap is the space (0.24 em in Sarabun) plus at most SPACE_STRETCH_EM: about half an em.
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


def _text(p: Piece) -> str:
    s = p.shaped
    return s.text[s.cell_char[p.c0]:s.cell_char[p.c1]]


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
        gaps = max(sum(p.c1 - p.c0 for p in pieces[:n_trim]) - 1, 0)
        if extra <= (n_spaces * SPACE_STRETCH_EM + gaps * CELL_STRETCH_EM) * size + _EPS:
            if n_spaces:
                tw = min(extra / n_spaces, SPACE_STRETCH_EM * size)
            rest = extra - tw * n_spaces
            if gaps and rest > _EPS:
                tc = min(rest / gaps, CELL_STRETCH_EM * size)
            width = line.width + tw * n_spaces + tc * gaps
        # else a line that word gaps and letter spacing at their caps would still leave short
        # (wider gaps read as phrase breaks, wider letter spacing as spaces: pdf.js inserts one
        # from 0.1 em) is set at its natural spacing, flush left, as a paragraph's last line:
        # stretched to the caps it would still end short, with gaping words besides. Total-fit
        # breaking leaves such a line only where no other break exists.
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
