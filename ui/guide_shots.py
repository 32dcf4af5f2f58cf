"""The screenshots of the user guide (``docs/guide/img``), taken offscreen at 1366×768 on the
demo data so they can be remade whenever a screen changes:

    QT_QPA_PLATFORM=offscreen python -m ui.guide_shots docs/guide/img

A private temporary database and settings file: it never touches the user's data.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCREEN = (1366, 728)  # a 1366×768 screen less its taskbar
WIDTH = 1100  # stored smaller: the guide window shows them scaled anyway
UNIT = "เทศบาลตำบลม่วงยาย"
TODAY = dt.date(2026, 11, 30)
# (file name, page key, fiscal year)
SHOTS = (
    ("02-overview.png", "overview", 2568),
    ("03-scores.png", "scores", 2568),
    ("04-analysis.png", "analysis", 2568),
    ("05-measures.png", "measures", 2569),
    ("06-tracking.png", "tracking", 2569),
    ("07-documents.png", "documents", 2569),
    ("08-settings.png", "settings", 2569),
)


def _save(widget, path: Path) -> Path:
    from PySide6.QtCore import Qt

    image = widget.grab().toImage()
    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    image.save(str(path))
    return path


def take(out_dir: Path) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.exchange.demo import load_demo
    from app.services.units import list_units
    from app.store.db import open_database
    from ui.first_run import FirstRunDialog
    from ui.main import build_window, make_application
    from ui.pages.registry import page_index
    from ui.settings import WindowSettings

    qapp = make_application()
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="ita-guide-") as tmp:
        fresh = open_database(Path(tmp) / "fresh.sqlite3")
        try:
            dialog = FirstRunDialog(fresh)
            dialog.show()
            qapp.processEvents()
            written.append(_save(dialog, out_dir / "01-first-run.png"))
            dialog.close()
        finally:
            fresh.close()
        db = open_database(Path(tmp) / "demo.sqlite3")
        try:
            load_demo(db)
            window = build_window(db, WindowSettings(QSettings(str(Path(tmp) / "w.ini"), QSettings.Format.IniFormat)))
            window.ctx.today = lambda: TODAY  # the defaults the pictures show are those of this day
            window.resize(*SCREEN)
            window.show()
            with db.session() as s:
                unit_id = next(u.id for u in list_units(s) if u.name == UNIT)
            window.select(unit_id, 2568)
            from ui.dialogs.year_dialog import YearDialog

            year_dialog = YearDialog(window.ctx, unit_id, UNIT, parent=window)
            year_dialog.show()
            qapp.processEvents()
            written.append(_save(year_dialog, out_dir / "09-year-dialog.png"))
            year_dialog.close()
            for name, key, year in SHOTS:
                window.select(unit_id, year)
                window.show_page(page_index(key))
                page = window.page(key)
                if key == "documents":
                    page.set_kind("progress")
                    page.round_combo.setCurrentIndex(page.round_combo.findData(6))
                    page.generate()
                    page.runner.wait(120_000)
                    for _ in range(50):
                        qapp.processEvents()
                    page.preview.fit_width()
                qapp.processEvents()
                written.append(_save(window, out_dir / name))
            window.close()
            QApplication.processEvents()
        finally:
            db.close()
    return written


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("ใช้: python -m ui.guide_shots OUTDIR", file=sys.stderr)
        return 2
    files = take(Path(argv[0]))
    print(f"บันทึกภาพสำหรับคู่มือ {len(files)} ภาพไว้ที่ {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
