"""Seed 002's heading word for word (issue 13 §4): its title line carries the year
("…ภายในหน่วยงานปีงบประมาณ พ.ศ. ๒๕๖๘") and its second line the unit ("ของ เทศบาลตำบลปลาไหล"), and
it prints no round line. A title naming its year gets no year line of the program's (as a title
naming the unit gets no "ของ<unit>" line), and the round style "none" prints no round line; the
demo's ปลาไหล stores seed 002's heading, and seed 002's preset fills in the document's year and
unit when applied.
"""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.reports import DocumentRequest, build_document, memo_for, wording_edits
from app.reports.wording import PRESETS, matching_preset
from app.store import models as m
from tests.pdfcheck import extract_lines
from tests.demo_units import unit_id as _unit_id

PLALAI = "เทศบาลตำบลปลาไหล"
MUANG = "เทศบาลตำบลม่วงยาย"
KHAO = "องค์การบริหารส่วนตำบลเขาสมอคอน"
# seed 002, lines 3 and 5, exactly
SEED_002 = ["รายงานการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานปีงบประมาณ พ.ศ. ๒๕๖๘",
            "ของ เทศบาลตำบลปลาไหล"]
SEED_002_INTRO = ("เทศบาลตำบลปลาไหล มีการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
                  "ปีงบประมาณ พ.ศ. ๒๕๖๘ ซึ่งมีผลการดำเนินการดังนี้")
PRESET_002 = next(p for p in PRESETS["progress"] if "๐๐๒" in p.name)


def _lines(db, request: DocumentRequest, tmp_path, name: str) -> list[str]:
    path = tmp_path / f"{name}.pdf"
    with db.session() as session:
        path.write_bytes(build_document(session, request))
    return [" ".join(ln.split()) for ln in extract_lines(path)[1]]


def test_demo_plalai_prints_seed_002s_heading(demo_db, tmp_path):
    lines = _lines(demo_db, DocumentRequest("progress", PLALAI, 2568, photos=False), tmp_path, "p")
    assert lines[:2] == SEED_002
    assert lines[2].startswith(SEED_002_INTRO[:40])  # then the seed's own paragraph, no year or round line
    assert not any("รอบ" in ln for ln in lines[:3]) and sum("๒๕๖๘" in ln for ln in lines[:2]) == 1


def test_a_title_naming_its_year_gets_no_year_line(demo_db, tmp_path):
    """The rule holds for every round style, the plan and the analysis; without the year in the
    title the program's year line comes back."""
    uid = _unit_id(demo_db, PLALAI)
    for style, round_line in (("period", "รอบ ๑๒ เดือน (ต.ค. ๒๕๖๗ – ก.ย. ๒๕๖๘)"),
                              ("plain", "(รอบ ๑๒ เดือน)"),
                              ("months", "รอบ ๑๒ เดือน (ตั้งแต่เดือนตุลาคม ๒๕๖๗ - เดือนกันยายน ๒๕๖๘)")):
        lines = _lines(demo_db, DocumentRequest("progress", PLALAI, 2568, photos=False, round_style=style),
                       tmp_path, style)
        assert lines[:3] == SEED_002 + [round_line], style
    with demo_db.transaction() as session:
        wording_edits.save_wording(session, uid, "progress", 2568, 12,
                                   {"title": "รายงานการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"})
    lines = _lines(demo_db, DocumentRequest("progress", PLALAI, 2568, photos=False), tmp_path, "own")
    assert lines[:2] == ["รายงานการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                         "ของเทศบาลตำบลปลาไหล ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"]  # round style "none"
    # the plan and the analysis follow the same rule
    plan_title = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"
    analysis_title = "รายงานการวิเคราะห์ผลการประเมินของเทศบาลตำบลม่วงยาย ปีงบประมาณ พ.ศ. ๒๕๖๘"
    muang = _unit_id(demo_db, MUANG)
    with demo_db.transaction() as session:
        wording_edits.save_wording(session, muang, "plan", 2569, None, {"title": plan_title})
        wording_edits.save_wording(session, muang, "analysis", 2568, None, {"title": analysis_title, "cover": False})
    plan = _lines(demo_db, DocumentRequest("plan", MUANG, 2569), tmp_path, "plan")
    assert plan[0].startswith("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙")
    assert not any(ln == "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙" for ln in plan[:4])
    analysis = _lines(demo_db, DocumentRequest("analysis", MUANG, 2568), tmp_path, "analysis")
    assert analysis[0] == analysis_title
    assert "ของเทศบาลตำบลม่วงยาย" not in analysis[1] and "ปีงบประมาณ พ.ศ. ๒๕๖๘" not in analysis[1]


def test_memo_subject_names_the_year_once(demo_db):
    with demo_db.session() as session:
        memo = memo_for(session, DocumentRequest("memo", PLALAI, 2568, memo_kind="progress"))
    assert memo.subject == " ".join(SEED_002) + " รอบ ๑๒ เดือน"


def test_seed_002_preset_fills_in_the_documents_year_and_unit(demo_db):
    k = PRESETS["progress"].index(PRESET_002)
    assert PRESET_002.round_style == "none"
    assert PRESET_002.title_for(2568, PLALAI).split("\n") == SEED_002
    assert PRESET_002.title_for(2568, PLALAI, thai=False).startswith("รายงาน") and "2568" in \
        PRESET_002.title_for(2568, PLALAI, thai=False)
    with demo_db.session() as session:
        values = wording_edits.wording_values(session, _unit_id(demo_db, PLALAI), "progress", 2568, 12)
    assert values["round_style"] == "none"
    assert matching_preset("progress", values, 2568, PLALAI) == k  # the demo stores seed 002's wording
    assert matching_preset("progress", values, 2567, PLALAI) is None  # another year's title
    assert matching_preset("progress", dict(values, round_style=""), 2568, PLALAI) is None


def test_round_style_none_through_the_cli_and_exchange(_demo_db_file, tmp_path, capsys):
    import shutil

    from app.cli import main

    db = tmp_path / "cli.sqlite3"
    shutil.copy(_demo_db_file, db)
    out = tmp_path / "p.pdf"
    assert main(["report", "progress", "--unit", KHAO, "--year", "2568", "--round-style", "none",
                 "--title", "รายงานผลการดำเนินการ ปีงบประมาณ พ.ศ. ๒๕๖๘", "--no-photos",
                 "-o", str(out), "--db", str(db)]) == 0
    lines = [" ".join(ln.split()) for ln in extract_lines(out)[1]]
    assert lines[0] == "รายงานผลการดำเนินการ ปีงบประมาณ พ.ศ. ๒๕๖๘"
    assert lines[1].startswith("ขององค์การบริหารส่วนตำบลเขาสมอคอน") and "ปีงบประมาณ" not in lines[1]
    assert not any("รอบ" in ln for ln in lines[:3])
    # an exchange file carries "none" and reads it back
    exported = tmp_path / "plalai.itaz"
    assert main(["export", str(exported), "--unit", PLALAI, "--db", str(db)]) == 0
    assert main(["import", str(exported), "--as-new", "ปลาไหลสำเนา", "--db", str(db)]) == 0
    capsys.readouterr()
    from app.store.db import open_database

    database = open_database(db)
    try:
        with database.session() as session:
            copy = session.scalar(select(m.Unit).where(m.Unit.name == "ปลาไหลสำเนา"))
            assert [(w.round_style, w.title.split("\n")) for w in copy.wordings
                    if w.document_kind == "progress"] == [("none", SEED_002)]
    finally:
        database.close()


@pytest.mark.parametrize("bad", ["None", "ไม่มี"])
def test_unknown_round_style_is_refused(demo_db, bad):
    with demo_db.transaction() as session, pytest.raises(ValueError, match="none"):
        wording_edits.save_wording(session, _unit_id(demo_db, PLALAI), "progress", 2568, 12, {"round_style": bad})
