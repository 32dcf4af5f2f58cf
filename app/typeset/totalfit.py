"""Total-fit line breaking (after Knuth and Plass): the breaks of a whole paragraph or table cell
are chosen together, so that the sum of the lines' demerits is least.

A line may end only where breaking.py allows it: at a word boundary as newmm segments the text (a
space or a junction between two Thai words, level NORMAL), or, at a high penalty, at a last-resort
point (an honorific and its name, a number and its unit). A break our rules allow where newmm with
pythainlp's default dictionary sees none (RELUCTANT, breaking.py) costs more than the loosest line
and a justified line left short together, so it is taken only when every break newmm also makes is
worse than that (readers and checkers segmenting with that dictionary would see a word cut). An
address or code (LINK breaks inside it) that fits the line is never cut: it moves whole to the next
line; one wider than the line is cut at its ``/ . - _`` points first. A word alone wider
than the line is the only thing cut inside: first where it splits into dictionary words, then
between grapheme cells, at penalties so high that they are used only when nothing else fits. The
unit's own names (set_custom_words) are never cut at dictionary words, only, if they alone are wider
than the line, between cells.

Demerits of a line are TeX's: ``(LINE_PENALTY + badness)² + penalty``, where badness grows with the
cube of how far the line must stretch: in justified text against what word spaces (to half an em)
and Thai distributed spacing can give, in ragged text (narrow columns) against a fixed allowance.
So lines come out evenly full, and a paragraph does not end a line early just because the next word
did not fit.
"""
from __future__ import annotations

import unicodedata
from typing import Callable

from app.typeset.breaking import (CLOSING, DASHES, DISCOURAGED, LAST_RESORT, LINK, NEVER, NORMAL, OPENING,
                                  RELUCTANT, inner_breaks)
from app.typeset.layout import CELL_STRETCH_EM, NARROW_EM, SPACE_STRETCH_EM, Line, Piece

LINE_PENALTY = 10
INFINITE_BADNESS = 10_000
WORD_PENALTY = 50            # a break between two words not at a space (Thai spaces end phrases)
DISCOURAGED_PENALTY = 1_000_000   # as a line stretched twice what spaces and letters give
RELUCTANT_PENALTY = 150_000_000   # above the loosest line and a justified line left short
LAST_RESORT_PENALTY = 200_000_000  # above the demerits of the loosest line (10⁸)
INNER_PENALTY = 10_000_000_000    # inside a word wider than the line, at its dictionary words
CELL_PENALTY = 100_000_000_000    # inside such a word between grapheme cells
SHORT_PENALTY = 100_000_000   # a justified line still short with word gaps and letter spacing
#                               at their caps: after any word or DISCOURAGED break, before a
#                               LAST_RESORT one (it is then set at natural spacing, layout.py)
RAGGED_STRETCH_EM = 3.0       # what a ragged line may fall short at badness 100
_EPS = 1e-6


def _piece_text(p: Piece) -> str:
    s = p.shaped
    return s.text[s.cell_char[p.c0]:s.cell_char[p.c1]]


def _split_overwide(pieces: list[Piece], k: float, limit: float) -> tuple[list[Piece], list[int]]:
    """Atoms (pieces, cut inside words wider than ``limit``) and the penalty before each atom
    (None: no break)."""
    atoms: list[Piece] = []
    pens: list[int | None] = []
    n = len(pieces)
    i = 0
    while i < n:
        # a unit: pieces up to the next allowed break (an address is one unit: cut only if wider)
        j = i + 1
        while j < n and (pieces[j].level in (NEVER, LINK) or pieces[j].space):
            j += 1
        unit = pieces[i:j]
        head_pen = _penalty(pieces, i)
        w = sum(p.width() for p in unit if not p.space) * k
        if w <= limit + _EPS:
            for m, p in enumerate(unit):
                atoms.append(p)
                pens.append(head_pen if m == 0 else None)
        else:
            glued = [m > 0 and not p.space and (
                _piece_text(p)[:1] in CLOSING or _piece_text(unit[m - 1])[-1:] in OPENING)
                for m, p in enumerate(unit)]
            for m, p in enumerate(unit):
                first_pen = head_pen if m == 0 else (None if p.space or glued[m] else
                                                     LAST_RESORT_PENALTY if p.level == LINK else INNER_PENALTY)
                if p.space:
                    atoms.append(p)
                    pens.append(None)
                    continue
                # what stays on the line after this piece (ฯ, a closing bracket) must fit too
                tail = 0
                for q in range(m + 1, len(unit)):
                    if not glued[q]:
                        break
                    tail += unit[q].width()
                for a, pen in _cut_word(p, k, limit, tail * k):
                    atoms.append(a)
                    pens.append(first_pen if a.c0 == p.c0 else pen)
        i = j
    return atoms, pens


def _cut_word(p: Piece, k: float, limit: float, tail: float = 0.0) -> list[tuple[Piece, int | None]]:
    """A word piece wider than the line cut where it splits into dictionary words, each part
    still too wide cut again the same way, and only what remains between cells. ``tail`` (pt)
    is what must stay on the line after the word's last part (a closing mark glued to it)."""
    s = p.shaped
    out: list[tuple[Piece, int | None]] = []

    def cut(a: int, b: int, depth: int) -> None:
        if sum(s.cell_width[a:b]) * k + (tail if b == p.c1 else 0.0) <= limit + _EPS:
            out.append((Piece(s, a, b, False, NEVER), INNER_PENALTY))
            return
        first = s.cell_char[a]
        cell_at = {s.cell_char[c] - first: c for c in range(a + 1, b)}
        inner = inner_breaks(s.text[first:s.cell_char[b]]) if depth < 4 else ()
        cuts = [cell_at[x] for x in inner if x in cell_at]
        if cuts:
            bounds = [a] + cuts + [b]
            for x, y in zip(bounds, bounds[1:]):
                cut(x, y, depth + 1)
            return
        for c in range(a, b):
            ch = s.text[s.cell_char[c]:s.cell_char[c] + 1]
            # never before a closing mark, nor before a combining mark HarfBuzz left as its own
            # cluster (a Lao vowel typed by mistake in Thai text)
            before = s.text[s.cell_char[c] - 1:s.cell_char[c]] if c > a else ""
            glued = (ch in CLOSING or unicodedata.category(ch).startswith("M")
                     or before in DASHES or before in OPENING)  # (no line ends in a bare dash)
            pen = INNER_PENALTY if c == a else (None if glued else CELL_PENALTY)
            out.append((Piece(s, c, c + 1, False, NEVER), pen))

    cut(p.c0, p.c1, 0)
    return out


def _penalty(pieces: list[Piece], i: int) -> int | None:
    if i == 0:
        return 0
    lvl = pieces[i].level
    if lvl == NORMAL:
        return 0 if pieces[i - 1].space else WORD_PENALTY
    if lvl == LAST_RESORT or lvl == LINK:
        return LAST_RESORT_PENALTY
    if lvl == DISCOURAGED:
        return DISCOURAGED_PENALTY
    if lvl == RELUCTANT:
        return RELUCTANT_PENALTY
    return None


def _merge(atoms: list[Piece]) -> list[Piece]:
    """Adjacent atoms cut from the same shaped segment, joined again (fewer pieces to draw)."""
    out: list[Piece] = []
    for a in atoms:
        if out and out[-1].shaped is a.shaped and out[-1].c1 == a.c0 and out[-1].space == a.space:
            last = out[-1]
            out[-1] = Piece(last.shaped, last.c0, a.c1, last.space, last.level)
        else:
            out.append(a)
    return out


def break_paragraph(hard_lines: list[list[Piece]], widths: Callable[[int], float], size: float,
                    justify: bool) -> list[Line]:
    """Lines of the paragraph; ``widths(0)`` is the first line's width, ``widths(1)`` the others'
    (pt); ``size`` real pt; ``justify`` whether full lines will be justified."""
    first_w, rest_w = widths(0), widths(1)
    out: list[Line] = []
    for h, pieces in enumerate(hard_lines):
        if not pieces:
            out.append(Line([], 0.0, True, size))
            continue
        w0 = first_w if h == 0 else rest_w
        out += _break_hard_line(pieces, w0, rest_w, size, justify)
    return out


def _break_hard_line(pieces: list[Piece], w0: float, w1: float, size: float,
                     justify: bool) -> list[Line]:
    k = size / pieces[0].shaped.font.upem
    atoms, pens = _split_overwide(pieces, k, min(w0, w1))
    n = len(atoms)
    # prefix sums: width, width of non-trailing content, spaces and cells
    wsum = [0.0] * (n + 1)
    spaces = [0] * (n + 1)
    cells = [0] * (n + 1)
    for i, a in enumerate(atoms):
        wsum[i + 1] = wsum[i] + a.width() * k
        nc = a.c1 - a.c0
        spaces[i + 1] = spaces[i] + (nc if a.space else 0)
        cells[i + 1] = cells[i] + nc
    # end of content before atom j (trailing spaces dropped)
    trim = list(range(n + 1))
    for j in range(1, n + 1):
        trim[j] = trim[j - 1] if atoms[j - 1].space else j
    cands = [j for j in range(1, n) if pens[j] is not None] + [n]
    space_stretch = SPACE_STRETCH_EM * size
    cell_stretch = CELL_STRETCH_EM * size
    ragged_stretch = RAGGED_STRETCH_EM * size

    best: dict[int, float] = {0: 0.0}
    prev: dict[int, int] = {}
    starts = [0]  # feasible line starts so far, ascending
    for j in cands:
        pen = pens[j] if j < n else 0
        last = j == n
        e = trim[j]
        best_cost, best_i = None, None
        for i in reversed(starts):
            avail = w0 if i == 0 else w1
            width = wsum[e] - wsum[i]
            if width > avail + _EPS:
                if best_i is None and i == starts[-1]:
                    # nothing fits (a unit wider than any line after all): overflow, heavily
                    best_cost = best[i] + 1e15 + (width - avail) * 1e9
                    best_i = i
                break
            slack = avail - width
            short = 0
            if last:
                bad = 0.0
            else:
                justified = justify and avail >= NARROW_EM * size
                if justified:
                    stretch = (spaces[e] - spaces[i]) * space_stretch + max(0, cells[e] - cells[i] - 1) * cell_stretch
                else:
                    stretch = min(ragged_stretch, avail / 3)
                r = slack / stretch if stretch > 0 else (0.0 if slack <= _EPS else 100.0)
                bad = min(INFINITE_BADNESS, 100.0 * r * r * r)
                if justified and slack > stretch + _EPS:
                    short = SHORT_PENALTY
            cost = best[i] + (LINE_PENALTY + bad) ** 2 + pen + short
            if best_cost is None or cost < best_cost:
                best_cost, best_i = cost, i
        best[j] = best_cost
        prev[j] = best_i
        starts.append(j)
    # read the breaks back
    breaks = [n]
    while breaks[-1] != 0:
        breaks.append(prev[breaks[-1]])
    breaks.reverse()
    lines = []
    for i, j in zip(breaks, breaks[1:]):
        lines.append(Line(_merge(atoms[i:j]), wsum[trim[j]] - wsum[i], j == n, size))
    return lines
