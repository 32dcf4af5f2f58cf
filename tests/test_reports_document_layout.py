"""A document's layout remembered with its wording (issue 13 §4 leftover): seed 002's unit
(เทศบาลตำบลปลาไหล) prints its progress report in the "items" layout, so the demo stores it and
every print without a layout of its own uses it; the plan's grouping is stored the same way.
"""
from __future__ import annotations

import json
import shutil

import pytest
from sqlalchemy import select

from app.reports import DocumentRequest, build_document
from app.reports import wording_edits
from app.reports.wording import resolve
from app.store import models as m
from tests.test_reports_memo_wording import _pages
from tests.demo_units import unit_id as _unit_id

PLA = "เทศบาลตำบลปลาไหล"
MUANG = "เทศบาลตำบลม่วงยาย"
# The items layout's first group heading (a theme of the plan), right under the report's intro;
# the columns layout starts with its table's header there instead.
ITEMS_START = "๑)กระบวนการปฏิบัติงาน"


def _text(db, request: DocumentRequest, tmp_path, name: str) -> str:
    with db.session() as session:
        return "".join(_pages(build_document(session, request), tmp_path, name))


def test_demo_pla_lai_progress_prints_items_without_being_asked(demo_db, tmp_path):
    with demo_db.session() as session:
        values = wording_edits.wording_values(session, _unit_id(demo_db, PLA), "progress", 2568, 12)
        assert values["layout"] == "items"
        assert wording_edits.wording_values(session, _unit_id(demo_db, PLA), "progress", 2568, 6)["layout"] == ""
    stored = _text(demo_db, DocumentRequest("progress", PLA, 2568), tmp_path, "stored")
    items = _text(demo_db, DocumentRequest("progress", PLA, 2568, layout="items"), tmp_path, "items")
    columns = _text(demo_db, DocumentRequest("progress", PLA, 2568, layout="columns"), tmp_path, "columns")
    assert stored == items != columns  # a layout asked for still wins over the stored one
    assert ITEMS_START in stored and ITEMS_START not in columns


def test_layout_is_stored_per_document_checked_and_cleared(demo_db):
    unit_id = _unit_id(demo_db, MUANG)
    with demo_db.transaction() as session:
        wording_edits.save_wording(session, unit_id, "plan", 2569, None, {"layout": "theme"})
        wording_edits.save_wording(session, unit_id, "progress", 2569, 6, {"layout": "status"})
    with demo_db.session() as session:
        unit = session.get(m.Unit, unit_id)
        assert resolve(unit, DocumentRequest("plan", MUANG, 2569)).layout == "theme"
        assert resolve(unit, DocumentRequest("plan", MUANG, 2569, layout="indicator")).layout == "indicator"
        assert resolve(unit, DocumentRequest("progress", MUANG, 2569, round=6)).layout == "status"
        assert resolve(unit, DocumentRequest("progress", MUANG, 2569, round=12)).layout is None
    for kind, rnd, bad in (("progress", 12, "theme"), ("plan", None, "items"), ("analysis", None, "columns")):
        with pytest.raises(ValueError, match="เลือกรูปแบบ “" + bad):
            with demo_db.transaction() as session:
                wording_edits.save_wording(session, unit_id, kind, 2569, rnd, {"layout": bad})
    with demo_db.transaction() as session:  # back to "chosen from the data": no row left
        wording_edits.save_wording(session, unit_id, "plan", 2569, None, {"layout": ""})
    with demo_db.session() as session:
        assert not [w for w in session.get(m.Unit, unit_id).wordings
                    if (w.document_kind, w.fiscal_year) == ("plan", 2569)]


def test_plan_grouping_from_the_stored_layout(demo_db, tmp_path):
    unit_id = _unit_id(demo_db, PLA)
    with demo_db.session() as session:
        plan = next(p for p in session.get(m.Unit, unit_id).plans if p.fiscal_year == 2568)
        own, other = plan.grouping, ("indicator" if plan.grouping == "theme" else "theme")
    asked = _text(demo_db, DocumentRequest("plan", PLA, 2568, layout=other), tmp_path, "asked")
    assert asked != _text(demo_db, DocumentRequest("plan", PLA, 2568), tmp_path, "own")
    with demo_db.transaction() as session:
        wording_edits.save_wording(session, unit_id, "plan", 2568, None, {"layout": other})
    assert _text(demo_db, DocumentRequest("plan", PLA, 2568), tmp_path, "stored") == asked
    assert own != other


def test_cli_report_uses_the_stored_layout_unless_given(_demo_db_file, tmp_path):
    from app.cli import main
    from app.store.db import open_database

    db = tmp_path / "cli.sqlite3"
    shutil.copy(_demo_db_file, db)
    out = tmp_path / "progress.pdf"
    base = ["report", "progress", "--db", str(db), "--unit", PLA, "--year", "2568", "-o", str(out)]
    assert main(base) == 0
    stored = "".join(_pages(out.read_bytes(), tmp_path, "cli"))
    assert main(base + ["--layout", "columns"]) == 0
    columns = "".join(_pages(out.read_bytes(), tmp_path, "cli2"))
    assert ITEMS_START in stored and ITEMS_START not in columns
    database = open_database(db)
    try:
        assert _text(database, DocumentRequest("progress", PLA, 2568, layout="items"), tmp_path, "x") == stored
    finally:
        database.close()


def test_exchange_file_keeps_the_layout_and_refuses_a_wrong_one(demo_db, tmp_path):
    from app.exchange.fields import ExchangeError
    from app.exchange.workspace import AS_NEW, dumps, import_file, unit_to_document

    with demo_db.session() as session:
        doc, _photos = unit_to_document(session.get(m.Unit, _unit_id(demo_db, PLA)))
    assert [d["layout"] for d in doc["documents"] if d["document_kind"] == "progress"] == ["items"]
    path = tmp_path / "pla.json"
    path.write_bytes(dumps(doc))
    with demo_db.transaction() as session:
        import_file(session, path, AS_NEW, new_name="เทศบาลตำบลปลาไหลสอง")
    with demo_db.session() as session:
        unit = session.scalar(select(m.Unit).where(m.Unit.name == "เทศบาลตำบลปลาไหลสอง"))
        assert [w.layout for w in unit.wordings] == ["items"]
    doc["documents"][0]["layout"] = "theme"
    path.write_bytes(dumps(doc))
    with pytest.raises(ExchangeError, match="layout"):
        with demo_db.transaction() as session:
            import_file(session, path, AS_NEW, new_name="เทศบาลตำบลปลาไหลสาม")


def test_analysis_prints_the_next_years_measures_in_the_plans_stored_grouping(demo_db, tmp_path):
    unit_id = _unit_id(demo_db, MUANG)
    with demo_db.session() as session:
        plan = next(p for p in session.get(m.Unit, unit_id).plans if p.fiscal_year == 2569)
        own, other = plan.grouping, ("indicator" if plan.grouping == "theme" else "theme")
    request = DocumentRequest("analysis", MUANG, 2568)
    before = _text(demo_db, request, tmp_path, "before")
    with demo_db.transaction() as session:
        wording_edits.save_wording(session, unit_id, "plan", 2569, None, {"layout": own})
    assert _text(demo_db, request, tmp_path, "own") == before
    with demo_db.transaction() as session:
        wording_edits.save_wording(session, unit_id, "plan", 2569, None, {"layout": other})
    regrouped = _text(demo_db, request, tmp_path, "other")
    assert regrouped != before
    plan_part = _text(demo_db, DocumentRequest("plan", MUANG, 2569), tmp_path, "plan")
    assert plan_part != _text(demo_db, DocumentRequest("plan", MUANG, 2569, layout=own), tmp_path, "plan_own")
