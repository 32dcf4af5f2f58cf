"""Lay out a plain text file as a justified A4 document, to check how any Thai phrase typesets.

Wired to ``python -m app typeset FILE.txt -o out.pdf``. Paragraphs are separated by blank lines;
single newlines inside a paragraph are joined with a space.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate

from app.typeset.fonts import register_font_set
from app.typeset.paragraph import ThaiParagraph
from app.typeset.style import ParaStyle


def read_paragraphs(src: Path) -> list[str]:
    text = Path(src).read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    paras = []
    for block in text.split("\n\n"):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if lines:
            paras.append(" ".join(lines))
    return paras


def typeset_file(src: Path, out: Path, *, font: str = "Sarabun", size: float = 16,
                 thai_digits: bool = False) -> None:
    fs = register_font_set(font)
    style = ParaStyle(fs, size=size, first_indent=2.5 * cm, thai_digits=thai_digits,
                      space_after=size * 0.25)
    story = [ThaiParagraph(p, style) for p in read_paragraphs(src)]
    # Thai official-letter margins: 3 cm left, 2 cm right, 2.5 cm top, 2 cm bottom.
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=3 * cm, rightMargin=2 * cm,
                            topMargin=2.5 * cm, bottomMargin=2 * cm, title=Path(src).name)
    doc.build(story)
