"""Overview of a results year shows the measures set from it (next year's plan)."""
from sqlalchemy import select

from app.services.overview import year_overview
from app.store.models import Unit


def test_results_year_falls_back_to_next_years_plan(demo_db):
    with demo_db.session() as s:
        unit = s.scalar(select(Unit).where(Unit.name == "เทศบาลตำบลม่วงยาย"))
        o = year_overview(s, unit.id, 2568)
        measures_2569 = len(next(p for p in unit.plans if p.fiscal_year == 2569).measures)
    assert o.has_plan and o.plan_year == 2569
    assert sum(r.total for r in o.rounds) == 2 * measures_2569


def test_year_with_own_plan_uses_it(demo_db):
    with demo_db.session() as s:
        unit = s.scalar(select(Unit).where(Unit.name == "องค์การบริหารส่วนตำบลเขาสมอคอน"))
        o = year_overview(s, unit.id, 2568)
    assert o.plan_year == 2568
