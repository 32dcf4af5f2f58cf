"""HarfBuzz shaping of text segments, cached, with each glyph's encoding key and the Thai cells.

A segment (a word, a space, a run of Latin) is shaped once with the same TTF that is embedded, and
never reshaped: line breaking may only cut a shaped segment between *cells*. A cell is a HarfBuzz
cluster together with any following clusters that must not be separated from it (ะ า ำ ๅ ๆ after a
base, or a base after a leading vowel เ แ โ ใ ไ); justification also spaces text only between cells, so
marks stay over their base.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics

from app.typeset.pdffont import GlyphFont

# Characters that may not begin a cell (they belong to what precedes them).
FOLLOWERS = frozenset("ะัาำิีึืฺุู็่้๊๋์ํ๎ๅ")
LEADING_VOWELS = frozenset("เแโใไ")
_FEATURES: dict[str, bool] = {}


@dataclass(frozen=True, slots=True)
class Shaped:
    """A shaped segment. Lengths are in font units of ``font`` (upem)."""

    font: GlyphFont
    text: str
    gids: tuple[int, ...]
    keys: tuple[int, ...]
    advances: tuple[int, ...]
    x_offsets: tuple[int, ...]
    y_offsets: tuple[int, ...]
    # cell i covers glyphs cell_glyph[i]:cell_glyph[i+1] and chars cell_char[i]:cell_char[i+1]
    cell_glyph: tuple[int, ...]
    cell_char: tuple[int, ...]
    cell_width: tuple[int, ...]
    width: int

    @property
    def ncells(self) -> int:
        return len(self.cell_width)


def _glyph_texts(cluster_text: str, gids, advances) -> list[str]:
    """Share a cluster's source text among its glyphs so that, read in drawing order, they give it back.

    With more glyphs than characters (ำ drawn as ํ + า) the extra glyphs, zero-advance ones first,
    carry no text.
    """
    k, n = len(gids), len(cluster_text)
    if k == 1:
        return [cluster_text]
    silent: set[int] = set()
    if k > n:
        order = sorted(range(1, k), key=lambda i: (advances[i] != 0, i))
        silent = set(order[:k - n])
    out, pos = [], 0
    speaking = [i for i in range(k) if i not in silent]
    for i in range(k):
        if i in silent:
            out.append("")
        elif i == speaking[-1]:
            out.append(cluster_text[pos:])
        else:
            out.append(cluster_text[pos])
            pos += 1
    return out


def _make_cells(text: str, starts: list[int]) -> list[int]:
    """Indices into ``starts`` (cluster starts) where a new cell begins."""
    cells = []
    for i, s in enumerate(starts):
        if i and (text[s] in FOLLOWERS or text[starts[i - 1]:s][-1:] in LEADING_VOWELS):
            continue
        cells.append(i)
    return cells


@lru_cache(maxsize=65536)
def shape(font_name: str, text: str) -> Shaped:
    """Shape ``text`` with the registered GlyphFont ``font_name``."""
    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, GlyphFont):
        raise TypeError(f"{font_name} is not registered through app.typeset")
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font.hb_font, buf, _FEATURES)
    infos, positions = buf.glyph_infos, buf.glyph_positions
    gids = [g.codepoint for g in infos]
    clusters = [g.cluster for g in infos]
    adv = [p.x_advance for p in positions]
    xo = [p.x_offset for p in positions]
    yo = [p.y_offset for p in positions]
    # HarfBuzz clusters: glyph start indices and char start indices (monotone for LTR text).
    g_starts = [i for i in range(len(gids)) if i == 0 or clusters[i] != clusters[i - 1]]
    c_starts = [clusters[i] for i in g_starts]
    keys: list[int] = []
    for j, g0 in enumerate(g_starts):
        g1 = g_starts[j + 1] if j + 1 < len(g_starts) else len(gids)
        c0 = c_starts[j]
        c1 = c_starts[j + 1] if j + 1 < len(c_starts) else len(text)
        texts = _glyph_texts(text[c0:c1], gids[g0:g1], adv[g0:g1])
        keys.extend(font.glyph_key(g, t) for g, t in zip(gids[g0:g1], texts))
    cell_idx = _make_cells(text, c_starts) if gids else []
    cell_glyph = [g_starts[i] for i in cell_idx] + [len(gids)]
    cell_char = [c_starts[i] for i in cell_idx] + [len(text)]
    cell_width = [sum(adv[cell_glyph[i]:cell_glyph[i + 1]]) for i in range(len(cell_idx))]
    return Shaped(font, text, tuple(gids), tuple(keys), tuple(adv), tuple(xo), tuple(yo),
                  tuple(cell_glyph), tuple(cell_char), tuple(cell_width), sum(adv))


def text_width(font_name: str, text: str, size: float) -> float:
    s = shape(font_name, text)
    return s.width * size / s.font.upem
