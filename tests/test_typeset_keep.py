"""Keep-with-next and widow/orphan control: a heading stays with the first lines of what follows
without dragging all of it to the next page; no paragraph leaves a single line on either page."""
from __future__ import annotations

import io

import pytest
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, SimpleDocTemplate

from app.typeset import ParaStyle, ThaiParagraph, ThaiTable, register_font_set
from app.typeset.keep import KeepWithNext

LEAD = 20.0
WIDTH = 300.0
BODY_TEXT = ("องค์การบริหารส่วนตำบลได้ดำเนินการจัดทำแผนงานเสริมสร้างคุณธรรมจริยธรรมเพื่อป้องกันการทุจริต "
             "และเผยแพร่ข้อมูลข่าวสารทางเว็บไซต์ของหน่วยงานให้ประชาชนตรวจสอบได้ ") * 4
HEADING_TEXT = "ประเด็นที่ ๒ การเปิดเผยข้อมูล"


@pytest.fixture(scope="module")
def fs():
    return register_font_set()


@pytest.fixture(scope="module")
def body(fs):
    return ParaStyle(fs, size=16, leading=LEAD, align="justify")


@pytest.fixture(scope="module")
def heading(body):
    return body.replace(bold=True, align="left", keep_with_next=True)


def _text(f: ThaiParagraph) -> str:
    return "".join(p.shaped.text[p.shaped.cell_char[p.c0]:p.shaped.cell_char[p.c1]]
                   for ln in f._lines for p in ln.pieces)


class _Doc(BaseDocTemplate):
    """One frame of ``lines`` lines of LEAD, no padding; records what lands on which page."""

    def __init__(self, path, lines: int, **kw):
        h = lines * LEAD
        super().__init__(path if hasattr(path, "write") else str(path), pagesize=(WIDTH + 100, h + 100), **kw)
        frame = Frame(50, 50, WIDTH, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("p", [frame])])
        self.frame_bottom = 50.0
        self.placed: list[tuple[int, object, float]] = []  # (page, flowable, frame y after it)

    def afterFlowable(self, f):
        if isinstance(f, (ThaiParagraph, ThaiTable)):
            self.placed.append((self.page, f, self.frame._y))

    def pages(self) -> dict[int, list]:
        out: dict[int, list] = {}
        for page, f, _y in self.placed:
            out.setdefault(page, []).append(f)
        return out

    def bottom_gap(self, page: int) -> float:
        """Empty height left at the bottom of ``page``."""
        return min(y for p, _f, y in self.placed if p == page) - self.frame_bottom


def _lines(f) -> int:
    return len(f._lines)


def _filler(style, n: int) -> list[ThaiParagraph]:
    return [ThaiParagraph(f"บรรทัดเติมหน้าที่ {i + 1}", style) for i in range(n)]


def _body_lines(body) -> int:
    p = ThaiParagraph(BODY_TEXT, body)
    p.wrap(WIDTH, 1e6)
    return _lines(p)


# --- heading at the bottom of a page ----------------------------------------------------------------

@pytest.mark.parametrize("room", [1, 2, 3, 4, 6])
def test_heading_keeps_first_two_lines_of_next_paragraph(tmp_path, body, heading, room):
    """``room`` lines are left on page 1 when the heading comes. With room for the heading and two
    lines of the paragraph it stays there and the paragraph continues on page 2; with less, the
    heading goes to page 2 with the paragraph and page 1 keeps no more empty lines than that."""
    n_body = _body_lines(body)
    assert n_body >= 9
    frame_lines = max(12, n_body + 1)  # heading and paragraph fit one frame
    doc = _Doc(tmp_path / f"kwn{room}.pdf", frame_lines)
    story = _filler(body, frame_lines - room) + [ThaiParagraph(HEADING_TEXT, heading),
                                                   ThaiParagraph(BODY_TEXT, body)]
    doc.build(story)
    pages = doc.pages()
    head_page = next(p for p, fl in pages.items() if any(_text(f) == HEADING_TEXT for f in fl))
    if room >= 3:
        assert head_page == 1
        page1_body = pages[1][-1]
        assert _lines(page1_body) == room - 1          # the page is filled
        assert doc.bottom_gap(1) == pytest.approx(0, abs=1e-3)
        assert _lines(pages[2][0]) == n_body - (room - 1)
    else:
        assert head_page == 2
        assert _text(pages[2][0]) == HEADING_TEXT
        assert _lines(pages[2][1]) == n_body           # the paragraph follows its heading whole
        assert doc.bottom_gap(1) == pytest.approx(room * LEAD, abs=1e-3)  # only the lines it lacked


def test_heading_with_report_spacing(tmp_path, body, heading):
    """With spaces before and after (as the documents' styles have), the heading moves only when
    it and two lines of its paragraph cannot fit: the gap left is less than that."""
    h_style = heading.replace(space_before=10, space_after=2)
    b_style = body.replace(space_before=4, first_indent=40)
    need = 10 + LEAD + 2 + 4 + 2 * LEAD
    for filler in range(8, 12):
        doc = _Doc(io.BytesIO(), 12)
        doc.build(_filler(body, filler) + [ThaiParagraph(HEADING_TEXT, h_style),
                                           ThaiParagraph(BODY_TEXT, b_style)])
        pages = doc.pages()
        heads = [p for p, fl in pages.items() for f in fl if _text(f) == HEADING_TEXT]
        room = (12 - filler) * LEAD
        if room >= need:
            assert heads == [1], filler
            assert _lines(pages[1][-1]) >= 2
        else:
            assert heads == [2], filler
            assert doc.bottom_gap(1) < need


def test_heading_keeps_table_header_and_first_row(tmp_path, body, heading):
    """Before a table, the heading needs room for itself, the header row and the first row."""
    rows = [["ลำดับ", "มาตรการ", "ผู้รับผิดชอบ"]] + [[str(i), "เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์", "สำนักปลัด"]
                                                   for i in range(1, 30)]
    probe = ThaiTable(rows, [1, 4, 2], style=body.replace(align="left"))
    probe.wrap(WIDTH, 1e6)
    need = LEAD + probe._rowHeights[0] + probe._rowHeights[1]
    assert sum(probe._rowHeights) > 2 * need
    frame_lines = 30
    fits = int((frame_lines * LEAD - need) // LEAD)   # filler lines that leave room for ``need``
    for filler, stays in ((fits, True), (fits + 1, False)):
        room = (frame_lines - filler) * LEAD
        assert (room >= need) == stays
        doc = _Doc(tmp_path / "table.pdf", frame_lines)
        doc.build(_filler(body, filler) + [ThaiParagraph(HEADING_TEXT, heading),
                                           ThaiTable(rows, [1, 4, 2], style=body.replace(align="left"))])
        pages = doc.pages()
        head_page = next(p for p, fl in pages.items() for f in fl
                         if isinstance(f, ThaiParagraph) and _text(f) == HEADING_TEXT)
        if stays:
            assert head_page == 1
            table1 = pages[1][-1]
            assert isinstance(table1, ThaiTable) and table1._nrows >= 2   # header + first row(s)
            assert doc.bottom_gap(1) < probe._rowHeights[1]
        else:
            assert head_page == 2
            assert doc.bottom_gap(1) == pytest.approx(room, abs=1e-3)
            assert doc.bottom_gap(1) < need


def test_heading_keeps_two_lines_of_a_tall_first_row(body, heading):
    """A first row taller than the room left is split inside: the heading needs room for the
    header and two lines of that row only."""
    rows = [["ลำดับ", "มาตรการ", "ผู้รับผิดชอบ"], ["๑", BODY_TEXT, "สำนักปลัด"]]
    rows += [[str(i), "เผยแพร่ข้อมูล", "สำนักปลัด"] for i in range(2, 10)]
    cell = body.replace(align="left")
    probe = ThaiTable(rows, [1, 4, 2], style=cell)
    probe.wrap(WIDTH, 1e6)
    pads = 2 * 4
    need = LEAD + probe._rowHeights[0] + pads + 2 * LEAD
    assert probe._rowHeights[1] > 4 * need
    fits = int((30 * LEAD - need) // LEAD)
    for filler, stays in ((fits, True), (fits + 1, False)):
        doc = _Doc(io.BytesIO(), 30)
        doc.build(_filler(body, filler) + [ThaiParagraph(HEADING_TEXT, heading),
                                           ThaiTable(rows, [1, 4, 2], style=cell)])
        pages = doc.pages()
        head_page = next(p for p, fl in pages.items() for f in fl
                         if isinstance(f, ThaiParagraph) and _text(f) == HEADING_TEXT)
        assert head_page == (1 if stays else 2)
        if stays:
            first = pages[1][-1]
            assert isinstance(first, ThaiTable) and first._nrows == 2   # header + part of row 1
            assert doc.bottom_gap(1) < LEAD
        else:
            assert doc.bottom_gap(1) < need


def test_documents_get_keep_with_next_without_changes(tmp_path, body, heading):
    """Any doc template our flowables are laid out in groups keep-with-next flowables with
    KeepWithNext; a template's own choice is left alone."""
    doc = SimpleDocTemplate(str(tmp_path / "a.pdf"))
    doc.build([ThaiParagraph("ก", body)])
    assert doc.keepTogetherClass is KeepWithNext

    class Mine(KeepTogether):
        pass

    doc = SimpleDocTemplate(str(tmp_path / "b.pdf"), keepTogetherClass=Mine)
    doc.build([ThaiParagraph("ก", body)])
    assert doc.keepTogetherClass is Mine


# --- widows and orphans -----------------------------------------------------------------------------

def _para_lines(body, n: int) -> ThaiParagraph:
    """A paragraph of exactly ``n`` lines at WIDTH."""
    text = "\n".join(f"บรรทัดที่ {i + 1} ของย่อหน้า" for i in range(n))
    p = ThaiParagraph(text, body.replace(align="left"))
    p.wrap(WIDTH, 1e6)
    assert _lines(p) == n
    return p


@pytest.mark.parametrize("total,room,expect", [
    (5, 1, None),      # orphan: the whole paragraph goes on
    (5, 4, (3, 2)),    # widow: one more line goes with the last
    (5, 3, (3, 2)),
    (5, 2, (2, 3)),
    (4, 3, (2, 2)),
    (4, 1, None),
    (3, 2, None),      # 2+1 and 1+2 both leave a single line: kept together
    (2, 1, None),      # two lines: kept together
    (12, 11, (10, 2)),
])
def test_split_never_leaves_a_single_line(body, total, room, expect):
    p = _para_lines(body, total)
    parts = p.split(WIDTH, room * LEAD + 0.5)
    got = None if not parts else tuple(_lines(f) for f in parts)
    assert got == expect


@pytest.mark.parametrize("total,room,expect", [
    (5, 1, [(2, 5)]),           # orphan avoided
    (5, 4, [(1, 3), (2, 2)]),   # widow avoided
    (3, 2, [(2, 3)]),
    (2, 1, [(2, 2)]),
    (7, 6, [(1, 5), (2, 2)]),
    (6, 3, [(1, 3), (2, 3)]),   # nothing to avoid: the page is filled
])
def test_widow_orphan_on_pages(tmp_path, body, total, room, expect):
    """The same rule when a document is laid out: a frame with ``room`` lines left on page 1;
    page 1 keeps empty only the lines the rule needs."""
    frame_lines = 10
    doc = _Doc(tmp_path / "wo.pdf", frame_lines)
    doc.build(_filler(body, frame_lines - room) + [_para_lines(body, total)])
    target = [(p, _lines(f)) for p, f, _y in doc.placed if "ย่อหน้า" in _text(f)]
    assert target == expect
    on_first = sum(n for p, n in target if p == 1)
    assert doc.bottom_gap(1) == pytest.approx((room - on_first) * LEAD, abs=1e-3)


def test_paragraph_taller_than_a_page_still_splits(tmp_path, body):
    """A frame too short for the rule (one line) does not make a LayoutError."""
    doc = _Doc(tmp_path / "tiny.pdf", 1)
    doc.build([_para_lines(body, 3)])
    assert [_lines(f) for _p, f, _y in doc.placed] == [1, 1, 1]
