"""Rows and pages on the demo units (issue 13 §2): no blank page, headings and intro paragraphs
on the page where what they introduce starts."""
from __future__ import annotations

import io
import re

import pypdfium2 as pdfium
import pytest
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer

from app.reports import DocumentRequest, build_document
from app.typeset import ParaStyle, ThaiParagraph, ThaiTable, register_font_set
from app.typeset.keep import PageRules

KHAM = "องค์การบริหารส่วนตำบลขามสะแกแสง"
PLALAI = "เทศบาลตำบลปลาไหล"


def _pages(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [page.get_textpage().get_text_range().replace(" ", "").replace("\r\n", "\n") for page in doc]
    finally:
        doc.close()


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


# --- rows across pages ------------------------------------------------------------------------------

LEAD = 20.0
PAD = 4.0


def _row_text(n: int, tag: str) -> str:
    return "\n".join(f"{tag} บรรทัด {i + 1}" for i in range(n))


class _TableDoc(_Doc):
    """Records the table parts per page: (page, first body row, rows, lines per part's rows)."""

    def __init__(self, lines: int):
        super().__init__(lines, LEAD)
        self.parts: list[tuple[int, ThaiTable]] = []
        self.others: list[int] = []

    def afterFlowable(self, f):
        if isinstance(f, ThaiTable):
            self.parts.append((self.page, f))
        elif isinstance(f, ThaiParagraph):
            self.others.append(self.page)


def _cell_lines(table: ThaiTable, row: int) -> int:
    """Lines of the tallest cell of a part's body row ``row`` (split rows: the part's lines)."""
    cells = table._over.get(row, table._spec.body[row])
    return max((sum(len(f._lines) for f in v) for v in cells if isinstance(v, list)), default=0)


def _table(rows_lines: list[int]) -> ThaiTable:
    style = ParaStyle(register_font_set(), size=16, leading=LEAD, align="left")
    rows = [["หัวตาราง", "หมายเหตุ"]]
    rows += [[_row_text(n, f"แถว {k + 1}"), ""] for k, n in enumerate(rows_lines)]
    return ThaiTable(rows, [3, 1], style=style, padding=PAD)


def _build(rows_lines: list[int], filler: int, frame_lines: int = 30, after: list | None = None):
    style = ParaStyle(register_font_set(), size=16, leading=LEAD)
    doc = _TableDoc(frame_lines)
    story = [ThaiParagraph(f"เติม {i}", style) for i in range(filler)] + [_table(rows_lines)]
    doc.build(story + (after or []))
    return doc


def _split_rows(doc) -> list[tuple[int, int]]:
    """(lines on the first page, lines on the next) of every row split across pages."""
    out = []
    for (_p, a), (_q, b) in zip(doc.parts, doc.parts[1:]):
        if a._stop - 1 in a._over and b._start == a._stop - 1:
            r = b._start
            out.append((_cell_lines(a, r), _cell_lines(b, r)))
    return out


def test_a_four_line_row_moves_whole():
    """The defect: a 4-line row split 2+2. Rows shorter than five lines are never split."""
    for filler in range(18, 27):
        doc = _build([1] * 3 + [4] + [1] * 3, filler)
        assert _split_rows(doc) == [], filler


@pytest.mark.parametrize("filler", range(8, 27))
def test_a_split_row_keeps_two_lines_on_each_side(filler):
    doc = _build([1, 9, 1, 1, 1, 1, 1], filler)
    for first, rest in _split_rows(doc):
        assert first >= 2 and rest >= 2, (filler, first, rest)
    total = sum(sum(_cell_lines(t, r) for r in range(t._start, t._stop)) for _p, t in doc.parts)
    assert total == 15   # every line is printed once


@pytest.mark.parametrize("filler", range(5, 28))
def test_no_page_holds_only_the_header_and_a_sliver(filler):
    """At the end of a story, the table's last page carries at least three lines of it or its
    whole last row; never the header and the last lines of a split row or a lone short row."""
    doc = _build([2, 2, 2, 6, 1], filler)
    last_page, last = doc.parts[-1]
    if len(doc.parts) > 1 and last_page not in doc.others:
        rows = range(last._start, last._stop)
        lines = sum(_cell_lines(last, r) for r in rows)
        whole_last_row = last._stop - 1 not in last._over or last._start < last._stop - 1
        assert lines >= 3 and whole_last_row, (filler, [(p, t) for p, t in doc.parts])
        assert last._start not in last._over or len(rows) > 1, filler


def test_a_short_tail_may_share_its_page_with_what_follows():
    """When the text after the table fits beside the table's rest, the rest need not be bigger."""
    style = ParaStyle(register_font_set(), size=16, leading=LEAD)
    after = [ThaiParagraph("ย่อหน้าหลังตาราง", style)]
    doc = _build([1, 1, 7], 20, after=after)
    pages = {p for p, _t in doc.parts}
    assert len(pages) == 2 and doc.others[-1] == max(pages)


DEMO_TABLE_DOCS = [
    DocumentRequest("plan", PLALAI, 2568),   # its last row was split 3+2 onto a page of its own
    DocumentRequest("progress", "องค์การบริหารส่วนตำบลเวียงห้า", 2566, round=12, layout="columns"),
    DocumentRequest("progress", "องค์การบริหารส่วนตำบลเขาสมอคอน", 2568, round=12, layout="status",
                    photos=False),
    DocumentRequest("progress", KHAM, 2566, round=6, layout="items"),
]


@pytest.mark.parametrize("request_", DEMO_TABLE_DOCS, ids=lambda r: f"{r.kind}-{r.year}-{r.layout}")
def test_demo_tables_follow_the_row_rules(demo_session, monkeypatch, request_):
    """Every split row of the demo documents keeps two lines or more on each page (or was taller
    than a page), and no page holds only a table's header and a sliver."""
    from app.reports import pages as report_pages

    placed: list[tuple[int, object]] = []
    monkeypatch.setattr(report_pages.ReportDocument, "afterFlowable",
                        lambda self, f: placed.append((self.page, f)))
    build_document(demo_session, request_)
    tables = [(p, f) for p, f in placed if isinstance(f, ThaiTable)]
    assert tables
    for (p, a), (q, b) in zip(tables, tables[1:]):
        if a._spec is b._spec and a._stop - 1 in a._over and b._start == a._stop - 1:
            r = b._start
            assert _cell_lines(a, r) >= 2 and _cell_lines(b, r) >= 2, (p, q, r)
    shown = {}
    for p, f in placed:
        if isinstance(f, (ThaiParagraph, ThaiTable)):
            shown.setdefault(p, []).append(f)
    for p, fs in shown.items():
        if len(fs) == 1 and isinstance(fs[0], ThaiTable) and fs[0]._start > 0:
            t = fs[0]
            if t._stop == len(t._spec.body):   # a table's last page and nothing else on it
                lines = sum(_cell_lines(t, r) for r in range(t._start, t._stop))
                assert lines >= 3, p
                if request_.kind == "plan":   # its last row is short: it moved whole
                    assert t._start not in t._over, p


KHAO = "องค์การบริหารส่วนตำบลเขาสมอคอน"


@pytest.mark.parametrize("layout,header", [("columns", "ขั้นตอน/วิธีปฏิบัติ"), ("items", "ขั้นตอน/วิธีปฏิบัติ"),
                                           ("status", "แนวทางการนำผลการวิเคราะห์")],
                         ids=["columns", "items", "status"])
def test_photos_after_each_group_end_their_page(demo_session, layout, header):
    """Seed 000 prints each theme's table, its photos, and starts the next theme on a new page
    with the table's header. Photos hold no table after them on their pages; they start under
    the end of their theme's table when a row of photos fits there, so the table's last lines
    are never left alone under a repeated header."""
    pdf = build_document(demo_session, DocumentRequest("progress", KHAO, 2568, round=12, layout=layout,
                                                       photos_placement="group"))
    doc = pdfium.PdfDocument(pdf)
    try:
        pages = [(sum(1 for o in pg.get_objects() if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE),
                  pg.get_textpage().get_text_range().replace(" ", "").replace("\r\n", ""))
                 for pg in doc]
        # share of each page's height down to its lowest text
        reach = []
        for pg in doc:
            tp = pg.get_textpage()
            lowest = min(tp.get_charbox(k)[1] for k in range(tp.count_chars()))
            reach.append(1 - lowest / pg.get_size()[1])
    finally:
        doc.close()
    photo_pages = [i for i, (images, _t) in enumerate(pages) if images]
    assert len(photo_pages) >= 4
    title = "ภาพประกอบผลการดำเนินงานตามมาตรการ"
    shared = 0
    for i in photo_pages:
        text = pages[i][1]
        if header in text:   # the theme's table ends above its photos, never after them
            assert text.index(header) < text.index(title), (layout, i + 1)
            shared += 1
    # the demo has a theme whose table ends with room for photos under it (not in the columns
    # layout since a row moves whole rather than let two of its cells go on overleaf)
    assert shared >= 1 or layout == "columns"
    # no page holds only a table's repeated header and its last few lines
    for i, (images, text) in enumerate(pages):
        if not images and header in text and i + 1 < len(pages) and pages[i + 1][0]:
            assert reach[i] > 0.3, (layout, i + 1, text)
    # the page after a group's photos starts the next group: its table header is on it
    after = [i + 1 for i in photo_pages if i + 1 < len(pages) and not pages[i + 1][0]]
    assert len(after) >= 3
    assert all(header in pages[i][1] for i in after), (layout, after)


def test_department_names_wider_than_their_column_break_at_inner_words(demo_session):
    """A unit's department name is never split while it fits; wider than its column
    ("กองสาธารณสุขและสิ่งแวดล้อม" in 70 pt) it breaks where it splits into words (กองสาธารณสุข|
    และสิ่งแวดล้อม), between letters only where one of those words alone is wider still, and
    no line is wider than the column."""
    from sqlalchemy import select

    from app.reports.build import _custom_words
    from app.store import models as m
    from app.typeset import set_custom_words
    from app.typeset.breaking import inner_breaks
    from app.typeset.line import measure_thai_line
    from app.typeset.paragraph import layout_runs, normalise_runs

    style = ParaStyle(register_font_set(), size=14)
    broken = 0
    try:
        for unit in demo_session.scalars(select(m.Unit)):
            set_custom_words(_custom_words(unit))
            for name in (d.name for d in unit.departments):
                inner = set(inner_breaks(name))
                words = [name[a:b] for a, b in zip([0, *sorted(inner)], [*sorted(inner), len(name)])]
                widest = max(measure_thai_line(w, style.font.regular, style.real_size) for w in words)
                for width in range(40, 160, 10):
                    lines = layout_runs(normalise_runs(name, style), style, width)
                    texts = ["".join(p.shaped.text[p.shaped.cell_char[p.c0]:p.shaped.cell_char[p.c1]]
                                     for p in ln.pieces) for ln in lines]
                    assert "".join(texts) == name
                    assert all(ln.width <= width + 0.01 for ln in lines), (name, width, texts)
                    whole = measure_thai_line(name, style.font.regular, style.real_size) <= width
                    assert len(lines) == 1 or not whole, (name, width, texts)
                    if widest <= width:
                        ends = {len("".join(texts[:k])) for k in range(1, len(texts))}
                        assert ends <= inner | {i + 1 for i, c in enumerate(name) if c == " "}, (name, texts)
                    broken += len(lines) > 1
    finally:
        set_custom_words([])
    assert broken > 10  # the demo units do have names wider than narrow columns
