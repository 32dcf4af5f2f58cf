"""Excel speed: a ten-year summary for one unit (aim < 1 s) and consolidating 100 units' workbooks
(aim < 10 s). Prints medians. Run: .venv/bin/python benchmarks/bench_excel.py [--pdf]"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
_tmp = Path(tempfile.mkdtemp(prefix="bench-excel-"))
os.environ.setdefault("ITA_DESK_DATA", str(_tmp / "data"))

from app.excel.consolidate import consolidate  # noqa: E402
from app.excel.summary import write_summary  # noqa: E402
from app.store.db import open_database  # noqa: E402
from tests.excel_fixtures import add_unit, unit_doc  # noqa: E402


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    db = open_database(_tmp / "bench.sqlite3")
    years = {2559 + i: (f"ITA-{2566 + (i % 4)}", 80.0 + i) for i in range(10)}
    statuses = [("in_progress", "done"), ("done", "done"), ("not_started", None)] * 10  # 30 measures
    name = add_unit(db, unit_doc("อบต.สิบปี", years=years, statuses=statuses))
    with db.session() as session:
        t = median_time(lambda: write_summary(session, name, 2568, _tmp / "ten.xlsx"), 7)
    print(f"summary, 10 years, 30 measures: median {t * 1000:.0f} ms (aim < 1000 ms)")

    paths = []
    for i in range(100):
        unit = add_unit(db, unit_doc(f"อบต.ที่ {i + 1}", district=f"อำเภอ{i % 5}",
                                     years={2567: ("ITA-2567", 70.0 + i % 25), 2568: ("ITA-2568", 75.0 + i % 22)},
                                     statuses=statuses[:12]))
        with db.session() as session:
            paths.append(write_summary(session, unit, 2568, _tmp / f"u{i}.xlsx"))
    t = median_time(lambda: consolidate(paths, _tmp / "district.xlsx"), 3)
    print(f"consolidate 100 units: median {t:.2f} s (aim < 10 s)")
    if "--pdf" in sys.argv:
        t = median_time(lambda: consolidate(paths, _tmp / "district.xlsx", pdf=_tmp / "district.pdf"), 3)
        print(f"consolidate 100 units with PDF: median {t:.2f} s")
    db.close()


if __name__ == "__main__":
    main()
