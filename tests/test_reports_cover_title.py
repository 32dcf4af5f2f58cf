"""A cover page's own title (issue 13 §4 leftover): seed 001's cover is shorter than its report's
title, seed 003's cover carries the analysis's years. Stored per document, overridable per print
(the command line's ``--cover-title``), with the seeds' wording as presets.
"""
from __future__ import annotations

import shutil

import pytest

from app.reports import DocumentRequest, build_document
from app.reports import wording_edits
from app.reports.wording import PRESETS
from app.store import models as m
from tests.test_reports_memo_wording import MUANG, WIANG, _pages, _squeeze
from tests.demo_units import unit_id as _unit_id


def _build(db, request: DocumentRequest) -> bytes:
    with db.session() as session:
        return build_document(session, request)


def test_seed_001_cover_says_its_own_title(demo_db, tmp_path):
    """The demo's เวียงห้า 2566 report: the cover as seed 001 prints it, the report's own heading
    below it unchanged."""
    cover, first = _pages(_build(demo_db, DocumentRequest("progress", WIANG, 2566)), tmp_path)[:2]
    seed_cover = ["รายงานผลการดำเนินการ", "เพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                  "ในปีงบประมาณ พ.ศ. ๒๕๖๖", "(รอบ ๑๒ เดือน)", WIANG, "อำเภอพาน จังหวัดเชียงราย"]
    assert cover == _squeeze("".join(seed_cover))  # nothing else, in this order
    assert first.startswith(_squeeze("ผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
                                     "ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส"))


def test_default_cover_title_is_the_report_title_with_the_analysis_years(demo_db, tmp_path):
    """Seed 003's cover: the analysis title, its year, and the measures year it prepares."""
    cover = _pages(_build(demo_db, DocumentRequest("analysis", MUANG, 2568)), tmp_path)[0]
    assert cover.startswith(_squeeze("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
                                     "ปีงบประมาณ พ.ศ. ๒๕๖๘"
                                     "เพื่อจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
                                     "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"))
    bare = _pages(_build(demo_db, DocumentRequest("analysis", MUANG, 2568, include_plan=False)), tmp_path, "b")[0]
    assert "เพื่อจัดทำมาตรการ" not in bare and _squeeze("ปีงบประมาณ พ.ศ. ๒๕๖๘") in bare


def test_cover_title_is_stored_per_document_and_the_request_overrides_it(demo_db, tmp_path):
    unit_id = _unit_id(demo_db, MUANG)
    with demo_db.transaction() as session:
        wording_edits.save_wording(session, unit_id, "plan", 2569, None,
                                   {"cover": True, "cover_title": " มาตรการของเรา \nฉบับปรับปรุง "})
    with demo_db.session() as session:
        values = wording_edits.wording_values(session, unit_id, "plan", 2569, None)
        assert values["cover_title"] == "มาตรการของเรา \nฉบับปรับปรุง" and values["cover"]
        assert wording_edits.wording_values(session, unit_id, "plan", 2570, None)["cover_title"] == ""
    pages = _pages(_build(demo_db, DocumentRequest("plan", MUANG, 2569)), tmp_path)
    assert pages[0].startswith(_squeeze("มาตรการของเรา ฉบับปรับปรุง ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"))
    assert "มาตรการของเรา" not in "".join(pages[1:])  # the report keeps its own title
    over = _pages(_build(demo_db, DocumentRequest("plan", MUANG, 2569, cover_title="อีกชื่อหนึ่ง")), tmp_path, "o")
    assert over[0].startswith(_squeeze("อีกชื่อหนึ่งประจำปีงบประมาณ"))
    with demo_db.transaction() as session:  # back to the defaults: the row goes
        wording_edits.save_wording(session, unit_id, "plan", 2569, None, {"cover": False, "cover_title": ""})
    with demo_db.session() as session:
        unit = session.get(m.Unit, unit_id)
        assert not [w for w in unit.wordings if w.document_kind == "plan"]


def test_seed_001_preset_carries_the_cover_title():
    preset = next(p for p in PRESETS["progress"] if "๐๐๑" in p.name)
    assert preset.cover and preset.cover_title.split("\n") == [
        "รายงานผลการดำเนินการ", "เพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"]


def test_cli_cover_title(_demo_db_file, tmp_path, capsys):
    from app.cli import main

    db = tmp_path / "cli.sqlite3"
    shutil.copy(_demo_db_file, db)
    out = tmp_path / "plan.pdf"
    assert main(["report", "plan", "--db", str(db), "--unit", MUANG, "--year", "2569",
                 "--cover-title", "มาตรการ\\nของเทศบาล", "-o", str(out)]) == 0
    cover = _pages(out.read_bytes(), tmp_path, "cli")[0]
    assert cover.startswith(_squeeze("มาตรการของเทศบาลประจำปีงบประมาณ พ.ศ. ๒๕๖๙"))
    assert main(["report", "plan", "--db", str(db), "--unit", MUANG, "--year", "2569", "--no-cover",
                 "--cover-title", "มาตรการ", "-o", str(out)]) == 0
    assert not _pages(out.read_bytes(), tmp_path, "cli2")[0].startswith(_squeeze("มาตรการประจำปี"))


def test_cover_title_too_long_is_refused_in_thai(demo_db):
    unit_id = _unit_id(demo_db, MUANG)
    with pytest.raises(ValueError, match="ชื่อบนหน้าปก"), demo_db.transaction() as session:
        wording_edits.save_wording(session, unit_id, "plan", 2569, None, {"cover_title": "ก" * 2_001})
