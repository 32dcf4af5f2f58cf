"""ITA catalogues: reading the shipped JSON files and keeping a copy in the database.

A catalogue is copied into the database the first time a year uses it; from then on the
database copy is authoritative, so a user can correct wording or copy a catalogue to start a
year the program was not released with.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.paths import resources_dir
from app.store.models import Catalogue, CatGroup, CatIndicator, CatItem, CatTool


def catalogue_files() -> dict[str, Path]:
    """Shipped catalogue files by code ("ITA-2568" → path)."""
    out: dict[str, Path] = {}
    for path in sorted((resources_dir() / "catalogues").glob("ita-*.json")):
        out[f"ITA-{path.stem.split('-')[1]}"] = path
    return out


@lru_cache(maxsize=None)
def _read_file(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def shipped_catalogue(code: str) -> dict[str, Any]:
    files = catalogue_files()
    if code not in files:
        raise KeyError(f"ไม่มีชุดตัวชี้วัด “{code}” ในโปรแกรม")
    return _read_file(files[code])


def catalogue_from_data(data: dict[str, Any]) -> Catalogue:
    cat = Catalogue(
        code=data["code"],
        fiscal_year=int(data["fiscal_year"]),
        title=data.get("title", data["code"]),
        provisional=bool(data.get("provisional", False)),
        level_rule=data["level_rule"],
        themes=data.get("themes", []),
        source=data.get("source", ""),
    )
    cat.tools = [
        CatTool(code=t["code"], name=t["name"], weight=float(t["weight"]), position=i)
        for i, t in enumerate(data["tools"])
    ]
    cat.indicators = [
        CatIndicator(number=int(d["number"]), tool_code=d["tool"], name=d["name"])
        for d in data["indicators"]
    ]
    cat.groups = [
        CatGroup(code=g["code"], indicator_number=int(g["indicator"]), name=g["name"], position=i)
        for i, g in enumerate(data.get("groups", []))
    ]
    cat.items = [
        CatItem(
            code=it["code"],
            indicator_number=int(it["indicator"]),
            group_code=it.get("group"),
            text=it["text"],
            dual=bool(it.get("dual", False)),
            position=i,
        )
        for i, it in enumerate(data["items"])
    ]
    return cat


def catalogue_to_data(cat: Catalogue) -> dict[str, Any]:
    return {
        "format": "ita-catalogue",
        "format_version": 1,
        "code": cat.code,
        "fiscal_year": cat.fiscal_year,
        "title": cat.title,
        "provisional": cat.provisional,
        "source": cat.source,
        "tools": [{"code": t.code, "name": t.name, "weight": t.weight} for t in cat.tools],
        "indicators": [
            {"number": d.number, "tool": d.tool_code, "name": d.name} for d in cat.indicators
        ],
        "groups": [
            {"code": g.code, "indicator": g.indicator_number, "name": g.name} for g in cat.groups
        ],
        "items": [
            {k: v for k, v in (
                ("code", it.code), ("indicator", it.indicator_number), ("group", it.group_code),
                ("text", it.text), ("dual", it.dual or None),
            ) if v is not None}
            for it in cat.items
        ],
        "level_rule": cat.level_rule,
        "themes": cat.themes,
    }


def ensure_catalogue(session: Session, code: str) -> Catalogue:
    """The database copy of a catalogue, copied from the shipped file on first use."""
    cat = session.scalar(select(Catalogue).where(Catalogue.code == code))
    if cat is None:
        if code not in catalogue_files():
            raise ValueError(f"ไม่มีชุดตัวชี้วัด “{code}” ทั้งในโปรแกรมและในฐานข้อมูล")
        cat = catalogue_from_data(shipped_catalogue(code))
        session.add(cat)
        session.flush()
    return cat


def copy_catalogue(session: Session, source_code: str, new_code: str, fiscal_year: int) -> Catalogue:
    """Start a new year's catalogue from an existing one (marked provisional until edited)."""
    if session.scalar(select(Catalogue).where(Catalogue.code == new_code)) is not None or new_code in catalogue_files():
        raise ValueError(f"มีชุดตัวชี้วัด “{new_code}” อยู่แล้ว")
    src = ensure_catalogue(session, source_code)
    data = catalogue_to_data(src)
    data.update(code=new_code, fiscal_year=fiscal_year, provisional=True,
                source=f"คัดลอกจาก {source_code}")
    cat = catalogue_from_data(data)
    session.add(cat)
    session.flush()
    return cat


def default_catalogue_code(fiscal_year: int) -> str:
    """The catalogue for a year: that year's if shipped, else the nearest earlier one."""
    codes = sorted(catalogue_files())
    exact = f"ITA-{fiscal_year}"
    if exact in codes:
        return exact
    earlier = [c for c in codes if int(c[4:]) <= fiscal_year]
    return (earlier or codes)[-1 if earlier else 0]
