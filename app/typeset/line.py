"""Single shaped lines (memo fields, headers, page numbers): measure and draw without line breaking."""
from __future__ import annotations

from app.thai.digits import to_thai_digits
from app.typeset.layout import Line, Piece, line_spans, place_line
from app.typeset.render import emit_lines, emit_outlines
from app.typeset.shaping import shape


def _line(text: str, font_name: str, size_pt: float) -> Line:
    s = shape(font_name, text)
    return Line([Piece(s, 0, s.ncells, False)], s.width * size_pt / s.font.upem, True, size_pt)


def measure_thai_line(text: str, font_name: str, size_pt: float) -> float:
    """Width in pt of ``text`` set in the registered font ``font_name`` at ``size_pt`` real points."""
    if not text:
        return 0.0
    s = shape(font_name, text)
    return s.width * size_pt / s.font.upem


def draw_thai_line(canvas, x: float, y: float, text: str, font_name: str, size_pt: float,
                   align: str = "left", thai_digits: bool = False, outlines: bool = False) -> float:
    """Draw ``text`` on baseline ``y``; ``align`` says whether ``x`` is its left, centre or right.
    With ``outlines`` the glyphs are filled shapes that no reader reads as text (a page number
    inside a text that runs over the whole page, see readingorder.py)."""
    if thai_digits:
        text = to_thai_digits(text)
    text = text.replace("\n", " ")
    if not text:
        return 0.0
    line = _line(text, font_name, size_pt)
    if align == "center":
        x -= line.width / 2
    elif align == "right":
        x -= line.width
    glyphs, width, tc, tw = place_line(line, x, y, line.width, "left")
    if outlines:
        emit_outlines(canvas, glyphs)
    else:
        emit_lines(canvas, [(glyphs, tc, tw, line_spans(line))])
    return width
