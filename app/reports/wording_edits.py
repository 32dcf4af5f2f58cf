"""Write-side use cases for the officer's wording of a document (title, column headings, cover
page with its title and extra lines, ผู้จัดทำ, where photos go, computed notes, the progress layout or plan grouping and how its round prints), keyed like memos by (unit, kind, year, round).

Nothing is stored until the officer changes something; clearing every value removes the row, so
the document goes back to the program's defaults.

It sits in ``app.reports`` beside the wording it stores (``app.reports.wording``), as the memo
edits do: services stay below reports in the package order (``.importlinter``).
"""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.reports.wording import stored_wording, wording_key
from app.services.changes import Changes
from app.store.models import (
    DOCUMENT_LAYOUTS, PHOTO_PLACEMENTS, PHOTOS_AT_END, ROUND_PERIOD, ROUND_STYLES, DocumentWording, Signer, Unit,
)

KINDS = ("analysis", "plan", "progress", "summary", "comparison")
DEFAULTS: dict[str, Any] = {"title": "", "headings": {}, "columns": [], "cover": False, "cover_title": "",
                            "cover_extra": "",
                            "preparer_id": None, "photos_placement": PHOTOS_AT_END, "computed_notes": False,
                            "layout": "", "round_style": ""}


def _unit(session: Session, unit_id: int) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise ValueError("ไม่พบหน่วยงาน (อาจถูกลบไปแล้ว)")
    return unit


def wording_values(session: Session, unit_id: int, kind: str, year: int, round_: int | None) -> dict[str, Any]:
    """The stored wording of a document as plain values (the defaults when none is stored)."""
    if kind not in KINDS:
        raise ValueError(f"ไม่รู้จักชนิดเอกสาร “{kind}”")
    row = stored_wording(_unit(session, unit_id), kind, year, round_)
    if row is None:
        return dict(DEFAULTS, headings={}, columns=[])
    return {"title": row.title, "headings": dict(row.headings or {}), "columns": list(row.columns or []),
            "cover": row.cover, "cover_title": row.cover_title or "",
            "cover_extra": row.cover_extra or "", "preparer_id": row.preparer_id,
            "photos_placement": row.photos_placement, "computed_notes": row.computed_notes,
            "layout": row.layout or "", "round_style": row.round_style or ""}


def _clean(session: Session, unit: Unit, kind: str, name: str, value: Any) -> Any:
    if name in ("title", "cover_title"):
        return str(value or "").strip()
    if name == "cover_extra":  # empty lines inside are kept: they print as gaps
        return "\n".join(x.rstrip() for x in str(value or "").strip("\n").split("\n")).strip()
    if name == "headings":
        return {str(k): str(v).strip() for k, v in (value or {}).items() if str(v).strip()}
    if name == "columns":
        return [str(c) for c in value or []]
    if name in ("cover", "computed_notes"):
        return bool(value)
    if name == "photos_placement":
        if value not in PHOTO_PLACEMENTS:
            raise ValueError("ตำแหน่งภาพประกอบต้องเป็น ท้ายรายงาน หรือ ต่อท้ายแต่ละกลุ่ม")
        return value
    if name == "layout":
        value = str(value or "")
        allowed = DOCUMENT_LAYOUTS.get(kind, ())
        if value and value not in allowed:
            raise ValueError(f"เอกสารนี้เลือกรูปแบบ “{value}” ไม่ได้ (มี: {', '.join(allowed) or 'ไม่มีให้เลือก'})")
        return value
    if name == "round_style":
        value = str(value or "")
        if value and value not in ROUND_STYLES:
            raise ValueError(f"รูปแบบบรรทัดรอบการรายงานต้องเป็น {' | '.join(ROUND_STYLES)} ไม่ใช่ “{value}”")
        return "" if value == ROUND_PERIOD else value  # the program's own is stored as none
    if name == "preparer_id":
        if value is None:
            return None
        signer = session.get(Signer, int(value))
        if signer is None or signer.unit_id != unit.id:
            raise ValueError("ผู้จัดทำไม่อยู่ในรายชื่อผู้ลงนามของหน่วยงานนี้")
        return signer.id
    raise ValueError(f"ไม่มีช่อง {name}")


def save_wording(session: Session, unit_id: int, kind: str, year: int, round_: int | None,
                 values: dict[str, Any]) -> Changes:
    """Write ``values`` (any of DEFAULTS' names) into the document's wording."""
    unit = _unit(session, unit_id)
    current = wording_values(session, unit_id, kind, year, round_)
    current.update({name: _clean(session, unit, kind, name, v) for name, v in values.items()})
    row = stored_wording(unit, kind, year, round_)
    if current == DEFAULTS:
        if row is not None:
            unit.wordings.remove(row)
            session.flush()
        return Changes(memos=True)
    if row is None:
        k, y, r = wording_key(kind, year, round_)
        row = DocumentWording(document_kind=k, fiscal_year=y, round=r)
        unit.wordings.append(row)
    for name, value in current.items():
        setattr(row, name, value)
    session.flush()
    return Changes(memos=True)
