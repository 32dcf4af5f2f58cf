"""Carry-over, so no round starts blank: what the officer wrote before is offered again.

- The 12-month round starts from each measure's 6-month status, summary and outcome
  (``carry_round``; ``undo_carry_round`` puts back exactly what was there). A carried entry
  is recognisable as long as it still equals its 6-month source (``is_carried``), so the mark
  goes away by itself once the officer updates it.
- A new plan year starts from the previous plan's measures the officer chooses
  (``previous_measures`` to list them, ``start_plan_from_previous`` to copy them).
- A new measure's "ผลการวิเคราะห์ที่สอดคล้อง" is offered from the analysis already written for
  its indicator (``finding_offers``).
- A duplicated measure gets a name that tells it apart (``measure_edits.copy_title``).

Plain functions over a Session returning plain results and ``Changes``; the window wraps them
in QUndoCommands, the command line calls them directly.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import measure_edits
from app.services.changes import Changes
from app.store.models import STATUS_NOT_STARTED, STATUSES, Assessment, Measure, MeasurePlan, Progress
from app.thai.digits import to_thai_digits

CARRIED_FIELDS = ("status", "summary", "outcome")


# --- 12-month round from the 6-month round ------------------------------------------------------


def _row(ms: Measure, round_: int) -> Progress | None:
    return next((p for p in ms.progress if p.round == round_), None)


def _blank(pr: Progress | None) -> bool:
    """Nothing written for the round yet (no row, or only defaults)."""
    return pr is None or (pr.status in (STATUS_NOT_STARTED, "", None) and not (pr.summary or "").strip()
                          and not (pr.outcome or "").strip() and not (pr.remarks or "").strip() and not pr.photos)


def _has_content(pr: Progress | None) -> bool:
    return pr is not None and (pr.status not in (STATUS_NOT_STARTED, "", None)
                               or bool((pr.summary or "").strip()) or bool((pr.outcome or "").strip()))


def is_carried(ms: Measure, to_round: int = 12, from_round: int = 6) -> bool:
    """The round's entry is still exactly what was carried from the earlier round."""
    src, dst = _row(ms, from_round), _row(ms, to_round)
    return (_has_content(src) and dst is not None
            and all((getattr(src, f) or "") == (getattr(dst, f) or "") for f in CARRIED_FIELDS))


@dataclass(frozen=True)
class CarryResult:
    changes: Changes
    carried: tuple[int, ...]  # measure ids whose round was filled
    skipped: tuple[int, ...]  # measure ids that already had something written for the round
    created_rows: tuple[int, ...]  # measure ids whose round row did not exist before

    @property
    def message(self) -> str:
        text = f"เริ่มรอบ ๑๒ เดือนจากรอบ ๖ เดือนแล้ว {to_thai_digits(str(len(self.carried)))} มาตรการ"
        if self.skipped:
            text += f" (ข้าม {to_thai_digits(str(len(self.skipped)))} มาตรการที่กรอกรอบ ๑๒ เดือนไว้แล้ว)"
        return text


def carryable(session: Session, plan_id: int, from_round: int = 6, to_round: int = 12) -> list[int]:
    """Measures with something written for ``from_round`` and nothing yet for ``to_round``."""
    plan = _plan(session, plan_id)
    return [ms.id for ms in plan.measures if _has_content(_row(ms, from_round)) and _blank(_row(ms, to_round))]


def carry_round(session: Session, plan_id: int, from_round: int = 6, to_round: int = 12) -> CarryResult:
    """Copy status, summary and outcome from ``from_round`` into ``to_round`` wherever the later
    round is still blank; what the officer already wrote for it is never overwritten."""
    if (from_round, to_round) != (6, 12):
        raise ValueError("ยกผลได้จากรอบ ๖ เดือนไปรอบ ๑๒ เดือนเท่านั้น")
    plan = _plan(session, plan_id)
    carried, skipped, created = [], [], []
    for ms in plan.measures:
        src, dst = _row(ms, from_round), _row(ms, to_round)
        if not _has_content(src):
            continue
        if not _blank(dst):
            skipped.append(ms.id)
            continue
        if dst is None:
            dst = Progress(round=to_round, status=STATUS_NOT_STARTED, summary="", outcome="", remarks="")
            ms.progress.append(dst)
            created.append(ms.id)
        for f in CARRIED_FIELDS:
            setattr(dst, f, getattr(src, f) or "")
        if dst.status not in STATUSES:
            dst.status = STATUS_NOT_STARTED
        carried.append(ms.id)
    if not carried and not skipped:
        raise ValueError("รอบ ๖ เดือนยังไม่มีผลการดำเนินการให้ยกมา")
    session.flush()
    return CarryResult(Changes(progress=bool(carried)), tuple(carried), tuple(skipped), tuple(created))


def undo_carry_round(session: Session, result: CarryResult, to_round: int = 12) -> Changes:
    """Put the later round back as it was before ``carry_round``: rows it created are removed,
    rows that existed get their blank values back."""
    for measure_id in result.carried:
        ms = session.get(Measure, measure_id)
        if ms is None:
            continue
        dst = _row(ms, to_round)
        if dst is None:
            continue
        if measure_id in result.created_rows:
            ms.progress.remove(dst)
        else:
            dst.status, dst.summary, dst.outcome = STATUS_NOT_STARTED, "", ""
    session.flush()
    return Changes(progress=True)


# --- a new plan from the previous plan -------------------------------------------------------


def _plan(session: Session, plan_id: int) -> MeasurePlan:
    plan = session.get(MeasurePlan, plan_id)
    if plan is None:
        raise ValueError("ไม่พบแผนมาตรการ (อาจถูกลบไปแล้ว)")
    return plan


@dataclass(frozen=True)
class PreviousMeasure:
    id: int
    title: str
    indicator_number: int | None
    theme_number: int | None
    status: str | None  # the latest round's status, so the officer sees what was finished


def previous_measures(session: Session, unit_id: int, fiscal_year: int) -> tuple[int | None, list[PreviousMeasure]]:
    """(previous plan id, its measures) for starting ``fiscal_year``'s plan; (None, []) if none."""
    plan_id = measure_edits.find_plan_id(session, unit_id, fiscal_year - 1)
    if plan_id is None:
        return None, []
    out = []
    for ms in _plan(session, plan_id).measures:
        latest = max(ms.progress, key=lambda p: p.round).status if ms.progress else None
        out.append(PreviousMeasure(ms.id, ms.title, ms.indicator_number, ms.theme_number, latest))
    return plan_id, out


def start_plan_from_previous(session: Session, unit_id: int, fiscal_year: int,
                             measure_ids: Iterable[int] | None = None) -> tuple[Changes, int]:
    """``fiscal_year``'s plan from the previous year's, keeping only ``measure_ids`` (all when
    None); periods move a year on, progress is not copied. Returns (changes, new plan id)."""
    plan_id = measure_edits.find_plan_id(session, unit_id, fiscal_year - 1)
    if plan_id is None:
        raise ValueError(f"ไม่มีแผนมาตรการปีงบประมาณ {to_thai_digits(str(fiscal_year - 1))} ให้เริ่มต้น")
    return measure_edits.start_next_year(session, plan_id, measure_ids)


# --- the analysis offered to a new measure ---------------------------------------------------


@dataclass(frozen=True)
class FindingOffer:
    fiscal_year: int  # the results year the analysis belongs to
    indicator: int
    kind: str  # "deficiency" | "to_develop"
    label: str  # Thai, for a menu
    text: str


OFFER_KINDS = (("deficiency", "ข้อบกพร่อง/ข้อปรับปรุง"), ("to_develop", "ข้อที่ต้องพัฒนา"))


def finding_offers(session: Session, unit_id: int, plan_year: int, indicator: int | None) -> list[FindingOffer]:
    """The analysis texts written for ``indicator`` in the results year the plan answers
    (plan year - 1, else the latest results year before the plan), non-empty ones only."""
    if indicator is None:
        return []
    years = session.scalars(select(Assessment).where(
        Assessment.unit_id == unit_id, Assessment.fiscal_year < plan_year)
        .order_by(Assessment.fiscal_year.desc())).all()
    for a in years:
        row = next((r for r in a.analyses if r.indicator_number == indicator), None)
        if row is None:
            continue
        offers = [FindingOffer(a.fiscal_year, indicator, kind,
                               f"{label} (บทวิเคราะห์ปี {to_thai_digits(str(a.fiscal_year))})", text.strip())
                  for kind, label in OFFER_KINDS if (text := getattr(row, kind) or "").strip()]
        if offers:
            return offers
    return []
