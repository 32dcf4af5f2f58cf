"""Test mode: open the demo data offscreen and save a PNG of every screen.

    QT_QPA_PLATFORM=offscreen python -m ui.screenshots OUTDIR

Uses a private temporary database and settings file, so it never touches the user's data.
The unit and year shown are chosen to have something on every screen (scores, analysis,
measures with progress).
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WINDOW_SIZE = (1366, 800)
PREFERRED_UNIT = "เทศบาลตำบลม่วงยาย"
PREFERRED_YEAR = 2568


def take_screenshots(out_dir: Path, db_path: Path | None = None) -> list[Path]:
    from PySide6.QtCore import QSettings

    from app.services.units import list_units
    from ui.main import build_window, make_application, open_workspace
    from ui.pages.registry import PAGES
    from ui.settings import WindowSettings

    qapp = make_application()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ita-shots-") as tmp:
        db = open_workspace(db_path or Path(tmp) / "shots.sqlite3")
        try:
            settings = WindowSettings(QSettings(str(Path(tmp) / "window.ini"), QSettings.Format.IniFormat))
            window = build_window(db, settings)
            window.resize(*WINDOW_SIZE)
            with db.session() as session:
                units = list_units(session)
            unit = next((u for u in units if u.name == PREFERRED_UNIT), units[0] if units else None)
            if unit is not None:
                year = PREFERRED_YEAR if PREFERRED_YEAR in unit.assessment_years else (
                    max(unit.assessment_years or unit.plan_years or (None,)))
                window.select(unit.id, year)
            window.show()
            written = []
            for i, spec in enumerate(PAGES):
                window.show_page(i)
                qapp.processEvents()
                path = out_dir / f"{i + 1:02d}-{spec.key}.png"
                window.grab().save(str(path))
                written.append(path)
            window.close()
            window.deleteLater()
            qapp.processEvents()
        finally:
            db.close()
    return written


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("ใช้: python -m ui.screenshots OUTDIR", file=sys.stderr)
        return 2
    files = take_screenshots(Path(argv[0]))
    print(f"บันทึกภาพหน้าจอ {len(files)} ภาพไว้ที่ {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
