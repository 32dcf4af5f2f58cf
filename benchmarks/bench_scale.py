"""Benchmark: cost of long tables — the plan and the 12-month progress report with N measures.

    .venv/bin/python benchmarks/bench_scale.py [--sizes 1000,2000,3000] [--kinds plan,progress] [--runs 1]

A unit with N measures is made from the demo unit with the most text per measure (its measures
repeated, photos left out, so only the tables grow). Each document is built in a fresh process
(imports and the dictionary warmed before the clock starts) and the script prints, per size, the
build's CPU and wall time and the memory it added (peak RSS less RSS before the build), then the
ratios largest/smallest. Aim (issue 15 §3): 3,000 measures cost at most 3.5× what 1,000 cost,
in time and in memory.
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_UNIT = "องค์การบริหารส่วนตำบลเขาสมอคอน"
AIM = 3.5

_CHILD = r"""
import json, os, resource, sys, time
sys.path.insert(0, {root!r})
import app  # noqa: F401  (pythainlp settings)
from app.reports import DocumentRequest, build_document
from app.store.db import open_database
from app.typeset import warm_up

def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0

warm_up()
db = open_database({db!r})
with db.session() as s:
    req = DocumentRequest({kind!r}, {unit!r}, {year}, round=12, photos=False)
    build_document(s, DocumentRequest("summary", {unit!r}, {year}))  # fonts, shaping of common words
    s.expire_all()
    before = rss_mb()
    c0, w0 = time.process_time(), time.perf_counter()
    pdf = build_document(s, req)
    cpu, wall = time.process_time() - c0, time.perf_counter() - w0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"cpu": cpu, "wall": wall, "mem": peak - before, "kb": len(pdf) / 1024,
                  "pages": pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")}}))
"""


def make_unit(db_path: Path, n: int) -> tuple[str, int]:
    """Add a unit whose plan has ``n`` measures (the source unit's measures repeated); (name, year)."""
    from sqlalchemy import select

    from app.exchange.workspace import LoadedFile, import_document, unit_to_document
    from app.store.db import open_database
    from app.store.models import Unit

    database = open_database(db_path)
    try:
        with database.transaction() as s:
            doc, _photos = unit_to_document(s.scalar(select(Unit).where(Unit.name == SOURCE_UNIT)))
            doc = copy.deepcopy(doc)
            name = f"องค์การบริหารส่วนตำบลทดสอบ{n}"
            doc["unit"]["name"] = name
            plan = doc["plans"][0]
            src = plan["measures"]
            measures = []
            for i in range(n):
                ms = copy.deepcopy(src[i % len(src)])
                ms["title"] = f"{ms['title']} ({i + 1})"
                for pr in ms.get("progress", []):
                    pr["photos"] = []
                measures.append(ms)
            plan["measures"] = measures
            doc["plans"] = [plan]
            doc["memos"] = []
            import_document(s, LoadedFile(doc, {}))
            return name, plan["fiscal_year"]
    finally:
        database.close()


def measure(db: Path, kind: str, unit: str, year: int, env: dict) -> dict:
    code = _CHILD.format(root=str(ROOT), db=str(db), kind=kind, unit=unit, year=year)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    if out.returncode:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,3000")
    parser.add_argument("--kinds", default="plan,progress")
    parser.add_argument("--runs", type=int, default=1, help="runs per size (interleaved); medians are shown")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    kinds = args.kinds.split(",")
    tmp = Path(tempfile.mkdtemp(prefix="ita-bench-scale-"))
    env = dict(os.environ, ITA_DESK_DATA=str(tmp), PYTHONPATH=str(ROOT))
    os.environ["ITA_DESK_DATA"] = str(tmp)
    sys.path.insert(0, str(ROOT))
    try:
        from app.services.demo import load_demo
        from app.store.db import open_database

        db = tmp / "scale.sqlite3"
        database = open_database(db)
        load_demo(database)
        database.close()
        units = {n: make_unit(db, n) for n in sizes}
        results: dict[tuple[str, int], list[dict]] = {}
        for _ in range(args.runs):
            for kind in kinds:
                for n in sizes:
                    name, year = units[n]
                    results.setdefault((kind, n), []).append(measure(db, kind, name, year, env))
        ok = True
        for kind in kinds:
            print(f"{kind}:")
            med = {}
            for n in sizes:
                rs = results[(kind, n)]
                med[n] = {k: statistics.median(r[k] for r in rs) for k in ("cpu", "wall", "mem", "pages")}
                m = med[n]
                print(f"  {n:>5} measures: {m['pages']:5.0f} pages  cpu {m['cpu']:7.2f} s  wall {m['wall']:7.2f} s"
                      f"  memory +{m['mem']:6.0f} MB")
            lo, hi = sizes[0], sizes[-1]
            if hi != lo:
                for key in ("cpu", "wall", "mem"):
                    r = med[hi][key] / med[lo][key] if med[lo][key] > 0 else float("nan")
                    limit = AIM * (hi / lo) / 3   # 3.5× for 3,000 over 1,000: linear with some slack
                    good = r <= limit
                    ok = ok and good
                    print(f"  {key:>4} {hi}/{lo}: {r:.2f}×  (aim ≤ {limit:.2f}×){'' if good else '  SHORT'}")
        return 0 if ok else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
