"""The held-out unit (tests/data/heldout_unit/, never used to tune the documents): imported from its
exchange file through the command line, every document kind and layout built, and each held to
the strict check the demo units are held to (tests/test_typeset_strict.py); its bad variants are
refused in Thai naming the field, with nothing written.

``python -m tests.heldout_corpus OUT_DIR`` prints the same figures per document.
"""
from __future__ import annotations

import copy
import json
import zipfile

import pytest
from sqlalchemy import func, select

from app.store import models as m
from tests import document_corpus as corpus
from tests import heldout_corpus as heldout
from tests.test_reports_documents import found_in_table_lines

ROOT = heldout.DATA.parent.parent.parent

CHECK = corpus.checker()


@pytest.fixture(scope="module")
def heldout_db(tmp_path_factory):
    """A fresh database holding the held-out unit, imported with ``python -m app import``."""
    from app.cli import main
    from app.store.db import open_database

    folder = tmp_path_factory.mktemp("heldout")
    path = folder / "heldout.sqlite3"
    assert main(["import", str(heldout.exchange_file(folder / "heldout.itaz")), "--db", str(path)]) == 0
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture(scope="module")
def documents(heldout_db, tmp_path_factory):
    """(job name, strict figures, expected texts, pdf path) of every document of the unit."""
    from app.reports import build_document

    if CHECK is None:
        pytest.skip("shared/tools/thai_pdf_check.py is not beside the checkout")
    out = tmp_path_factory.mktemp("heldout-docs")
    rows = []
    with heldout_db.session() as session:
        for job in heldout.jobs(session):
            pdf = out / f"{job.name}.pdf"
            pdf.write_bytes(build_document(session, job.request))
            texts = corpus.expected_texts(session, job.request)
            r = CHECK.check(str(pdf), texts, corpus.protected_names(session, job.request), strict=True)
            rows.append((job.name, r, texts, pdf))
    return rows


def test_the_import_holds_the_whole_unit(heldout_db):
    with heldout_db.session() as s:
        unit = s.scalar(select(m.Unit))
        assert unit.name == heldout.UNIT_NAME and unit.kind == "เทศบาลเมือง"
        assert len(unit.departments) == 9 and {s.role for s in unit.signers} >= {"officer", "chief", "head"}
        assert sorted(a.fiscal_year for a in unit.assessments) == [2567, 2568]
        assert all(a.item_scores and a.indicator_scores for a in unit.assessments)
        (plan,) = unit.plans
        assert len(plan.measures) == 10
        assert {p.round for ms in plan.measures for p in ms.progress} == {6, 12}
        assert s.scalar(select(func.count(m.Photo.id))) == 3
        assert len(unit.memos) == 4


def test_every_kind_and_layout_is_built(documents):
    names = {name for name, *_ in documents}
    assert names == {
        "h_analysis_2567", "h_analysis_2568", "h_comparison_2568", "h_plan_indicator_2569",
        "h_plan_theme_2569", "h_summary_2569",
        *(f"h_progress_{layout}_2569_{rnd}" for layout in ("columns", "items", "status") for rnd in (6, 12)),
        "h_memo_analysis_2568", "h_memo_plan_2569", "h_memo_progress_2569_6", "h_memo_progress_2569_12",
    }
    assert all(r["pages"] >= 1 for _n, r, *_ in documents)


def test_breaks_fall_between_words(documents):
    breaks = sum(r["breaks"] for _n, r, *_ in documents)
    inword = sum(r["inword"] for _n, r, *_ in documents)
    assert breaks > 800  # the check did look at wrapped lines
    bad = [(n, r["bad_breaks"]) for n, r, *_ in documents if r["inword"]]
    assert inword <= 0.01 * breaks, (inword, breaks, bad)


@pytest.mark.parametrize("figure", ["pua", "split_am", "midword", "cluster", "protected", "compound"])
def test_no_other_fault(documents, figure):
    bad = {n: r["bad_breaks"][:5] for n, r, *_ in documents if r[figure]}
    assert not bad, (figure, bad)


def test_every_text_is_found(documents):
    """Verbatim, or, for a table row split across pages, read in order across the lines with the
    page's furniture and neighbouring cells between its parts (as for the demo units)."""
    missing = {}
    for name, r, texts, path in documents:
        _pages, lines = CHECK.extract_lines(str(path))
        by_prefix = {t[:60]: t for t in texts}
        still = [x for x in r["missing"] if not found_in_table_lines(by_prefix[x], lines)]
        if still:
            missing[name] = still
    assert not missing


def test_every_text_is_found_verbatim(documents):
    missing = {n: r["missing"] for n, r, *_ in documents if r["found"] != r["expected"]}
    assert not missing


def _text(path) -> str:
    return "".join("".join(ln.split()) for ln in CHECK.extract_lines(str(path))[1])


def test_memos_print_the_units_office_signers_and_comments(documents):
    """A memo stored with ส่วนราชการ and ที่ left empty prints the unit's own office with its phone
    and its document prefix; every comment block carries its signer's name and position."""
    by_name = {n: p for n, _r, _t, p in documents}
    office = "".join("ฝ่ายบริหารงานทั่วไป สำนักปลัดเทศบาล เทศบาลเมืองบ้านไผ่ใหม่ โทร. ๐ ๔๓๒๗ ๔๕๖๘ ต่อ ๑๑๒".split())
    for name in ("h_memo_analysis_2568", "h_memo_progress_2569_6"):
        assert office in _text(by_name[name]), name
    assert "ที่ขก๕๒๑๐๒/" in _text(by_name["h_memo_progress_2569_6"])
    for name in ("h_memo_analysis_2568", "h_memo_plan_2569", "h_memo_progress_2569_12"):
        text = _text(by_name[name])
        for who in ("(นางวรรณวิไลประทุมทองคำ)", "(นายสมชายชาญโพธิ์ศรีสุวรรณ)", "(ว่าที่ร้อยตรีธนกฤตศรีวงศ์ประเสริฐ)"):
            assert who in text, (name, who)
        assert "(………" not in text


def test_remarks_and_periods_are_printed_in_every_progress_layout(documents):
    """The items layout (seed 002) has no remarks column of its own: it gains one when a measure
    has remarks; a measure with no period runs through the year, as on the plan."""
    for name, _r, _texts, path in documents:
        if not name.startswith("h_progress_"):
            continue
        text = _text(path)
        if name.endswith("_6"):
            assert "รอกองช่างส่งข้อมูลเพิ่มเติม" in text, name
        else:
            assert "อีก๕เรื่องอยู่ระหว่างดำเนินการของกองช่าง" in text, name
        if "_status_" not in name:  # the status layout has no period column
            assert "๑ตุลาคม๒๕๖๘-๓๐กันยายน๒๕๖๙" in text, name


# --- bad variants of the unit's file: refused in Thai naming the field, nothing written ------------


def _variant(tmp_path, mutate, photos=True):
    doc = json.loads((heldout.DATA / "workspace.json").read_text(encoding="utf-8"))
    mutate(doc)
    path = tmp_path / "bad.itaz"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("workspace.json", json.dumps(doc, ensure_ascii=False))
        for photo in sorted((heldout.DATA / "photos").iterdir()) if photos else ():
            zf.write(photo, f"photos/{photo.name}")
    return path


def _measure(i):
    return lambda d: d["plans"][0]["measures"][i]


@pytest.mark.parametrize("mutate, photos, words", [
    (lambda d: _measure(3)(d).pop("title"), True, "plans[0].measures[3].title: ขาดข้อมูลที่จำเป็น"),
    (lambda d: d["signers"][1].pop("name"), True, "signers[1].name: ขาดข้อมูลที่จำเป็น"),
    (lambda d: _measure(7)(d).update(indicator="๘"), True, "plans[0].measures[7].indicator: ต้องเป็นจำนวนเต็ม"),
    (lambda d: _measure(1)(d).update(responsible="กองคลัง"), True, "plans[0].measures[1].responsible: ต้องเป็นรายการ"),
    (lambda d: d["assessments"][1].update(published_overall="๙๓.๑๕"), True,
     "assessments[1].published_overall: คะแนนต้องเป็นตัวเลข"),
    (lambda d: d["memos"][0]["comments"][0].update(positions="ปลัด"), True, "memos[0].comments[0].positions"),
    (lambda d: d["memos"][1].update(signer="deputy"), True, "memos[1].signer: ไม่มีผู้ลงนามรหัส “deputy”"),
    (lambda d: None, False, "plans[0].measures[0].progress[1].photos[0].file: ไม่พบไฟล์ภาพ"),
    (lambda d: d["memos"][0].update(date="2568-11-14"), True, "memos[0].date: วันที่ “2568-11-14” ใช้ปี พ.ศ."),
    (lambda d: _measure(0)(d).update(period_end="3025-09-30"), True, "period_end: วันที่ “3025-09-30” อยู่นอกช่วงปี ค.ศ."),
], ids=["no-title", "no-signer-name", "indicator-text", "responsible-text", "score-text", "positions-text",
        "unknown-signer", "photo-not-in-file", "memo-date-in-BE", "far-year"])
def test_bad_variant_is_refused_in_thai_and_writes_nothing(heldout_db, tmp_path, capsys, mutate, photos, words):
    """Into an empty database nothing is added; over the unit already there (``--replace``) the
    unit stays exactly as it was."""
    import shutil

    from app.cli import main
    from app.exchange.workspace import document_bytes
    from app.store.db import open_database

    path = _variant(tmp_path, copy.deepcopy(mutate), photos)
    fresh_path, kept_path = tmp_path / "fresh.sqlite3", tmp_path / "kept.sqlite3"
    shutil.copy(heldout_db.path, kept_path)
    with heldout_db.session() as s:
        before = document_bytes(s, heldout.UNIT_NAME)
    for args in (["--db", str(fresh_path)], ["--db", str(kept_path), "--replace"]):
        assert main(["import", str(path), *args]) == 1
        err = capsys.readouterr().err
        assert err.startswith("ผิดพลาด:") and words in err and "Traceback" not in err, err
    fresh, kept = open_database(fresh_path), open_database(kept_path)
    try:
        with fresh.session() as s:
            assert s.scalar(select(func.count(m.Unit.id))) == 0
            assert s.scalar(select(func.count(m.Measure.id))) == 0
        with kept.session() as s:
            assert s.scalar(select(func.count(m.Unit.id))) == 1
            assert document_bytes(s, heldout.UNIT_NAME) == before
    finally:
        fresh.close()
        kept.close()


def test_a_plan_entered_by_indicator_prints_its_themes_in_order(documents):
    """The unit's plan is entered by indicator; printed by theme (and in the items layout, which
    groups by theme) its groups follow the theme numbers, not the order of their first measure
    (which gave ประเด็นที่ ๑, ๕, ๖, ๔, ๗, ๓, ๒)."""
    for name, _r, _texts, path in documents:
        if name not in ("h_plan_theme_2569", "h_progress_items_2569_12"):
            continue
        text = _text(path)
        themes = json.loads((ROOT / "resources" / "catalogues" / "ita-2569.json").read_text(encoding="utf-8"))["themes"]
        marks = [("ประเด็นที่" if name.startswith("h_plan") else "") + "๑๒๓๔๕๖๗"[t["number"] - 1]
                 + ("" if name.startswith("h_plan") else ")") + "".join(t["name"].split()) for t in themes]
        at = [text.find(mark) for mark in marks]
        assert all(a >= 0 for a in at) and at == sorted(at), (name, at)


def _pages(path):
    """Per page: its text lines without the page number, and its image count."""
    import re

    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    out = []
    for page in pdf:
        lines = [ln for ln in page.get_textpage().get_text_range().splitlines()
                 if ln.strip() and not re.fullmatch(r"\s*-\s*[๐-๙0-9]+\s*-\s*", ln)]
        out.append((lines, sum(1 for o in page.get_objects() if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE)))
    pdf.close()
    return out


def test_no_page_between_the_first_and_the_last_is_a_sliver(documents):
    """Between the first and the last page, a page without a photo carries at least 10 lines: not a
    heading alone, nor a repeated table header over a few lines with the rest of the page empty."""
    thin = {}
    for name, _r, _texts, path in documents:
        pages = _pages(path)
        for k, (lines, images) in enumerate(pages[1:-1], start=2):
            if not images and len(lines) < 10:
                thin.setdefault(name, []).append((k, lines[:3]))
    assert not thin


def test_the_preparer_block_is_never_alone_on_a_page(documents):
    alone = [name for name, _r, _t, path in documents
             if any(lines and lines[0].strip() == "ผู้จัดทำ" and len(lines) <= 3 and not images
                    for lines, images in _pages(path))]
    assert not alone


def test_a_memos_closing_line_stays_with_its_signature(documents):
    """"จึงเรียนมาเพื่อโปรดทราบ" ended page 1 of the 12-month memo while the writer's signature
    opened page 2; the closing line now goes over with it."""
    seen = 0
    for name, _r, _t, path in documents:
        if "_memo_" not in name:
            continue
        for lines, _images in _pages(path):
            # less the catchword at a memo page's foot ("/จึงเรียน..."): the next page's first words
            text = "".join("".join(ln.split()) for ln in lines if not ln.strip().startswith("/"))
            if "จึงเรียน" in text:
                seen += 1
                assert "ธนกฤต" in text[text.rindex("จึงเรียน"):], (name, lines[-3:])
    assert seen >= 4


def test_a_rounds_summary_table_is_not_cut_after_its_first_row(documents):
    """The summary's 12-month heading, header and first row sat at the foot of page 1 with the
    rest of the table on page 2: a round's short table now moves whole with its heading."""
    for name, _r, _t, path in documents:
        if "_summary_" not in name:
            continue
        for lines, _images in _pages(path):
            text = "".join("".join(ln.split()) for ln in lines)
            for k in range(text.count("กลุ่มมาตรการ")):
                assert text.count("รวม") >= text.count("กลุ่มมาตรการ"), (name, lines)
