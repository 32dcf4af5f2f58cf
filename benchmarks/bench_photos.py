"""Benchmark (issue 15 §2): the 12-month progress report with 12 phone photos (4000 × 3000 JPEG,
as a phone writes them) against the same report without photos, as whole processes.

Three databases hold the same unit (the demo's largest, องค์การบริหารส่วนตำบลเขาสมอคอน, 2568):
- ``prepared``: the photos added the way the window and imports add them (prepared once:
  upright, sized for print, pixel size stored) — reports place the stored JPEG as it is;
- ``originals``: the same photos stored as the phone wrote them, with no pixel size (what a
  database held before photos were prepared on the way in; reports decode and scale each
  one on every build) — the "before" figure;
- the report of ``prepared`` with ``--no-photos`` is the baseline.

Runs are interleaved (baseline, prepared, originals, baseline, …); the figures are medians of
CPU time (user + system of the ``python -m app report`` process) and of per-run ratios
against the baseline run of the same round. Aim: prepared / baseline ≤ 1.3.

usage: .venv/bin/python benchmarks/bench_photos.py [--runs N]
"""
from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ITA_DESK_DATA", tempfile.mkdtemp(prefix="ita-bench-"))

import app  # noqa: E402,F401
from app.services import photo_edits  # noqa: E402
from app.services.demo import load_demo  # noqa: E402
from app.store import models as m  # noqa: E402
from app.store.db import open_database  # noqa: E402

UNIT = "องค์การบริหารส่วนตำบลเขาสมอคอน"
YEAR = 2568
PHOTOS = 12


def phone_photo(seed: int) -> bytes:
    """A 4000 × 3000 JPEG with photo-like detail (blurred noise over gradients), ~4.7 MB like the
    issue's phone photos (55 MB for 12); every third one carries EXIF orientation 6 (held
    sideways), as phones write them."""
    from PIL import Image, ImageFilter

    w, h = 4000, 3000
    base = Image.linear_gradient("L").resize((w, h))
    noise = Image.effect_noise((w, h), 40 + seed % 3)
    img = Image.merge("RGB", (base, Image.blend(noise, base, 0.3), base.rotate(180 + seed)))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    exif = Image.Exif()
    if seed % 3 == 0:
        exif[0x0112] = 6
    img.save(out, "JPEG", quality=92, exif=exif.tobytes())
    return out.getvalue()


def make_databases(work: Path, photos: list[bytes]) -> tuple[Path, Path]:
    from sqlalchemy import select

    paths = []
    for kind in ("prepared", "originals"):
        path = work / f"{kind}.sqlite3"
        db = open_database(path)
        load_demo(db)
        with db.transaction() as s:
            unit = s.scalar(select(m.Unit).where(m.Unit.name == UNIT))
            plan = next(p for p in unit.plans if p.fiscal_year == YEAR)
            for ms in plan.measures:
                for pr in ms.progress:
                    pr.photos.clear()
            measures = [ms.id for ms in plan.measures]
        with db.transaction() as s:
            for i, data in enumerate(photos):
                measure_id = measures[i % len(measures)]
                if kind == "prepared":
                    photo_edits.add_photo(s, measure_id, 12, data, f"IMG_{i:04}.JPG", f"ภาพกิจกรรมที่ {i + 1}")
                else:
                    pr = photo_edits.progress_row(s, measure_id, 12, create=True)
                    pr.photos.append(m.Photo(caption=f"ภาพกิจกรรมที่ {i + 1}", filename=f"IMG_{i:04}.JPG",
                                             mime="image/jpeg", data=data, position=len(pr.photos)))
        db.close()
        paths.append(path)
    return paths[0], paths[1]


def report_cpu(db_path: Path, out: Path, photos: bool) -> tuple[float, float]:
    """CPU seconds (user + system) and wall seconds of one ``python -m app report`` process."""
    args = [sys.executable, "-m", "app", "report", "progress", "--unit", UNIT, "--year", str(YEAR),
            "--round", "12", "--db", str(db_path), "-o", str(out)]
    if not photos:
        args.append("--no-photos")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if status != 0:
        raise SystemExit(f"report failed: {proc.stderr.read().decode(errors='replace')}")
    proc.stderr.close()
    return usage.ru_utime + usage.ru_stime, wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ita-bench-photos-"))
    photos = [phone_photo(i) for i in range(PHOTOS)]
    print(f"{PHOTOS} photos 4000×3000, {sum(map(len, photos)) / 1e6:.1f} MB as written by the phone")
    t0 = time.perf_counter()
    prepared_db, originals_db = make_databases(work, photos)
    print(f"databases ready in {time.perf_counter() - t0:.1f} s (includes preparing each photo once)")
    results: dict[str, list[tuple[float, float]]] = {"baseline": [], "prepared": [], "originals": []}
    report_cpu(prepared_db, work / "warm.pdf", True)  # warm the OS file cache
    for _ in range(args.runs):
        results["baseline"].append(report_cpu(prepared_db, work / "base.pdf", False))
        results["prepared"].append(report_cpu(prepared_db, work / "prepared.pdf", True))
        results["originals"].append(report_cpu(originals_db, work / "originals.pdf", True))
    base = [c for c, _ in results["baseline"]]
    print(f"runs: {args.runs} interleaved; CPU s (user+sys) median, wall s median, PDF size")
    for name, out in (("baseline", "base.pdf"), ("prepared", "prepared.pdf"), ("originals", "originals.pdf")):
        cpu = [c for c, _ in results[name]]
        wall = [w for _, w in results[name]]
        size = (work / out).stat().st_size / 1e6
        ratio = statistics.median(c / b for c, b in zip(cpu, base))
        label = {"baseline": "no photos", "prepared": "12 photos prepared once",
                 "originals": "12 original photos (before)"}[name]
        print(f"  {label:30s} CPU {statistics.median(cpu):6.2f} s   wall {statistics.median(wall):6.2f} s   "
              f"{size:5.1f} MB   ratio to no photos {ratio:4.2f}")
    ratio = statistics.median(c / b for c, b in zip([c for c, _ in results["prepared"]], base))
    print(f"aim: prepared / no photos ≤ 1.30 → {ratio:.2f} {'met' if ratio <= 1.3 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
