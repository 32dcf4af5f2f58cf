"""Read-side use cases about units and their years, returning plain data."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InputError
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


# A unit as the layers pass it: its id (the window, which holds the selected unit's id) or its
# name (the command line and files, where a person typed it). Resolved once, by ``find_unit``.
UnitRef = int | str


def find_unit(session: Session, unit: UnitRef) -> Unit:
    """The unit with this id, or called this name; a Thai ``InputError`` if there is none."""
    if isinstance(unit, int):
        found = session.get(Unit, unit)
        if found is None:
            raise InputError("ไม่พบหน่วยงานที่เลือก (อาจถูกลบไปแล้ว) กรุณาเลือกใหม่")
        return found
    name = unit
    unit = session.scalar(select(Unit).where(Unit.name == name))
    if unit is None:
        known = ", ".join(session.scalars(select(Unit.name)).all()) or "ยังไม่มีหน่วยงาน"
        raise InputError(f"ไม่พบหน่วยงาน “{name}” (ที่มีอยู่: {known})")
    return unit


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
    raise InputError(f"หน่วยงาน “{unit_name}” ไม่มีผลการประเมินปีงบประมาณ {fiscal_year} (มี: {years})")


def score_sheet(session: Session, unit_name: str, fiscal_year: int) -> ScoreSheet:
    return compute(get_assessment(session, unit_name, fiscal_year))
