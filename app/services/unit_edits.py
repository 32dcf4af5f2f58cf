"""Write-side use cases for a unit's settings: details, departments, signers, Garuda image.

Small functions, each one edit, each returning ``Changes(unit=True)`` (plus ``measures`` when a
department rename is carried into the measures that name it). Removals return what undo needs
to put the thing back where it was.
"""
from __future__ import annotations

import io

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.changes import Changes
from app.services.unit_names import check_unit_name
from app.store.models import SIGNER_ROLES, Department, Measure, MeasurePlan, Memo, Signer, Unit

TEXT_FIELDS = ("name", "kind", "district", "province", "phone", "doc_prefix", "head_title", "font", "office")
BOOL_FIELDS = ("thai_digits",)
MAX_IMAGE_BYTES = 5 * 1024 * 1024

FIELD_LABELS = {
    "name": "ชื่อหน่วยงาน", "kind": "ประเภท", "district": "อำเภอ", "province": "จังหวัด",
    "phone": "โทรศัพท์", "doc_prefix": "เลขที่หนังสือ", "head_title": "ตำแหน่งหัวหน้าหน่วยงาน",
    "font": "แบบอักษร", "thai_digits": "ตัวเลขไทย", "office": "ส่วนราชการ",
}
ROLE_LABELS = {"": "-", "officer": "ผู้เสนอบันทึก", "chief": "ปลัด (ความเห็นที่ ๑)",
               "head": "นายก (ความเห็นที่ ๒)"}


def _unit(session: Session, unit_id: int) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise ValueError("ไม่พบหน่วยงาน (อาจถูกลบไปแล้ว)")
    return unit


# --- details ---------------------------------------------------------------------------------


def get_field(session: Session, unit_id: int, name: str):
    if name not in TEXT_FIELDS + BOOL_FIELDS:
        raise ValueError(f"ไม่มีช่อง {name}")
    return getattr(_unit(session, unit_id), name)


def set_field(session: Session, unit_id: int, name: str, value) -> Changes:
    unit = _unit(session, unit_id)
    if name in BOOL_FIELDS:
        value = bool(value)
    elif name in TEXT_FIELDS:
        value = str(value or "").strip()
        if name in ("name", "font") and not value:
            raise ValueError(f"ช่อง “{FIELD_LABELS[name]}” เว้นว่างไม่ได้")
        if name == "name":  # cleaned of invisible characters; duplicates and look-alikes refused
            value = check_unit_name(session, value, exclude_id=unit_id)
    else:
        raise ValueError(f"ไม่มีช่อง {name}")
    setattr(unit, name, value)
    session.flush()
    return Changes(unit=True)


def set_garuda(session: Session, unit_id: int, data: bytes | None) -> Changes:
    """Store the unit's own Garuda image (PNG or JPEG), or remove it with None."""
    if data is not None:
        if len(data) > MAX_IMAGE_BYTES:
            raise ValueError("ไฟล์ภาพครุฑใหญ่เกิน ๕ MB")
        if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8")):
            raise ValueError("ภาพครุฑต้องเป็นไฟล์ PNG หรือ JPG")
    _unit(session, unit_id).garuda_png = data
    session.flush()
    return Changes(unit=True)


# --- departments -----------------------------------------------------------------------------


def _clean_name(name: str, what: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ValueError(f"ชื่อ{what}เว้นว่างไม่ได้")
    return name


def add_department(session: Session, unit_id: int, name: str, index: int | None = None) -> Changes:
    unit = _unit(session, unit_id)
    name = _clean_name(name, "หน่วยงานย่อย")
    if any(d.name == name for d in unit.departments):
        raise ValueError(f"มีหน่วยงานย่อย “{name}” อยู่แล้ว")
    unit.departments.insert(len(unit.departments) if index is None else max(0, index), Department(name=name))
    session.flush()
    return Changes(unit=True)


def _department(unit: Unit, name: str) -> Department:
    for d in unit.departments:
        if d.name == name:
            return d
    raise ValueError(f"ไม่พบหน่วยงานย่อย “{name}”")


def department_index(session: Session, unit_id: int, name: str) -> int:
    return list(_unit(session, unit_id).departments).index(_department(_unit(session, unit_id), name))


def rename_department(session: Session, unit_id: int, old: str, new: str) -> Changes:
    """Rename, and carry the new name into the unit's measures that list the old one."""
    unit = _unit(session, unit_id)
    new = _clean_name(new, "หน่วยงานย่อย")
    if new == old:
        return Changes()
    if any(d.name == new for d in unit.departments):
        raise ValueError(f"มีหน่วยงานย่อย “{new}” อยู่แล้ว")
    _department(unit, old).name = new
    touched = False
    measures = session.scalars(
        select(Measure).join(MeasurePlan).where(MeasurePlan.unit_id == unit_id)
    ).all()
    for ms in measures:
        if old in (ms.responsible or []):
            ms.responsible = [new if r == old else r for r in ms.responsible]
            touched = True
    session.flush()
    return Changes(unit=True, measures=touched)


def remove_department(session: Session, unit_id: int, name: str) -> tuple[Changes, int]:
    """Remove; returns the index it had so undo can put it back there."""
    unit = _unit(session, unit_id)
    dept = _department(unit, name)
    index = list(unit.departments).index(dept)
    unit.departments.remove(dept)  # the ordering list renumbers the rest
    session.flush()
    return Changes(unit=True), index


def move_department(session: Session, unit_id: int, name: str, new_index: int) -> Changes:
    unit = _unit(session, unit_id)
    dept = _department(unit, name)
    unit.departments.remove(dept)
    unit.departments.insert(max(0, new_index), dept)
    session.flush()
    return Changes(unit=True)


# --- signers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignerData:
    """A signer as undo keeps it: enough to re-create it with the same key, place and memos."""

    key: str
    name: str
    positions: tuple[str, ...]
    index: int
    memo_ids: tuple[int, ...] = ()
    role: str = ""
    signature_png: bytes | None = None


def _clean_positions(positions) -> list[str]:
    return [p.strip() for p in positions if p and p.strip()]


def add_signer(session: Session, unit_id: int, name: str, positions, index: int | None = None,
               key: str | None = None, memo_ids=(), role: str = "",
               signature_png: bytes | None = None) -> tuple[Changes, int]:
    """Add a signer (at ``index``, default last); returns its id."""
    unit = _unit(session, unit_id)
    signer = Signer(key=key or uuid.uuid4().hex[:12], name=_clean_name(name, "ผู้ลงนาม"),
                    positions=_clean_positions(positions), role=_clean_role(role),
                    signature_png=signature_png)
    unit.signers.insert(len(unit.signers) if index is None else max(0, index), signer)
    session.flush()
    for memo_id in memo_ids:
        memo = session.get(Memo, memo_id)
        if memo is not None and memo.unit_id == unit_id:
            memo.signer_id = signer.id
    session.flush()
    return Changes(unit=True, memos=bool(memo_ids)), signer.id


def first_free_role(session: Session, unit_id: int) -> str:
    """The first memo role (ผู้เสนอบันทึก, ปลัด, นายก) no signer of the unit holds yet, or ""
    when all are held: a new signer fills the memo's next empty block without a second step."""
    held = {s.role for s in _unit(session, unit_id).signers}
    return next((role for role in SIGNER_ROLES if role not in held), "")


def _signer(session: Session, signer_id: int) -> Signer:
    s = session.get(Signer, signer_id)
    if s is None:
        raise ValueError("ไม่พบผู้ลงนาม (อาจถูกลบไปแล้ว)")
    return s


def signer_data(session: Session, signer_id: int) -> SignerData:
    s = _signer(session, signer_id)
    memo_ids = tuple(session.scalars(select(Memo.id).where(Memo.signer_id == signer_id)).all())
    return SignerData(s.key, s.name, tuple(s.positions or ()), list(s.unit.signers).index(s), memo_ids,
                      s.role, s.signature_png)


def _clean_role(role: str | None) -> str:
    role = role or ""
    if role not in ROLE_LABELS:
        raise ValueError(f"หน้าที่ของผู้ลงนามต้องเป็นค่าใดค่าหนึ่งใน {', '.join(v for v in ROLE_LABELS.values())}")
    return role


def set_signer_role(session: Session, signer_id: int, role: str) -> Changes:
    """The signer's role on memos; a role belongs to one signer of the unit at a time (the
    previous holder loses it), so a comment block finds its person unambiguously."""
    s = _signer(session, signer_id)
    role = _clean_role(role)
    if role:
        for other in s.unit.signers:
            if other is not s and other.role == role:
                other.role = ""
    s.role = role
    session.flush()
    return Changes(unit=True, memos=True)


def set_signer_signature(session: Session, signer_id: int, data: bytes | None) -> Changes:
    """A scanned signature (PNG or JPEG) printed in this person's signature blocks; None removes it."""
    s = _signer(session, signer_id)
    if data is not None:
        if len(data) > MAX_IMAGE_BYTES:
            raise ValueError("ภาพลายมือชื่อใหญ่เกิน ๕ MB")
        try:
            from PIL import Image

            Image.open(io.BytesIO(data)).verify()
        except Exception:  # noqa: BLE001 - any decoding failure means "not an image"
            raise ValueError("ไฟล์ลายมือชื่อไม่ใช่ภาพที่เปิดได้ (ใช้ PNG หรือ JPEG)") from None
    s.signature_png = data
    session.flush()
    return Changes(unit=True, memos=True)


def update_signer(session: Session, signer_id: int, name: str, positions) -> Changes:
    s = _signer(session, signer_id)
    s.name = _clean_name(name, "ผู้ลงนาม")
    s.positions = _clean_positions(positions)
    session.flush()
    return Changes(unit=True)


def remove_signer(session: Session, signer_id: int) -> tuple[Changes, SignerData]:
    """Remove; memos signed by them lose their signer. Returns what undo needs."""
    data = signer_data(session, signer_id)
    s = _signer(session, signer_id)
    unit = s.unit
    unit.signers.remove(s)  # the ordering list renumbers the rest
    session.flush()
    return Changes(unit=True, memos=bool(data.memo_ids)), data


def find_signer_id(session: Session, unit_id: int, key: str) -> int | None:
    return session.scalar(select(Signer.id).where(Signer.unit_id == unit_id, Signer.key == key))


def move_signer(session: Session, signer_id: int, new_index: int) -> Changes:
    s = _signer(session, signer_id)
    signers = s.unit.signers
    signers.remove(s)
    signers.insert(max(0, new_index), s)
    session.flush()
    return Changes(unit=True)
