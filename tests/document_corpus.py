"""Every document kind and layout of every demo unit, with the texts each must print.

Shared by the strict typesetting measure (tests/test_typeset_strict.py) and the readers' test
(tests/test_typeset_readers.py); ``python -m tests.document_corpus OUT_DIR`` builds them all and
prints the strict check's figures per document (the before/after table of issue 13).
"""
from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.reports import DocumentRequest
from app.store import models as m
from app.thai.digits import digits

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Job:
    name: str
    request: DocumentRequest


def _has_round(plan: m.MeasurePlan, rnd: int) -> bool:
    return any(p.round == rnd for ms in plan.measures for p in ms.progress)


def jobs(session) -> list[Job]:
    """Each kind and layout of each demo unit, for its latest year that has the data."""
    out: list[Job] = []
    units = session.scalars(select(m.Unit).order_by(m.Unit.name)).all()
    for k, unit in enumerate(units):
        tag = f"u{k}"
        ass_years = sorted(a.fiscal_year for a in unit.assessments)
        plans = {p.fiscal_year: p for p in unit.plans if p.measures}
        if ass_years:
            y = ass_years[-1]
            out.append(Job(f"{tag}_analysis_{y}", DocumentRequest("analysis", unit.name, y)))
            if len(ass_years) > 1:
                out.append(Job(f"{tag}_comparison_{y}", DocumentRequest("comparison", unit.name, y)))
        if plans:
            y = max(plans)
            for grouping in ("indicator", "theme"):
                out.append(Job(f"{tag}_plan_{grouping}_{y}",
                               DocumentRequest("plan", unit.name, y, layout=grouping)))
            out.append(Job(f"{tag}_summary_{y}", DocumentRequest("summary", unit.name, y)))
            tracked = [yy for yy in sorted(plans) if _has_round(plans[yy], 12) or _has_round(plans[yy], 6)]
            if tracked:
                y = tracked[-1]
                rnd = 12 if _has_round(plans[y], 12) else 6
                for layout in ("columns", "items", "status"):
                    out.append(Job(f"{tag}_progress_{layout}_{y}_{rnd}",
                                   DocumentRequest("progress", unit.name, y, round=rnd, layout=layout)))
        memo = memo_request(unit)
        if memo is not None:
            out.append(Job(f"{tag}_memo_{memo.memo_kind}_{memo.year}", memo))
    return out


def memo_request(unit: m.Unit) -> DocumentRequest | None:
    """The memo each demo unit's seed suggests: its stored memo (seeds 000 and 003), else the
    memo covering the last round it reports on (seeds 001, 002 and 004 are progress reports),
    else one for its latest plan or analysis."""
    stored = next((mm for mm in unit.memos if mm.fiscal_year and mm.document_kind), None)
    if stored is not None:
        return DocumentRequest("memo", unit.name, stored.fiscal_year, memo_kind=stored.document_kind,
                               round=stored.round or 12)
    plans = {p.fiscal_year: p for p in unit.plans if p.measures}
    for y in sorted(plans, reverse=True):
        for rnd in (12, 6):
            if _has_round(plans[y], rnd):
                return DocumentRequest("memo", unit.name, y, memo_kind="progress", round=rnd)
    if plans:
        return DocumentRequest("memo", unit.name, max(plans), memo_kind="plan")
    if unit.assessments:
        return DocumentRequest("memo", unit.name, max(a.fiscal_year for a in unit.assessments),
                               memo_kind="analysis")
    return None


def unit_of(session, request: DocumentRequest) -> m.Unit:
    return session.scalar(select(m.Unit).where(m.Unit.name == request.unit))


def _plan_texts(plan: m.MeasurePlan, round_: int | None) -> list[str]:
    out = []
    for ms in plan.measures:
        out += [ms.title, ms.steps, *ms.responsible]
        if round_ is None:
            out += [ms.finding, ms.monitoring]
            continue
        pr = next((p for p in ms.progress if p.round == round_), None)
        if pr is not None:
            out += [pr.summary, pr.outcome, pr.remarks] + [ph.caption for ph in pr.photos]
    return out


def expected_texts(session, request: DocumentRequest) -> list[str]:
    """The entered texts a document prints verbatim (as the officer typed them)."""
    unit = unit_of(session, request)
    texts = [unit.name]
    plan = {p.fiscal_year: p for p in unit.plans}
    ass = {a.fiscal_year: a for a in unit.assessments}
    kind = request.kind
    if kind == "memo":
        from app.reports import memo_for

        memo = memo_for(session, request)  # stored, or drafted from the data as printed
        texts += [memo.subject, memo.addressee] + [line for s in memo.sections for line in s.text.split("\n")]
        texts += [memo.signer_name, *memo.signer_positions]
        for c in memo.comments:
            texts += [c.title, c.signer_name, *c.positions] + c.text.split("\n")
    elif kind == "analysis":
        a = ass[request.year]
        for an in a.analyses:
            texts += [an.deficiency, an.to_develop, an.to_keep]
        texts += [s.text for s in a.sections if s.kind != m.SECTION_RECOMMENDATIONS]
        if request.year + 1 in plan:
            texts += _plan_texts(plan[request.year + 1], None)
    elif kind == "plan":
        texts += _plan_texts(plan[request.year], None) + [plan[request.year].intro]
    elif kind == "progress":
        texts += _plan_texts(plan[request.year], request.round) + [plan[request.year].intro]
        if request.layout == "status":  # the round's narrative notes (seed 004)
            texts += [n.text for n in plan[request.year].notes if n.round == request.round]
    elif kind == "comparison":
        texts += [s.text for s in ass[request.year].sections if s.kind == m.SECTION_RECOMMENDATIONS]
    thai = unit.thai_digits if request.thai_digits is None else request.thai_digits
    seen, out = set(), []
    for t in texts:
        t = digits(t or "", thai).strip()
        if t and t not in seen:
            seen.add(t)
            out.append(t)
    return out


NARROWEST_CELL_PT = 80.0  # the narrowest text column of the documents (responsible, period)


def protected_names(session, request: DocumentRequest, fitting: bool | None = True) -> list[str]:
    """The unit's own names that a line must never split: its place, district and province, its
    departments and the people who sign. With ``fitting`` True only those that fit the narrowest
    column at 16 pt (a longer one, "กองสาธารณสุขและสิ่งแวดล้อม" in a 11 % column, must break
    there, at its inner words); False: only those that do not; None: all."""
    from app.reports.build import _place_name
    from app.typeset import register_font_set
    from app.typeset.line import measure_thai_line

    unit = unit_of(session, request)
    names = [_place_name(unit.name), unit.district, unit.province]
    names += [d.name for d in unit.departments] + [s.name for s in unit.signers]
    names = [n for n in dict.fromkeys(names) if n]
    if fitting is None:
        return names
    fs = register_font_set()
    narrowest = narrowest_cell_pt(session, request)
    return [n for n in names
            if (measure_thai_line(n, fs.regular, 16 * fs.scale) <= narrowest) == fitting]


def narrowest_cell_pt(session, request: DocumentRequest) -> float:
    """NARROWEST_CELL_PT, or less for a plan that prints all six columns: its responsible column
    is then 10/110 of the landscape frame, 61 pt of text at the tables' 14 pt (70 pt at 16 pt),
    and a department as wide as "กองการเจ้าหน้าที่" must break there, at its inner words. The
    analysis prints the next year's plan table."""
    year = {"plan": request.year, "analysis": request.year + 1}.get(request.kind)
    if year is None or not any(p.fiscal_year == year for p in unit_of(session, request).plans):
        return NARROWEST_CELL_PT
    from app.reports.gather import plan_doc
    from app.reports.pages import LANDSCAPE, frame_width
    from app.reports.plan import PLAN_HEADERS, plan_columns
    from app.reports.styles import TABLE

    layout = request.layout if request.kind == "plan" else None
    cols = plan_columns(plan_doc(session, unit_of(session, request).name, year, layout), None)
    share = PLAN_HEADERS["responsible"][1] / sum(PLAN_HEADERS[c][1] for c in cols)
    return min(NARROWEST_CELL_PT, (frame_width(LANDSCAPE) * share - 2 * 4) * 16 / TABLE)


# --- the shared checker (../shared/tools/thai_pdf_check.py) ----------------------------------------

def checker():
    """The project's shared Thai PDF checker, imported from ``shared/tools`` beside the checkout
    (CI) or the machine's shared folder; None when neither exists."""
    for base in (ROOT.parent / "shared", ROOT.parent.parent / "shared", Path("/work/shared")):
        path = base / "tools" / "thai_pdf_check.py"
        if path.is_file():
            spec = importlib.util.spec_from_file_location("thai_pdf_check", path)
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            return mod
    return None


class ShortLines:
    """Counts, while documents are built, the drawn justified lines that word gaps and letter
    spacing at their caps would still leave short (set at natural spacing since issue 13)."""

    def __init__(self):
        self.lines: list[str] = []
        self.justified = 0

    def __enter__(self):
        from app.typeset.layout import CELL_STRETCH_EM, NARROW_EM, SPACE_STRETCH_EM
        from app.typeset.paragraph import ThaiParagraph

        self._cls, self._draw = ThaiParagraph, ThaiParagraph.draw
        counter = self

        def draw(para):
            st = para.style
            for i, ln in enumerate(para.lines(para.width)):
                first = i == 0 and para._first
                avail = para.width - st.left_indent - st.right_indent - (st.first_indent if first else st.hanging)
                if st.align != "justify" or ln.last or avail < NARROW_EM * ln.size:
                    continue
                counter.justified += 1
                body = list(ln.pieces)
                while body and body[-1].space:
                    body.pop()
                spaces = sum(p.c1 - p.c0 for p in body if p.space)
                gaps = sum(p.c1 - p.c0 for p in body) - 1
                if avail - ln.width > (spaces * SPACE_STRETCH_EM + gaps * CELL_STRETCH_EM) * ln.size + 0.01:
                    counter.lines.append("".join(p.shaped.text[p.shaped.cell_char[p.c0]:p.shaped.cell_char[p.c1]]
                                                 for p in body))
            return counter._draw(para)

        ThaiParagraph.draw = draw
        return self

    def __exit__(self, *exc):
        self._cls.draw = self._draw


FIGURES = ("pages", "pua", "split_am", "found", "expected", "breaks", "midword", "cluster",
           "protected", "inword", "compound")


def main(out_dir: str, load=None, make_jobs=None) -> None:
    """Build and check every document of the units ``load(database)`` imports (default: the
    demo units), as ``make_jobs(session)`` lists them (default: ``jobs``)."""
    import json
    import os
    import shutil
    import tempfile
    import time

    os.environ.setdefault("ITA_DESK_DATA", tempfile.mkdtemp(prefix="ita-corpus-"))
    from app.reports import build_document
    from app.exchange.demo import load_demo
    from app.store.db import open_database

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    db_path = out / "demo.sqlite3"
    if db_path.exists():
        db_path.unlink()
    database = open_database(db_path)
    (load or load_demo)(database)
    check = checker()
    total = {"breaks": 0, "inword": 0}
    bad = 0
    t0 = time.perf_counter()
    with database.session() as session, ShortLines() as short:
        for job in (make_jobs or jobs)(session):
            pdf = out / f"{job.name}.pdf"
            pdf.write_bytes(build_document(session, job.request))
            texts, protect = expected_texts(session, job.request), protected_names(session, job.request)
            # beside the PDF, for the checker's own command line: thai_pdf_check.py X.pdf --expect X.json --strict
            pdf.with_suffix(".json").write_text(json.dumps({"texts": texts, "protect": protect}, ensure_ascii=False,
                                                           indent=1), encoding="utf-8")
            r = check.check(str(pdf), texts, protect, strict=True)
            total["breaks"] += r["breaks"]
            total["inword"] += r["inword"]
            bad += not r["ok"]
            figs = " ".join(f"{k}={r[k]}" for k in FIGURES if k not in ("expected",))
            print(f"{job.name:42} {figs} /{r['expected']}", flush=True)
            for b in r["bad_breaks"][:6]:
                print("    ", b)
            for miss in r["missing"][:3]:
                print("     missing:", miss)
    database.close()
    share = total["inword"] / max(1, total["breaks"])
    print(f"total inword {total['inword']} of {total['breaks']} breaks ({share:.1%}); "
          f"documents not ok: {bad}; {time.perf_counter() - t0:.0f} s")
    print(f"justified lines left short (caps reached, no other break): {len(short.lines)} of "
          f"{short.justified}")
    for line in short.lines:
        print("    short:", line)
    shutil.rmtree(out / "_unused", ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/corpus")
