"""Write-side services of the desktop program, on the demo units (no Qt)."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.services import analysis_edits, phrases, score_edits, unit_edits
from app.services.overview import year_overview
from app.services.score_edits import ScoreCell
from app.services.scoring import compute
from app.services.units import get_assessment
from app.store.models import Measure, MeasurePlan, Memo, Progress, Unit

MUANG_YAI = "เทศบาลตำบลม่วงยาย"
KHAO = "องค์การบริหารส่วนตำบลเขาสมอคอน"


def _aid(session, name, year):
    return get_assessment(session, name, year).id


def _unit_id(session, name):
    return session.scalar(select(Unit.id).where(Unit.name == name))


def test_item_score_edit_changes_indicator_and_overall(demo_db):
    with demo_db.transaction() as s:
        aid = _aid(s, MUANG_YAI, 2568)
        before = compute(s.get(type(get_assessment(s, MUANG_YAI, 2568)), aid))
        old_i1 = before.indicator(1).items[0].score
        changes = score_edits.set_value(s, aid, ScoreCell("item", "i1", "score"), 50)
        assert changes.scores
        # the published indicator score stays what the NACC said; the computed one follows
        ind_pub = score_edits.get_values(s, aid, [ScoreCell("indicator", "1", "published")])[0]
        score_edits.set_value(s, aid, ScoreCell("indicator", "1", "published"), None)
    with demo_db.session() as s:
        sheet = compute(get_assessment(s, MUANG_YAI, 2568))
        ind1 = sheet.indicator(1)
        assert ind1.items[0].score == 50
        assert ind1.value.computed == pytest.approx((50 + 100 + 100) / 3)
        assert ind_pub == pytest.approx(98.67)
        assert old_i1 == 96.0


def test_score_out_of_range_writes_nothing(demo_db):
    with demo_db.session() as s:
        aid = _aid(s, MUANG_YAI, 2568)
    with pytest.raises(ValueError, match="นอกช่วง"):
        with demo_db.transaction() as s:
            score_edits.set_values(s, aid, [(ScoreCell("item", "i2", "score"), 10),
                                            (ScoreCell("item", "i3", "score"), 101)])
    with demo_db.session() as s:
        assert score_edits.get_values(s, aid, [ScoreCell("item", "i2", "score")]) == [100.0]


def test_published_level_must_be_a_label_of_the_year(demo_db):
    with demo_db.transaction() as s:
        aid = _aid(s, MUANG_YAI, 2568)
        with pytest.raises(ValueError, match="ไม่มีในเกณฑ์"):
            score_edits.set_published_level(s, aid, "AA")
        score_edits.set_published_level(s, aid, "ผ่านดีเยี่ยม")
    with demo_db.session() as s:
        sheet = compute(get_assessment(s, MUANG_YAI, 2568))
        assert sheet.level_published == "ผ่านดีเยี่ยม"
        assert any(m.where == "level" for m in sheet.mismatches)


def test_create_and_delete_assessment(demo_db):
    with demo_db.transaction() as s:
        uid = _unit_id(s, MUANG_YAI)
        aid = score_edits.create_assessment(s, uid, 2569)
        assert score_edits.assessment_id_for(s, uid, 2569) == aid
        with pytest.raises(ValueError, match="มีผลการประเมินปี 2569 อยู่แล้ว"):
            score_edits.create_assessment(s, uid, 2569)
        score_edits.delete_assessment(s, aid)
        assert score_edits.assessment_id_for(s, uid, 2569) is None


def test_analysis_text_section_and_copy_previous_year(demo_db):
    with demo_db.transaction() as s:
        uid = _unit_id(s, MUANG_YAI)
        new = score_edits.create_assessment(s, uid, 2569)
        before = analysis_edits.snapshot(s, new)
        assert before.is_empty
        changes, year = analysis_edits.copy_previous_year(s, new)
        assert changes.analysis and year == 2568
        old = _aid(s, MUANG_YAI, 2568)
        assert analysis_edits.get_text(s, new, 1, "deficiency") == analysis_edits.get_text(s, old, 1, "deficiency") != ""
        assert analysis_edits.get_section(s, new, "problems").startswith("๑.")
        analysis_edits.set_text(s, new, 1, "to_keep", "ควรรักษามาตรฐานไว้")
        assert analysis_edits.get_text(s, new, 1, "to_keep") == "ควรรักษามาตรฐานไว้"
        analysis_edits.restore(s, new, before)
        assert analysis_edits.snapshot(s, new).is_empty
        with pytest.raises(ValueError, match="ไม่มีตัวชี้วัดที่ 11"):
            analysis_edits.set_text(s, new, 11, "deficiency", "x")


def test_copy_previous_year_without_history_is_refused(demo_db):
    with demo_db.transaction() as s:
        with pytest.raises(ValueError, match="ไม่มีบทวิเคราะห์ของปีก่อน"):
            analysis_edits.copy_previous_year(s, _aid(s, MUANG_YAI, 2568))


def test_unit_fields_departments_and_rename_carried_into_measures(demo_db):
    with demo_db.transaction() as s:
        uid = _unit_id(s, MUANG_YAI)
        unit_edits.set_field(s, uid, "phone", "๐ ๕๓๖๐ ๒๑๒๓")
        unit_edits.set_field(s, uid, "thai_digits", False)
        with pytest.raises(ValueError, match="เว้นว่างไม่ได้"):
            unit_edits.set_field(s, uid, "name", "  ")
        with pytest.raises(ValueError, match="มีหน่วยงานชื่อ"):
            unit_edits.set_field(s, uid, "name", KHAO)
        unit_edits.add_department(s, uid, "กองช่าง", 0)
        measure = s.scalars(select(Measure).join(MeasurePlan).where(MeasurePlan.unit_id == uid)).first()
        measure.responsible = ["กองช่าง", "กองคลัง"]
        s.flush()
        changes = unit_edits.rename_department(s, uid, "กองช่าง", "กองช่างโยธา")
        assert changes.measures
        changes, index = unit_edits.remove_department(s, uid, "กองคลัง")
        assert index == 2
    with demo_db.session() as s:
        unit = s.get(Unit, uid)
        assert unit.phone == "๐ ๕๓๖๐ ๒๑๒๓" and unit.thai_digits is False
        assert [d.name for d in unit.departments] == ["กองช่างโยธา", "สำนักปลัดเทศบาล"]
        assert s.get(Measure, measure.id).responsible == ["กองช่างโยธา", "กองคลัง"]


def test_signer_remove_and_restore_keeps_place_and_memos(demo_db):
    with demo_db.transaction() as s:
        uid = _unit_id(s, KHAO)
        unit = s.get(Unit, uid)
        if not unit.signers:
            unit_edits.add_signer(s, uid, "นาย ก", ["ปลัด"])
        first = unit.signers[0]
        memo = s.scalar(select(Memo).where(Memo.unit_id == uid))
        if memo is not None:
            memo.signer_id = first.id
        s.flush()
        data = unit_edits.signer_data(s, first.id)
        unit_edits.remove_signer(s, first.id)
        unit_edits.add_signer(s, uid, data.name, data.positions, data.index, data.key, data.memo_ids)
        restored = unit_edits.find_signer_id(s, uid, data.key)
        assert s.get(Unit, uid).signers[data.index].id == restored
        if memo is not None:
            assert s.get(Memo, memo.id).signer_id == restored


def test_garuda_must_be_png_or_jpeg(demo_db):
    with demo_db.transaction() as s:
        uid = _unit_id(s, MUANG_YAI)
        with pytest.raises(ValueError, match="PNG หรือ JPG"):
            unit_edits.set_garuda(s, uid, b"GIF89a....")
        unit_edits.set_garuda(s, uid, b"\x89PNG\r\n\x1a\n" + b"0" * 20)
        assert s.get(Unit, uid).garuda_png.startswith(b"\x89PNG")


def test_phrase_library(demo_db):
    shipped = phrases.shipped_phrases()
    assert len(shipped) >= 30
    assert {p.category for p in shipped} == set(phrases.CATEGORIES)
    with demo_db.transaction() as s:
        _changes, pid = phrases.add_phrase(s, "to_keep", "รักษามาตรฐานการให้บริการไว้", 6)
        with pytest.raises(ValueError, match="มีวลีนี้"):
            phrases.add_phrase(s, "to_keep", "รักษามาตรฐานการให้บริการไว้", 6)
        for_6 = phrases.list_phrases(s, "to_keep", 6)
        assert for_6[0].id == pid and for_6[0].source == phrases.SOURCE_USER
        assert all(p.indicator in (None, 6) for p in for_6)
        assert pid not in [p.id for p in phrases.list_phrases(s, "to_keep", 1)]
        phrases.remove_phrase(s, pid)
        assert pid not in [p.id for p in phrases.list_phrases(s)]


def test_overview_counts_and_overdue(demo_db):
    with demo_db.session() as s:
        uid = _unit_id(s, MUANG_YAI)
        o = year_overview(s, uid, 2568, today=dt.date(2026, 1, 1))
        assert o.overall == pytest.approx(95.41) and o.level == "ผ่านดี"
        assert len(o.indicators) == 10 and o.previous_year is None
        assert o.weakest_items[0].score <= o.weakest_items[-1].score
        plan_year = year_overview(s, uid, 2569, today=dt.date(2026, 10, 15))
        assert plan_year.has_plan and not plan_year.has_assessment
        assert plan_year.rounds[0].counts["not_started"] == 13
        assert len(plan_year.overdue) == 13  # every measure ends 30 Sep 2026
        assert year_overview(s, uid, 2569, today=dt.date(2026, 1, 1)).overdue == []
    with demo_db.transaction() as s:
        m = s.scalars(select(Measure).join(MeasurePlan).where(
            MeasurePlan.unit_id == uid, MeasurePlan.fiscal_year == 2569)).first()
        m.progress.append(Progress(round=6, status="done"))
    with demo_db.session() as s:
        o = year_overview(s, uid, 2569, today=dt.date(2026, 10, 15))
        assert o.rounds[0].counts == {"in_progress": 0, "done": 1, "not_started": 12}
        assert len(o.overdue) == 12


def test_overview_compares_with_previous_year(demo_db):
    with demo_db.session() as s:
        o = year_overview(s, _unit_id(s, KHAO), 2568)
        assert o.previous_year == 2567
        assert o.previous_overall == pytest.approx(92.84)
        assert any(r.previous is not None and r.delta is not None for r in o.indicators)


def test_a_too_long_name_says_whose_name_it_is(demo_db):
    """"ชื่อ" alone does not say which: the message names the record it belongs to."""
    for add, where in ((lambda s, uid: unit_edits.add_department(s, uid, "ก" * 300), "หน่วยงานย่อย"),
                       (lambda s, uid: unit_edits.add_signer(s, uid, "ก" * 300, ["ปลัด"]), "ผู้ลงนาม")):
        with pytest.raises(ValueError, match=f"ข้อความในช่อง “ชื่อ” \\({where}\\) ยาว 300 ตัวอักษร"):
            with demo_db.transaction() as s:
                add(s, _unit_id(s, MUANG_YAI))
