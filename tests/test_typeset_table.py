"""ThaiTable: header rows repeat on every page and a tall row continues on the next page."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate

from app.typeset import ParaStyle, ThaiTable, register_font_set
from tests.pdfcheck import check_pdf, extract_lines

HEADER = ["มาตรการ", "ขั้นตอน", "ระยะเวลา", "ผู้รับผิดชอบ", "สรุปผล", "ผลลัพธ์"]
LONG = "จัดทำคู่มือการปฏิบัติงานและเผยแพร่ทางเว็บไซต์ของหน่วยงาน " * 60


def test_header_repeats_and_long_row_splits(tmp_path):
    style = ParaStyle(register_font_set(), size=16, align="left")
    rows = [HEADER, ["ประเด็นที่ ๑ กระบวนการปฏิบัติงานที่โปร่งใส", None, None, None, None, None]]
    rows += [["มาตรการที่ %d" % i, LONG, "ต.ค. ๒๕๖๗", "สำนักปลัด", "ดำเนินการแล้ว", "ร้อยละ ๑๐๐"]
             for i in range(3)]
    path = tmp_path / "table.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=2 * cm, rightMargin=2 * cm,
                      topMargin=2 * cm, bottomMargin=2 * cm).build(
        [ThaiTable(rows, [2, 4, 1, 1.5, 1.5, 1.5], style=style, group_rows=[1])])
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    assert len(pdf) >= 3
    through = 0
    for page in pdf:
        text = page.get_textpage().get_text_range().replace(" ", "")
        # the header is on every page; it is read as text unless one cell runs through the whole
        # page (the long cell is then read whole: app/typeset/readingorder.py)
        header = page.render(scale=1).to_pil().convert("L").crop((60, 60, 780, 80))
        assert header.getextrema()[0] < 100
        if "ผู้รับผิดชอบ" not in text:
            assert "มาตรการ" not in text and "สำนักปลัด" not in text
            through += 1
    assert through >= 1
    pdf.close()
    r = check_pdf(path, ["ประเด็นที่ ๑ กระบวนการปฏิบัติงานที่โปร่งใส", "ร้อยละ ๑๐๐"])
    assert (r.pua, r.split_am, r.missing) == (0, 0, [])
    # the long cell's text continues across pages: all of it is there, each cell whole
    flat = "".join(ln.replace(" ", "") for ln in extract_lines(path)[1])
    assert flat.count("".join(LONG.split())) == 3
