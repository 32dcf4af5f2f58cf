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
# A line to draw: (glyphs, character spacing Tc, word spacing Tw[, ActualText spans]); a span is
# (first glyph, end glyph, source text), see layout.line_spans.
LineGlyphs = tuple


def _actual_text(text: str) -> str:
    return "/Span <</ActualText <FEFF" + text.encode("utf-16-be").hex().upper() + ">>> BDC"


def _baseline(glyphs) -> float:
    """The y most glyphs of a line sit on (marks may be raised or lowered from it)."""
    counts: dict[float, int] = {}
    for g in glyphs:
        counts[g[4]] = counts.get(g[4], 0) + 1
    return max(counts, key=counts.get) if counts else 0.0


LINE_END_MARK = "\u00a0"


def _no_final_hyphen(line: LineGlyphs) -> LineGlyphs:
    """A line whose text ends in "-" ("E-" before a typed line break, a blank score "-"):
    pdfium takes a hyphen that ends a line for hyphenation when it is the last character of a
    /ActualText span or follows a letter, and reads U+FFFE instead (poppler's default mode drops
    it and joins the next line). A no-break space after the hyphen in the span's /ActualText ends
    the line with something that is not a hyphen: every reader then keeps the "-" as typed, the
    no-break space reads as the blank that ends a line, and nothing is drawn."""
    glyphs, *rest = line
    if len(rest) < 3 or not rest[2]:
        return line
    a, b, text = rest[2][-1]
    if not text.endswith("-"):
        return line
    rest[2] = list(rest[2][:-1]) + [(a, b, text + LINE_END_MARK)]
    return (glyphs, *rest)


def emit_lines(canvas, lines: list[LineGlyphs]) -> None:
    """Draw the lines (glyphs, Tc, Tw and the /ActualText spans of each)."""
    if getattr(canvas, "_thai_outlines", False):   # see ``outlines_only``
        emit_outlines(canvas, [g for glyphs, *_rest in lines for g in glyphs])
        return
    doc = canvas._doc
    lines = [_no_final_hyphen(ln) for ln in lines]
    by_font: dict[GlyphFont, list[int]] = {}
    for glyphs, *_rest in lines:
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

    for glyphs, tc, tw, *more in lines:
        if run:
            out.append("[" + "".join(run) + "] TJ")
            run = []
        opens, closes = {}, set()
        for a, b, text in (more[0] if more else ()):
            if b > a:
                opens[a] = text
                closes.add(b)
        if tc != cur_tc:
            out.append(f"{fp_str(tc)} Tc")
            cur_tc = tc
        if tw != cur_tw:
            out.append(f"{fp_str(tw)} Tw")
            cur_tw = tw
        # One text matrix per line, at its baseline: a mark raised or lowered by HarfBuzz is set
        # with a text rise (Ts), and a change of font or subset continues from the pen, so no
        # reader sees a jump of the text matrix inside a word (pdf.js read one as a space after
        # a mark over ป ฝ: "ปิ่ นทอง"; mupdf: "ฝั ่งแดง").
        base_y = _baseline(glyphs)
        placed = False
        rise = 0.0
        pen = 0.0
        for i, (font, size, key, x, y) in enumerate(glyphs):
            n = next(codes_of[font])
            silent = font.is_silent(key)
            # The move to this glyph ends the current TJ: pdf.js adds Tc to a number that opens
            # one, and read the difference as a space after a mark.
            if placed and run and not silent:
                adj = (pen - x) * 1000.0 / cur_size
                if abs(adj) > 0.01:
                    run.append(fp_str(adj))
                pen = x
            if i in closes or i in opens:
                if run:
                    out.append("[" + "".join(run) + "] TJ")
                    run = []
                if i in closes:
                    out.append("EMC")
                if i in opens:
                    out.append(_actual_text(opens[i]))
            if silent:
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
            if not placed:
                out.append(f"1 0 0 1 {fp_str(x)} {fp_str(base_y)} Tm")
                placed, pen = True, x
            if abs((y - base_y) - rise) > 1e-6:
                if run:
                    out.append("[" + "".join(run) + "] TJ")
                    run = []
                rise = y - base_y
                out.append(f"{fp_str(rise)} Ts")
            if not run and abs(pen - x) > 1e-6:
                # (only after a span boundary or a glyph drawn as an outline)
                run.append(fp_str((pen - x) * 1000.0 / size))
            run.append(f"<{code:02X}>")
            pen = x + font.face.getCharWidth(key) * size / 1000.0 + tc + (tw if code == 32 else 0.0)
        if rise:
            if run:
                out.append("[" + "".join(run) + "] TJ")
                run = []
            out.append("0 Ts")
        if len(glyphs) in closes:
            if run:
                out.append("[" + "".join(run) + "] TJ")
                run = []
            out.append("EMC")
    if run:
        out.append("[" + "".join(run) + "] TJ")
    out.append("ET")
    out.extend(outlines)
    out.append("Q")
    canvas._code.append(" ".join(out))


def emit_outlines(canvas, glyphs: list[Glyph]) -> None:
    """Fill the glyphs as shapes: they look the same but are no text to any reader."""
    out = ["q"]
    for font, size, key, x, y in glyphs:
        k = size / font.upem
        out.append(f"q {fp_str(k)} 0 0 {fp_str(k)} {fp_str(x)} {fp_str(y)} cm {font.outline(key)} Q")
    out.append("Q")
    canvas._code.append(" ".join(out))


class outlines_only:
    """Within ``with outlines_only(canvas):`` Thai lines are drawn as shapes (``emit_outlines``):
    a table's repeated header on a page that one cell fills from top to foot (readingorder.py)."""

    def __init__(self, canvas):
        self.canvas = canvas

    def __enter__(self):
        self._was = getattr(self.canvas, "_thai_outlines", False)
        self.canvas._thai_outlines = True
        return self

    def __exit__(self, *exc):
        self.canvas._thai_outlines = self._was
