"""Write-side use cases for the analysis report: per-indicator texts and free sections.

An empty text is stored as an empty string (rows are created on first write and kept), so
undo is "write the old text back". ``copy_previous_year`` replaces the whole analysis, so it
comes with ``snapshot``/``restore`` for its undo.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.services.changes import Changes
from app.store.models import SECTION_KINDS, Analysis, Assessment, AssessmentSection

TEXT_FIELDS = ("deficiency", "to_develop", "to_keep")


def _assessment(session: Session, assessment_id: int) -> Assessment:
    a = session.get(Assessment, assessment_id)
    if a is None:
        raise ValueError("ไม่พบผลการประเมินของปีนี้ (อาจถูกลบไปแล้ว)")
    return a


def _analysis_row(a: Assessment, indicator: int, create: bool) -> Analysis | None:
    for row in a.analyses:
        if row.indicator_number == indicator:
            return row
    if not create:
        return None
    if indicator not in {i.number for i in a.catalogue.indicators}:
        raise ValueError(f"ไม่มีตัวชี้วัดที่ {indicator} ในชุดตัวชี้วัด {a.catalogue.code}")
    row = Analysis(indicator_number=indicator)
    a.analyses.append(row)
    return row


def get_text(session: Session, assessment_id: int, indicator: int, field_name: str) -> str:
    if field_name not in TEXT_FIELDS:
        raise ValueError(f"ไม่มีช่อง {field_name}")
    row = _analysis_row(_assessment(session, assessment_id), indicator, create=False)
    return getattr(row, field_name) if row else ""


def set_text(session: Session, assessment_id: int, indicator: int, field_name: str, text: str) -> Changes:
    if field_name not in TEXT_FIELDS:
        raise ValueError(f"ไม่มีช่อง {field_name}")
    row = _analysis_row(_assessment(session, assessment_id), indicator, create=True)
    setattr(row, field_name, text)
    session.flush()
    return Changes(analysis=True)


def _section_row(a: Assessment, kind: str, create: bool) -> AssessmentSection | None:
    if kind not in SECTION_KINDS:
        raise ValueError(f"ไม่มีหัวข้อ {kind}")
    for s in a.sections:
        if s.kind == kind:
            return s
    if not create:
        return None
    s = AssessmentSection(kind=kind, text="")
    a.sections.append(s)
    return s


def get_section(session: Session, assessment_id: int, kind: str) -> str:
    s = _section_row(_assessment(session, assessment_id), kind, create=False)
    return s.text if s else ""


def set_section(session: Session, assessment_id: int, kind: str, text: str) -> Changes:
    s = _section_row(_assessment(session, assessment_id), kind, create=True)
    s.text = text
    session.flush()
    return Changes(analysis=True)


@dataclass(frozen=True)
class AnalysisSnapshot:
    """Every analysis text of one assessment, by indicator and by section kind."""

    texts: dict[int, dict[str, str]] = field(default_factory=dict)
    sections: dict[str, str] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not any(any(t.values()) for t in self.texts.values()) and not any(self.sections.values())


def snapshot(session: Session, assessment_id: int) -> AnalysisSnapshot:
    a = _assessment(session, assessment_id)
    return AnalysisSnapshot(
        texts={r.indicator_number: {f: getattr(r, f) for f in TEXT_FIELDS} for r in a.analyses},
        sections={s.kind: s.text for s in a.sections},
    )


def restore(session: Session, assessment_id: int, snap: AnalysisSnapshot) -> Changes:
    """Make the assessment's analysis exactly ``snap`` (rows not in it are removed)."""
    a = _assessment(session, assessment_id)
    a.analyses.clear()
    a.sections.clear()
    session.flush()
    valid = {i.number for i in a.catalogue.indicators}
    for number, texts in sorted(snap.texts.items()):
        if number in valid:
            a.analyses.append(Analysis(indicator_number=number, **{f: texts.get(f, "") for f in TEXT_FIELDS}))
    for kind, text in snap.sections.items():
        a.sections.append(AssessmentSection(kind=kind, text=text))
    session.flush()
    return Changes(analysis=True)


def previous_assessment_id(session: Session, assessment_id: int) -> int | None:
    """The unit's latest earlier year that has any analysis text."""
    a = _assessment(session, assessment_id)
    earlier = [x for x in a.unit.assessments if x.fiscal_year < a.fiscal_year]
    for x in sorted(earlier, key=lambda x: x.fiscal_year, reverse=True):
        if not snapshot(session, x.id).is_empty:
            return x.id
    return None


def copy_previous_year(session: Session, assessment_id: int) -> tuple[Changes, int]:
    """Replace this year's analysis with the latest earlier year's; returns the source year.

    Raises ValueError (Thai) when there is no earlier year with an analysis.
    """
    source = previous_assessment_id(session, assessment_id)
    if source is None:
        raise ValueError("ไม่มีบทวิเคราะห์ของปีก่อนให้คัดลอก")
    changes = restore(session, assessment_id, snapshot(session, source))
    return changes, session.get(Assessment, source).fiscal_year
