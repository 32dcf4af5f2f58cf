"""Score template and import: export → import gives the same scores (every demo unit), typed
variants are accepted, every problem names sheet and cell, nothing is applied from a bad file."""
from __future__ import annotations

import openpyxl
import pytest

from app.excel import labels as L
from app.excel.safety import ExcelFileError
from app.excel.score_import import apply_score_plan, read_score_file
from app.excel.template import write_score_template
from app.errors import InputError
from app.exchange.workspace import document_bytes
from app.services.units import get_assessment, list_units, score_sheet
from tests.excel_fixtures import add_unit, unit_doc


def _cell_of(ws, key: str, col: str = "F") -> str:
    for r in range(5, ws.max_row + 1):
        if ws[f"A{r}"].value == key:
            return f"{col}{r}"
    raise AssertionError(key)


def test_demo_template_reads_back_unchanged(demo_db, tmp_path):
    with demo_db.session() as session:
        checked = 0
        for u in list_units(session):
            for year in u.assessment_years:
                a = get_assessment(session, u.name, year)
                path = write_score_template(session, a.catalogue.code, tmp_path / f"{year}.xlsx", u.name, year)
                plan = read_score_file(session, path, u.name, year)
                assert plan.ok, [str(p) for p in plan.problems]
                assert plan.changes == []
                assert plan.unchanged == sum(
                    sum(v is not None for v in (s.score, s.public, s.survey)) for s in a.item_scores
                ) + sum(g.published is not None for g in a.group_scores) + sum(
                    sum(v is not None for v in (s.published, s.public, s.survey)) for s in a.indicator_scores
                ) + sum(t.published is not None for t in a.tool_scores) + (a.published_overall is not None) + (
                    a.published_level is not None)
                checked += 1
        assert checked >= 4


def test_export_import_into_another_unit_gives_same_scores(demo_db, tmp_path):
    source, year = "เทศบาลตำบลม่วงยาย", 2568
    target = add_unit(demo_db, unit_doc("เทศบาลตำบลปลายทาง", years={2567: ("ITA-2567", 80.0)}, plan_year=None))
    with demo_db.session() as session:
        path = write_score_template(session, "ITA-2568", tmp_path / "t.xlsx", source, year)
    wb = openpyxl.load_workbook(path)
    meta = wb[L.SHEET_TEMPLATE_META]
    meta["B5"] = ""  # an unnamed template may be imported into any unit
    wb.save(path)
    with demo_db.transaction() as session:
        plan = read_score_file(session, path, target, year)
        assert plan.ok and plan.creates_assessment and len(plan.changes) > 50
        assert apply_score_plan(session, plan).scores
    with demo_db.session() as session:
        a, b = score_sheet(session, source, year), score_sheet(session, target, year)
        assert b.as_dict()["indicators"] == a.as_dict()["indicators"]
        assert b.as_dict()["overall"] == a.as_dict()["overall"]
        assert b.level_published == a.level_published


def test_thai_digits_spaces_blanks_and_changes(db, tmp_path):
    name = add_unit(db, unit_doc("อบต.กรอกคะแนน"))
    with db.session() as session:
        before = score_sheet(session, name, 2568)
        path = write_score_template(session, "ITA-2568", tmp_path / "t.xlsx", name, 2568)
    wb = openpyxl.load_workbook(path)
    ws = wb[L.SHEET_TEMPLATE]
    i1, i2, i3 = _cell_of(ws, "item:i1"), _cell_of(ws, "item:i2"), _cell_of(ws, "item:i3")
    e1p, e1s = _cell_of(ws, "item:e1", "G"), _cell_of(ws, "item:e1", "H")
    ws[i1] = " ๙๕.๕๐ "        # Thai digits with stray spaces
    ws[i2] = "  88.1"          # Arabic digits as text
    ws[i3] = None              # blank: keep what is stored
    ws[e1p] = 77               # a real number
    ws[e1s] = "๖๐"
    ws[_cell_of(ws, "overall")] = " 91 . 25 "
    ws[_cell_of(ws, "level")] = " ผ่านดีเยี่ยม "
    wb.save(path)
    with db.transaction() as session:
        plan = read_score_file(session, path, name, 2568)
        assert plan.ok, [str(p) for p in plan.problems]
        got = {(c.key, c.field): (c.old, c.new) for c in plan.changes}
        assert got[("item:i1", "score")][1] == 95.5
        assert got[("item:i2", "score")][1] == 88.1
        assert ("item:i3", "score") not in got and plan.blank >= 1
        assert got[("item:e1", "public")][1] == 77 and got[("item:e1", "survey")][1] == 60
        assert got[("overall", "score")] == (93.21, 91.25)
        assert got[("level", "score")][1] == "ผ่านดีเยี่ยม"
        assert all(c.cell for c in plan.changes)
        apply_score_plan(session, plan)
    with db.session() as session:
        a = get_assessment(session, name, 2568)
        items = {s.item_code: s for s in a.item_scores}
        assert items["i1"].score == 95.5 and items["i3"].score == before.indicator(1).items[2].score
        assert items["e1"].public == 77 and items["e1"].survey == 60
        assert a.published_overall == 91.25 and a.published_level == "ผ่านดีเยี่ยม"


def test_problems_name_sheet_and_cell_and_nothing_is_applied(db, tmp_path):
    name = add_unit(db, unit_doc("อบต.กรอกผิด"))
    with db.session() as session:
        path = write_score_template(session, "ITA-2568", tmp_path / "t.xlsx", name, 2568)
        before = document_bytes(session, name)
    wb = openpyxl.load_workbook(path)
    ws = wb[L.SHEET_TEMPLATE]
    bad = {
        _cell_of(ws, "item:i1"): "๑๒๐",           # out of range
        _cell_of(ws, "item:i2"): "เก้าสิบ",        # not a number
        _cell_of(ws, "item:e1"): 80,              # dual item: score goes in Public/Survey
        _cell_of(ws, "item:i4", "G"): 70,         # single item: no Public column
        _cell_of(ws, "level"): "ดีมาก",            # not a level of 2568
    }
    for ref, value in bad.items():
        ws[ref] = value
    ws[_cell_of(ws, "item:i5")] = 55.5          # a valid change alongside the bad ones
    wb.save(path)
    with db.transaction() as session:
        plan = read_score_file(session, path, name, 2568)
        assert not plan.ok
        assert {p.cell for p in plan.problems} == set(bad)
        assert all(p.sheet == L.SHEET_TEMPLATE and p.reason for p in plan.problems)
        assert any("๐–๑๐๐" in p.reason for p in plan.problems)
        assert all(str(p).startswith("แผ่นงาน “กรอกคะแนน” ช่อง ") for p in plan.problems)
        with pytest.raises(InputError, match="ยังนำเข้าไม่ได้"):
            apply_score_plan(session, plan)
    with db.session() as session:
        assert document_bytes(session, name) == before


def test_stale_plan_and_wrong_file_refused(db, tmp_path):
    name = add_unit(db, unit_doc("อบต.ตรวจซ้ำ"))
    other = add_unit(db, unit_doc("อบต.อื่น"))
    with db.session() as session:
        path = write_score_template(session, "ITA-2568", tmp_path / "t.xlsx", name, 2568)
    wb = openpyxl.load_workbook(path)
    wb[L.SHEET_TEMPLATE][_cell_of(wb[L.SHEET_TEMPLATE], "item:i1")] = 12
    wb.save(path)
    with db.transaction() as session:
        plan = read_score_file(session, path, name, 2568)
        with pytest.raises(ExcelFileError, match="ไม่ใช่ปี 2567"):
            read_score_file(session, path, name, 2567)
        with pytest.raises(ExcelFileError, match="อบต.ตรวจซ้ำ"):
            read_score_file(session, path, other, 2568)
        item = next(s for s in get_assessment(session, name, 2568).item_scores if s.item_code == "i1")
        item.score = 50.0  # someone edits after the check
        session.flush()
        with pytest.raises(InputError, match="ถูกแก้ไขหลังจากตรวจไฟล์"):
            apply_score_plan(session, plan)
