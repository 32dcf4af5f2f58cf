"""Benchmark: the command line's start-up, today's code against a baseline commit, as whole processes.

Each case (``--help``; ``units`` on a database holding the demo units (each tree its own); ``python -m ui --help``, the
program's entry) runs as a fresh ``python`` process for the baseline tree (``git archive`` of the
baseline commit, default ``0bc885e``: before verbs were imported lazily) and for this tree,
interleaved, ``repeats`` pairs; it prints the medians and the median of the per-pair ratios
(baseline / now: 4.0 means four times faster), for the CPU time of the whole process (user +
system, from ``getrusage``: steady on a shared machine) and for the wall-clock time.

usage: python benchmarks/bench_cli.py [repeats] [--baseline REV]
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BASELINE = "0bc885e"


def extract(rev: str, dest: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev, "app", "db", "resources",
                              "alembic.ini"], check=True, capture_output=True).stdout
    dest.mkdir(parents=True)
    tar = dest / "tree.tar"
    tar.write_bytes(archive)
    with tarfile.open(tar) as tf:
        tf.extractall(dest, filter="data")
    return dest


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(tree: Path, argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one whole process."""
    cpu, start = _children_cpu(), time.perf_counter()
    subprocess.run([sys.executable, *argv], cwd=tree, env={**env, "PYTHONPATH": str(tree)}, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return _children_cpu() - cpu, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("repeats", nargs="?", type=int, default=15)
    parser.add_argument("--baseline", default=DEFAULT_BASELINE)
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        base = extract(opts.baseline, tmp / "baseline")
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
        env.update(ITA_DESK_DATA=str(tmp / "data"), HOME=str(tmp), QT_QPA_PLATFORM="offscreen")
        # Each tree's own demo database: the schema may have moved on since the baseline.
        old_db, new_db = tmp / "baseline.sqlite3", tmp / "now.sqlite3"
        for tree, db in ((base, old_db), (ROOT, new_db)):
            subprocess.run([sys.executable, "-m", "app", "demo", "--db", str(db)], cwd=tree,
                           env={**env, "PYTHONPATH": str(tree)}, check=True, stdout=subprocess.DEVNULL)
        cases = [
            ("python -m app --help", ["-m", "app", "--help"], ["-m", "app", "--help"]),
            ("python -m app units", ["-m", "app", "units", "--db", str(old_db)],
             ["-m", "app", "units", "--db", str(new_db)]),
            # The entry of the installed program: before, `app.cli:main`; now `ui.launch:main`.
            ("ita-desk --help", ["-c", "import sys; from app.cli import main; sys.argv[1:] = ['--help']; main()"],
             ["-m", "ui", "--help"]),
        ]
        print(f"baseline {opts.baseline} vs this tree, {opts.repeats} interleaved pairs, whole processes")
        print(f"{'case':24} {'':5} {'baseline s':>11} {'now s':>8} {'ratio':>8}")
        for name, old_argv, new_argv in cases:
            timed(base, old_argv, env), timed(ROOT, new_argv, env)  # warm the file cache
            pairs = [(timed(base, old_argv, env), timed(ROOT, new_argv, env)) for _ in range(opts.repeats)]
            for k, what in ((0, "CPU"), (1, "wall")):
                ratio = statistics.median(old[k] / new[k] for old, new in pairs)
                print(f"{name if k == 0 else '':24} {what:5} {statistics.median(p[0][k] for p in pairs):11.3f} "
                      f"{statistics.median(p[1][k] for p in pairs):8.3f} {ratio:7.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
