"""Benchmark: the print job of the largest demo unit — memo + analysis + measures + 12-month
progress with 12 photos — as one officer would print them (four PDFs).

Prints the median wall time over several runs, the peak memory of one run (tracemalloc for
Python allocations, and the process's peak RSS) and the total PDF size. Aims: < 2 s, < 400 MB,
< 5 MB.

usage: .venv/bin/python benchmarks/bench_reports.py [--runs N]
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("ITA_DESK_DATA", tempfile.mkdtemp(prefix="ita-bench-"))

import app  # noqa: E402,F401
from app.reports import DocumentRequest, build_document  # noqa: E402
from app.exchange.demo import load_demo  # noqa: E402
from app.store import models as m  # noqa: E402
from app.store.db import open_database  # noqa: E402


def largest_unit(session) -> m.Unit:
    """The unit with the most measures and photos (khao-samo-khon in the demo set)."""
    from sqlalchemy import select

    def size(u: m.Unit) -> tuple[int, int]:
        photos = sum(len(pr.photos) for p in u.plans for ms in p.measures for pr in ms.progress)
        return photos, sum(len(p.measures) for p in u.plans)

    return max(session.scalars(select(m.Unit)).all(), key=size)


def requests_for(unit: m.Unit) -> list[DocumentRequest]:
    """memo + analysis + measures + 12-month progress (with photos) of the unit's latest years."""
    a_year = max(a.fiscal_year for a in unit.assessments)
    photo_plans = [p for p in unit.plans
                   if any(pr.photos for ms in p.measures for pr in ms.progress if pr.round == 12)]
    p_year = max(p.fiscal_year for p in (photo_plans or unit.plans))
    return [
        DocumentRequest("memo", unit.name, p_year, memo_kind="progress", round=12),
        DocumentRequest("analysis", unit.name, a_year, include_plan=False),
        DocumentRequest("plan", unit.name, p_year),
        DocumentRequest("progress", unit.name, p_year, round=12, include_comparison=True),
    ]


def run(session, requests) -> list[bytes]:
    return [build_document(session, r) for r in requests]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ita-bench-db-"))
    db = open_database(work / "demo.sqlite3")
    load_demo(db)
    with db.session() as session:
        unit = largest_unit(session)
        requests = requests_for(unit)
        photos = sum(len(pr.photos) for p in unit.plans for ms in p.measures for pr in ms.progress
                     if pr.round == 12)
        t0 = time.perf_counter()
        pdfs = run(session, requests)  # first run: font loading, dictionary, shaping caches
        first = time.perf_counter() - t0
        times = []
        for _ in range(args.runs):
            session.expire_all()
            t0 = time.perf_counter()
            pdfs = run(session, requests)
            times.append(time.perf_counter() - t0)
        session.expire_all()
        tracemalloc.start()
        run(session, requests)
        _cur, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    db.close()
    shutil.rmtree(work, ignore_errors=True)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = sum(len(p) for p in pdfs)
    print(f"unit: {unit.name} — {len(requests)} documents, {photos} photos in the 12-month round")
    for r, p in zip(requests, pdfs):
        print(f"  {r.kind:<9} {len(p) / 1024:8.0f} KB")
    print(f"first run (cold caches):  {first:.2f} s")
    print(f"median of {args.runs} runs:       {statistics.median(times):.2f} s   (aim < 2 s)")
    print(f"peak Python allocations:  {peak / 2**20:.0f} MB; peak RSS {rss_mb:.0f} MB   (aim < 400 MB)")
    print(f"total PDF size:           {size / 2**20:.2f} MB   (aim < 5 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
