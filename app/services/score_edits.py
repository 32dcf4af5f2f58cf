"""Write-side use cases for a year's scores: item scores, published aggregates, level.

Every function takes a Session (the caller's transaction) and returns ``Changes``. Values are
validated here, not only in the editor, so a bad value never reaches the database whatever
calls us. Undo works by reading the old values with ``get_values`` before writing and writing
them back afterwards: a blank (None) is a value like any other.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.catalogues import ensure_catalogue
from app.services.years import CatalogueNeeded, catalogue_choices, catalogue_of_year
from app.services.changes import Changes
from app.services.scoring import ScoreInputs, score_inputs
from app.store.models import (
    Assessment, GroupScore, IndicatorScore, ItemScore, ToolScore, Unit,
)

KIND_ITEM = "item"
KIND_GROUP = "group"
KIND_INDICATOR = "indicator"
KIND_TOOL = "tool"
KIND_OVERALL = "overall"

FIELD_SCORE = "score"  # single-score item
FIELD_PUBLIC = "public"  # EIT Public (item, or published indicator mean)
FIELD_SURVEY = "survey"
FIELD_PUBLISHED = "published"  # published group / indicator / tool / overall

_FIELDS = {
    KIND_ITEM: (FIELD_SCORE, FIELD_PUBLIC, FIELD_SURVEY),
    KIND_GROUP: (FIELD_PUBLISHED,),
    KIND_INDICATOR: (FIELD_PUBLISHED, FIELD_PUBLIC, FIELD_SURVEY),
    KIND_TOOL: (FIELD_PUBLISHED,),
    KIND_OVERALL: (FIELD_PUBLISHED,),
}


@dataclass(frozen=True)
class ScoreCell:
    """One storable score: ``key`` is the item code, group code, indicator number (as text),
    tool code, or "" for the overall score."""

    kind: str
    key: str
    field: str

    def __post_init__(self) -> None:
        if self.field not in _FIELDS.get(self.kind, ()):
            raise ValueError(f"ไม่มีช่องคะแนน {self.kind}/{self.field}")


def _assessment(session: Session, assessment_id: int) -> Assessment:
    a = session.get(Assessment, assessment_id)
    if a is None:
        raise ValueError("ไม่พบผลการประเมินของปีนี้ (อาจถูกลบไปแล้ว)")
    return a


def _check(value: float | None, cell: ScoreCell) -> float | None:
    if value is None:
        return None
    value = float(value)
    if not 0 <= value <= 100:
        raise ValueError(f"คะแนน {value:g} ของ {cell.key or 'คะแนนรวม'} อยู่นอกช่วง ๐–๑๐๐")
    return round(value, 2)


def _row(session: Session, a: Assessment, cell: ScoreCell, create: bool):
    """The ORM row holding ``cell`` (created when ``create``), or the assessment for overall."""
    if cell.kind == KIND_OVERALL:
        return a
    if cell.kind == KIND_ITEM:
        if cell.key not in {it.code for it in a.catalogue.items}:
            raise ValueError(f"ไม่มีข้อ {cell.key} ในชุดตัวชี้วัด {a.catalogue.code}")
        rows, attr, cls = a.item_scores, "item_code", ItemScore
        key: object = cell.key
    elif cell.kind == KIND_GROUP:
        rows, attr, cls, key = a.group_scores, "group_code", GroupScore, cell.key
    elif cell.kind == KIND_INDICATOR:
        rows, attr, cls, key = a.indicator_scores, "indicator_number", IndicatorScore, int(cell.key)
    else:
        rows, attr, cls, key = a.tool_scores, "tool_code", ToolScore, cell.key
    for r in rows:
        if getattr(r, attr) == key:
            return r
    if not create:
        return None
    r = cls(**{attr: key})
    rows.append(r)
    return r


def _attr(cell: ScoreCell) -> str:
    return "published_overall" if cell.kind == KIND_OVERALL else cell.field


def get_values(session: Session, assessment_id: int, cells: Iterable[ScoreCell]) -> list[float | None]:
    a = _assessment(session, assessment_id)
    out = []
    for cell in cells:
        row = _row(session, a, cell, create=False)
        out.append(None if row is None else getattr(row, _attr(cell)))
    return out


def set_values(
    session: Session, assessment_id: int, values: Sequence[tuple[ScoreCell, float | None]]
) -> Changes:
    """Store several scores at once (a pasted block is one call, so one transaction and one
    undo step). All values are checked before anything is written."""
    checked = [(cell, _check(v, cell)) for cell, v in values]
    a = _assessment(session, assessment_id)
    for cell, v in checked:
        row = _row(session, a, cell, create=v is not None)
        if row is not None:
            setattr(row, _attr(cell), v)
    session.flush()
    return Changes(scores=True)


def set_value(session: Session, assessment_id: int, cell: ScoreCell, value: float | None) -> Changes:
    return set_values(session, assessment_id, [(cell, value)])


def get_published_level(session: Session, assessment_id: int) -> str | None:
    return _assessment(session, assessment_id).published_level


def set_published_level(session: Session, assessment_id: int, level: str | None) -> Changes:
    a = _assessment(session, assessment_id)
    level = (level or "").strip() or None
    if level is not None:
        labels = [b["label"] for b in a.catalogue.level_rule.get("bands", [])]
        if labels and level not in labels:
            raise ValueError(f"ระดับ “{level}” ไม่มีในเกณฑ์ปี {a.fiscal_year} (มี: {', '.join(labels)})")
    a.published_level = level
    session.flush()
    return Changes(scores=True)


def create_assessment(session: Session, unit_id: int, fiscal_year: int, catalogue_code: str | None = None) -> int:
    """Start a year's assessment (empty scores) on the year's catalogue; returns its id."""
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise ValueError("ไม่พบหน่วยงาน")
    if any(a.fiscal_year == fiscal_year for a in unit.assessments):
        raise ValueError(f"หน่วยงาน “{unit.name}” มีผลการประเมินปี {fiscal_year} อยู่แล้ว")
    if catalogue_code is None:
        # Never another year's catalogue unasked: a year without its own raises CatalogueNeeded.
        own = catalogue_of_year(session, fiscal_year)
        if own is None:
            raise CatalogueNeeded(fiscal_year, catalogue_choices(session))
        catalogue_code = own.code
    cat = ensure_catalogue(session, catalogue_code)
    a = Assessment(fiscal_year=fiscal_year, catalogue=cat)
    unit.assessments.append(a)
    session.flush()
    return a.id


def delete_assessment(session: Session, assessment_id: int) -> Changes:
    """Used to undo ``create_assessment``."""
    session.delete(_assessment(session, assessment_id))
    session.flush()
    return Changes(scores=True, analysis=True)


def assessment_id_for(session: Session, unit_id: int, fiscal_year: int) -> int | None:
    return session.scalar(
        select(Assessment.id).where(Assessment.unit_id == unit_id, Assessment.fiscal_year == fiscal_year)
    )


def stored_scores(session: Session, assessment_id: int) -> ScoreInputs | None:
    """The assessment's stored numbers without its catalogue (for a view re-scoring after an
    edit on the catalogue it keeps); None when the assessment is gone (its creation undone)."""
    a = session.get(Assessment, assessment_id)
    return None if a is None else score_inputs(a)
