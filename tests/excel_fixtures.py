"""Shared builders for the Excel tests (no tests here): small units in the exchange format,
imported through the real importer, scored from the real catalogues."""
from __future__ import annotations

import json
from pathlib import Path

from app.exchange.workspace import LoadedFile, import_document

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "catalogues"

INJECTIONS = [
    "=HYPERLINK(\"http://evil.example\",\"คลิก\")",
    "=1+1",
    "+66 81 234 5678",
    "-ลดขั้นตอน-",
    "@SUM(A1:A9)",
    "\t=cmd|' /C calc'!A0",
    "=2+5 อบต.",
]


def catalogue(code: str) -> dict:
    return json.loads((CATALOGUES / f"ita-{code.split('-')[1]}.json").read_text(encoding="utf-8"))


def assessment(year: int, code: str, base: float, published: bool = True) -> dict:
    """Every item scored (base, varying by position), published indicator/overall left to compute
    unless ``published``."""
    cat = catalogue(code)
    items = []
    for i, it in enumerate(cat["items"]):
        score = round(min(100.0, base + (i % 7) * 1.37), 2)
        if it.get("dual"):
            items.append({"item": it["code"], "public": score, "survey": round(max(0.0, score - 3.5), 2)})
        else:
            items.append({"item": it["code"], "score": score})
    out = {"fiscal_year": year, "catalogue": code, "item_scores": items}
    if published:
        out["published_overall"] = round(min(100.0, base + 3.21), 2)
        out["published_level"] = cat["level_rule"]["bands"][1]["label"]
        out["group_scores"] = [{"group": cat["groups"][0]["code"], "published": 90.0}] if cat.get("groups") else []
        out["tool_scores"] = [{"tool": "IIT", "published": round(base + 1.11, 2)}]
    return out


def unit_doc(name: str, *, district: str = "เวียงแก่น", years: dict[int, tuple[str, float]] | None = None,
             plan_year: int | None = 2568, statuses: list[tuple[str | None, str | None]] | None = None,
             texts: list[str] | None = None, departments: list[str] | None = None) -> dict:
    years = years or {2568: ("ITA-2568", 90.0)}
    statuses = statuses if statuses is not None else [("in_progress", "done"), ("not_started", "in_progress"),
                                                      ("done", "done"), (None, None)]
    texts = texts or []
    departments = departments or ["สำนักปลัด", "กองคลัง", "กองช่าง"]
    measures = []
    for i, (s6, s12) in enumerate(statuses):
        progress = [{"round": r, "status": s, "summary": f"สรุปผลรอบ {r} ข้อ {i + 1}", "outcome": "บรรลุ"}
                    for r, s in ((6, s6), (12, s12)) if s]
        measures.append({
            "indicator": (i % 10) + 1,
            "title": texts[i % len(texts)] if texts else f"มาตรการที่ {i + 1} ส่งเสริมความโปร่งใส",
            "finding": texts[(i + 1) % len(texts)] if texts else "คะแนนตัวชี้วัดต่ำกว่าเป้าหมาย",
            "steps": texts[(i + 2) % len(texts)] if texts else "๑. ประชุมชี้แจง\n๒. ดำเนินการ\n๓. รายงานผล",
            "period_start": f"{plan_year - 544}-10-01" if plan_year else None,
            "period_end": f"{plan_year - 543}-09-30" if plan_year else None,
            "responsible": [departments[i % len(departments)]] + (["กองคลัง"] if i % 2 else []),
            "related_items": ["o10", "o11"],
            "progress": progress,
        })
    doc = {
        "format": "ita-workspace", "format_version": 1,
        "unit": {"name": name, "kind": "เทศบาลตำบล", "district": district, "province": "เชียงราย",
                 "departments": departments, "thai_digits": True},
        "signers": [],
        "assessments": [assessment(y, code, base) for y, (code, base) in sorted(years.items())],
        "plans": [{"fiscal_year": plan_year, "grouping": "indicator", "measures": measures}] if plan_year else [],
        "memos": [],
    }
    return doc


def add_unit(db, doc: dict) -> str:
    with db.transaction() as session:
        return import_document(session, LoadedFile(doc, {})).name


def demo_unit_years(session) -> list[tuple[str, int]]:
    """(unit, year) for every demo unit: its latest assessment year, else its latest plan year."""
    from app.services.units import list_units

    out = []
    for u in list_units(session):
        years = u.assessment_years or u.plan_years
        out.append((u.name, max(years)))
    return out
