"""The status layout's columns follow its text, and an indicator's note stays with its table.

Seed 004's status layout puts each measure's result in one of three status columns; with fixed
shares the text went into an eighth of the page while two columns stood empty, so a 12-month
report ran to 28 pages and a web address or the unit's name had to break inside (inword 8 in
เขาสมอคอน's report). The shares now follow the text the columns hold.
"""
from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from app.reports import DocumentRequest, build_document
from app.reports.gather import progress_doc
from app.reports.progress import STATUS_FLOORS, status_ratios
from app.store.models import STATUS_DONE

KHAM = "องค์การบริหารส่วนตำบลขามสะแกแสง"
KHAO = "องค์การบริหารส่วนตำบลเขาสมอคอน"
TABLE_HEAD = "แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ"


def _pages(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [p.get_textpage().get_text_range().replace(" ", "").replace("\r\n", "") for p in doc]
    finally:
        doc.close()


def test_the_column_holding_the_results_gets_the_room(demo_session):
    doc = progress_doc(demo_session, KHAO, 2568, 12)
    rows = [r for g in doc.groups for r in g.rows]
    assert rows and all(r.status == STATUS_DONE for r in rows)   # every result in "ดำเนินการแล้ว"
    ratios = status_ratios(rows)
    assert sum(ratios) == pytest.approx(100)
    assert all(r >= f for r, f in zip(ratios, STATUS_FLOORS))
    going, done, todo = ratios[3:6]
    assert going == todo == STATUS_FLOORS[3]        # empty: their heading's width only
    assert done > 2 * 13                             # the old fixed share was 13 %
    assert done == max(ratios)


def test_khao_status_report_is_shorter_and_breaks_no_word(demo_session):
    pdf = build_document(demo_session, DocumentRequest("progress", KHAO, 2568, round=12, layout="status"))
    pages = _pages(pdf)
    assert len(pages) <= 20   # 28 with the fixed shares
    # the web address and the unit's name no longer break inside: the whole address is on one line
    doc = pdfium.PdfDocument(pdf)
    try:
        lines = [ln for p in doc for ln in p.get_textpage().get_text_range().splitlines()]
    finally:
        doc.close()
    assert any("www.khaosamokhon.go.th" in ln.replace(" ", "") for ln in lines)


def test_an_indicators_note_stays_with_the_start_of_its_table(demo_session):
    """ขามสะแกแสง 2566 (6 months): "๒. ด้าน EIT", "ตัวชี้วัดที่ ๗ …" and its note ended page 3
    while their table started on page 4."""
    pages = _pages(build_document(demo_session, DocumentRequest("progress", KHAM, 2566, round=6, layout="status")))
    seen = 0
    for text in pages:
        text = text.split("สรุปสถานะการดำเนินการ")[0]   # the closing summary names indicators too
        for heading in ("ตัวชี้วัดที่๗", "ตัวชี้วัดที่๙", "ตัวชี้วัดที่๑๐"):
            at = text.find(heading)
            if at >= 0:
                seen += 1
                assert TABLE_HEAD in text[at:], heading
    assert seen >= 2
