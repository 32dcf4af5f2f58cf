"""Thai typesetting for PDF: shaped (HarfBuzz), word-broken, justified, copy-exact Thai on ReportLab.

ReportLab draws the pages, tables and fonts; this package owns the Thai lines: which glyphs (HarfBuzz
on the embedded font), where lines break (pythainlp + rules), how lines are justified (Thai
distributed) and how each glyph maps back to its source text (our ToUnicode CMaps).
"""
from app.typeset.breaking import set_custom_words, warm_up
from app.typeset.fonts import FontSet, available_font_choices, register_font_set
from app.typeset.keep import KeepWithNext
from app.typeset.line import draw_thai_line, measure_thai_line
from app.typeset.paragraph import ThaiParagraph
from app.typeset.style import ParaStyle
from app.typeset.table import ThaiTable

__all__ = [
    "FontSet", "KeepWithNext", "ParaStyle", "ThaiParagraph", "ThaiTable", "available_font_choices",
    "draw_thai_line", "measure_thai_line", "register_font_set", "set_custom_words", "warm_up",
]
