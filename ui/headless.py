"""What the program does when started where no window can be shown (a server, CI).

It writes the demo documents to a folder instead of failing with a Qt error: for every unit,
the PDFs ``app.reports.build.build_document`` makes (analysis report per assessment year, plan
and the 6- and 12-month progress reports per plan year), the workspace export (.itaz) and a
score summary (JSON and text). A document the data cannot make (say, a year without scores)
is skipped and listed in ``skipped.txt``; without ``app.reports`` only the non-PDF files are
written.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from app.exchange.workspace import export_unit
from app.fsio import write_bytes
from app.services.scoring import compute
from app.services.units import list_units
from app.store.db import Database
from app.store.models import Unit


def _safe(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "-", name).strip("-") or "unit"


def _score_text(unit: Unit) -> str:
    lines = [unit.name]
    for a in unit.assessments:
        sheet = compute(a)
        overall = sheet.overall
        lines.append(f"ปีงบประมาณ {a.fiscal_year} ({sheet.catalogue}): คะแนนรวม "
                     f"{'-' if overall.effective is None else f'{overall.effective:.2f}'} ระดับ {sheet.level or '-'}")
        for ind in sheet.indicators:
            v = ind.value.effective
            flag = "  ≠ ไม่ตรงกับที่ประกาศ" if ind.value.mismatch else ""
            lines.append(f"  ตัวชี้วัดที่ {ind.number} {ind.name}: {'-' if v is None else f'{v:.2f}'}{flag}")
    return "\n".join(lines) + "\n"


def _requests(unit: Unit) -> list:
    try:
        from app.reports.options import KIND_ANALYSIS, KIND_PLAN, KIND_PROGRESS, DocumentRequest
    except ImportError:
        return []
    out = [DocumentRequest(KIND_ANALYSIS, unit.id, a.fiscal_year) for a in unit.assessments]
    for p in unit.plans:
        out.append(DocumentRequest(KIND_PLAN, unit.id, p.fiscal_year))
        out += [DocumentRequest(KIND_PROGRESS, unit.id, p.fiscal_year, round=r) for r in (6, 12)]
    return out


def _write_pdfs(session, unit: Unit, base: Path, skipped: list[str]) -> list[Path]:
    written = []
    for request in _requests(unit):
        from app.reports.build import build_document

        suffix = f"-{request.round}m" if request.kind == "progress" else ""
        path = base.parent / f"{base.name}-{request.kind}-{request.year}{suffix}.pdf"
        try:
            write_bytes(path, build_document(session, request))
        except Exception as exc:  # noqa: BLE001 - one document that cannot be laid out must not stop the rest
            skipped.append(f"{path.name}: {type(exc).__name__}: {str(exc)[:300]}")
            continue
        written.append(path)
    return written


def write_headless_documents(db: Database, folder: Path) -> list[Path]:
    """Write every unit's documents into ``folder``; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    skipped: list[str] = []
    with db.session() as session:
        for summary in list_units(session):
            unit = session.get(Unit, summary.id)
            base = folder / _safe(unit.name)
            written += _write_pdfs(session, unit, base, skipped)
            export_unit(session, unit.id, base.with_suffix(".itaz"))
            written.append(base.with_suffix(".itaz"))
            scores = {str(a.fiscal_year): compute(a).as_dict() for a in unit.assessments}
            (base.parent / f"{base.name}-scores.json").write_text(
                json.dumps(scores, ensure_ascii=False, indent=1), encoding="utf-8")
            (base.parent / f"{base.name}-scores.txt").write_text(_score_text(unit), encoding="utf-8")
            written += [base.parent / f"{base.name}-scores.json", base.parent / f"{base.name}-scores.txt"]
    if skipped:
        (folder / "skipped.txt").write_text("\n".join(skipped) + "\n", encoding="utf-8")
    return written
