"""A column holding a web address its share leaves too narrow borrows width from the roomy text
columns, so the address stays on one line (a reader, and newmm, read it as one word)."""
from __future__ import annotations

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate

from app.typeset import ParaStyle, ThaiTable, register_font_set
from app.typeset.table import LINK_GIVE, widen_for_links

URL = "https://www.banphaimai.go.th/ita/2569/o12.pdf"


def _lines(path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    try:
        return [ln.strip() for p in doc for ln in p.get_textpage().get_text_range().splitlines()]
    finally:
        doc.close()


def test_address_column_widens_and_the_address_stays_whole(tmp_path):
    style = ParaStyle(register_font_set(), size=14)
    rows = [["มาตรการ", "ผลการดำเนินการ", "ผู้รับผิดชอบ", "หลักฐาน"],
            ["เผยแพร่รายงานผลการดำเนินงานประจำปีบนเว็บไซต์ของหน่วยงาน " * 3,
             "ดำเนินการแล้ว เผยแพร่ครบทุกรายการตามกำหนด " * 4, "กองยุทธศาสตร์และงบประมาณ", f"ดูที่ {URL}"]]
    ratios = [30, 40, 12, 18]
    table = ThaiTable(rows, ratios, style=style)
    width = landscape(A4)[0] - 100
    widths = table._spec.widths(width)
    assert widths[3] > width * 18 / 100          # the address column grew
    assert widths[2] == width * 12 / 100         # a narrow column gives nothing
    assert abs(sum(widths) - width) < 1e-6
    path = tmp_path / "links.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=50, rightMargin=50).build([table])
    assert any(URL in ln.replace(" ", "") for ln in _lines(path))


def test_widening_takes_at_most_a_share_of_each_roomy_column():
    base = [300.0, 200.0, 60.0, 100.0]
    shares = [b / 660 for b in base]
    out = widen_for_links(base, [0.0, 0.0, 0.0, 400.0], shares, 660.0)
    assert out[2] == 60.0
    assert out[0] >= (1 - LINK_GIVE) * 300 - 1e-9 and out[1] >= (1 - LINK_GIVE) * 200 - 1e-9
    assert abs(sum(out) - 660.0) < 1e-9
    assert widen_for_links(base, [0.0] * 4, shares, 660.0) == base   # no address: unchanged
