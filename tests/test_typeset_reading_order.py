"""Reading order across page breaks (issue 13 §5, app/typeset/readingorder.py): readers read a page
in drawing order, so a text that continues on the next page is read whole only if nothing is drawn
between its two parts: the page number drawn at the page's end, a table's repeated header, the
other continuing cell of a split row, a one-line cell that pdfium sorts into the first line.

Each document below is built the way the reports are (app/reports/pages.py, page numbers from
page 2) and read by every reader; each first checks that the page break does fall where the
mechanism is needed.
"""
from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from app.reports.pages import PORTRAIT, PartStart, build_pdf
from app.reports.styles import Styles
from app.typeset import ThaiTable, register_font_set
from tests.readers_util import READERS, extract, joined, missing_reader, reads_exactly

WORDS = ("การประเมินคุณธรรมและความโปร่งใส", "ในการดำเนินงานของหน่วยงานภาครัฐ", "ประจำปีงบประมาณ",
         "องค์การบริหารส่วนตำบล", "จัดทำคู่มือการปฏิบัติงาน", "เผยแพร่ทางเว็บไซต์ของหน่วยงาน",
         "ผู้บริหารต้องให้ความสำคัญ", "ติดตามสอดส่องผู้ใต้บังคับบัญชา")


def _tag(seed: int, word: str) -> str:
    return word + "".join("กขคฆงจฉชซญ"[int(d)] for d in f"{seed:03d}")


def _text(n: int, seed: int) -> str:
    """``n`` phrases between a start and an end tag of their own (``seed``)."""
    body = [WORDS[(seed * 3 + i * (seed % 5 + 1)) % len(WORDS)] for i in range(n)]
    return " ".join([_tag(seed, "เริ่ม")] + body + [_tag(seed, "จบ")])


def _fillers(st: Styles, count: int, seed: int = 0) -> list:
    return [st.p(f"บรรทัดนำ {_text(2, 500 + seed + k)}") for k in range(count)]


def _build(story: list, st: Styles, path) -> None:
    path.write_bytes(build_pdf([PartStart("doc")] + story, st, PORTRAIT, title="ทดสอบ", author="ทดสอบ",
                               subject="ทดสอบ"))


def _table(st: Styles, rows: list, ratios: list[float]) -> ThaiTable:
    return ThaiTable([["มาตรการ", "ผู้รับผิดชอบ", "หมายเหตุ"][:len(ratios)]] + rows, ratios, style=st.cell)


def _pages(path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    try:
        return ["".join(pg.get_textpage().get_text_range().split()) for pg in doc]
    finally:
        doc.close()


def _spans(path, text: str) -> list[int]:
    """The pages (from 1) holding the start and the end of ``text`` (its first and last tags)."""
    words = text.split()
    pages = _pages(path)
    return [next(i + 1 for i, p in enumerate(pages) if words[0] in p),
            next(i + 1 for i, p in enumerate(pages) if words[-1] in p)]


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    """name -> (pdf path, the texts that must be read whole, what the layout must show)."""
    st = Styles(register_font_set(), True)
    out = tmp_path_factory.mktemp("reading")
    docs = {}

    # a paragraph that runs from page 2 onto page 3: page 2's number was drawn after it
    para = _text(40, 1)
    path = out / "paragraph.pdf"
    _build(_fillers(st, 50) + [st.p(para)], st, path)
    docs["paragraph"] = (path, [para])

    # one entered text of several paragraphs (st.paras) across the foot of page 2
    many = "\n".join(_text(7, 10 + k) for k in range(12))
    path = out / "paragraphs.pdf"
    _build(_fillers(st, 46) + st.paras(many), st, path)
    docs["paragraphs"] = (path, [many])

    # rows whose long first cell splits across pages, beside a one-line cell: page 3 repeats the
    # header, and pdfium sorted the one-line cell into the first line of the continuing cell
    rows = [[_text(18, 20 + k), "กองคลัง", ""] for k in range(6)]
    path = out / "split_row.pdf"
    _build(_fillers(st, 44) + [_table(st, rows, [5, 2, 2])], st, path)
    docs["split_row"] = (path, [r[0] for r in rows])

    # rows with two long cells: one cell at most may continue overleaf (A1 B1 | A2 B2)
    rows = [[_text(16, 30 + k), _text(9, 40 + k), "๑ ต.ค."] for k in range(6)]
    path = out / "two_cells.pdf"
    _build(_fillers(st, 44) + [_table(st, rows, [4, 4, 1])], st, path)
    docs["two_cells"] = (path, [c for r in rows for c in r[:2]])

    # a cell taller than a page: the middle page is all inside it, header and number included
    tall = _text(160, 50)
    path = out / "tall_cell.pdf"
    _build(_fillers(st, 30) + [_table(st, [[tall, "กองช่าง", ""]], [5, 2, 2])], st, path)
    docs["tall_cell"] = (path, [tall])

    # one entered text longer than a page: the page inside it has no place for its number
    long = "\n".join(_text(8, 60 + k) for k in range(40))
    path = out / "long_text.pdf"
    _build(_fillers(st, 30) + st.paras(long), st, path)
    docs["long_text"] = (path, [long])
    return docs


def test_the_breaks_fall_where_they_matter(documents):
    """Each document has the page break its case is about (else the reading test proves nothing)."""
    path, (para,) = documents["paragraph"]
    assert _spans(path, para) == [2, 3]
    path, (many,) = documents["paragraphs"]
    first, last = _spans(path, many)
    assert first == 2 and last == 3
    path, cells = documents["split_row"]
    assert any(a != b for a, b in (_spans(path, c) for c in cells))   # a row split across pages
    path, cells = documents["two_cells"]
    assert _spans(path, cells[0])[0] < _spans(path, cells[-1])[1]   # the table runs over pages
    path, (tall,) = documents["tall_cell"]
    first, last = _spans(path, tall)
    assert last - first >= 2   # a page wholly inside the cell
    path, (long,) = documents["long_text"]
    first, last = _spans(path, long)
    assert last - first >= 2


def test_split_row_has_one_continuing_cell(documents):
    """Of a row with two long cells, at most one is on both sides of a page break."""
    path, cells = documents["two_cells"]
    for a, b in zip(cells[::2], cells[1::2]):
        assert not (len(set(_spans(path, a))) == 2 and len(set(_spans(path, b))) == 2), a[:30]


@pytest.fixture(params=READERS)
def reader(request):
    why = missing_reader(request.param)
    if why:
        pytest.skip(f"{request.param}: {why}")
    return request.param


@pytest.mark.parametrize("name", ["paragraph", "paragraphs", "split_row", "two_cells", "tall_cell",
                                  "long_text"])
def test_text_across_a_page_is_read_whole(documents, reader, name):
    path, texts = documents[name]
    text, joins = joined(extract(reader, [path])[path])
    wrong = [t[:40] for t in texts if not reads_exactly(t, text, joins)]
    assert not wrong, (reader, name, wrong)


def test_page_numbers_and_headers_are_still_there(documents):
    """The furniture moved in the stream, not on the page: every page from 2 shows its number
    (read as text where a text does not run through the page, drawn as shapes where it does), and
    a page inside a tall cell still shows the repeated header."""
    for name, (path, texts) in documents.items():
        pages = _pages(path)
        first, last = _spans(path, texts[0])
        doc = pdfium.PdfDocument(str(path))
        try:
            for i in range(1, len(pages)):
                number = "-" + "๐๑๒๓๔๕๖๗๘๙"[i + 1] + "-"
                img = doc[i].render(scale=1).to_pil().convert("L")
                w, _h = img.size
                top = img.crop((int(w / 2 - 30), 18, int(w / 2 + 30), 40))
                assert top.getextrema()[0] < 100, (name, i + 1)   # the number is drawn
                inside = name in ("tall_cell", "long_text") and first < i + 1 < last
                assert (number in pages[i]) != inside, (name, i + 1)
                if name == "tall_cell" and inside:
                    assert "มาตรการ" not in pages[i]
                    header = img.crop((80, 60, 300, 90))
                    assert header.getextrema()[0] < 100, (name, i + 1)   # the header is drawn
        finally:
            doc.close()
