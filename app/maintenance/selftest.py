"""The self-test of an installed or bundled program: does everything it ships actually work here?

``run_selftest(report_path)`` runs each step in a fresh temporary folder (the user's data is
never touched), records every step (ok, seconds, detail or error) in a JSON report, and returns
0 when all passed, 1 otherwise. Headless steps: open and migrate a new database, load the demo
units and score one, check integrity, back up, lay out Thai with ``app.typeset`` into a PDF
(shaping, dictionary word breaks, a justified paragraph), write a workbook with ``app.excel``.

``app/`` never imports Qt or ``ui``: the window's steps (QtPdf render, every screen, a document
in the preview) are given by ``ui.selftest`` as ``extra_steps``, which run after these with the
same context (database with the demo, the PDF made).
"""
from __future__ import annotations

import json
import platform
import shutil
import sys
import tempfile
import time
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

import app

SAMPLE_TITLE = "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส"
SAMPLE_TEXT = (
    "องค์กรปกครองส่วนท้องถิ่นได้นำผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ มาวิเคราะห์เพื่อกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
    "โดยมุ่งเน้นการเปิดเผยข้อมูลต่อสาธารณะ การป้องกันการทุจริต และการปรับปรุงการทำงานให้มีประสิทธิภาพยิ่งขึ้น"
)
# A word the dictionary must find whole: proves pythainlp's word list is in the bundle.
DICTIONARY_WORD = "องค์กรปกครองส่วนท้องถิ่น"
# Text QtPdf must read back from the page (checks our ToUnicode maps: copy-exact Thai).
EXTRACT_WORD = "คุณธรรมและความโปร่งใส"


@dataclass
class Step:
    name: str
    ok: bool = False
    seconds: float = 0.0
    detail: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


class StepFailed(Exception):
    """A check inside a step did not hold."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


class _Run:
    def __init__(self) -> None:
        self.steps: list[Step] = []
        self.failed_names: set[str] = set()

    def step(self, name: str, func: Callable[[], dict[str, Any] | None], needs: tuple[str, ...] = ()) -> Any:
        step = Step(name)
        self.steps.append(step)
        missing = [n for n in needs if n in self.failed_names]
        if missing:
            step.error = f"skipped: needs {', '.join(missing)}"
            self.failed_names.add(name)
            return None
        t0 = time.perf_counter()
        try:
            step.detail = func() or {}
            step.ok = True
        except Exception as exc:  # noqa: BLE001 - every failure is reported, none stops the run
            step.error = f"{type(exc).__name__}: {exc}"
            step.detail["traceback"] = traceback.format_exc(limit=8)
            self.failed_names.add(name)
        step.seconds = round(time.perf_counter() - t0, 3)
        return step


def _database(ctx: dict) -> dict:
    from app.maintenance.integrity import head_revision
    from app.store.db import current_revision, open_database

    db = open_database(ctx["dir"] / "selftest.sqlite3")
    ctx["db"] = db
    revision = current_revision(db.engine)
    _check(revision == head_revision(), f"revision {revision} is not head {head_revision()}")
    return {"revision": revision, "path": str(db.path)}


def _demo(ctx: dict) -> dict:
    from app.exchange.demo import load_demo
    from app.services.units import list_units, score_sheet

    names = load_demo(ctx["db"])
    _check(len(names) >= 1, "no demo units")
    with ctx["db"].session() as session:
        units = [u for u in list_units(session) if u.assessment_years]
        _check(bool(units), "no demo unit has an assessment")
        unit = units[0]
        year = max(unit.assessment_years)
        sheet = score_sheet(session, unit.name, year).as_dict()
    overall = sheet["overall"]["computed"]
    _check(overall is not None and 0 <= overall <= 100, f"overall score {overall}")
    ctx["unit"], ctx["year"] = unit.name, year
    return {"units": len(names), "scored_unit": unit.name, "year": year, "overall": overall}


def _integrity(ctx: dict) -> dict:
    from app.maintenance.integrity import check_database

    report = check_database(ctx["db"].path)
    _check(report.ok, report.text())
    return {"checks": [c.status for c in report.checks]}


def _backup(ctx: dict) -> dict:
    import sqlite3

    from app.maintenance.backup import backup_now

    path = backup_now(ctx["db"].path, ctx["dir"] / "backups")
    conn = sqlite3.connect(str(path))
    try:
        units = conn.execute("SELECT count(*) FROM unit").fetchone()[0]
    finally:
        conn.close()
    _check(units >= 1, "the backup holds no units")
    return {"units_in_backup": units, "bytes": path.stat().st_size}


def _thai_pdf(ctx: dict) -> dict:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate

    from app.typeset import ParaStyle, ThaiParagraph, measure_thai_line, register_font_set
    from app.typeset.breaking import tokenize
    from app.typeset.shaping import shape

    fonts = register_font_set()
    shaped = shape(fonts.regular, "ที่ปรึกษา ผู้ใหญ่บ้าน ก๊ำ")
    _check(all(g != 0 for g in shaped.gids), "a Thai character has no glyph (.notdef) in the font")
    words = [t for t, _ in tokenize(SAMPLE_TEXT)]
    _check(DICTIONARY_WORD in words, f"the dictionary did not find {DICTIONARY_WORD!r}: {words[:12]}")
    body = ParaStyle(fonts, size=16, align="justify", first_indent=2.5 * cm)
    head = body.replace(bold=True, align="center", size=18, space_after=12)
    width = A4[0] - 5 * cm
    para = ThaiParagraph(SAMPLE_TEXT, body)
    lines = len(para.lines(width))
    _check(lines >= 3, f"the paragraph laid out in {lines} line(s)")
    pdf = ctx["dir"] / "selftest.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=3 * cm, rightMargin=2 * cm,
                            topMargin=2.5 * cm, bottomMargin=2 * cm, title="ITA Desk self-test")
    doc.build([ThaiParagraph(SAMPLE_TITLE, head), para, ThaiParagraph(SAMPLE_TEXT, body.replace(thai_digits=True))])
    data = pdf.read_bytes()
    _check(data.startswith(b"%PDF") and len(data) > 2000, f"PDF of {len(data)} bytes")
    ctx["pdf"] = pdf
    return {"bytes": len(data), "paragraph_lines": lines, "tokens": len(words),
            "title_width_pt": round(measure_thai_line(SAMPLE_TITLE, fonts.bold, 18 * fonts.scale), 1)}


def _workbook(ctx: dict) -> dict:
    path = ctx["dir"] / "selftest.xlsx"
    try:
        from app.excel.summary import write_summary
    except ImportError:
        write_summary = None
    if write_summary is not None and ctx.get("unit"):
        with ctx["db"].session() as session:
            write_summary(session, ctx["unit"], ctx["year"], path)
        writer = "app.excel.summary"
    else:
        from openpyxl import Workbook

        wb = Workbook()
        wb.active.title = "ทดสอบ"
        wb.active["A1"] = SAMPLE_TITLE
        wb.save(path)
        writer = "openpyxl"
    from openpyxl import load_workbook

    wb = load_workbook(path)
    sheets = wb.sheetnames
    _check(bool(sheets), "the workbook has no sheets")
    return {"writer": writer, "sheets": sheets, "bytes": path.stat().st_size}


# A step the caller adds: (name, function of the shared context, names of the steps it needs).
ExtraStep = tuple[str, Callable[[dict], "dict[str, Any] | None"], tuple[str, ...]]


def selftest_report(*, render: bool = True, keep_dir: Path | None = None,
                    extra_steps: Sequence[ExtraStep] = ()) -> dict[str, Any]:
    """Run every step and return the report (see ``run_selftest``); ``extra_steps`` (the
    window's, from ``ui.selftest``) run last unless ``render`` is false."""
    started = time.perf_counter()
    work = Path(keep_dir) if keep_dir else Path(tempfile.mkdtemp(prefix="ita-selftest-"))
    work.mkdir(parents=True, exist_ok=True)
    ctx: dict[str, Any] = {"dir": work}
    run = _Run()
    try:
        run.step("database", lambda: _database(ctx))
        run.step("demo", lambda: _demo(ctx), needs=("database",))
        run.step("integrity", lambda: _integrity(ctx), needs=("demo",))
        run.step("backup", lambda: _backup(ctx), needs=("demo",))
        run.step("thai_pdf", lambda: _thai_pdf(ctx))
        run.step("workbook", lambda: _workbook(ctx), needs=("demo",))
        if render:
            for name, func, needs in extra_steps:
                run.step(name, lambda func=func: func(ctx), needs=needs)
    finally:
        if ctx.get("db") is not None:
            ctx["db"].close()
        if keep_dir is None:
            shutil.rmtree(work, ignore_errors=True)
    return {
        "ok": all(s.ok for s in run.steps),
        "program": app.__version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "seconds": round(time.perf_counter() - started, 3),
        "steps": [asdict(s) for s in run.steps],
    }


def write_report(report: dict[str, Any], report_path: Path | str) -> Path:
    path = Path(report_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def run_selftest(report_path: Path | str | None = None, *, render: bool = True,
                 keep_dir: Path | None = None, extra_steps: Sequence[ExtraStep] = ()) -> int:
    """Run every step; write the JSON report to ``report_path`` (if given); 0 = all passed.

    ``render=False`` leaves out the extra (window) steps; ``keep_dir`` keeps the files made
    (database, PDF, workbook) there instead of a temporary folder.
    """
    report = selftest_report(render=render, keep_dir=keep_dir, extra_steps=extra_steps)
    if report_path:
        write_report(report, report_path)
    return 0 if report["ok"] else 1


def summary_lines(report: dict) -> list[str]:
    """One Thai line per step, for the command line."""
    out = []
    for s in report["steps"]:
        mark = "ผ่าน" if s["ok"] else "ไม่ผ่าน"
        out.append(f"{mark}\t{s['name']}\t{s['seconds']:.2f} วินาที" + (f"\t{s['error']}" if s["error"] else ""))
    out.append(("ผลการทดสอบตัวเอง: ผ่านทุกขั้น" if report["ok"] else "ผลการทดสอบตัวเอง: ไม่ผ่าน")
               + f" ({report['seconds']:.1f} วินาที)")
    return out
