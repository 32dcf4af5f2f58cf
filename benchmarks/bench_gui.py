"""Desktop program timings (offscreen): launch to a usable window, page switches, opening a year.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py [--runs N]

Launch is measured in a fresh process each run (imports included: what an officer waits
for), from interpreter start to the first painted window over the demo database. Switches
and year changes run in one process after every page was visited once (the first visit
builds the page, reported separately). Aims: window < 1.5 s, switches < 100 ms.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_LAUNCH = r"""
import time, sys
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from PySide6.QtCore import QSettings
from ui.main import make_application, open_workspace, build_window
from ui.settings import WindowSettings
qapp = make_application()
db = open_workspace({db!r})
w = build_window(db, WindowSettings(QSettings({ini!r}, QSettings.Format.IniFormat)))
w.show()
qapp.processEvents()
w.grab()
print(time.perf_counter() - t0)
"""


def bench_launch(db: Path, runs: int) -> list[float]:
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        code = _LAUNCH.format(root=str(ROOT), db=str(db), ini=str(Path(tmp) / "w.ini"))
        env = dict(os.environ, ITA_DESK_DATA=tmp)
        for _ in range(runs):
            start = time.perf_counter()
            result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
            wall = time.perf_counter() - start
            out.append(wall)
    return out


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.0f} ms (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f}, n={len(values)})"


def bench_in_process(db: Path, runs: int) -> dict[str, list[float]]:
    from PySide6.QtCore import QSettings

    from app.services.units import list_units
    from ui.main import build_window, make_application, open_workspace
    from ui.pages.registry import PAGES
    from ui.settings import WindowSettings

    qapp = make_application()
    database = open_workspace(db)
    with tempfile.TemporaryDirectory() as tmp:
        w = build_window(database, WindowSettings(QSettings(str(Path(tmp) / "w.ini"), QSettings.Format.IniFormat)))
        w.resize(1366, 800)
        w.show()
        qapp.processEvents()
        with database.session() as s:
            units = list_units(s)
        results: dict[str, list[float]] = {"first visit": [], "switch": [], "open year": []}
        for i in range(len(PAGES)):
            t = time.perf_counter()
            w.show_page(i)
            qapp.processEvents()
            results["first visit"].append(time.perf_counter() - t)
        for _ in range(runs):
            for i in range(len(PAGES)):
                t = time.perf_counter()
                w.show_page(i)
                qapp.processEvents()
                w.stack.currentWidget().repaint()
                results["switch"].append(time.perf_counter() - t)
        pairs = [(u.id, y) for u in units for y in sorted(set(u.assessment_years) | set(u.plan_years))]
        for key in ("overview", "scores", "analysis"):
            w.show_page([p.key for p in PAGES].index(key))
            for _ in range(max(1, runs // 2)):
                for uid, year in pairs:
                    t = time.perf_counter()
                    w.select(uid, year)
                    qapp.processEvents()
                    w.stack.currentWidget().repaint()
                    results.setdefault(f"open year ({key})", []).append(time.perf_counter() - t)
                    results["open year"].append(time.perf_counter() - t)
        w.close()
    database.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ITA_DESK_DATA"] = tmp
        db = Path(tmp) / "bench.sqlite3"
        from ui.main import open_workspace

        open_workspace(db).close()  # demo loaded once, outside the timings
        launch = bench_launch(db, args.runs)
        print(f"launch to usable window (new process): {_ms(launch)}  [aim < 1500 ms]")
        for name, values in bench_in_process(db, args.runs).items():
            aim = "  [aim < 100 ms]" if name == "switch" else ""
            print(f"{name}: {_ms(values)}{aim}")
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
