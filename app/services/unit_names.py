"""Unit names as people see them: cleaned before storing, compared by what they look like.

Two names that print the same must not be two units, and an import naming an existing unit
must find it even when the file's copy picked up a zero-width space, a BOM, a soft hyphen or
doubled spaces on the way (copied from a web page, a Word file, a LINE message).

``clean_name`` is what is stored: Unicode NFC, invisible format characters removed, whitespace
collapsed. ``name_key`` is what is compared: NFKC on top (full-width letters, compatibility
forms such as U+0E33 ำ vs ํ + า), case folded, and the common Thai typing look-alike เเ (two
sara e) for แ. Two different cleaned names with one key are look-alikes: refused, naming the
unit already there.
"""
from __future__ import annotations

import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import Unit

_SPACES = re.compile(r"\s+")
# Characters that take no room on paper. Category Cf covers ZWSP U+200B, ZWNJ/ZWJ, LRM/RLM,
# word joiner U+2060, BOM U+FEFF and soft hyphen U+00AD; the rest are invisible fillers that
# Unicode files elsewhere.
_INVISIBLE_EXTRA = {"\u034f", "\u115f", "\u1160", "\u17b4", "\u17b5", "\u180e", "\u3164", "\uffa0"}
_THAI_LOOKALIKES = (("\u0e40\u0e40", "\u0e41"),)  # เ + เ → แ


def _visible(text: str) -> str:
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf" and ch not in _INVISIBLE_EXTRA)


def clean_name(name: str) -> str:
    """The name as stored: NFC, no invisible characters, single spaces, no outer spaces."""
    text = _visible(unicodedata.normalize("NFC", name or ""))
    return _SPACES.sub(" ", text).strip()


def name_key(name: str) -> str:
    """What two names are compared by (equal keys = the same name to a reader)."""
    text = _visible(unicodedata.normalize("NFKC", clean_name(name)))
    for seen, meant in _THAI_LOOKALIKES:
        text = text.replace(seen, meant)
    return _SPACES.sub(" ", text).strip().casefold()


def find_same_name(session: Session, name: str, exclude_id: int | None = None) -> Unit | None:
    """The unit whose name reads the same as ``name`` (exactly or as a look-alike), if any."""
    key = name_key(name)
    for unit in session.scalars(select(Unit)):
        if unit.id != exclude_id and name_key(unit.name) == key:
            return unit
    return None


def lookalike_message(name: str, existing: str) -> str:
    return (f"ชื่อหน่วยงาน “{name}” ดูเหมือนกับหน่วยงานที่มีอยู่แล้ว “{existing}” แต่สะกดต่างกัน "
            "(เช่น อักษรเต็มความกว้าง สระที่พิมพ์ต่างแบบ หรือตัวพิมพ์ใหญ่เล็ก) จึงไม่สร้างเป็นหน่วยงานที่สอง "
            f"หากเป็นหน่วยงานเดียวกัน ให้ใช้ชื่อ “{existing}” หากเป็นคนละหน่วยงาน ให้ใช้ชื่อที่ต่างกันชัดเจน")


def check_unit_name(session: Session, name: str, exclude_id: int | None = None) -> str:
    """Clean ``name`` for a new or renamed unit; refuse an empty name, a duplicate or a look-alike.

    Returns the cleaned name; raises ValueError with a Thai message naming the existing unit.
    """
    cleaned = clean_name(name)
    if not cleaned:
        raise ValueError("ชื่อหน่วยงานเว้นว่างไม่ได้")
    same = find_same_name(session, cleaned, exclude_id)
    if same is not None:
        if same.name == cleaned:
            raise ValueError(f"มีหน่วยงานชื่อ “{same.name}” อยู่แล้ว")
        raise ValueError(lookalike_message(cleaned, same.name))
    return cleaned
