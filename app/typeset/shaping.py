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
    """A shaped segment. Lengths are in font units of ``font`` (upem).

    Glyphs are stored cell by cell in drawing order; ``x_rel`` is a glyph's origin relative to the
    start of its cell.
    """

    font: GlyphFont
    text: str
    gids: tuple[int, ...]
    keys: tuple[int, ...]
    x_rel: tuple[int, ...]
    y_offsets: tuple[int, ...]
    # cell i covers glyphs cell_glyph[i]:cell_glyph[i+1] and chars cell_char[i]:cell_char[i+1]
    cell_glyph: tuple[int, ...]
    cell_char: tuple[int, ...]
    cell_width: tuple[int, ...]
    width: int

    @property
    def ncells(self) -> int:
        return len(self.cell_width)


def _cell_texts(cell_text: str, order: list[int], advances: list[int]) -> dict[int, str]:
    """Share a cell's source text among its glyphs, in drawing order, so they read back as the text.

    With more glyphs than characters (ำ is drawn as ํ + า) the extra glyphs, zero-advance ones first,
    carry no text (they are drawn as outlines, see render.py).
    """
    k, n = len(order), len(cell_text)
    silent: set[int] = set()
    if k > n:
        silent = set(sorted(order[1:], key=lambda g: (advances[g] != 0, g))[:k - n])
    speaking = [g for g in order if g not in silent]
    out = {g: "" for g in silent}
    for j, g in enumerate(speaking):
        out[g] = cell_text[j:] if j == len(speaking) - 1 else cell_text[j]
    return out


def _make_cells(text: str, starts: list[int]) -> list[int]:
    """Indices into ``starts`` (cluster starts) where a new cell begins."""
    cells = []
    for i, s in enumerate(starts):
        if i and (text[s] in FOLLOWERS or text[starts[i - 1]:s][-1:] in LEADING_VOWELS):
            continue
        cells.append(i)
    return cells


_ORDER_TOLERANCE = 30  # font units: marks this close keep HarfBuzz's (logical) order
_MARK_GAP_EM = 0.05    # room a mark may leave before what follows it (readers see a space)


def _merge_far_marks(order, texts, x_rel, adv, upem, cell_width) -> None:
    """A zero-advance mark drawn well left of the next glyph of its cell (ิ and ั set left of the
    tone mark over ป ฝ: "ปิ่น", "ฝั่ง") leaves a gap that mupdf, measuring with the font's own
    advances, reads as a space. Such a mark gives its text to the next mark of the cell and is
    drawn as an outline (render.py), so the glyphs that carry text follow each other without a
    gap. (Not to the base before it: pdf.js takes any glyph whose text holds a mark for a
    zero-width one and would lose the base's advance.)"""
    speaking = [g for g in order if texts[g]]
    for k in range(1, len(speaking) - 1):
        g, nxt = speaking[k], speaking[k + 1]
        if adv[g] == 0 and adv[nxt] == 0 and x_rel[nxt] - x_rel[g] > _MARK_GAP_EM * upem:
            texts[nxt] = texts[g] + texts[nxt]
            texts[g] = ""


def _drawing_order(glyphs, x_rel) -> list[int]:
    """Glyphs left to right; nearly coincident ones stay in HarfBuzz order (pdfium prefers it)."""
    order: list[int] = []
    for g in glyphs:
        j = len(order)
        while j and x_rel[order[j - 1]] > x_rel[g] + _ORDER_TOLERANCE:
            j -= 1
        order.insert(j, g)
    return order


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
    # HarfBuzz clusters (monotone for LTR text), then cells made of whole clusters.
    g_starts = [i for i in range(len(gids)) if i == 0 or clusters[i] != clusters[i - 1]]
    c_starts = [clusters[i] for i in g_starts]
    cell_idx = _make_cells(text, c_starts) if gids else []
    cell_glyph = [g_starts[i] for i in cell_idx] + [len(gids)]
    cell_char = [c_starts[i] for i in cell_idx] + [len(text)]
    cell_width = [sum(adv[cell_glyph[i]:cell_glyph[i + 1]]) for i in range(len(cell_idx))]

    o_gids, o_keys, o_x, o_y = [], [], [], []
    for i in range(len(cell_idx)):
        g0, g1 = cell_glyph[i], cell_glyph[i + 1]
        x_rel, pen = {}, 0
        for g in range(g0, g1):
            x_rel[g] = pen + xo[g]
            pen += adv[g]
        # Drawn left to right, each glyph's PDF width reaching the next one's origin: extractors
        # (poppler above all) then see touching boxes in reading order, never a gap read as a
        # space nor a mark sorted after the next letter.
        order = _drawing_order(range(g0, g1), x_rel)
        texts = _cell_texts(text[cell_char[i]:cell_char[i + 1]], order, adv)
        _merge_far_marks(order, texts, x_rel, adv, font.upem, cell_width[i])
        speaking = [g for g in order if texts[g]]
        for j, g in enumerate(order):
            if texts[g]:
                nxt = speaking.index(g) + 1
                end = x_rel[speaking[nxt]] if nxt < len(speaking) else cell_width[i]
                width = max(0, end - x_rel[g])
            else:
                width = None
            o_gids.append(gids[g])
            o_keys.append(font.glyph_key(gids[g], texts[g], width))
            o_x.append(x_rel[g])
            o_y.append(yo[g])
    return Shaped(font, text, tuple(o_gids), tuple(o_keys), tuple(o_x), tuple(o_y),
                  tuple(cell_glyph), tuple(cell_char), tuple(cell_width), sum(adv))


