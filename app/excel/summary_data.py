"""What a unit's summary workbook shows, gathered from the database as plain data.

Kept apart from the writer so the workbook is a pure function of this data (the benchmark and the
tests build it for many units) and so the database is only read, never written, by an export.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InputError
from app.services.units import find_unit
from app.services.catalogues import default_catalogue_code, shipped_catalogue
from app.services.scoring import ScoreSheet, Value, compute
from app.store import models as m
from app.thai.digits import digits

from app.excel.labels import ROUNDS


@dataclass
class YearScores:
    """One year's headline figures (effective = published when typed, else computed)."""

    fiscal_year: int
    catalogue: str
    overall: Value
    level_published: str | None
    level_computed: str | None
    tools: dict[str, Value]
    indicators: dict[int, Value]

    @property
    def level(self) -> str | None:
        return self.level_published or self.level_computed


@dataclass
class MeasureRow:
    number: int
    group_key: tuple[int, int] | None  # (0 indicator | 1 theme, number); None: not grouped
    title: str
    finding: str
    steps: str
    period_text: str
    period_start: dt.date | None
    period_end: dt.date | None
    responsible: list[str]
    related_items: list[str]
    monitoring: str
    status: dict[int, str | None]  # round → status key, None when the round has no record
    summary: dict[int, str]
    outcome: dict[int, str]
    remarks: dict[int, str]


@dataclass
class SummaryData:
    unit_name: str
    unit_kind: str
    district: str
    province: str
    thai_digits: bool
    departments: list[str]
    fiscal_year: int
    indicator_names: dict[int, str]
    tool_names: dict[str, str]
    indicator_tools: dict[int, str]
    years: list[YearScores]
    sheet: ScoreSheet | None  # the year's full score sheet, when assessed
    plan_year: int | None
    grouping: str
    group_names: dict[tuple[int, int], str] = field(default_factory=dict)
    measures: list[MeasureRow] = field(default_factory=list)

    @property
    def year_scores(self) -> YearScores | None:
        return next((y for y in self.years if y.fiscal_year == self.fiscal_year), None)


def _year_scores(a: m.Assessment) -> tuple[YearScores, ScoreSheet]:
    sheet = compute(a)
    return YearScores(
        fiscal_year=a.fiscal_year,
        catalogue=sheet.catalogue,
        overall=sheet.overall,
        level_published=sheet.level_published,
        level_computed=sheet.level_computed,
        tools={t.code: t.value for t in sheet.tools},
        indicators={i.number: i.value for i in sheet.indicators},
    ), sheet


def _catalogue_names(session: Session, fiscal_year: int) -> dict[str, Any]:
    """Indicator, tool and theme names for a year, from the database copy if there is one, else the
    shipped file (an export must not copy catalogues into the database)."""
    code = default_catalogue_code(fiscal_year)
    cat = session.scalar(select(m.Catalogue).where(m.Catalogue.code == code))
    if cat is not None:
        return {
            "indicators": {d.number: (d.name, d.tool_code) for d in cat.indicators},
            "tools": {t.code: t.name for t in cat.tools},
            "themes": {int(t["number"]): t["name"] for t in cat.themes},
        }
    data = shipped_catalogue(code)
    return {
        "indicators": {int(d["number"]): (d["name"], d["tool"]) for d in data["indicators"]},
        "tools": {t["code"]: t["name"] for t in data["tools"]},
        "themes": {int(t["number"]): t["name"] for t in data.get("themes", [])},
    }


def pick_plan(unit: m.Unit, fiscal_year: int) -> m.MeasurePlan | None:
    """The year's own measures; failing that, the measures set from that year's result (year + 1)."""
    by_year = {p.fiscal_year: p for p in unit.plans}
    return by_year.get(fiscal_year) or by_year.get(fiscal_year + 1)


def gather(session: Session, unit_name: str, fiscal_year: int) -> SummaryData:
    unit = find_unit(session, unit_name)
    assessment = next((a for a in unit.assessments if a.fiscal_year == fiscal_year), None)
    plan = pick_plan(unit, fiscal_year)
    if assessment is None and plan is None:
        years = sorted({a.fiscal_year for a in unit.assessments} | {p.fiscal_year for p in unit.plans})
        have = ", ".join(map(str, years)) or "ไม่มี"
        raise InputError(
            f"หน่วยงาน “{unit.name}” ไม่มีทั้งผลการประเมินและมาตรการของปีงบประมาณ {fiscal_year} (ปีที่มีข้อมูล: {have})")

    years: list[YearScores] = []
    sheet = None
    for a in sorted(unit.assessments, key=lambda a: a.fiscal_year):
        ys, sh = _year_scores(a)
        years.append(ys)
        if a is assessment:
            sheet = sh

    names = _catalogue_names(session, fiscal_year)
    data = SummaryData(
        unit_name=unit.name, unit_kind=unit.kind, district=unit.district, province=unit.province,
        thai_digits=unit.thai_digits, departments=[d.name for d in unit.departments],
        fiscal_year=fiscal_year,
        indicator_names={n: v[0] for n, v in names["indicators"].items()},
        tool_names=names["tools"],
        indicator_tools={n: v[1] for n, v in names["indicators"].items()},
        years=years, sheet=sheet,
        plan_year=plan.fiscal_year if plan else None,
        grouping=plan.grouping if plan else m.GROUP_BY_INDICATOR,
    )
    if sheet is not None:
        data.indicator_names.update({i.number: i.name for i in sheet.indicators})
    if plan is not None:
        _add_measures(data, plan, names["themes"])
    return data


def _add_measures(data: SummaryData, plan: m.MeasurePlan, themes: dict[int, str]) -> None:
    by_theme = plan.grouping == m.GROUP_BY_THEME
    for i, ms in enumerate(plan.measures, start=1):
        number = ms.theme_number if by_theme else ms.indicator_number
        if number is None:  # grouped the other way, or not at all
            number = ms.indicator_number if by_theme else ms.theme_number
            kind = 0 if by_theme else 1
        else:
            kind = 1 if by_theme else 0
        key = (kind, number) if number is not None else None
        if key is not None and key not in data.group_names:
            shown = digits(str(number), data.thai_digits)
            if kind == 1:
                data.group_names[key] = f"ประเด็นที่ {shown} {themes.get(number, '')}".strip()
            else:
                data.group_names[key] = f"ตัวชี้วัดที่ {shown} {data.indicator_names.get(number, '')}".strip()
        progress = {p.round: p for p in ms.progress}
        data.measures.append(MeasureRow(
            number=i, group_key=key, title=ms.title, finding=ms.finding, steps=ms.steps,
            period_text=ms.period_text, period_start=ms.period_start, period_end=ms.period_end,
            responsible=list(ms.responsible or []), related_items=list(ms.related_items or []),
            monitoring=ms.monitoring,
            status={r: progress[r].status if r in progress else None for r in ROUNDS},
            summary={r: progress[r].summary if r in progress else "" for r in ROUNDS},
            outcome={r: progress[r].outcome if r in progress else "" for r in ROUNDS},
            remarks={r: progress[r].remarks if r in progress else "" for r in ROUNDS},
        ))


def grouped_measures(data: SummaryData) -> list[tuple[str | None, list[MeasureRow]]]:
    """Measures in groups: the plan's own grouping first (by number), then the other kind, then
    ungrouped ones; within a group, the plan's order."""
    groups: dict[tuple[int, int] | None, list[MeasureRow]] = {}
    for row in data.measures:
        groups.setdefault(row.group_key, []).append(row)
    first_kind = 1 if data.grouping == m.GROUP_BY_THEME else 0

    def order(key):
        if key is None:
            return (2, 0)
        return (0 if key[0] == first_kind else 1, key[1])

    out = []
    for key in sorted(groups, key=order):
        out.append((data.group_names.get(key) if key else "อื่น ๆ", groups[key]))
    return out


def department_names(data: SummaryData) -> list[str]:
    """The unit's departments in their order, then any other name measures give, in order of use."""
    names = list(data.departments)
    for row in data.measures:
        for name in row.responsible or ["ไม่ระบุ"]:
            if name not in names:
                names.append(name)
    used = {n for row in data.measures for n in (row.responsible or ["ไม่ระบุ"])}
    return [n for n in names if n in used]
