"""Write positioned glyphs into a ReportLab canvas as PDF text operators.

Each glyph is drawn exactly where HarfBuzz (plus our justification) put it: one ``TJ`` array per run of
glyphs sharing font, subset and baseline, kerning numbers correcting what the PDF advance (glyph
width + ``Tc`` + ``Tw`` for spaces) would give. Justification uses ``Tc``/``Tw`` rather than gaps, so
text extractors see touching glyph boxes and read no spurious spaces. Glyphs without text of their
own are filled as outlines after the text. Everything is wrapped in ``q``/``Q`` so ReportLab's idea
of the current font stays true.
"""
from __future__ import annotations

from reportlab.lib.rl_accel import fp_str

from app.typeset.pdffont import GlyphFont

# A positioned glyph: (font, size in pt, key, x, y) in the current canvas coordinates.
Glyph = tuple[GlyphFont, float, int, float, float]
# A line to draw: (glyphs, character spacing Tc, word spacing Tw).
LineGlyphs = tuple[list[Glyph], float, float]


def emit_lines(canvas, lines: list[LineGlyphs]) -> None:
    doc = canvas._doc
    by_font: dict[GlyphFont, list[int]] = {}
    for glyphs, _tc, _tw in lines:
        for g in glyphs:
            by_font.setdefault(g[0], []).append(g[2])
    if not by_font:
        return
    codes_of = {f: iter(f.codes(keys, doc)) for f, keys in by_font.items()}

    out = ["q BT"]
    outlines: list[str] = []
    cur_font = cur_size = cur_subset = None
    cur_tc = cur_tw = 0.0
    run: list[str] = []

    for glyphs, tc, tw in lines:
        if run:
            out.append("[" + "".join(run) + "] TJ")
            run = []
        if tc != cur_tc:
            out.append(f"{fp_str(tc)} Tc")
            cur_tc = tc
        if tw != cur_tw:
            out.append(f"{fp_str(tw)} Tw")
            cur_tw = tw
        run_y = None
        pen = 0.0
        for font, size, key, x, y in glyphs:
            n = next(codes_of[font])
            if font.is_silent(key):
                k = size / font.upem
                outlines.append(f"q {fp_str(k)} 0 0 {fp_str(k)} {fp_str(x)} {fp_str(y)} cm "
                                f"{font.outline(key)} Q")
                continue
            subset, code = n >> 8, n & 0xFF
            if font is not cur_font or size != cur_size or subset != cur_subset:
                if run:
                    out.append("[" + "".join(run) + "] TJ")
                    run = []
                out.append(f"{font.getSubsetInternalName(subset, doc)} {fp_str(size)} Tf")
                cur_font, cur_size, cur_subset = font, size, subset
                run_y = None
            if run_y is None or abs(y - run_y) > 1e-6:
                if run:
                    out.append("[" + "".join(run) + "] TJ")
                    run = []
                out.append(f"1 0 0 1 {fp_str(x)} {fp_str(y)} Tm")
                run_y, pen = y, x
            else:
                adj = (pen - x) * 1000.0 / size
                if abs(adj) > 0.01:
                    run.append(fp_str(adj))
            run.append(f"<{code:02X}>")
            pen = x + font.face.getCharWidth(key) * size / 1000.0 + tc + (tw if code == 32 else 0.0)
    if run:
        out.append("[" + "".join(run) + "] TJ")
    out.append("ET")
    out.extend(outlines)
    out.append("Q")
    canvas._code.append(" ".join(out))
