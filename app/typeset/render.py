"""Write positioned glyphs into a ReportLab canvas as PDF text operators.

Each glyph is drawn exactly where HarfBuzz (plus our justification) put it: one ``TJ`` array per run of
glyphs that share font, subset and baseline, with kerning numbers correcting the font's own advances.
The whole block is wrapped in ``q``/``Q`` so ReportLab's idea of the current font stays true.
"""
from __future__ import annotations

from reportlab.lib.rl_accel import fp_str

from app.typeset.pdffont import GlyphFont

# A positioned glyph: (font, size in pt, key, x, y) in page coordinates.
Glyph = tuple[GlyphFont, float, int, float, float]


def emit_glyphs(canvas, glyphs: list[Glyph]) -> None:
    if not glyphs:
        return
    doc = canvas._doc
    by_font: dict[GlyphFont, list[int]] = {}
    for g in glyphs:
        by_font.setdefault(g[0], []).append(g[2])
    codes_of: dict[GlyphFont, list[int]] = {f: f.codes(keys, doc) for f, keys in by_font.items()}
    cursor = {f: 0 for f in codes_of}

    out = ["q BT"]
    cur_font = cur_size = cur_subset = None
    run: list[str] = []
    pen = run_y = 0.0

    def flush():
        if run:
            out.append("[" + "".join(run) + "] TJ")
            run.clear()

    for font, size, key, x, y in glyphs:
        n = codes_of[font][cursor[font]]
        cursor[font] += 1
        subset, code = n >> 8, n & 0xFF
        if font is not cur_font or size != cur_size or subset != cur_subset:
            flush()
            out.append(f"{font.getSubsetInternalName(subset, doc)} {fp_str(size)} Tf")
            cur_font, cur_size, cur_subset = font, size, subset
            run_y = None
        if run_y is None or abs(y - run_y) > 1e-6:
            flush()
            out.append(f"1 0 0 1 {fp_str(x)} {fp_str(y)} Tm")
            run_y, pen = y, x
        else:
            adj = (pen - x) * 1000.0 / size
            if abs(adj) > 0.005:
                run.append(fp_str(adj))
        run.append(f"<{code:02X}>")
        pen = x + font.face.getCharWidth(key) * size / 1000.0
    flush()
    out.append("ET Q")
    canvas._code.append(" ".join(out))
