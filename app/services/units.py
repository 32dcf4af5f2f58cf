"""Read-side use cases about units and their years, returning plain data."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.exchange.fields import ExchangeError
from app.exchange.workspace import find_unit
from app.services.scoring import ScoreSheet, compute
from app.store.models import Assessment, Unit
from app.thai.sort import thai_sort_key


@dataclass(frozen=True)
class UnitSummary:
    id: int
    name: str
    kind: str
    district: str
    province: str
    assessment_years: tuple[int, ...]
    plan_years: tuple[int, ...]

    def as_dict(self) -> dict:
        return {
            "name": self.name, "kind": self.kind, "district": self.district,
            "province": self.province, "assessment_years": list(self.assessment_years),
            "plan_years": list(self.plan_years),
        }


def list_units(session: Session) -> list[UnitSummary]:
    units = session.scalars(select(Unit)).all()
    out = [
        UnitSummary(u.id, u.name, u.kind, u.district, u.province,
                    tuple(a.fiscal_year for a in u.assessments), tuple(p.fiscal_year for p in u.plans))
        for u in units
    ]
    return sorted(out, key=lambda s: thai_sort_key(s.name))


def get_assessment(session: Session, unit_name: str, fiscal_year: int) -> Assessment:
    unit = find_unit(session, unit_name)
    for a in unit.assessments:
        if a.fiscal_year == fiscal_year:
            return a
    years = ", ".join(str(a.fiscal_year) for a in unit.assessments) or "ไม่มี"
    raise ExchangeError(f"หน่วยงาน “{unit_name}” ไม่มีผลการประเมินปีงบประมาณ {fiscal_year} (มี: {years})")


def score_sheet(session: Session, unit_name: str, fiscal_year: int) -> ScoreSheet:
    return compute(get_assessment(session, unit_name, fiscal_year))
