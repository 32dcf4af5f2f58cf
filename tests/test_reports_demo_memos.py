"""Every demo unit's memo prints complete with its signers (issue 13, "Done when").

The memo each unit's seed suggests (tests/document_corpus.py ``memo_request``: seed 000's and 003's
stored memos, the progress memo of seeds 001, 002 and 004) is built and read back with pdfium:
its four fields (ส่วนราชการ, ที่, วันที่, เรื่อง) and its body (the four parts of a four-part memo,
the opening and closing of a short one) are there; every signature and comment block has a name
line with its position line right below it; no "(……)" or "ตำแหน่ง……" is left to write by hand and
the missing-signer check (app.reports.memo_check) says nothing.

The seeds name few people (seed 000 its writer, ปลัด and นายก; seed 004 only its ผู้จัดทำ), and no
real official may be given an invented name: the demo stores clearly made-up example people for
the others, with the unit's real position lines.
"""
from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from app.reports import build_document, memo_for
from app.reports.memo_check import missing_signers
from app.store import models as m
from app.thai.dates import format_date
from tests import document_corpus as corpus

KHAO = "องค์การบริหารส่วนตำบลเขาสมอคอน"
KHAM = "องค์การบริหารส่วนตำบลขามสะแกแสง"
WIANG = "องค์การบริหารส่วนตำบลเวียงห้า"
PLALAI = "เทศบาลตำบลปลาไหล"
MUANG = "เทศบาลตำบลม่วงยาย"

# the demo's made-up people: names that say they are examples
EXAMPLE_OFFICER = "นางสาวทดลอง ใช้งาน"
EXAMPLE_CHIEF = "นายสมมติ ตัวอย่าง"
EXAMPLE_HEAD = "นายตัวอย่าง นามสมมติ"
EXAMPLES = {EXAMPLE_OFFICER, EXAMPLE_CHIEF, EXAMPLE_HEAD}

# unit -> (memo kind, [(name, position) of the writer, the ปลัด, the นายก])
EXPECTED = {
    KHAO: ("progress", [("นางสาวอัมภพร อยู่เจริญ", "นักวิเคราะห์นโยบายและแผน ชำนาญการ"),  # seed 000
                        ("นางสาววิชรา ทำนองงาม", "ปลัดองค์การบริหารส่วนตำบลเขาสมอคอน"),
                        ("นายเกษม ประภากร", "นายกองค์การบริหารส่วนตำบลเขาสมอคอน")]),
    KHAM: ("progress", [("นายพศวัฒน์ หวังกลาง", "นิติกรปฏิบัติการ"),  # seed 004's ผู้จัดทำ
                        (EXAMPLE_CHIEF, "ปลัดองค์การบริหารส่วนตำบลขามสะแกแสง"),
                        (EXAMPLE_HEAD, "นายกองค์การบริหารส่วนตำบลขามสะแกแสง")]),
    WIANG: ("progress", [(EXAMPLE_OFFICER, "นักวิเคราะห์นโยบายและแผน"),
                         (EXAMPLE_CHIEF, "ปลัดองค์การบริหารส่วนตำบลเวียงห้า"),
                         (EXAMPLE_HEAD, "นายกองค์การบริหารส่วนตำบลเวียงห้า")]),
    PLALAI: ("progress", [(EXAMPLE_OFFICER, "นักวิเคราะห์นโยบายและแผน"),
                          (EXAMPLE_CHIEF, "ปลัดเทศบาลตำบลปลาไหล"),
                          (EXAMPLE_HEAD, "นายกเทศมนตรีตำบลปลาไหล")]),
    MUANG: ("analysis", [(EXAMPLE_OFFICER, "นิติกร"),
                         (EXAMPLE_CHIEF, "ปลัดเทศบาลตำบลม่วงยาย"),
                         (EXAMPLE_HEAD, "นายกเทศมนตรีตำบลม่วงยาย")]),
}
FOUR_PARTS = ("เรื่องเดิม", "ข้อเท็จจริง", "ข้อระเบียบ/กฎหมาย", "ข้อเสนอแนะ")


@pytest.fixture(scope="module")
def memos(_demo_db_file, tmp_path_factory):
    """unit name -> (its corpus memo job, the MemoDoc, the PDF path), built once."""
    from app.store.db import open_database

    out = tmp_path_factory.mktemp("demo-memos")
    db = open_database(_demo_db_file)
    built = {}
    try:
        with db.session() as session:
            for job in corpus.jobs(session):
                if job.request.kind != "memo":
                    continue
                path = out / f"{job.name}.pdf"
                path.write_bytes(build_document(session, job.request))
                built[job.request.unit] = (job, memo_for(session, job.request), path)
    finally:
        db.close()
    return built


def _boxes(page, text: str) -> list[tuple[float, float, float, float]]:
    """(left, bottom, right, top) of every occurrence of ``text`` on a pdfium page."""
    tp = page.get_textpage()
    found, search = [], tp.search(text)
    hit = search.get_next()
    while hit:
        start, count = hit
        chars = [tp.get_charbox(i) for i in range(start, start + count)]
        found.append((min(c[0] for c in chars), min(c[1] for c in chars),
                      max(c[2] for c in chars), max(c[3] for c in chars)))
        hit = search.get_next()
    return found


def _squeeze(s: str) -> str:
    return "".join(c for c in s if not c.isspace())


def _page_text(pdf) -> str:
    return "\n".join(p.get_textpage().get_text_range() for p in pdf)


def test_the_corpus_has_a_memo_for_every_demo_unit(memos, demo_db):
    with demo_db.session() as session:
        units = set(session.scalars(select(m.Unit.name)))
    assert set(memos) == units == set(EXPECTED)
    for unit, (job, _memo, _path) in memos.items():
        assert job.request.memo_kind == EXPECTED[unit][0], unit


@pytest.mark.parametrize("unit", list(EXPECTED))
def test_memo_prints_complete_with_its_signers(memos, unit):
    _job, memo, path = memos[unit]
    assert missing_signers(memo) == []
    pdf = pdfium.PdfDocument(str(path))
    text = _page_text(pdf)
    flat = " ".join(text.split())
    assert "(...." not in text and "ตำแหน่ง...." not in text  # nothing left to write by hand
    # the four fields, each with its text, and เรียน
    squeezed = _squeeze(text)
    assert memo.office and memo.subject and memo.date is not None
    for label, value in (("ส่วนราชการ", memo.office), ("วันที่", format_date(memo.date, True)),
                         ("เรื่อง", memo.subject), ("เรียน", memo.addressee)):
        assert _squeeze(label + value) in squeezed, label
    assert "ที่" + _squeeze(memo.number) in squeezed
    # the body
    if memo.body_form == "four_part":
        at = [flat.find(h) for h in FOUR_PARTS]
        assert all(k >= 0 for k in at) and at == sorted(at), at
        assert all(s.text.strip() for s in memo.sections[:3])  # the fourth is filled by the program
        assert "เห็นควรนำเสนอ" in flat  # ข้อเสนอแนะ has its text
    else:
        assert "ตามที่" in flat and "จึงเรียน" in flat
    # the writer's block and both comment blocks: the name, its position line right below it
    people = [(memo.signer_name, memo.signer_positions)] + [(c.signer_name, c.positions) for c in memo.comments]
    assert len(memo.comments) == 2
    expected = EXPECTED[unit][1]
    assert [(name, positions[0]) for name, positions in people] == expected
    for name, position in expected:
        placed = False
        for page in pdf:
            for nl, nb, nr, _nt in _boxes(page, f"({name})"):
                centre = (nl + nr) / 2
                for pl, _pb, pr, pt in _boxes(page, position):
                    if 0 < nb - pt < 30 and abs((pl + pr) / 2 - centre) < 12:
                        placed = True
        assert placed, (unit, name, position)
    # comment blocks keep their titles
    for c in memo.comments:
        assert c.title.startswith("ความเห็น") and "".join(c.title.split()) in "".join(text.split())


def test_seeds_names_are_kept_and_the_others_are_examples(memos, demo_db):
    """Every name a seed gives is on record as given; every other signer is one of the demo's
    made-up example people, never a plausible real name."""
    seed_people = {KHAO: {"นางสาวอัมภพร อยู่เจริญ", "นางสาววิชรา ทำนองงาม", "นายเกษม ประภากร"},
                   KHAM: {"นายพศวัฒน์ หวังกลาง"}}
    with demo_db.session() as session:
        for unit in session.scalars(select(m.Unit)):
            names = {s.name for s in unit.signers}
            roles = {s.role for s in unit.signers}
            assert roles == set(m.SIGNER_ROLES), unit.name  # a writer, a ปลัด and a นายก each
            assert names - EXAMPLES == seed_people.get(unit.name, set()), unit.name
            for s in unit.signers:
                if s.name in EXAMPLES:
                    assert any(w in s.name for w in ("ตัวอย่าง", "สมมติ", "ทดลอง"))
