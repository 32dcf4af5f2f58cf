"""Word copies: every document kind as .docx, read back by python-docx and by LibreOffice.

The demo units' documents are built as PDF and as .docx from the same requests (module-scoped). The
checks: the parts are well-formed XML that python-docx reopens; every text the PDF's story holds is
in the .docx in the same order; every entered text is there; the Thai conventions (complex-script
font and size, Thai distributed alignment, A4, landscape sections, repeating header rows, dotted
tab leaders in the memo, Thai-named styles); and, converted by LibreOffice headless, every entered
text is on the pages, the page count is within a page (or 10 %) of the program's own PDF, and no
page is wider than A4.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from app.docx import build_docx
from app.docx.styles import BODY_STYLE, HEADING_STYLE, TITLE_STYLE
from app.reports import build_document
from app.reports.build import compose
from tests.test_reports_documents import JOBS, expected_texts

ROOT = Path(__file__).resolve().parent.parent
A4_LONG = 842.0  # pt, with rounding room

# The jobs converted by LibreOffice (each kind and layout at least once).
WORD_JOBS = {name: JOBS[name] for name in (
    "muang_memo_analysis", "muang_plan", "khao_memo_progress", "khao_comparison", "khao_summary",
    "plalai_progress", "kham_progress", "kham_memo", "wiang_progress",
)}


@pytest.fixture(scope="module")
def reports_db(_demo_db_file, tmp_path_factory):
    from app.store.db import open_database

    path = tmp_path_factory.mktemp("docx") / "demo.sqlite3"
    shutil.copy(_demo_db_file, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture(scope="module")
def outputs(reports_db, tmp_path_factory):
    """name -> (pdf path, docx path in Sarabun as the PDF, docx path in the default font)."""
    out = tmp_path_factory.mktemp("word")
    paths = {}
    with reports_db.session() as session:
        for name, request in WORD_JOBS.items():
            pdf, word = out / f"{name}.pdf", out / f"{name}.docx"
            pdf.write_bytes(build_document(session, request))
            word.write_bytes(build_docx(session, request.with_(font="Sarabun")))
            default = out / f"{name}-default.docx"
            default.write_bytes(build_docx(session, request))
            paths[name] = (pdf, word, default)
    return paths


def _squash(text: str) -> str:
    return "".join(text.split())


def docx_texts(document) -> list[str]:
    """Paragraph texts in reading order: body paragraphs and tables (row by row, nested)."""
    out: list[str] = []

    def walk(element):
        for child in element.iterchildren():
            if child.tag == qn("w:p"):
                out.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
            elif child.tag in (qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:sdt"), qn("w:sdtContent")):
                walk(child)

    walk(document.element.body)
    return out


def story_texts(story) -> list[str]:
    """Every text the PDF's flowables print, in order (paragraphs, table cells, memo fields)."""
    from reportlab.platypus import KeepTogether, Table

    from app.reports.memo import MemoField, MemoFieldRow
    from app.typeset import ThaiParagraph

    out: list[str] = []

    def walk(items):
        for f in items:
            if isinstance(f, (list, tuple)):
                walk(f)
            elif isinstance(f, str):
                out.append(f)
            elif isinstance(f, ThaiParagraph):
                out.append(f.text)
            elif isinstance(f, KeepTogether):
                walk(f._content)
            elif isinstance(f, Table):
                for row in f._cellvalues:
                    walk(row)
            elif isinstance(f, MemoField):
                out.append(f.text)
            elif isinstance(f, MemoFieldRow):
                out.extend(text for _label, text in f.fields)

    walk(story)
    return [t for t in out if t.strip()]


def out_of_order(root) -> list[str]:
    """Property elements whose children break the schema's sequence (Word refuses such files)."""
    from app.docx.ooxml import SEQUENCES, _tag_name

    bad = []
    for parent_tag, order in SEQUENCES.items():
        for parent in root.iter(qn(parent_tag)):
            ranks = [order.index(_tag_name(c)) for c in parent if _tag_name(c) in order]
            if ranks != sorted(ranks):
                bad.append(f"{parent_tag}: {[_tag_name(c) for c in parent]}")
    return bad


@pytest.mark.parametrize("name", sorted(WORD_JOBS))
def test_parts_are_well_formed_and_reopen(outputs, name):
    for path in outputs[name][1:]:
        with zipfile.ZipFile(path) as z:
            for part in z.namelist():
                if part.endswith(".xml") or part.endswith(".rels"):
                    root = etree.fromstring(z.read(part))  # raises on malformed XML
                    assert not out_of_order(root), (part, out_of_order(root)[:3])
        reopened = docx.Document(str(path))
        assert reopened.paragraphs, path


@pytest.mark.parametrize("name", sorted(WORD_JOBS))
def test_every_text_of_the_pdf_is_in_the_docx_in_order(reports_db, outputs, name):
    with reports_db.session() as session:
        job = compose(session, WORD_JOBS[name], font="Sarabun")
        entered = expected_texts(session, name)
    wanted = story_texts(job.story)
    assert len(wanted) > 10
    text = _squash("".join(docx_texts(docx.Document(str(outputs[name][1])))))
    pos, missing = 0, []
    for t in wanted:
        k = text.find(_squash(t), pos)
        if k < 0:
            missing.append(t)
        else:
            pos = k + len(_squash(t))
    assert not missing, missing[:5]
    absent = [t for t in entered if _squash(t) not in text]
    assert not absent, absent[:5]


def test_thai_office_conventions(outputs):
    word = docx.Document(str(outputs["muang_memo_analysis"][2]))
    # Thai-named styles an officer can restyle, in TH SarabunIT๙ 16 pt by default
    names = {s.name for s in word.styles}
    assert {BODY_STYLE, HEADING_STYLE, TITLE_STYLE, "บันทึกข้อความ"} <= names
    body = word.styles[BODY_STYLE].element
    fonts = body.find(qn("w:rPr")).find(qn("w:rFonts"))
    assert fonts.get(qn("w:cs")) == "TH SarabunIT๙"
    assert body.find(qn("w:rPr")).find(qn("w:szCs")).get(qn("w:val")) == "32"
    assert body.find(qn("w:pPr")).find(qn("w:jc")).get(qn("w:val")) == "thaiDistribute"
    # A4; the memo is its own part: page numbers restart and its first page has none
    first = word.sections[0]
    assert abs(first.page_width.pt - 595.3) < 1 and abs(first.page_height.pt - 841.9) < 1
    assert first.different_first_page_header_footer
    assert "PAGE" in first.header._element.xml
    # the memo's fields end in dotted tab leaders to the right margin
    memo_field = next(p for p in word.paragraphs if p.text.startswith("ส่วนราชการ"))
    leaders = [t.leader for t in memo_field.paragraph_format.tab_stops]
    assert any(str(leader).endswith("DOTS (1)") for leader in leaders)
    # the plan goes on landscape sections with header rows that repeat
    plan = docx.Document(str(outputs["muang_plan"][2]))
    assert any(s.page_width > s.page_height for s in plan.sections)
    assert plan.tables and plan.tables[0].rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    # a part that turns landscape goes on numbering its pages; the next part starts again at 1
    progress = docx.Document(str(outputs["wiang_progress"][2]))
    starts = [s._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) for s in progress.sections]
    # (seed 001's unit asks for a cover page: a part of its own, before the report)
    assert starts[:2] == ["1", "1"] and len(starts) > 2 and all(v is None for v in starts[2:])
    assert progress.sections[1].page_height > progress.sections[1].page_width
    assert progress.sections[2].page_width > progress.sections[2].page_height


def test_sarabun_when_asked_for(outputs):
    word = docx.Document(str(outputs["kham_memo"][1]))
    fonts = word.styles[BODY_STYLE].element.find(qn("w:rPr")).find(qn("w:rFonts"))
    assert fonts.get(qn("w:cs")) == "Sarabun"
    # sized as the PDF sizes Sarabun: 16 TH points look like 11 pt
    assert word.styles[BODY_STYLE].element.find(qn("w:rPr")).find(qn("w:szCs")).get(qn("w:val")) == "22"


def test_photos_are_pictures_in_a_grid(outputs):
    word = docx.Document(str(outputs["khao_memo_progress"][1]))
    pictures = [t for t in word.tables if t._tbl.xpath(".//pic:pic")]
    assert pictures, "photo grid missing"


# --- LibreOffice -----------------------------------------------------------------------------------

def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="module")
def converted(outputs, tmp_path_factory):
    """The Sarabun .docx files converted to PDF by LibreOffice headless in one call."""
    soffice = _soffice()
    if soffice is None:
        pytest.skip("LibreOffice is not installed (make sysdeps installs libreoffice-writer-nogui)")
    work = tmp_path_factory.mktemp("lo")
    conf = work / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f'<dir>{ROOT / "resources" / "fonts"}</dir><cachedir>{work / "cache"}</cachedir></fontconfig>',
        encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), HOME=str(work))
    files = [str(outputs[name][1]) for name in sorted(outputs)]
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{work / 'profile'}",
                    "--convert-to", "pdf", "--outdir", str(work / "out"), *files],
                   check=True, capture_output=True, env=env, timeout=600)
    return {name: work / "out" / f"{name}.pdf" for name in outputs}


def _pages(pdf: Path) -> list[tuple[float, float]]:
    import pypdf

    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in pypdf.PdfReader(str(pdf)).pages]


@pytest.mark.parametrize("name", sorted(WORD_JOBS))
def test_libreoffice_pages_match_the_pdf(outputs, converted, name):
    ours, theirs = _pages(outputs[name][0]), _pages(converted[name])
    slack = max(1, round(0.1 * len(ours)))
    # LibreOffice splits any row; the PDF moves a row whole rather than let two of its cells go on
    # overleaf (every reader reads each cell whole, app/typeset/rowsplit.py): it may run longer
    assert -2 * slack <= len(theirs) - len(ours) <= slack, (len(ours), len(theirs))
    assert all(max(w, h) <= A4_LONG and min(w, h) <= 596 for w, h in theirs)


def _page_texts(pdf: Path) -> list[str]:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        return [_squash(doc[i].get_textpage().get_text_range()) for i in range(len(doc))]
    finally:
        doc.close()


PAGE_NUMBER = re.compile(r"^-[0-9๐-๙]+-")


def found_across_pages(text: str, pages: list[str]) -> bool:
    """``text`` in the pages' text flow (page numbers left out), or its start at the end of a
    page and the rest on the next page (a table cell split by a page break, with the repeated
    header rows in between)."""
    t = _squash(text)
    if t in "".join(PAGE_NUMBER.sub("", page) for page in pages):
        return True
    for page, following in zip(pages, pages[1:]):
        for k in range(len(t) - 1, 3, -1):
            if t[:k] in page and t[k:] in following:
                return True
    return False


@pytest.mark.parametrize("name", sorted(WORD_JOBS))
def test_libreoffice_prints_every_entered_text(reports_db, converted, name):
    pages = _page_texts(converted[name])
    with reports_db.session() as session:
        entered = expected_texts(session, name)
    absent = [t for t in entered if not found_across_pages(t, pages)]
    assert not absent, absent[:5]


# --- the command line and the window -------------------------------------------------------------

def test_command_line_writes_docx(reports_db, tmp_path):
    from app.cli import main

    target = tmp_path / "plan.docx"
    rc = main(["report", "plan", "--unit", JOBS["muang_plan"].unit, "--year", "2569",
               "--db", str(reports_db.path), "-o", str(target)])
    assert rc == 0
    assert docx.Document(str(target)).tables


@pytest.mark.gui
def test_documents_page_saves_word(qtbot, reports_db, tmp_path):
    from app.services.units import list_units
    from ui.context import UiContext
    from ui.pages.documents import DocumentsPage

    ctx = UiContext(reports_db)
    unit = JOBS["muang_plan"].unit
    with reports_db.session() as session:
        ctx.select(next(u.id for u in list_units(session) if u.name == unit), 2569)
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    page.set_kind("plan")
    target = tmp_path / "copy.docx"
    with qtbot.waitSignal(page.word.saved, timeout=60000):
        assert page.word.save(target) is not None
    page.word.runner.wait(30000)
    texts = "".join(docx_texts(docx.Document(str(target))))
    assert "มาตรการส่งเสริมคุณธรรม" in texts and unit in texts
    assert target.name in page.status_label.text()
