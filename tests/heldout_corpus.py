"""A held-out unit: data never used while the typesetter and the documents were tuned.

``tests/data/heldout_unit/`` holds a whole unit (``workspace.json`` and its photos): a
เทศบาลเมือง with departments, signers, wording and texts unlike the demo units', written to
carry what breaks typesetters (long compounds, URLs, e-mail, phone numbers, LINE handles, codes,
Thai dates, English words, bullets, ranks, village names, a measure taller than a page, empty
optional fields, three long cells side by side). It enters the program as an officer's file
would: zipped into an exchange file and imported with ``python -m app import``'s use case.

``python -m tests.heldout_corpus OUT_DIR`` imports it into a fresh database, builds every
document kind and layout (both progress rounds, every memo) and prints the strict check's
figures per document, as ``python -m tests.document_corpus`` does for the demo units.
"""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

from sqlalchemy import select

from app.reports import DocumentRequest
from app.store import models as m
from tests.document_corpus import Job

DATA = Path(__file__).resolve().parent / "data" / "heldout_unit"
UNIT_NAME = "เทศบาลเมืองบ้านไผ่ใหม่"


def exchange_file(dest: Path) -> Path:
    """The held-out unit as an exchange file (.itaz: workspace.json and photos/) at ``dest``."""
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.write(DATA / "workspace.json", "workspace.json")
        for photo in sorted((DATA / "photos").iterdir()):
            zf.write(photo, f"photos/{photo.name}", compress_type=zipfile.ZIP_STORED)
    return dest


def load_heldout(database) -> list[str]:
    """Import the held-out unit's exchange file into ``database`` (the import use case)."""
    import tempfile

    from app.exchange.importing import import_workspace

    with tempfile.TemporaryDirectory(prefix="ita-heldout-") as tmp:
        result = import_workspace(database, exchange_file(Path(tmp) / "heldout.itaz"))
    return [result.unit_name]


def jobs(session) -> list[Job]:
    """Every kind and layout of the held-out unit: each assessment year's analysis, the
    comparison, the plan in both groupings, the summary, the three progress layouts for each
    round that has progress, and every stored memo."""
    unit = session.scalar(select(m.Unit).where(m.Unit.name == UNIT_NAME))
    out: list[Job] = []
    years = sorted(a.fiscal_year for a in unit.assessments)
    for y in years:
        out.append(Job(f"h_analysis_{y}", DocumentRequest("analysis", unit.name, y)))
    for y in years[1:]:
        out.append(Job(f"h_comparison_{y}", DocumentRequest("comparison", unit.name, y)))
    for plan in sorted(unit.plans, key=lambda p: p.fiscal_year):
        y = plan.fiscal_year
        for grouping in ("indicator", "theme"):
            out.append(Job(f"h_plan_{grouping}_{y}", DocumentRequest("plan", unit.name, y, layout=grouping)))
        out.append(Job(f"h_summary_{y}", DocumentRequest("summary", unit.name, y)))
        rounds = sorted({p.round for ms in plan.measures for p in ms.progress})
        for rnd in rounds:
            for layout in ("columns", "items", "status"):
                out.append(Job(f"h_progress_{layout}_{y}_{rnd}",
                               DocumentRequest("progress", unit.name, y, round=rnd, layout=layout)))
    for memo in unit.memos:
        rnd = memo.round or 12
        suffix = f"_{memo.round}" if memo.round else ""
        out.append(Job(f"h_memo_{memo.document_kind}_{memo.fiscal_year}{suffix}",
                       DocumentRequest("memo", unit.name, memo.fiscal_year, memo_kind=memo.document_kind,
                                       round=rnd)))
    return out


if __name__ == "__main__":
    from tests import document_corpus

    document_corpus.main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/heldout", load=load_heldout,
                         make_jobs=jobs)
