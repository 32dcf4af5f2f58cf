"""Write-side use cases for tracking: a measure's progress in a round (status, summary,
outcome, remarks) and the round's narrative paragraphs (ProgressNote), plus the plain read
the tracking screen shows.

A measure without a progress row for a round counts as not started everywhere (overview,
reports), so a row is created on first write and kept; undo writes the old values back.
An empty narrative is removed rather than kept, because the reports choose the narrative
layout when a round has any note.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.services.carry_over import is_carried
from app.services.changes import Changes
from app.services.measure_edits import catalogue_lookup, find_plan_id
from app.store.models import (
    STATUS_DONE, STATUS_IN_PROGRESS, STATUS_NOT_STARTED, STATUSES, Measure, MeasurePlan, Progress,
    ProgressNote,
)
from app.thai.dates import ROUNDS, round_bounds

FIELDS = ("status", "summary", "outcome", "remarks")
STATUS_LABELS = {
    STATUS_IN_PROGRESS: "อยู่ระหว่างดำเนินการ",
    STATUS_DONE: "ดำเนินการแล้ว",
    STATUS_NOT_STARTED: "ยังไม่ดำเนินการ",
}
DEFAULTS = {"status": STATUS_NOT_STARTED, "summary": "", "outcome": "", "remarks": ""}


def _check_round(round_: int) -> int:
    if round_ not in ROUNDS:
        raise ValueError(f"รอบการรายงานต้องเป็น ๖ หรือ ๑๒ เดือน ไม่ใช่ {round_}")
    return round_


def _measure(session: Session, measure_id: int) -> Measure:
    ms = session.get(Measure, measure_id)
    if ms is None:
        raise ValueError("ไม่พบมาตรการ (อาจถูกลบไปแล้ว)")
    return ms


def progress_row(session: Session, measure_id: int, round_: int, create: bool) -> Progress | None:
    ms = _measure(session, measure_id)
    _check_round(round_)
    for pr in ms.progress:
        if pr.round == round_:
            return pr
    if not create:
        return None
    pr = Progress(round=round_, **DEFAULTS)
    ms.progress.append(pr)
    session.flush()
    return pr


def get_progress(session: Session, measure_id: int, round_: int) -> dict[str, Any]:
    pr = progress_row(session, measure_id, round_, create=False)
    return {f: getattr(pr, f) for f in FIELDS} if pr else dict(DEFAULTS)


def set_progress(session: Session, measure_id: int, round_: int, values: dict[str, Any]) -> Changes:
    for name, value in values.items():
        if name not in FIELDS:
            raise ValueError(f"ไม่มีช่อง {name}")
        if name == "status" and value not in STATUSES:
            raise ValueError(f"ไม่รู้จักสถานะ “{value}” (มี: {', '.join(STATUS_LABELS.values())})")
    pr = progress_row(session, measure_id, round_, create=True)
    for name, value in values.items():
        setattr(pr, name, "" if value is None else str(value))
    session.flush()
    return Changes(progress=True)


# --- narratives ------------------------------------------------------------------------------


def _plan(session: Session, plan_id: int) -> MeasurePlan:
    plan = session.get(MeasurePlan, plan_id)
    if plan is None:
        raise ValueError("ไม่พบแผนมาตรการ (อาจถูกลบไปแล้ว)")
    return plan


def _note_rows(plan: MeasurePlan, round_: int, indicator: int | None, theme: int | None) -> list[ProgressNote]:
    return [n for n in plan.notes if n.round == round_
            and n.indicator_number == indicator and n.theme_number == theme]


def get_note(session: Session, plan_id: int, round_: int, indicator: int | None = None,
             theme: int | None = None) -> str:
    rows = _note_rows(_plan(session, plan_id), _check_round(round_), indicator, theme)
    return "\n".join(n.text for n in rows)


def set_note(session: Session, plan_id: int, round_: int, text: str, indicator: int | None = None,
             theme: int | None = None) -> Changes:
    """The round's narrative above one indicator's (or one theme's) rows, or the round's
    general narrative when neither is given; blank removes it."""
    if indicator is not None and theme is not None:
        raise ValueError("ระบุได้เพียงตัวชี้วัดหรือประเด็นอย่างใดอย่างหนึ่ง")
    plan = _plan(session, plan_id)
    rows = _note_rows(plan, _check_round(round_), indicator, theme)
    text = (text or "").strip()
    for extra in rows[1:]:
        plan.notes.remove(extra)
    if not text:
        if rows:
            plan.notes.remove(rows[0])
    elif rows:
        rows[0].text = text
    else:
        plan.notes.append(ProgressNote(round=round_, indicator_number=indicator, theme_number=theme, text=text))
    session.flush()
    return Changes(progress=True)


# --- what the tracking screen shows ----------------------------------------------------------


@dataclass(frozen=True)
class TrackingRow:
    measure_id: int
    position: int
    title: str
    steps: str
    indicator_number: int | None
    theme_number: int | None
    responsible: tuple[str, ...]
    period_start: dt.date | None
    period_end: dt.date | None
    period_text: str
    status: str
    summary: str
    outcome: str
    remarks: str
    photo_count: int
    done_in_any_round: bool
    carried: bool = False  # the 12-month entry is still as carried from the 6-month round

    def overdue(self, today: dt.date) -> bool:
        """Its period has ended and no round reports it done (as the Overview counts it)."""
        return self.period_end is not None and self.period_end < today and not self.done_in_any_round


@dataclass(frozen=True)
class TrackingView:
    plan_id: int
    fiscal_year: int
    round: int
    grouping: str
    round_end: dt.date
    rows: tuple[TrackingRow, ...]
    departments: tuple[str, ...]
    indicators: dict[int, str]
    themes: dict[int, str]
    notes: dict[tuple[int | None, int | None], str]  # (indicator, theme) -> narrative


def tracking_view(session: Session, unit_id: int, fiscal_year: int, round_: int) -> TrackingView | None:
    _check_round(round_)
    plan_id = find_plan_id(session, unit_id, fiscal_year)
    if plan_id is None:
        return None
    plan = _plan(session, plan_id)
    rows = []
    for ms in plan.measures:
        pr = next((p for p in ms.progress if p.round == round_), None)
        values = {f: getattr(pr, f) for f in FIELDS} if pr else dict(DEFAULTS)
        if values["status"] not in STATUSES:
            values["status"] = STATUS_NOT_STARTED
        rows.append(TrackingRow(
            ms.id, ms.position, ms.title, ms.steps, ms.indicator_number, ms.theme_number,
            tuple(ms.responsible or ()), ms.period_start, ms.period_end, ms.period_text,
            photo_count=len(pr.photos) if pr else 0,
            done_in_any_round=any(p.status == STATUS_DONE for p in ms.progress),
            carried=round_ == 12 and is_carried(ms), **values,
        ))
    _, indicators, themes, _ = catalogue_lookup(plan.unit, fiscal_year)
    notes: dict[tuple[int | None, int | None], str] = {}
    for n in plan.notes:
        if n.round == round_:
            key = (n.indicator_number, n.theme_number)
            notes[key] = (notes[key] + "\n" + n.text) if key in notes else n.text
    _, end = round_bounds(fiscal_year, round_)
    return TrackingView(plan.id, plan.fiscal_year, round_, plan.grouping, end, tuple(rows),
                        tuple(d.name for d in plan.unit.departments), indicators, themes, notes)
