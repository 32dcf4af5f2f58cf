"""Carry-over (issue 10 §2) on the demo units typed in from the seeds: the 12-month round
starts from the 6-month one (seed 004's อบต.ขามสะแกแสง), a plan starts from chosen measures of
the previous plan and the analysis is offered to a new measure (seed 003's ม่วงยาย), and a
duplicated measure is named apart."""
from __future__ import annotations

from sqlalchemy import select

from app.services import carry_over, measure_edits, progress_edits
from app.services.measure_edits import copy_title, find_plan_id
from app.store.models import STATUS_DONE, STATUS_IN_PROGRESS, Measure, MeasurePlan, Progress, Unit

KHAM = "องค์การบริหารส่วนตำบลขามสะแกแสง"
MUANG_YAI = "เทศบาลตำบลม่วงยาย"


def _unit_id(s, name: str) -> int:
    return s.scalar(select(Unit.id).where(Unit.name == name))


def _rows(s, plan_id: int, round_: int) -> dict[int, tuple[str, str, str]]:
    plan = s.get(MeasurePlan, plan_id)
    out = {}
    for ms in plan.measures:
        pr = next((p for p in ms.progress if p.round == round_), None)
        out[ms.id] = (pr.status, pr.summary, pr.outcome) if pr else None
    return out


def test_twelve_month_round_starts_from_six_month_round(demo_db):
    with demo_db.session() as s:
        unit_id = _unit_id(s, KHAM)
        plan_id = find_plan_id(s, unit_id, 2566)
        six = _rows(s, plan_id, 6)
        assert all(v is not None for v in six.values()) and len(six) == 17
        assert sorted(carry_over.carryable(s, plan_id)) == sorted(six)
        before_view = progress_edits.tracking_view(s, unit_id, 2566, 12)
        assert not any(r.carried for r in before_view.rows)
    # The officer already wrote one measure's 12-month entry: it is kept, not overwritten.
    first = next(iter(six))
    with demo_db.transaction() as s:
        progress_edits.set_progress(s, first, 12, {"status": STATUS_DONE, "summary": "สรุปรอบ ๑๒ เดือนของเจ้าหน้าที่"})
    with demo_db.transaction() as s:
        result = carry_over.carry_round(s, plan_id)
    assert len(result.carried) == 16 and result.skipped == (first,)
    assert "๑๖ มาตรการ" in result.message and "ข้าม ๑ มาตรการ" in result.message
    with demo_db.session() as s:
        twelve = _rows(s, plan_id, 12)
        for mid in result.carried:
            assert twelve[mid] == six[mid]
        assert twelve[first][1] == "สรุปรอบ ๑๒ เดือนของเจ้าหน้าที่"
        view = progress_edits.tracking_view(s, unit_id, 2566, 12)
        carried = {r.measure_id for r in view.rows if r.carried}
        assert carried == set(result.carried)
        # the 6-month view never shows the mark
        assert not any(r.carried for r in progress_edits.tracking_view(s, unit_id, 2566, 6).rows)
    # Editing a carried entry makes it the officer's own: the mark goes.
    edited = next(mid for mid in result.carried if six[mid][0] == STATUS_IN_PROGRESS)
    with demo_db.transaction() as s:
        progress_edits.set_progress(s, edited, 12, {"status": STATUS_DONE})
    with demo_db.session() as s:
        view = progress_edits.tracking_view(s, unit_id, 2566, 12)
        assert edited not in {r.measure_id for r in view.rows if r.carried}
        assert len([r for r in view.rows if r.carried]) == 15
    # Undo puts the 12-month round back exactly as it was before carrying.
    with demo_db.transaction() as s:
        progress_edits.set_progress(s, edited, 12, {"status": six[edited][0]})
        carry_over.undo_carry_round(s, result)
    with demo_db.session() as s:
        twelve = _rows(s, plan_id, 12)
        assert [mid for mid, v in twelve.items() if v is not None] == [first]
        assert s.scalar(select(Progress).where(Progress.round == 12, Progress.measure_id == edited)) is None


def test_carrying_an_empty_six_month_round_is_refused_in_thai(demo_db):
    with demo_db.transaction() as s:
        plan_id = find_plan_id(s, _unit_id(s, MUANG_YAI), 2569)
        try:
            carry_over.carry_round(s, plan_id)
        except ValueError as exc:
            assert "รอบ ๖ เดือนยังไม่มีผลการดำเนินการ" in str(exc)
        else:
            raise AssertionError("carrying nothing was accepted")


def test_new_plan_from_chosen_measures_of_the_previous_plan(demo_db):
    with demo_db.session() as s:
        unit_id = _unit_id(s, KHAM)
        prev_id, previous = carry_over.previous_measures(s, unit_id, 2567)
        assert prev_id == find_plan_id(s, unit_id, 2566) and len(previous) == 17
        assert {p.status for p in previous} == {STATUS_DONE, STATUS_IN_PROGRESS}
        assert carry_over.previous_measures(s, unit_id, 2570) == (None, [])
    chosen = [p.id for p in previous if p.status == STATUS_IN_PROGRESS]
    with demo_db.transaction() as s:
        _, new_id = carry_over.start_plan_from_previous(s, unit_id, 2567, chosen)
    with demo_db.session() as s:
        new = s.get(MeasurePlan, new_id)
        old = {m.id: m for m in s.get(MeasurePlan, prev_id).measures}
        assert new.fiscal_year == 2567
        assert [m.title for m in new.measures] == [old[i].title for i in chosen]
        assert [m.position for m in new.measures] == list(range(len(chosen)))
        for m, i in zip(new.measures, chosen):
            assert not m.progress
            if old[i].period_start:
                assert m.period_start.year == old[i].period_start.year + 1
    with demo_db.transaction() as s:
        try:
            carry_over.start_plan_from_previous(s, unit_id, 2567, chosen)
        except ValueError as exc:
            assert "อยู่แล้ว" in str(exc)
        else:
            raise AssertionError("a second plan for 2567 was accepted")
        s.rollback()


def test_new_measure_is_offered_the_analysis_of_its_indicator(demo_db):
    with demo_db.session() as s:
        unit_id = _unit_id(s, MUANG_YAI)
        offers = carry_over.finding_offers(s, unit_id, 2569, 1)
        assert [o.kind for o in offers] == ["deficiency", "to_develop"]
        assert offers[0].text.startswith("เจ้าหน้าที่ปฏิบัติหรือให้บริการแก่บุคคลภายนอก")
        assert offers[0].fiscal_year == 2568 and "บทวิเคราะห์ปี ๒๕๖๘" in offers[0].label
        # a later plan year still reaches back to the latest analysis; none without an indicator
        assert carry_over.finding_offers(s, unit_id, 2570, 1)[0].text == offers[0].text
        assert carry_over.finding_offers(s, unit_id, 2569, None) == []
        assert carry_over.finding_offers(s, unit_id, 2568, 1) == []  # no analysis before 2568


def test_duplicated_measures_are_named_apart(demo_db):
    assert copy_title("มาตรการ ก", []) == "มาตรการ ก (สำเนา)"
    assert copy_title("มาตรการ ก", ["มาตรการ ก (สำเนา)"]) == "มาตรการ ก (สำเนา ๒)"
    assert copy_title("มาตรการ ก (สำเนา)", ["มาตรการ ก (สำเนา)"]) == "มาตรการ ก (สำเนา ๒)"
    assert copy_title("มาตรการ ก (สำเนา ๒)", ["มาตรการ ก (สำเนา)", "มาตรการ ก (สำเนา ๒)"]) == "มาตรการ ก (สำเนา ๓)"
    with demo_db.transaction() as s:
        plan_id = find_plan_id(s, _unit_id(s, MUANG_YAI), 2569)
        source = s.get(MeasurePlan, plan_id).measures[0]
        _, first = measure_edits.duplicate_measure(s, source.id)
        _, second = measure_edits.duplicate_measure(s, source.id)
        _, third = measure_edits.duplicate_measure(s, first)
        titles = [s.get(Measure, i).title for i in (first, second, third)]
    base = source.title
    assert titles == [f"{base} (สำเนา)", f"{base} (สำเนา ๒)", f"{base} (สำเนา ๓)"]
