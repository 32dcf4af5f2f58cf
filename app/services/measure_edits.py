"""Write-side use cases for a year's measures plan (มาตรการส่งเสริมคุณธรรมและความโปร่งใส),
plus the plain read the measures editor shows.

Each function is one edit inside the caller's transaction and returns ``Changes``. Undo is
"write the old values back" (``get_fields``/``set_fields``) or, for removals, a snapshot that
``restore_*`` puts back *with the same ids*: the undo stack is linear, so by the time a removal
is undone every later edit that could have taken its id has been undone too, and the commands
that name the measure by id keep working.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.catalogues import default_catalogue_code, shipped_catalogue
from app.services.changes import Changes
from app.store.models import (
    GROUP_BY_INDICATOR, GROUP_BY_THEME, STATUS_NOT_STARTED, STATUSES, Catalogue, Measure,
    MeasurePlan, Photo, Progress, ProgressNote, Unit,
)
from app.thai.digits import to_arabic_digits, to_thai_digits

TEXT_FIELDS = ("title", "finding", "steps", "period_text", "monitoring")
DATE_FIELDS = ("period_start", "period_end")
INT_FIELDS = ("indicator_number", "theme_number")
LIST_FIELDS = ("responsible", "related_items")
FIELDS = TEXT_FIELDS + DATE_FIELDS + INT_FIELDS + LIST_FIELDS
GROUPINGS = (GROUP_BY_INDICATOR, GROUP_BY_THEME)

FIELD_LABELS = {
    "title": "มาตรการ/โครงการ/กิจกรรม", "finding": "ผลการวิเคราะห์ที่สอดคล้อง",
    "steps": "ขั้นตอน/วิธีการดำเนินการ", "period_text": "ระยะเวลาดำเนินการ (ข้อความ)",
    "monitoring": "การติดตามและรายงานผล", "period_start": "วันเริ่มต้น", "period_end": "วันสิ้นสุด",
    "indicator_number": "ตัวชี้วัด", "theme_number": "ประเด็น", "responsible": "ผู้รับผิดชอบ",
    "related_items": "ข้อคำถามที่เกี่ยวข้อง",
}
NEW_TITLE = "มาตรการใหม่"
THEME_COUNT = 7
INDICATOR_COUNT = 10


# --- lookups ---------------------------------------------------------------------------------


def _plan(session: Session, plan_id: int) -> MeasurePlan:
    plan = session.get(MeasurePlan, plan_id)
    if plan is None:
        raise ValueError("ไม่พบแผนมาตรการ (อาจถูกลบไปแล้ว)")
    return plan


def _measure(session: Session, measure_id: int) -> Measure:
    ms = session.get(Measure, measure_id)
    if ms is None:
        raise ValueError("ไม่พบมาตรการ (อาจถูกลบไปแล้ว)")
    return ms


def find_plan_id(session: Session, unit_id: int, fiscal_year: int) -> int | None:
    return session.scalar(select(MeasurePlan.id).where(
        MeasurePlan.unit_id == unit_id, MeasurePlan.fiscal_year == fiscal_year))


# --- validation ------------------------------------------------------------------------------


def _clean_list(values: Any) -> list[str]:
    if values is None:
        return []
    if isinstance(values, str):
        values = re.split(r"[\n,]", values)
    out: list[str] = []
    for v in values:
        v = str(v).strip()
        if v and v not in out:
            out.append(v)
    return out


def _clean(name: str, value: Any) -> Any:
    label = FIELD_LABELS.get(name, name)
    if name in TEXT_FIELDS:
        value = "" if value is None else str(value)
        if name == "title" and not value.strip():
            raise ValueError(f"ช่อง “{label}” เว้นว่างไม่ได้")
        return value.strip() if name == "title" else value
    if name in DATE_FIELDS:
        if value is None or isinstance(value, dt.date):
            return value
        raise ValueError(f"ช่อง “{label}” ต้องเป็นวันที่")
    if name in INT_FIELDS:
        if value in (None, ""):
            return None
        number = int(to_arabic_digits(str(value)))
        high = INDICATOR_COUNT if name == "indicator_number" else THEME_COUNT
        if not 1 <= number <= high:
            raise ValueError(f"ช่อง “{label}” ต้องอยู่ระหว่าง ๑–{to_thai_digits(str(high))}")
        return number
    if name in LIST_FIELDS:
        items = _clean_list(value)
        return [c.lower() for c in items] if name == "related_items" else items
    raise ValueError(f"ไม่มีช่อง {name}")


# --- plan ------------------------------------------------------------------------------------


def create_plan(session: Session, unit_id: int, fiscal_year: int,
                grouping: str = GROUP_BY_INDICATOR) -> tuple[Changes, int]:
    """An empty plan for the year; returns its id."""
    if session.get(Unit, unit_id) is None:
        raise ValueError("ไม่พบหน่วยงาน (อาจถูกลบไปแล้ว)")
    if find_plan_id(session, unit_id, fiscal_year) is not None:
        raise ValueError(f"มีมาตรการของปีงบประมาณ {to_thai_digits(str(fiscal_year))} อยู่แล้ว")
    if grouping not in GROUPINGS:
        raise ValueError(f"การจัดกลุ่มต้องเป็น {' หรือ '.join(GROUPINGS)}")
    plan = MeasurePlan(unit_id=unit_id, fiscal_year=fiscal_year, grouping=grouping, intro="")
    session.add(plan)
    session.flush()
    return Changes(measures=True), plan.id


def set_grouping(session: Session, plan_id: int, grouping: str) -> Changes:
    if grouping not in GROUPINGS:
        raise ValueError(f"การจัดกลุ่มต้องเป็น {' หรือ '.join(GROUPINGS)}")
    _plan(session, plan_id).grouping = grouping
    session.flush()
    return Changes(measures=True)


def get_grouping(session: Session, plan_id: int) -> str:
    return _plan(session, plan_id).grouping


# --- measure fields --------------------------------------------------------------------------


def get_fields(session: Session, measure_id: int, names: Iterable[str]) -> dict[str, Any]:
    ms = _measure(session, measure_id)
    out = {}
    for name in names:
        if name not in FIELDS:
            raise ValueError(f"ไม่มีช่อง {name}")
        value = getattr(ms, name)
        out[name] = list(value or []) if name in LIST_FIELDS else value
    return out


def set_fields(session: Session, measure_id: int, values: dict[str, Any]) -> Changes:
    """Write several fields at once (a period preset sets start, end and text together)."""
    ms = _measure(session, measure_id)
    cleaned = {name: _clean(name, value) for name, value in values.items()}
    start = cleaned.get("period_start", ms.period_start)
    end = cleaned.get("period_end", ms.period_end)
    if start and end and end < start:
        raise ValueError("วันสิ้นสุดของระยะเวลาดำเนินการมาก่อนวันเริ่มต้น")
    for name, value in cleaned.items():
        setattr(ms, name, value)
    session.flush()
    return Changes(measures=True)


# --- add, remove, duplicate, move -------------------------------------------------------------


def add_measure(session: Session, plan_id: int, index: int | None = None,
                values: dict[str, Any] | None = None) -> tuple[Changes, int]:
    """A new measure at ``index`` (default: last); returns its id."""
    plan = _plan(session, plan_id)
    data = {"title": NEW_TITLE}
    data.update(values or {})
    cleaned = {name: _clean(name, value) for name, value in data.items()}
    cleaned.setdefault("responsible", [])
    cleaned.setdefault("related_items", [])
    ms = Measure(**cleaned)
    plan.measures.insert(len(plan.measures) if index is None else max(0, index), ms)
    session.flush()
    return Changes(measures=True), ms.id


@dataclass(frozen=True)
class PhotoData:
    id: int
    position: int
    caption: str
    filename: str
    mime: str
    data: bytes


@dataclass(frozen=True)
class ProgressData:
    id: int
    round: int
    status: str
    summary: str
    outcome: str
    remarks: str
    photos: tuple[PhotoData, ...] = ()


@dataclass(frozen=True)
class MeasureSnapshot:
    """A measure with its progress and photos, enough to put it back exactly."""

    id: int
    plan_id: int
    index: int
    fields: dict[str, Any]
    progress: tuple[ProgressData, ...] = ()


def _photo_data(ph: Photo) -> PhotoData:
    return PhotoData(ph.id, ph.position, ph.caption, ph.filename, ph.mime, ph.data)


def _progress_data(pr: Progress) -> ProgressData:
    return ProgressData(pr.id, pr.round, pr.status, pr.summary, pr.outcome, pr.remarks,
                        tuple(_photo_data(ph) for ph in pr.photos))


def snapshot_measure(session: Session, measure_id: int) -> MeasureSnapshot:
    ms = _measure(session, measure_id)
    return MeasureSnapshot(
        id=ms.id, plan_id=ms.plan_id, index=list(ms.plan.measures).index(ms),
        fields=get_fields(session, measure_id, FIELDS),
        progress=tuple(_progress_data(pr) for pr in ms.progress),
    )


def delete_measure(session: Session, measure_id: int) -> tuple[Changes, MeasureSnapshot]:
    snap = snapshot_measure(session, measure_id)
    ms = _measure(session, measure_id)
    plan = ms.plan
    plan.measures.remove(ms)  # the ordering list renumbers the rest
    session.flush()
    return Changes(measures=True, progress=bool(snap.progress)), snap


def _restore_measure_row(snap: MeasureSnapshot, keep_ids: bool = True) -> Measure:
    ms = Measure(id=snap.id if keep_ids else None, **snap.fields)
    for pr in snap.progress:
        progress = Progress(id=pr.id if keep_ids else None, round=pr.round, status=pr.status,
                            summary=pr.summary, outcome=pr.outcome, remarks=pr.remarks)
        for ph in pr.photos:
            progress.photos.append(Photo(id=ph.id if keep_ids else None, position=ph.position,
                                         caption=ph.caption, filename=ph.filename, mime=ph.mime, data=ph.data))
        ms.progress.append(progress)
    return ms


def restore_measure(session: Session, snap: MeasureSnapshot) -> Changes:
    """Put a deleted measure back where it was, with its ids, progress and photos."""
    plan = _plan(session, snap.plan_id)
    if session.get(Measure, snap.id) is not None:
        raise ValueError("มาตรการนี้มีอยู่แล้ว")
    plan.measures.insert(max(0, snap.index), _restore_measure_row(snap))
    session.flush()
    return Changes(measures=True, progress=bool(snap.progress))


COPY_MARK = "สำเนา"
_COPY_SUFFIX = re.compile(r" \(" + COPY_MARK + r"(?: [\d๐-๙]+)?\)$")


def copy_title(title: str, existing: Iterable[str]) -> str:
    """"ชื่อ (สำเนา)", then "ชื่อ (สำเนา ๒)", … so every copy can be told apart; a copy of a
    copy is named after the original, not "… (สำเนา) (สำเนา)"."""
    base = _COPY_SUFFIX.sub("", title.strip())
    taken = set(existing)
    candidate, n = f"{base} ({COPY_MARK})", 2
    while candidate in taken:
        candidate, n = f"{base} ({COPY_MARK} {to_thai_digits(str(n))})", n + 1
    return candidate


def duplicate_measure(session: Session, measure_id: int) -> tuple[Changes, int]:
    """A copy of the measure's plan fields (not its progress), right after it, named apart."""
    ms = _measure(session, measure_id)
    index = list(ms.plan.measures).index(ms) + 1
    values = get_fields(session, measure_id, FIELDS)
    values["title"] = copy_title(values["title"], (m.title for m in ms.plan.measures))
    return add_measure(session, ms.plan_id, index, values)


def measure_index(session: Session, measure_id: int) -> int:
    ms = _measure(session, measure_id)
    return list(ms.plan.measures).index(ms)


def move_measure(session: Session, measure_id: int, new_index: int) -> Changes:
    ms = _measure(session, measure_id)
    measures = ms.plan.measures
    measures.remove(ms)
    measures.insert(max(0, new_index), ms)
    session.flush()
    return Changes(measures=True)


# --- whole plans: start next year, and its undo ----------------------------------------------


@dataclass(frozen=True)
class PlanSnapshot:
    id: int
    unit_id: int
    fiscal_year: int
    grouping: str
    intro: str
    measures: tuple[MeasureSnapshot, ...]
    notes: tuple[tuple[int, int, int | None, int | None, str], ...]  # id, round, ind, theme, text


def snapshot_plan(session: Session, plan_id: int) -> PlanSnapshot:
    plan = _plan(session, plan_id)
    return PlanSnapshot(
        plan.id, plan.unit_id, plan.fiscal_year, plan.grouping, plan.intro,
        tuple(snapshot_measure(session, ms.id) for ms in plan.measures),
        tuple((n.id, n.round, n.indicator_number, n.theme_number, n.text) for n in plan.notes),
    )


def delete_plan(session: Session, plan_id: int) -> tuple[Changes, PlanSnapshot]:
    snap = snapshot_plan(session, plan_id)
    session.delete(_plan(session, plan_id))
    session.flush()
    return Changes(measures=True, progress=True), snap


def restore_plan(session: Session, snap: PlanSnapshot) -> Changes:
    if find_plan_id(session, snap.unit_id, snap.fiscal_year) is not None:
        raise ValueError(f"มีมาตรการของปีงบประมาณ {to_thai_digits(str(snap.fiscal_year))} อยู่แล้ว")
    plan = MeasurePlan(id=snap.id, unit_id=snap.unit_id, fiscal_year=snap.fiscal_year,
                       grouping=snap.grouping, intro=snap.intro)
    plan.measures = [_restore_measure_row(ms) for ms in snap.measures]
    plan.notes = [ProgressNote(id=i, round=r, indicator_number=ind, theme_number=th, text=t)
                  for i, r, ind, th, t in snap.notes]
    session.add(plan)
    session.flush()
    return Changes(measures=True, progress=True)


def _shift_years(text: str, years: dict[int, int]) -> str:
    """Carry Buddhist-era years written in a period text forward, in the digits they used."""
    def repl(match: re.Match) -> str:
        raw = match.group(0)
        value = int(to_arabic_digits(raw))
        if value not in years:
            return raw
        new = str(years[value])
        return to_thai_digits(new) if raw != to_arabic_digits(raw) else new

    return re.sub(r"(?<![\d๐-๙])[\d๐-๙]{4}(?![\d๐-๙])", repl, text)


def _next_year_date(d: dt.date | None) -> dt.date | None:
    if d is None:
        return None
    try:
        return d.replace(year=d.year + 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year + 1, day=28)


def start_next_year(session: Session, plan_id: int,
                    measure_ids: Iterable[int] | None = None) -> tuple[Changes, int]:
    """Copy the plan to fiscal year + 1: its measures (only ``measure_ids`` when given), periods
    a year later, no progress."""
    plan = _plan(session, plan_id)
    year = plan.fiscal_year
    if find_plan_id(session, plan.unit_id, year + 1) is not None:
        raise ValueError(f"มีมาตรการของปีงบประมาณ {to_thai_digits(str(year + 1))} อยู่แล้ว")
    shift = {year - 1: year, year: year + 1}
    new = MeasurePlan(unit_id=plan.unit_id, fiscal_year=year + 1, grouping=plan.grouping,
                      intro=_shift_years(plan.intro, shift))
    keep = None if measure_ids is None else set(measure_ids)
    chosen = [ms for ms in plan.measures if keep is None or ms.id in keep]
    if keep is not None and not chosen:
        raise ValueError("ยังไม่ได้เลือกมาตรการที่จะยกมา")
    for position, ms in enumerate(chosen):
        values = get_fields(session, ms.id, FIELDS)
        values["period_start"] = _next_year_date(values["period_start"])
        values["period_end"] = _next_year_date(values["period_end"])
        values["period_text"] = _shift_years(values["period_text"], shift)
        new.measures.append(Measure(position=position, **values))
    session.add(new)
    session.flush()
    return Changes(measures=True), new.id


# --- what the editor shows ---------------------------------------------------------------------


@dataclass(frozen=True)
class MeasureView:
    id: int
    position: int
    title: str
    finding: str
    steps: str
    period_start: dt.date | None
    period_end: dt.date | None
    period_text: str
    responsible: tuple[str, ...]
    related_items: tuple[str, ...]
    monitoring: str
    indicator_number: int | None
    theme_number: int | None
    statuses: dict[int, str] = field(default_factory=dict)  # round -> status


@dataclass(frozen=True)
class CatalogueItem:
    code: str
    indicator: int
    text: str


@dataclass(frozen=True)
class PlanView:
    plan_id: int
    unit_id: int
    fiscal_year: int
    grouping: str
    intro: str
    measures: tuple[MeasureView, ...]
    departments: tuple[str, ...]
    indicators: dict[int, str]  # number -> name
    themes: dict[int, str]  # number -> name
    items: tuple[CatalogueItem, ...]  # the catalogue the related items come from
    catalogue_code: str
    next_year_exists: bool


def _catalogue_for(unit: Unit, year: int) -> Catalogue | None:
    """The catalogue the plan answers: the assessment of the year before, else of the year."""
    by_year = {a.fiscal_year: a for a in unit.assessments}
    for y in (year - 1, year):
        if y in by_year:
            return by_year[y].catalogue
    return None


def catalogue_lookup(unit: Unit, year: int) -> tuple[str, dict[int, str], dict[int, str], tuple[CatalogueItem, ...]]:
    """(code, indicator names, theme names, items) for a plan year, from the database copy of
    the catalogue when the unit has one for that time, else from the shipped file."""
    cat = _catalogue_for(unit, year)
    if cat is not None:
        return (cat.code, {i.number: i.name for i in cat.indicators},
                {int(t["number"]): t["name"] for t in cat.themes or []},
                tuple(CatalogueItem(it.code, it.indicator_number, it.text) for it in cat.items))
    code = default_catalogue_code(year - 1)
    data = shipped_catalogue(code)
    return (code, {int(d["number"]): d["name"] for d in data["indicators"]},
            {int(t["number"]): t["name"] for t in data.get("themes", [])},
            tuple(CatalogueItem(it["code"], int(it["indicator"]), it["text"]) for it in data["items"]))


def _measure_view(ms: Measure) -> MeasureView:
    return MeasureView(
        ms.id, ms.position, ms.title, ms.finding, ms.steps, ms.period_start, ms.period_end,
        ms.period_text, tuple(ms.responsible or ()), tuple(ms.related_items or ()), ms.monitoring,
        ms.indicator_number, ms.theme_number,
        {pr.round: (pr.status if pr.status in STATUSES else STATUS_NOT_STARTED) for pr in ms.progress},
    )


def plan_view(session: Session, unit_id: int, fiscal_year: int) -> PlanView | None:
    plan_id = find_plan_id(session, unit_id, fiscal_year)
    if plan_id is None:
        return None
    plan = _plan(session, plan_id)
    unit = plan.unit
    code, indicators, themes, items = catalogue_lookup(unit, fiscal_year)
    return PlanView(
        plan.id, unit.id, plan.fiscal_year, plan.grouping, plan.intro,
        tuple(_measure_view(ms) for ms in plan.measures),
        tuple(d.name for d in unit.departments), indicators, themes, items, code,
        find_plan_id(session, unit.id, fiscal_year + 1) is not None,
    )
