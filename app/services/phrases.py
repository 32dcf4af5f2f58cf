"""The phrase library for analysis texts: the NACC's standard wording shipped in
``resources/phrases.json`` plus the officer's own phrases stored in the database.

Phrase changes are reported as ``Changes(analysis=True)``: the library belongs to the analysis
editor, the only view that shows it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.paths import resources_dir
from app.services.changes import Changes
from app.store.models import Phrase

CATEGORIES = ("deficiency", "to_develop", "to_keep", "problems", "guidelines", "recommendations")
CATEGORY_LABELS = {
    "deficiency": "ข้อบกพร่อง/ข้อปรับปรุง",
    "to_develop": "ข้อที่ต้องพัฒนา",
    "to_keep": "รักษาระดับ",
    "problems": "ปัญหาและอุปสรรค",
    "guidelines": "แนวทางการปรับปรุง",
    "recommendations": "ข้อเสนอแนะ",
}
SOURCE_SHIPPED = "shipped"
SOURCE_USER = "user"


@dataclass(frozen=True)
class PhraseEntry:
    source: str  # SOURCE_SHIPPED | SOURCE_USER
    category: str
    indicator: int | None
    text: str
    id: int | None = None  # database id for the user's own phrases


@lru_cache(maxsize=1)
def shipped_phrases() -> tuple[PhraseEntry, ...]:
    path = resources_dir() / "phrases.json"
    if not path.exists():
        return ()
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        PhraseEntry(SOURCE_SHIPPED, p["category"], p.get("indicator"), p["text"])
        for p in data.get("phrases", [])
        if p.get("category") in CATEGORIES and p.get("text")
    )


def list_phrases(session: Session, category: str | None = None, indicator: int | None = None) -> list[PhraseEntry]:
    """The user's phrases first (newest first), then the shipped ones; filtered by category
    and by indicator (phrases for any indicator always match)."""
    user = [
        PhraseEntry(SOURCE_USER, p.category, p.indicator_number, p.text, p.id)
        for p in session.scalars(select(Phrase).order_by(Phrase.position.desc(), Phrase.id.desc()))
    ]

    def keep(p: PhraseEntry) -> bool:
        return (category is None or p.category == category) and (
            indicator is None or p.indicator is None or p.indicator == indicator)

    return [p for p in user + list(shipped_phrases()) if keep(p)]


def add_phrase(session: Session, category: str, text: str, indicator: int | None = None) -> tuple[Changes, int]:
    if category not in CATEGORIES:
        raise ValueError(f"ไม่มีหมวดวลี {category}")
    text = (text or "").strip()
    if not text:
        raise ValueError("วลีว่าง บันทึกไม่ได้")
    exists = session.scalar(select(Phrase.id).where(
        Phrase.category == category, Phrase.text == text,
        Phrase.indicator_number.is_(None) if indicator is None else Phrase.indicator_number == indicator))
    if exists is not None:
        raise ValueError("มีวลีนี้ในคลังวลีของฉันอยู่แล้ว")
    position = (session.scalar(select(func.max(Phrase.position))) or 0) + 1
    phrase = Phrase(category=category, text=text, indicator_number=indicator, position=position)
    session.add(phrase)
    session.flush()
    return Changes(analysis=True), phrase.id


def get_phrase(session: Session, phrase_id: int) -> PhraseEntry:
    p = session.get(Phrase, phrase_id)
    if p is None:
        raise ValueError("ไม่พบวลี (อาจถูกลบไปแล้ว)")
    return PhraseEntry(SOURCE_USER, p.category, p.indicator_number, p.text, p.id)


def remove_phrase(session: Session, phrase_id: int) -> Changes:
    p = session.get(Phrase, phrase_id)
    if p is None:
        raise ValueError("ไม่พบวลี (อาจถูกลบไปแล้ว)")
    session.delete(p)
    session.flush()
    return Changes(analysis=True)
