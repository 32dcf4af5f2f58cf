"""Which columns a plan or progress table prints: the officer's stored choice for the document
(``DocumentWording.columns``), else the columns the data fills.

The Documents page's column checklist shows exactly this, so what is ticked is what prints. The
defaults are worked out from the measures' own fields, without gathering the whole document
(no scores, no photos): the page asks on every refresh.
"""
from __future__ import annotations

from types import SimpleNamespace

from app.reports.gather import period_text
from app.reports.options import KIND_PLAN, PLAN_COLUMNS, PROGRESS_COLUMNS
from app.reports.plan import default_plan_columns
from app.reports.progress import default_progress_columns
from app.reports.wording import stored_wording
from app.store import models as m


def all_columns(kind: str) -> tuple[str, ...]:
    return PLAN_COLUMNS if kind == KIND_PLAN else PROGRESS_COLUMNS


def default_columns(unit: m.Unit, kind: str, year: int, round_: int | None = 12) -> list[str]:
    """The columns a ``kind`` table (plan or progress) of ``year`` prints when none are chosen."""
    plan = next((p for p in unit.plans if p.fiscal_year == year), None)
    if plan is None:  # nothing to print yet: every column is a fair proposal
        return list(all_columns(kind))
    rows = []
    for ms in plan.measures:
        pr = next((p for p in ms.progress if p.round == round_), None)
        rows.append(SimpleNamespace(
            steps=ms.steps, period=period_text(ms), responsible="\n".join(str(r) for r in ms.responsible or []),
            finding=ms.finding, monitoring=ms.monitoring, remarks=pr.remarks if pr is not None else ""))
    return default_plan_columns(rows) if kind == KIND_PLAN else default_progress_columns(rows)


def document_columns(unit: m.Unit, kind: str, year: int, round_: int | None = 12) -> tuple[list[str], bool]:
    """(the columns the document prints, in order; whether they are the officer's stored choice)."""
    row = stored_wording(unit, kind, year, round_)
    allowed = all_columns(kind)
    stored = [str(c) for c in (row.columns if row is not None else None) or [] if c in allowed]
    if stored:
        return stored, True
    return default_columns(unit, kind, year, round_), False
