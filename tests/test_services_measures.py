"""Measures plan edits on the demo units: add, edit, duplicate, move, delete and restore,
start next year, and the plan view the editor reads."""
from __future__ import annotations

import datetime as dt

import pytest

from app.services import measure_edits as me
from app.store.models import Measure, MeasurePlan, Photo
from tests.demo_units import unit_id_like as _unit_id


def _plan_id(db, unit_id: int, year: int) -> int:
    with db.session() as s:
        return me.find_plan_id(s, unit_id, year)


def _titles(db, plan_id: int) -> list[str]:
    with db.session() as s:
        return [m.title for m in s.get(MeasurePlan, plan_id).measures]


def test_add_edit_move_delete_restore(demo_db):
    unit = _unit_id(demo_db, "ม่วงยาย")
    plan = _plan_id(demo_db, unit, 2569)
    before = _titles(demo_db, plan)
    with demo_db.transaction() as s:
        changes, new_id = me.add_measure(s, plan, 1, {"title": "  อบรมคุณธรรมบุคลากร ", "indicator_number": "๕",
                                                      "responsible": "สำนักปลัดเทศบาล, กองคลัง\nกองคลัง"})
    assert changes.measures
    after = _titles(demo_db, plan)
    assert after[1] == "อบรมคุณธรรมบุคลากร" and len(after) == len(before) + 1
    with demo_db.session() as s:
        got = me.get_fields(s, new_id, ("indicator_number", "responsible", "related_items"))
    assert got == {"indicator_number": 5, "responsible": ["สำนักปลัดเทศบาล", "กองคลัง"], "related_items": []}

    with demo_db.transaction() as s:
        me.set_fields(s, new_id, {"period_start": dt.date(2025, 10, 1), "period_end": dt.date(2026, 3, 31),
                                  "related_items": ["I1", "o10"]})
    with demo_db.session() as s:
        assert me.get_fields(s, new_id, ("related_items",))["related_items"] == ["i1", "o10"]

    with demo_db.transaction() as s:
        me.move_measure(s, new_id, 0)
    assert _titles(demo_db, plan)[0] == "อบรมคุณธรรมบุคลากร"

    # Give it progress and a photo, delete it, and restore it exactly, same ids.
    from app.services import photo_edits, progress_edits
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4"
           b"\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND"
           b"\xaeB`\x82")
    with demo_db.transaction() as s:
        progress_edits.set_progress(s, new_id, 6, {"status": "done", "summary": "จัดอบรมแล้ว"})
        _, photo_id = photo_edits.add_photo(s, new_id, 6, png, "a.png", "ภาพการอบรม")
    with demo_db.transaction() as s:
        _, snap = me.delete_measure(s, new_id)
    assert _titles(demo_db, plan) == before
    with demo_db.session() as s:
        assert s.get(Photo, photo_id) is None
    with demo_db.transaction() as s:
        me.restore_measure(s, snap)
    assert _titles(demo_db, plan)[0] == "อบรมคุณธรรมบุคลากร"
    with demo_db.session() as s:
        ms = s.get(Measure, new_id)
        assert ms.progress[0].summary == "จัดอบรมแล้ว"
        assert s.get(Photo, photo_id).caption == "ภาพการอบรม"


def test_bad_input_is_refused_with_thai_message_and_nothing_saved(demo_db):
    unit = _unit_id(demo_db, "ม่วงยาย")
    plan = _plan_id(demo_db, unit, 2569)
    with demo_db.session() as s:
        first = s.get(MeasurePlan, plan).measures[0].id
    with pytest.raises(ValueError, match="วันสิ้นสุด"):
        with demo_db.transaction() as s:
            me.set_fields(s, first, {"title": "ชื่อใหม่", "period_start": dt.date(2026, 3, 1),
                                     "period_end": dt.date(2025, 10, 1)})
    with pytest.raises(ValueError, match="เว้นว่างไม่ได้"):
        with demo_db.transaction() as s:
            me.set_fields(s, first, {"title": "  "})
    with pytest.raises(ValueError, match="ตัวชี้วัด"):
        with demo_db.transaction() as s:
            me.set_fields(s, first, {"indicator_number": 11})
    assert _titles(demo_db, plan)[0] != "ชื่อใหม่"


def test_duplicate_copies_fields_not_progress(demo_db):
    unit = _unit_id(demo_db, "ปลาไหล")
    plan = _plan_id(demo_db, unit, 2568)
    with demo_db.session() as s:
        src = s.get(MeasurePlan, plan).measures[0]
        src_id, src_title, src_steps = src.id, src.title, src.steps
        assert src.progress
    with demo_db.transaction() as s:
        _, dup = me.duplicate_measure(s, src_id)
    with demo_db.session() as s:
        d = s.get(Measure, dup)
        assert d.position == 1 and d.title.startswith(src_title) and d.steps == src_steps
        assert d.progress == []


def test_start_next_year_copies_plan_without_progress_and_undoes(demo_db):
    unit = _unit_id(demo_db, "ม่วงยาย")
    plan = _plan_id(demo_db, unit, 2569)
    with demo_db.transaction() as s:
        _, new_plan = me.start_next_year(s, plan)
    with demo_db.session() as s:
        old, new = s.get(MeasurePlan, plan), s.get(MeasurePlan, new_plan)
        assert new.fiscal_year == 2570 and len(new.measures) == len(old.measures)
        first = new.measures[0]
        assert first.period_start == dt.date(2026, 10, 1) and first.period_end == dt.date(2027, 9, 30)
        # "๑ ตุลาคม ๒๕๖๘ - ๓๐ กันยายน ๒๕๖๙" moves a year on, still in Thai digits
        assert first.period_text == "๑ ตุลาคม ๒๕๖๙ - ๓๐ กันยายน ๒๕๗๐"
        assert all(not m.progress for m in new.measures) and not new.notes
    with pytest.raises(ValueError, match="อยู่แล้ว"):
        with demo_db.transaction() as s:
            me.start_next_year(s, plan)
    with demo_db.transaction() as s:
        _, snap = me.delete_plan(s, new_plan)
    assert _plan_id(demo_db, unit, 2570) is None
    with demo_db.transaction() as s:
        me.restore_plan(s, snap)
    assert _plan_id(demo_db, unit, 2570) == new_plan


def test_plan_view_uses_the_catalogue_the_plan_answers(demo_db):
    unit = _unit_id(demo_db, "ม่วงยาย")
    with demo_db.session() as s:
        view = me.plan_view(s, unit, 2569)
        assert me.plan_view(s, unit, 2590) is None
    assert view.catalogue_code == "ITA-2568"
    assert len(view.measures) == 13 and view.departments == ("สำนักปลัดเทศบาล", "กองคลัง")
    assert {"i1", "o28"} <= {it.code for it in view.items}
    assert view.themes[7].startswith("กลไกและมาตรการ")
    with demo_db.transaction() as s:
        me.set_grouping(s, view.plan_id, "theme")
        assert me.get_grouping(s, view.plan_id) == "theme"
        with pytest.raises(ValueError):
            me.set_grouping(s, view.plan_id, "tool")
