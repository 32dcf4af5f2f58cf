"""The table as a Word file (python-docx) for LibreOffice to convert (the conversion is timed,
not this step): header row repeated, Sarabun, the same column ratios and margins.

usage: python libreoffice_docx.py rows.json out.docx
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import MARGIN_CM, RATIOS, SIZE, read_rows  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402


def main(src: str, out: str) -> None:
    rows = read_rows(src)
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(MARGIN_CM))
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Sarabun", Pt(SIZE)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    fonts.set(qn("w:cs"), "Sarabun")
    fonts.set(qn("w:eastAsia"), "Sarabun")
    sz_cs = OxmlElement("w:szCs")
    sz_cs.set(qn("w:val"), str(round(SIZE * 2)))
    rpr.append(sz_cs)
    t = d.add_table(rows=len(rows), cols=len(RATIOS))
    t.style = "Table Grid"
    width = 29.7 - 2 * MARGIN_CM
    for c, r in enumerate(RATIOS):
        for cell in t.columns[c].cells:
            cell.width = Cm(width * r / sum(RATIOS))
    header = t.rows[0]._tr.get_or_add_trPr()
    rep = OxmlElement("w:tblHeader")
    rep.set(qn("w:val"), "true")
    header.append(rep)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            p = t.cell(r, c).paragraphs[0]
            run = p.add_run(text)
            if r == 0:
                run.bold = True
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.save(out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
