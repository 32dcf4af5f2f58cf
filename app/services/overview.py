"""Read side of the Overview screen: a year at a glance, as plain dataclasses.

Pure functions over the database (no Qt): the year's overall score and level, each indicator
against the previous year, the weakest indicators and items, measures by status per round and
the overdue ones. ``today`` is a parameter so tests and reports can fix it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.scoring import ScoreSheet, compute
from app.store.models import STATUS_DONE, STATUSES, Assessment, MeasurePlan, Unit

ROUNDS = (6, 12)


@dataclass(frozen=True)
class IndicatorRow:
    number: int
    name: str
    tool: str
    score: float | None  # published if typed, else computed
    computed: float | None
    published: float | None
    mismatch: bool
    previous: float | None  # the previous year's score, when that year exists

    @property
    def delta(self) -> float | None:
        if self.score is None or self.previous is None:
            return None
        return round(self.score - self.previous, 2)


@dataclass(frozen=True)
class WeakItem:
    code: str
    text: str
    indicator: int
    score: float  # single score, or the mean of Public and Survey


@dataclass(frozen=True)
class RoundCounts:
    round: int
    counts: dict[str, int]  # status key -> number of measures (no progress row = not started)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def done_share(self) -> float | None:
        return None if not self.total else self.counts.get(STATUS_DONE, 0) / self.total


@dataclass(frozen=True)
class OverdueMeasure:
    measure_id: int
    title: str
    indicator: int | None
    theme: int | None
    period_end: dt.date
    status: str  # latest round's status
    responsible: tuple[str, ...]


@dataclass(frozen=True)
class YearOverview:
    unit_name: str
    fiscal_year: int
    has_assessment: bool
    previous_year: int | None
    overall_computed: float | None = None
    overall_published: float | None = None
    overall_mismatch: bool = False
    level_computed: str | None = None
    level_published: str | None = None
    previous_overall: float | None = None
    previous_level: str | None = None
    indicators: list[IndicatorRow] = field(default_factory=list)
    weakest_indicators: list[IndicatorRow] = field(default_factory=list)
    weakest_items: list[WeakItem] = field(default_factory=list)
    mismatches: int = 0
    has_plan: bool = False
    plan_year: int | None = None  # the year whose measures are shown (this year's, else next year's)
    rounds: list[RoundCounts] = field(default_factory=list)
    overdue: list[OverdueMeasure] = field(default_factory=list)

    @property
    def overall(self) -> float | None:
        return self.overall_published if self.overall_published is not None else self.overall_computed

    @property
    def level(self) -> str | None:
        return self.level_published or self.level_computed

    @property
    def level_mismatch(self) -> bool:
        return bool(self.level_published and self.level_computed and self.level_published != self.level_computed)


def _item_score(it) -> float | None:
    if it.dual:
        both = [v for v in (it.public, it.survey) if v is not None]
        return sum(both) / len(both) if both else None
    return it.score


def weakest_items(sheet: ScoreSheet, count: int = 5) -> list[WeakItem]:
    items = []
    for ind in sheet.indicators:
        for it in ind.items:
            s = _item_score(it)
            if s is not None:
                items.append(WeakItem(it.code, it.text, it.indicator, round(s, 2)))
    return sorted(items, key=lambda w: (w.score, w.indicator))[:count]


def indicator_rows(sheet: ScoreSheet, previous: ScoreSheet | None) -> list[IndicatorRow]:
    prev = {i.number: i.value.effective for i in previous.indicators} if previous else {}
    return [
        IndicatorRow(
            i.number, i.name, i.tool,
            None if i.value.effective is None else round(i.value.effective, 2),
            None if i.value.computed is None else round(i.value.computed, 2),
            i.value.published, i.value.mismatch,
            None if prev.get(i.number) is None else round(prev[i.number], 2),
        )
        for i in sheet.indicators
    ]


def round_counts(plan: MeasurePlan | None) -> list[RoundCounts]:
    out = []
    for rnd in ROUNDS:
        counts = {s: 0 for s in STATUSES}
        for ms in plan.measures if plan else []:
            status = next((p.status for p in ms.progress if p.round == rnd), None) or STATUSES[2]
            counts[status] = counts.get(status, 0) + 1
        out.append(RoundCounts(rnd, counts))
    return out


def overdue_measures(plan: MeasurePlan | None, today: dt.date) -> list[OverdueMeasure]:
    """Measures whose period has ended but that no round reports as done."""
    out = []
    for ms in plan.measures if plan else []:
        if ms.period_end is None or ms.period_end >= today:
            continue
        if any(p.status == STATUS_DONE for p in ms.progress):
            continue
        latest = max(ms.progress, key=lambda p: p.round).status if ms.progress else STATUSES[2]
        out.append(OverdueMeasure(ms.id, ms.title, ms.indicator_number, ms.theme_number,
                                  ms.period_end, latest, tuple(ms.responsible or ())))
    return sorted(out, key=lambda o: (o.period_end, o.measure_id))


def year_overview(session: Session, unit_id: int, fiscal_year: int, today: dt.date | None = None,
                  weakest: int = 3, weakest_item_count: int = 5) -> YearOverview:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise ValueError("ไม่พบหน่วยงาน")
    today = today or dt.date.today()
    assessment = session.scalar(
        select(Assessment).where(Assessment.unit_id == unit_id, Assessment.fiscal_year == fiscal_year))
    earlier = [a for a in unit.assessments if a.fiscal_year < fiscal_year]
    prev_assessment = max(earlier, key=lambda a: a.fiscal_year) if earlier else None
    # A results year often has no plan of its own: its measures are set for the next year.
    plans = {p.fiscal_year: p for p in unit.plans}
    plan = plans.get(fiscal_year) or plans.get(fiscal_year + 1)
    base = dict(
        unit_name=unit.name, fiscal_year=fiscal_year, has_assessment=assessment is not None,
        previous_year=prev_assessment.fiscal_year if prev_assessment else None,
        has_plan=plan is not None, plan_year=plan.fiscal_year if plan else None, rounds=round_counts(plan), overdue=overdue_measures(plan, today),
    )
    if assessment is None:
        return YearOverview(**base)
    sheet = compute(assessment)
    prev_sheet = compute(prev_assessment) if prev_assessment else None
    rows = indicator_rows(sheet, prev_sheet)
    scored = [r for r in rows if r.score is not None]
    return YearOverview(
        **base,
        overall_computed=None if sheet.overall.computed is None else round(sheet.overall.computed, 2),
        overall_published=sheet.overall.published,
        overall_mismatch=sheet.overall.mismatch,
        level_computed=sheet.level_computed,
        level_published=sheet.level_published,
        previous_overall=prev_sheet.overall.effective if prev_sheet else None,
        previous_level=prev_sheet.level if prev_sheet else None,
        indicators=rows,
        weakest_indicators=sorted(scored, key=lambda r: (r.score, r.number))[:weakest],
        weakest_items=weakest_items(sheet, weakest_item_count),
        mismatches=len(sheet.mismatches),
    )


def unit_years(session: Session, unit_id: int) -> list[int]:
    """Every fiscal year the unit has an assessment or a plan for, newest first."""
    unit = session.get(Unit, unit_id)
    if unit is None:
        return []
    years = {a.fiscal_year for a in unit.assessments} | {p.fiscal_year for p in unit.plans}
    return sorted(years, reverse=True)
