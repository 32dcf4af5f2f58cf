"""Memo signature blocks with nobody on record (issue 13 §3 leftover): the seeds give no signers for
ม่วงยาย, ปลาไหล and เวียงห้า (nor ขามสะแกแสง's ปลัด and นายก), and no official's name may be invented.
The demo stores made-up example people in those blocks (tests/test_reports_demo_memos.py); these
tests take them off again, as a unit whose people are not entered yet. Paper keeps the blank
form's lines, "(……)" and "ตำแหน่ง……", to write in by hand; the officer is told before printing,
naming each block: on stderr by ``python -m app report`` (and on the Documents page,
tests/test_ui_document_signers.py).
"""
from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select

from app.reports import DocumentRequest, memo_for
from app.reports.memo_check import missing_signers, missing_signers_note
from app.services import unit_edits
from app.store import models as m
from tests.test_reports_demo_memos import EXAMPLES
from tests.test_reports_memo_wording import KHAM, KHAO, MUANG, WIANG, _build, _pages, _squeeze

PLALAI = "เทศบาลตำบลปลาไหล"

# Every demo unit's memo, as the Documents page offers it.
MEMOS = {
    MUANG: DocumentRequest("memo", MUANG, 2568, memo_kind="analysis"),
    KHAO: DocumentRequest("memo", KHAO, 2568, memo_kind="progress"),
    KHAM: DocumentRequest("memo", KHAM, 2566, memo_kind="progress", round=6),
    WIANG: DocumentRequest("memo", WIANG, 2566, memo_kind="progress"),
    PLALAI: DocumentRequest("memo", PLALAI, 2568, memo_kind="progress"),
}


def without_example_signers(db) -> None:
    """Take the demo's made-up example people off every unit: the seeds' own names stay."""
    with db.transaction() as session:
        for signer in session.scalars(select(m.Signer).where(m.Signer.name.in_(EXAMPLES))):
            session.delete(signer)


@pytest.fixture
def bare_db(demo_db):
    """The demo with only the signers its seeds name."""
    without_example_signers(demo_db)
    return demo_db


def _missing(db, unit: str) -> list[tuple[str, str, bool]]:
    with db.session() as session:
        return [(x.who, x.role, x.name) for x in missing_signers(memo_for(session, MEMOS[unit]))]


def test_every_demo_units_memo_names_its_missing_blocks(demo_db):
    assert all(_missing(demo_db, unit) == [] for unit in MEMOS)  # the demo's example people
    without_example_signers(demo_db)
    assert _missing(demo_db, KHAO) == []  # seed 000: everyone on record
    assert _missing(demo_db, KHAM) == [("ปลัดองค์การบริหารส่วนตำบลขามสะแกแสง", "chief", True),
                                       ("นายกองค์การบริหารส่วนตำบลขามสะแกแสง", "head", True)]
    for unit, chief, head in ((MUANG, "ปลัดเทศบาลตำบลม่วงยาย", "นายกเทศมนตรีตำบลม่วงยาย"),
                              (PLALAI, "ปลัดเทศบาลตำบลปลาไหล", "นายกเทศมนตรีตำบลปลาไหล"),
                              (WIANG, "ปลัดองค์การบริหารส่วนตำบลเวียงห้า", "นายกองค์การบริหารส่วนตำบลเวียงห้า")):
        assert _missing(demo_db, unit) == [("ผู้เสนอบันทึก", "officer", True), (chief, "chief", True),
                                           (head, "head", True)]
    with demo_db.session() as session:
        note = missing_signers_note(missing_signers(memo_for(session, MEMOS[MUANG])))
    assert note.startswith("ยังไม่ได้กรอกชื่อผู้เสนอบันทึก, ปลัดเทศบาลตำบลม่วงยาย และนายกเทศมนตรีตำบลม่วงยาย "
                           "ในหน้า “ข้อมูลหน่วยงาน”")
    assert "\n" not in note


def test_blank_blocks_print_the_forms_lines_and_fill_once_signers_are_entered(bare_db, tmp_path):
    demo_db = bare_db
    text = "".join(_pages(_build(demo_db, MEMOS[MUANG]), tmp_path))
    assert text.count("(....") == 3 and text.count("ตำแหน่ง....") == 1  # the writer's position too
    with demo_db.transaction() as session:
        unit_id = session.scalar(select(m.Unit.id).where(m.Unit.name == MUANG))
        # the officer enters the people (made-up test names, never printed by the program itself)
        for name, positions, role in (("นางทดสอบ ผู้เสนอ", [], "officer"),
                                      ("นายทดสอบ ปลัด", ["ปลัดเทศบาลตำบลม่วงยาย"], "chief"),
                                      ("นายทดสอบ นายก", ["นายกเทศมนตรีตำบลม่วงยาย"], "head")):
            unit_edits.add_signer(session, unit_id, name, positions, role=role)
    # seed 003's stored memo names no signer: it is signed by the unit's ผู้เสนอบันทึก now
    assert _missing(demo_db, MUANG) == [("ผู้เสนอบันทึก (นางทดสอบ ผู้เสนอ)", "officer", False)]
    text = "".join(_pages(_build(demo_db, MEMOS[MUANG]), tmp_path, "filled"))
    for expected in ("(นางทดสอบ ผู้เสนอ)", "(นายทดสอบ ปลัด)", "(นายทดสอบ นายก)"):
        assert _squeeze(expected) in text
    assert "(...." not in text and text.count("ตำแหน่ง....") == 1  # her position is not on record yet


def _cli(db, capsys, *args) -> tuple[int, str]:
    from app.cli import main

    capsys.readouterr()
    rc = main(["report", *args, "--db", str(db)])
    return rc, capsys.readouterr().err


def test_report_command_warns_on_stderr_in_one_line(_demo_db_file, tmp_path, capsys):
    db = tmp_path / "cli.sqlite3"
    shutil.copy(_demo_db_file, db)
    from app.store.db import open_database

    database = open_database(db)
    without_example_signers(database)
    database.close()
    out = str(tmp_path / "x.pdf")
    rc, err = _cli(db, capsys, "analysis", "--unit", MUANG, "--year", "2568", "--memo", "-o", out)
    assert rc == 0
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("คำเตือน: ยังไม่ได้กรอกชื่อผู้เสนอบันทึก")
    assert "ปลัดเทศบาลตำบลม่วงยาย" in lines[0] and "นายกเทศมนตรีตำบลม่วงยาย" in lines[0]
    rc, err = _cli(db, capsys, "memo", "--unit", KHAM, "--year", "2566", "--round", "6",
                   "--memo-kind", "progress", "-o", out)
    assert rc == 0 and "ปลัดองค์การบริหารส่วนตำบลขามสะแกแสง" in err and "ผู้เสนอบันทึก" not in err
    for args in (["progress", "--unit", KHAO, "--year", "2568", "--memo"],  # everyone on record
                 ["analysis", "--unit", MUANG, "--year", "2568"]):  # no memo in the document
        rc, err = _cli(db, capsys, *args, "-o", out)
        assert rc == 0 and "คำเตือน" not in err


@pytest.mark.parametrize("unit", [KHAM, WIANG])
def test_writer_block_prints_known_positions(bare_db, tmp_path, unit):
    """Seed 004's officer signs with his position line; an unknown writer gets the form's line."""
    text = "".join(_pages(_build(bare_db, MEMOS[unit]), tmp_path))
    if unit == KHAM:
        assert _squeeze("(นายพศวัฒน์ หวังกลาง)นิติกรปฏิบัติการ") in text
        assert text.count("ตำแหน่ง....") == 0
    else:
        assert text.count("ตำแหน่ง....") == 1


def test_memo_editor_prefill_says_what_the_print_says(demo_db):
    """A memo not yet stored: the editor's prefill carries the subject (the document's own title,
    seed 002's for ปลาไหล) and signer the print carries, so the first edit changes nothing else."""
    from app.reports import memo_edits

    with demo_db.session() as session:
        unit = session.scalar(select(m.Unit).where(m.Unit.name == PLALAI))
        values = memo_edits.memo_values(session, unit.id, "progress", 2568, 12)
        printed = memo_for(session, MEMOS[PLALAI])
        template = memo_edits.body_template(session, unit.id, "progress", 2568, 12, "four_part")
    assert values["subject"] == printed.subject
    assert printed.subject.startswith("รายงานการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานปีงบประมาณ "
                                      "พ.ศ. ๒๕๖๘ ของ เทศบาลตำบลปลาไหล")
    assert printed.subject in template[1]["text"]
