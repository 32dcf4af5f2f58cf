"""Rows and pages on the demo units (issue 13 §2): no blank page, headings and intro paragraphs
on the page where what they introduce starts."""
from __future__ import annotations

import io
import re

import pypdfium2 as pdfium
import pytest
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer

from app.reports import DocumentRequest, build_document
from app.typeset import ParaStyle, ThaiParagraph, register_font_set
from app.typeset.keep import PageRules

KHAM = "องค์การบริหารส่วนตำบลขามสะแกแสง"
PLALAI = "เทศบาลตำบลปลาไหล"


def _pages(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [page.get_textpage().get_text_range().replace(" ", "").replace("\r\n", "\n") for page in doc]
    finally:
        doc.close()


@pytest.fixture(scope="module")
def demo_session(_demo_db_file, tmp_path_factory):
    import shutil

    from app.store.db import open_database

    path = tmp_path_factory.mktemp("pages") / "demo.sqlite3"
    shutil.copy(_demo_db_file, path)
    database = open_database(path)
    with database.session() as s:
        yield s
    database.close()


def test_status_summary_has_no_blank_page(demo_session):
    """ขามสะแกแสง 2566: the 12-month table ended at the foot of page 1 and the Spacer after it
    made a page 2 holding only its page number."""
    pages = _pages(build_document(demo_session, DocumentRequest("summary", KHAM, 2566)))
    for i, text in enumerate(pages, 1):
        body = re.sub(r"-[๐-๙0-9]+-", "", text).strip()   # less the page number
        assert len(body) > 20, f"page {i} is blank"
    assert "รอบ๑๒เดือน" in pages[-1]


def test_round_heading_and_sentence_stay_with_their_table(demo_session):
    """ปลาไหล 2568: the 12-month heading and its sentence were left at the foot of page 1 while
    the table started overleaf; now they are on the page where the table starts."""
    pages = _pages(build_document(demo_session, DocumentRequest("summary", PLALAI, 2568)))
    for heading in ("รอบ๖เดือน(ต.ค.", "รอบ๑๒เดือน(ต.ค."):
        where = [i for i, text in enumerate(pages) if heading in text]
        assert len(where) == 1
        text = pages[where[0]]
        after = text[text.index(heading):]
        assert "มีมาตรการทั้งสิ้น" in after and "กลุ่มมาตรการ" in after, heading


class _Doc(PageRules, BaseDocTemplate):
    def __init__(self, lines: int, lead: float):
        super().__init__(io.BytesIO(), pagesize=(400, lines * lead + 100))
        self.addPageTemplates([PageTemplate("p", [Frame(50, 50, 300, lines * lead, leftPadding=0,
                                                        rightPadding=0, topPadding=0, bottomPadding=0)])])


def test_space_at_the_foot_of_a_page_vanishes():
    """A Spacer that does not fit at a page's foot is dropped, not carried to an empty page."""
    style = ParaStyle(register_font_set(), size=16, leading=20)
    doc = _Doc(10, 20)
    doc.build([ThaiParagraph(f"บรรทัดที่ {i}", style) for i in range(10)] + [Spacer(1, 8)])
    assert doc.page == 1


def test_keep_with_next_carries_across_space():
    """heading (keep-with-next), Spacer, paragraph: the heading goes with the paragraph."""
    style = ParaStyle(register_font_set(), size=16, leading=20)
    placed = []

    class Doc(_Doc):
        def afterFlowable(self, f):
            if isinstance(f, ThaiParagraph):
                placed.append((self.page, f.text))

    doc = Doc(10, 20)
    story = [ThaiParagraph(f"บรรทัดที่ {i}", style) for i in range(8)]
    story += [ThaiParagraph("หัวข้อ", style.replace(keep_with_next=True)), Spacer(1, 10),
              ThaiParagraph("ย่อหน้าหนึ่งบรรทัด", style)]
    doc.build(story)
    assert dict((t, p) for p, t in placed)["หัวข้อ"] == 2
