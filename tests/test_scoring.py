"""Scoring reproduces the seeds' published figures and reports mismatches."""
import pytest

from app.services.catalogues import ensure_catalogue
from app.services.scoring import compute, level_for
from app.services.units import score_sheet
from app.store import models as m

MUANG_YAI = "เทศบาลตำบลม่วงยาย"
KHAO_SAMO_KHON = "องค์การบริหารส่วนตำบลเขาสมอคอน"


@pytest.mark.parametrize("unit, year, overall, level", [
    (KHAO_SAMO_KHON, 2567, 92.84, "ผ่าน"),
    (KHAO_SAMO_KHON, 2568, 98.97, "ผ่านดีเยี่ยม"),
    (MUANG_YAI, 2568, 95.41, "ผ่านดี"),
])
def test_seed_overall_and_level(demo_db, unit, year, overall, level):
    with demo_db.session() as s:
        sheet = score_sheet(s, unit, year)
    assert round(sheet.overall.computed, 2) == overall
    assert sheet.level_computed == level
    assert sheet.level_published == level
    assert not sheet.overall.mismatch


def test_seed_003_indicator_6_from_public_and_survey(demo_db):
    with demo_db.session() as s:
        sheet = score_sheet(s, MUANG_YAI, 2568)
    ind6 = sheet.indicator(6)
    assert round(ind6.public.computed, 2) == 98.54
    assert round(ind6.survey.computed, 2) == 89.33
    assert round(ind6.value.computed, 2) == 93.94


def test_seed_003_published_group_score_kept_and_mismatch_reported(demo_db):
    with demo_db.session() as s:
        sheet = score_sheet(s, MUANG_YAI, 2568)
    g102 = next(g for g in sheet.indicator(10).groups if g.code == "10.2")
    assert g102.value.published == 80.0
    assert g102.value.computed == pytest.approx(87.5)
    assert g102.value.effective == 80.0  # the NACC's figure is what counts
    assert any(mm.where == "group 10.2" for mm in sheet.mismatches)
    assert round(sheet.indicator(10).value.computed, 2) == 90.00


def _assessment(session, code, indicator_scores, overall=None, level=None):
    cat = ensure_catalogue(session, code)
    a = m.Assessment(fiscal_year=cat.fiscal_year, catalogue=cat, published_overall=overall, published_level=level)
    a.indicator_scores = [m.IndicatorScore(indicator_number=n, published=v) for n, v in indicator_scores.items()]
    return a


def test_floor_rule_and_level_mismatch(db):
    with db.transaction() as s:
        scores = {n: 96.0 for n in range(1, 11)}
        assert compute(_assessment(s, "ITA-2568", scores)).level_computed == "ผ่านดีเยี่ยม"
        scores[4] = 90.0  # one indicator under 95: no longer ผ่านดีเยี่ยม
        assert compute(_assessment(s, "ITA-2568", scores)).level_computed == "ผ่านดี"
        scores[7] = 70.0  # one under 85: only ผ่าน if overall ≥ 85
        sheet = compute(_assessment(s, "ITA-2568", scores, level="ผ่านดี"))
        assert sheet.level_computed == "ผ่าน"
        assert any(mm.where == "level" for mm in sheet.mismatches)
        s.rollback()


def test_2566_letter_grades(db):
    with db.transaction() as s:
        cat = ensure_catalogue(s, "ITA-2566")
        assert level_for(cat.level_rule, 95.0, []) == "AA"
        assert level_for(cat.level_rule, 84.99, []) == "B"
        assert level_for(cat.level_rule, 49.0, []) == "F"
        s.rollback()


def test_published_overall_mismatch_is_reported_not_replaced(db):
    with db.transaction() as s:
        a = _assessment(s, "ITA-2567", {n: 90.0 for n in range(1, 11)}, overall=91.5)
        sheet = compute(a)
        assert sheet.overall.computed == pytest.approx(90.0)
        assert sheet.overall.published == 91.5
        assert sheet.overall.effective == 91.5
        assert [mm.where for mm in sheet.mismatches] == ["overall"]
        s.rollback()


def test_scores_cli_json(demo_db, capsys):
    import json

    from app.cli import main

    assert main(["scores", "--unit", MUANG_YAI, "--year", "2568", "--json", "--db", str(demo_db.path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["overall"]["computed"] == 95.41
    assert data["level"]["computed"] == "ผ่านดี"
    assert next(i for i in data["indicators"] if i["number"] == 6)["computed"] == 93.94
