"""Years (issue 10 §1): the current fiscal year follows the date, any year from the oldest
catalogue to current + 1 can be added, a year newer than every catalogue asks which one to
copy, and a past year can hold indicator scores only (2564, 2565)."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from app.cli import main
from app.services import score_edits
from app.services.score_edits import KIND_INDICATOR, KIND_OVERALL, FIELD_PUBLISHED, ScoreCell
from app.services.scoring import compute
from app.services.years import (
    CatalogueNeeded, add_results_year, current_fiscal_year, default_plan_year, default_results_year,
    remove_results_year, year_options, year_range,
)
from app.store.models import Assessment, Catalogue, Unit

TODAY = dt.date(2026, 11, 30)  # fiscal year 2570; the officer has just received 2569's results


def _new_unit(db, name="องค์การบริหารส่วนตำบลทดสอบปี") -> int:
    with db.transaction() as s:
        unit = Unit(name=name)
        s.add(unit)
        s.flush()
        return unit.id


def test_the_current_year_follows_the_date():
    assert current_fiscal_year(TODAY) == 2570
    assert current_fiscal_year(dt.date(2026, 9, 30)) == 2569
    assert current_fiscal_year(dt.date(2026, 10, 1)) == 2570
    assert default_results_year(TODAY) == 2569
    assert default_plan_year(TODAY) == 2570
    assert year_range(TODAY) == (2564, 2571)
    assert year_range(dt.date(2027, 10, 1)) == (2564, 2572)


def test_options_offer_every_catalogue_by_name(db):
    unit_id = _new_unit(db)
    with db.session() as s:
        opts = year_options(s, unit_id, TODAY)
    codes = [c.code for c in opts.catalogues]
    assert codes == ["ITA-2564", "ITA-2565", "ITA-2566", "ITA-2567", "ITA-2568", "ITA-2569"]
    assert (opts.results_year, opts.plan_year, opts.current_year) == (2569, 2570, 2570)
    assert opts.catalogue_for(2569).code == "ITA-2569"
    assert opts.catalogue_for(2570) is None
    assert opts.newest_catalogue_before(2570).code == "ITA-2569"
    by_code = {c.code: c for c in opts.catalogues}
    assert by_code["ITA-2564"].item_count == 0 and "รายตัวชี้วัดเท่านั้น" in by_code["ITA-2564"].label
    assert "ฉบับชั่วคราว" in by_code["ITA-2569"].label


def test_a_new_unit_enters_the_year_just_assessed(db):
    unit_id = _new_unit(db)
    with db.transaction() as s:
        added = add_results_year(s, unit_id, default_results_year(TODAY), today=TODAY)
    assert (added.fiscal_year, added.catalogue_code, added.copied_from) == (2569, "ITA-2569", None)
    with db.session() as s:
        a = s.get(Assessment, added.assessment_id)
        assert a.fiscal_year == 2569 and a.catalogue.code == "ITA-2569" and len(a.catalogue.items) == 52


def test_a_year_newer_than_every_catalogue_is_never_substituted_silently(db):
    unit_id = _new_unit(db)
    with db.transaction() as s:
        with pytest.raises(CatalogueNeeded) as info:
            add_results_year(s, unit_id, 2570, today=TODAY)
        assert "ITA-2569" in str(info.value) and "๒๕๗๐" in str(info.value)
        assert [c.code for c in info.value.candidates][-1] == "ITA-2569"
        # The old "start this year's results" path refuses too instead of using ITA-2569.
        with pytest.raises(CatalogueNeeded):
            score_edits.create_assessment(s, unit_id, 2570)
        s.rollback()
    with db.transaction() as s:
        added = add_results_year(s, unit_id, 2570, copy_from="ITA-2569", today=TODAY)
    assert added.catalogue_code == "ITA-2570" and added.copied_from == "ITA-2569"
    assert "คัดลอกชุดตัวชี้วัด ITA-2569" in added.message
    with db.session() as s:
        a = s.get(Assessment, added.assessment_id)
        assert a.catalogue.code == "ITA-2570" and a.catalogue.provisional and a.catalogue.fiscal_year == 2570
    # Undo takes the copy away with the year, so the next try asks again.
    with db.transaction() as s:
        remove_results_year(s, unit_id, 2570, drop_catalogue="ITA-2570")
    with db.session() as s:
        assert s.query(Catalogue).filter_by(code="ITA-2570").first() is None
        assert not s.get(Unit, unit_id).assessments


def test_years_outside_the_range_are_refused_in_thai(db):
    unit_id = _new_unit(db)
    with db.transaction() as s:
        for year in (2563, 2572):
            with pytest.raises(ValueError, match="ปีงบประมาณต้องอยู่ระหว่าง ๒๕๖๔ ถึง ๒๕๗๑"):
                add_results_year(s, unit_id, year, copy_from="ITA-2569", today=TODAY)
        add_results_year(s, unit_id, 2569, today=TODAY)
        with pytest.raises(ValueError, match="มีผลการประเมินปีงบประมาณ ๒๕๖๙ อยู่แล้ว"):
            add_results_year(s, unit_id, 2569, today=TODAY)


@pytest.mark.parametrize("year", [2564, 2565])
def test_an_indicator_only_year_scores_from_indicators(db, year):
    unit_id = _new_unit(db)
    with db.transaction() as s:
        added = add_results_year(s, unit_id, year, today=TODAY)
        values = [(ScoreCell(KIND_INDICATOR, str(n), FIELD_PUBLISHED), v)
                  for n, v in zip(range(1, 11), (90, 80, 100, 70, 60, 85, 95, 75, 100, 50))]
        values.append((ScoreCell(KIND_OVERALL, "", FIELD_PUBLISHED), 79.5))
        score_edits.set_values(s, added.assessment_id, values)
    with db.session() as s:
        a = s.get(Assessment, added.assessment_id)
        assert a.catalogue.items == [] and len(a.catalogue.indicators) == 10
        sheet = compute(a)
    tools = {t.code: t.value.computed for t in sheet.tools}
    assert tools == {"IIT": pytest.approx(80.0), "EIT": pytest.approx(85.0), "OIT": pytest.approx(75.0)}
    # 0.3·80 + 0.3·85 + 0.4·75 = 79.5, graded on that year's AA…F bands
    assert sheet.overall.computed == pytest.approx(79.5) and not sheet.overall.mismatch
    assert sheet.level_computed == "B"
    assert all(not i.items for i in sheet.indicators)


def test_command_line_years_and_year_add(db, capsys):
    path = str(db.path)
    _new_unit(db, "เทศบาลตำบลทดสอบปี")
    assert main(["years", "--json", "--today", "2026-11-30", "--db", path]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["first_year"], data["last_year"], data["results_year"], data["plan_year"]) == (2564, 2571, 2569, 2570)
    # The defaults on 30 November 2026: 2569 results and the 2570 plan.
    assert main(["year-add", "--unit", "เทศบาลตำบลทดสอบปี", "--today", "2026-11-30",
                 "--plan-year", "2570", "--db", path]) == 0
    out = capsys.readouterr().out
    assert "เพิ่มผลการประเมินปี ๒๕๖๙" in out and "สร้างแผนมาตรการปี 2570" in out
    # 2571 has no catalogue: refused with the names, then added from a named copy.
    assert main(["year-add", "--unit", "เทศบาลตำบลทดสอบปี", "--year", "2571", "--today", "2026-11-30",
                 "--db", path]) == 1
    err = capsys.readouterr().err
    assert "ITA-2569" in err and "ยังไม่มีชุดตัวชี้วัดของปีงบประมาณ ๒๕๗๑" in err
    assert main(["year-add", "--unit", "เทศบาลตำบลทดสอบปี", "--year", "2571", "--copy-from", "ITA-2569",
                 "--today", "2026-11-30", "--db", path]) == 0
    assert "คัดลอกชุดตัวชี้วัด ITA-2569 เป็น ITA-2571" in capsys.readouterr().out
    assert main(["year-add", "--unit", "เทศบาลตำบลทดสอบปี", "--year", "2564", "--db", path, "--today", "x"]) == 1
    assert "วันที่ “x” ไม่ถูกต้อง" in capsys.readouterr().err
    with db.session() as s:
        unit = s.query(Unit).filter_by(name="เทศบาลตำบลทดสอบปี").one()
        assert [a.fiscal_year for a in unit.assessments] == [2569, 2571]
        assert [p.fiscal_year for p in unit.plans] == [2570]


def test_command_line_plan_from_chosen_previous_measures(demo_db, capsys):
    path, unit = str(demo_db.path), "องค์การบริหารส่วนตำบลขามสะแกแสง"  # seed 004: a 2566 plan of 17
    assert main(["year-add", "--unit", unit, "--plan-only", "--plan-year", "2567", "--from-previous", "1,18",
                 "--today", "2026-11-30", "--db", path]) == 1
    assert "มี 17 มาตรการ: ไม่มีลำดับ 18" in capsys.readouterr().err
    assert main(["year-add", "--unit", unit, "--plan-only", "--plan-year", "2567", "--from-previous", "2, 5",
                 "--today", "2026-11-30", "--db", path]) == 0
    assert "สร้างแผนมาตรการปี 2567 แล้ว (2 มาตรการ)" in capsys.readouterr().out
    with demo_db.session() as s:
        plans = {p.fiscal_year: p for p in s.query(Unit).filter_by(name=unit).one().plans}
        assert [m.title for m in plans[2567].measures] == [plans[2566].measures[i].title for i in (1, 4)]
        assert not plans[2567].measures[0].progress


def test_excel_score_templates_never_put_a_year_on_another_years_catalogue(demo_db, tmp_path, capsys):
    path, unit = str(demo_db.path), "เทศบาลตำบลม่วงยาย"
    out = str(tmp_path / "แบบกรอก2570.xlsx")
    assert main(["score-template", "--unit", unit, "--year", "2570", "-o", out, "--db", path]) == 1
    assert "ยังไม่มีชุดตัวชี้วัดของปีงบประมาณ ๒๕๗๐" in capsys.readouterr().err
    # naming another year's catalogue is explicit, but importing it cannot create 2570 on it
    assert main(["score-template", "--unit", unit, "--year", "2570", "--catalogue", "ITA-2569", "-o", out,
                 "--db", path]) == 0
    capsys.readouterr()
    assert main(["score-import", out, "--unit", unit, "--year", "2570", "--apply", "--db", path]) == 1
    assert "ใช้ชุดตัวชี้วัด ITA-2569 ของปี 2569 แต่ปี 2570 ยังไม่มีผลการประเมิน" in capsys.readouterr().err
    # once the year is added (copying ITA-2569 as ITA-2570), its own template imports
    assert main(["year-add", "--unit", unit, "--year", "2570", "--copy-from", "ITA-2569", "--today", "2026-11-30",
                 "--db", path]) == 0
    assert main(["score-template", "--unit", unit, "--year", "2570", "-o", out, "--db", path]) == 0
    assert "ITA-2570" in capsys.readouterr().out
