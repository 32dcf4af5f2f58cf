"""Write-side use cases for cover memos (บันทึกข้อความ), keyed by what they cover.

A memo is found by (unit, document kind, fiscal year, round): the Documents screen edits "the
memo for the 12-month progress report of 2568", never a memo id. Until the officer edits it,
nothing is stored and the memo shown is the reports layer's (the stored memo that covers the
document, e.g. seed 003's analysis memo for the plan, or a draft prefilled from the data); the
first edit stores that prefilled memo with the edit applied. Undo of that first edit removes
the row again (``save_memo`` says whether it created it).

It sits in ``app.reports`` rather than ``app.services`` because the prefill is the reports
layer's memo draft (``gather.memo_doc``); services stay below reports in the package order.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.reports import gather
from app.reports.options import DocumentRequest
from app.reports.wording import Wording, resolve
from app.services.changes import Changes
from app.store.models import Memo, Signer, Unit
from app.thai.digits import to_thai_digits

FIELDS = ("office", "number", "date", "subject", "addressee", "body_form", "sections", "signer_id", "comments")
BODY_FORMS = ("short", "four_part")
FOUR_PART_HEADINGS = ("เรื่องเดิม", "ข้อเท็จจริง", "ข้อระเบียบ/กฎหมาย", "ข้อเสนอแนะ")
MEMO_KINDS = ("analysis", "plan", "progress", "summary", "comparison")


def _unit(session: Session, unit_id: int) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise ValueError("ไม่พบหน่วยงาน (อาจถูกลบไปแล้ว)")
    return unit


def _key(kind: str, round_: int | None) -> int | None:
    if kind not in MEMO_KINDS:
        raise ValueError(f"ไม่รู้จักชนิดเอกสาร “{kind}”")
    return round_ if kind == "progress" else None


def find_memo_id(session: Session, unit_id: int, kind: str, year: int, round_: int | None = None) -> int | None:
    return session.scalar(select(Memo.id).where(
        Memo.unit_id == unit_id, Memo.document_kind == kind, Memo.fiscal_year == year,
        Memo.round.is_(None) if _key(kind, round_) is None else Memo.round == round_,
    ).order_by(Memo.id))


def _signer_id_by_name(unit: Unit, name: str) -> int | None:
    return next((s.id for s in unit.signers if s.name == name), None) if name else None


def _values_of_row(mm: Memo) -> dict[str, Any]:
    return {
        "office": mm.office, "number": mm.number, "date": mm.date, "subject": mm.subject,
        "addressee": mm.addressee, "body_form": mm.body_form,
        "sections": [dict(heading=str(s.get("heading") or ""), text=str(s.get("text") or ""))
                     for s in mm.sections or []],
        "signer_id": mm.signer_id,
        "comments": [_clean_comment(c) for c in mm.comments or []],
    }


def memo_values(session: Session, unit_id: int, kind: str, year: int, round_: int | None = None) -> dict[str, Any]:
    """The memo as the editor shows it: the stored one for this document, else the prefill."""
    unit = _unit(session, unit_id)
    memo_id = find_memo_id(session, unit_id, kind, year, round_)
    if memo_id is not None:
        return _values_of_row(session.get(Memo, memo_id))
    doc = gather.memo_doc(session, unit.id, kind, year, _key(kind, round_), _wording(unit, kind, year, round_))
    return {
        "office": doc.office, "number": doc.number, "date": doc.date, "subject": doc.subject,
        "addressee": doc.addressee, "body_form": doc.body_form if doc.body_form in BODY_FORMS else "short",
        "sections": [{"heading": s.heading, "text": s.text} for s in doc.sections],
        "signer_id": _signer_id_by_name(unit, doc.signer_name),
        "comments": [{"title": c.title, "text": c.text, "signer_name": c.signer_name,
                      "positions": list(c.positions)} for c in doc.comments],
    }


def _wording(unit: Unit, kind: str, year: int, round_: int | None) -> Wording:
    """The document's wording as a print of it resolves it: the prefill shows the subject (its
    title) and date the printed memo would carry, so the first edit does not change them."""
    return resolve(unit, DocumentRequest(kind, unit.id, year, round=round_ or 12))


def _clean_comment(c: dict[str, Any]) -> dict[str, Any]:
    positions = c.get("positions") or []
    if isinstance(positions, str):
        positions = positions.splitlines()
    return {"title": str(c.get("title") or "").strip(), "text": str(c.get("text") or ""),
            "signer_name": str(c.get("signer_name") or "").strip(),
            "positions": [str(p).strip() for p in positions if str(p).strip()]}


def _clean(session: Session, unit: Unit, name: str, value: Any) -> Any:
    if name in ("office", "number", "subject", "addressee"):
        return "" if value is None else str(value).strip()
    if name == "date":
        if value is None or isinstance(value, dt.date):
            return value
        raise ValueError("ช่อง “วันที่” ต้องเป็นวันที่")
    if name == "body_form":
        if value not in BODY_FORMS:
            raise ValueError(f"รูปแบบเนื้อความต้องเป็น {' หรือ '.join(BODY_FORMS)}")
        return value
    if name == "sections":
        return [{"heading": str(s.get("heading") or "").strip(), "text": str(s.get("text") or "")}
                for s in value or []]
    if name == "comments":
        return [_clean_comment(c) for c in value or []]
    if name == "signer_id":
        if value is None:
            return None
        signer = session.get(Signer, int(value))
        if signer is None or signer.unit_id != unit.id:
            raise ValueError("ผู้ลงนามไม่อยู่ในรายชื่อของหน่วยงานนี้")
        return signer.id
    raise ValueError(f"ไม่มีช่อง {name}")


def save_memo(session: Session, unit_id: int, kind: str, year: int, round_: int | None,
              values: dict[str, Any]) -> tuple[Changes, bool]:
    """Write ``values`` into the memo for this document, storing the prefilled memo first if
    there is none; returns whether the row was created (undo then removes it)."""
    unit = _unit(session, unit_id)
    cleaned = {name: _clean(session, unit, name, value) for name, value in values.items()}
    memo_id = find_memo_id(session, unit_id, kind, year, round_)
    created = memo_id is None
    if created:
        base = memo_values(session, unit_id, kind, year, round_)
        mm = Memo(unit_id=unit_id, fiscal_year=year, document_kind=kind, round=_key(kind, round_),
                  **{name: _clean(session, unit, name, v) for name, v in base.items()})
        session.add(mm)
    else:
        mm = session.get(Memo, memo_id)
    for name, value in cleaned.items():
        setattr(mm, name, value)
    session.flush()
    return Changes(memos=True), created


def delete_memo(session: Session, unit_id: int, kind: str, year: int, round_: int | None = None) -> Changes:
    memo_id = find_memo_id(session, unit_id, kind, year, round_)
    if memo_id is None:
        return Changes()
    session.delete(session.get(Memo, memo_id))
    session.flush()
    return Changes(memos=True)


def body_template(session: Session, unit_id: int, kind: str, year: int, round_: int | None,
                  form: str) -> list[dict[str, str]]:
    """Body paragraphs for a fresh memo: the short "ตามที่ … นั้น" form (seed 000) or the four
    parts เรื่องเดิม / ข้อเท็จจริง / ข้อระเบียบ/กฎหมาย / ข้อเสนอแนะ (seed 003)."""
    unit = _unit(session, unit_id)
    draft = gather.draft_memo(unit, kind, year, _key(kind, round_), _wording(unit, kind, year, round_))
    if form == "short":
        return [{"heading": s.heading, "text": s.text} for s in draft.sections]
    if form != "four_part":
        raise ValueError(f"รูปแบบเนื้อความต้องเป็น {' หรือ '.join(BODY_FORMS)}")
    be = to_thai_digits(str(year))
    texts = (
        f"ตามที่ {unit.name} ได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
        f"(Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. {be} นั้น",
        f"{unit.name} ได้จัดทำ{draft.subject} เรียบร้อยแล้ว รายละเอียดปรากฏตามเอกสารที่แนบมาพร้อมนี้",
        "ตามคู่มือการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ของสำนักงานคณะกรรมการ"
        "ป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) กำหนดให้หน่วยงานจัดทำและเผยแพร่เอกสารดังกล่าว"
        "ทางเว็บไซต์ของหน่วยงาน",
        "จึงเรียนมาเพื่อโปรดทราบ และพิจารณาอนุญาตให้เผยแพร่ทางเว็บไซต์ของหน่วยงานต่อไป",
    )
    return [{"heading": h, "text": t} for h, t in zip(FOUR_PART_HEADINGS, texts)]
