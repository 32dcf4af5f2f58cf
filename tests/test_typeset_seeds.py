"""Every paragraph of the five seed reports, laid out justified on A4 and as cells of a landscape
table, must extract exactly: no private-use characters, ำ whole, no mid-word breaks (pdfium, through
tests.pdfcheck); and the paragraphs copy exactly in pdfium, poppler and pypdf alike."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate

from app.typeset import ParaStyle, ThaiParagraph, ThaiTable, register_font_set
from app.typeset.debug import read_paragraphs
from tests.pdfcheck import check_pdf

SEEDS = sorted((Path(__file__).parent / "data" / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def paragraphs():
    paras = []
    for p in SEEDS:
        paras += read_paragraphs(p)
    assert len(paras) > 150
    return paras


def _doc(path, pagesize):
    return SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=3 * cm, rightMargin=2 * cm,
                             topMargin=2 * cm, bottomMargin=2 * cm)


@pytest.fixture(scope="module")
def paragraph_pdf(paragraphs, tmp_path_factory):
    style = ParaStyle(register_font_set(), size=16, first_indent=2.5 * cm)
    path = tmp_path_factory.mktemp("seeds") / "paragraphs.pdf"
    _doc(path, A4).build([ThaiParagraph(p, style) for p in paragraphs])
    return path


@pytest.fixture(scope="module")
def table_pdf(paragraphs, tmp_path_factory):
    style = ParaStyle(register_font_set(), size=16, align="justify")
    header = ["ตัวชี้วัด", "มาตรการ", "ผลการวิเคราะห์", "ขั้นตอน/วิธีการ", "ระยะเวลา", "ผู้รับผิดชอบ"]
    rows = [header] + [paragraphs[i:i + 6] for i in range(0, len(paragraphs), 6)]
    path = tmp_path_factory.mktemp("seeds") / "table.pdf"
    _doc(path, landscape(A4)).build([ThaiTable(rows, [1, 2, 2, 2, 1, 1], style=style)])
    return path


@pytest.mark.parametrize("which", ["paragraph_pdf", "table_pdf"])
def test_seed_text_extracts_exactly(which, paragraphs, request):
    path = request.getfixturevalue(which)
    r = check_pdf(path, paragraphs)
    assert r.pua == 0
    assert r.split_am == 0
    # verbatim, a table cell continued on the next page included (app/typeset/readingorder.py)
    assert r.missing == []
    assert r.cluster == 0, r.bad_breaks[:10]
    assert r.midword == 0, r.bad_breaks[:10]
    assert r.breaks > 100  # the check did look at line breaks


def _joined(text: str) -> tuple[str, set[int]]:
    """An extraction's lines joined without separator, runs of blanks made one space; and the
    offsets where two lines were joined (where a line wrapped)."""
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln.strip())
             for ln in re.split(r"[\r\n\x0c]+", text)]
    out, joins, n = [], set(), 0
    for ln in filter(None, lines):
        if out:
            joins.add(n)
        out.append(ln)
        n += len(ln)
    return "".join(out), joins


def _reads_exactly(source: str, text: str, joins: set[int]) -> bool:
    """Whether ``text`` contains the paragraph ``source`` (blanks made one space) character for
    character, where only this may differ: a space of the source may be missing where a line
    wrapped (the break was at that space; the end of the text counts as one). Every "-" must be
    read as typed (no line ends in one that a reader takes for hyphenation and drops or reads as
    U+FFFE). Nothing may be added: a space inside a Thai word, a reordered mark or a split ำ makes
    it fail."""
    p = re.sub(r"\s+", " ", source.strip())
    start = text.find(p[:8])
    while start >= 0:
        i, j = 0, start
        while i < len(p):
            if j < len(text) and p[i] == text[j]:
                i, j = i + 1, j + 1
            elif p[i] == " " and (j in joins or j == len(text)):
                i += 1
            else:
                break
        if i == len(p):
            return True
        start = text.find(p[:8], start + 1)
    return False


def _extractions(path) -> dict[str, str]:
    import pypdf
    import pypdfium2 as pdfium

    out = {"pdfium": "\n".join(pg.get_textpage().get_text_range() for pg in pdfium.PdfDocument(str(path))),
           "pypdf": "\n".join(pg.extract_text() for pg in pypdf.PdfReader(str(path)).pages)}
    if shutil.which("pdftotext"):
        out["poppler"] = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                                        capture_output=True, text=True, check=True).stdout
    return out


def test_paragraphs_copy_exactly_in_every_extractor(paragraph_pdf, paragraphs):
    extractions = _extractions(paragraph_pdf)
    assert "poppler" in extractions, "pdftotext (poppler-utils) is needed for this test"
    for name, raw in extractions.items():
        text, joins = _joined(raw)
        assert not any(0xE000 <= ord(c) <= 0xF8FF for c in raw), name
        assert "\u0e4d\u0e32" not in raw, name
        missing = [p[:50] for p in paragraphs if not _reads_exactly(p, text, joins)]
        assert missing == [], f"{name}: {len(missing)} paragraphs not read exactly: {missing[:3]}"


def test_fonts_are_embedded_subsets(paragraph_pdf):
    from pypdf import PdfReader

    reader = PdfReader(str(paragraph_pdf))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    ours = [k for k in fonts if "Sarabun" in fonts[k].get_object()["/BaseFont"]]
    assert ours
    for k in ours:
        assert "+" in fonts[k].get_object()["/BaseFont"]  # a subset
        desc = fonts[k].get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in desc
