"""Starting the desktop program: ``run_gui(db_path)`` (``python -m ui`` / ``make run``, via ``ui.launch``)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import app  # noqa: F401  (configures pythainlp before anything imports it)
from app.paths import data_dir, resources_dir
from app.exchange.demo import is_empty, load_demo
from app.store.db import Database, open_database

UI_FONT_FAMILIES = ["Sarabun", "Leelawadee UI", "Tahoma", "Noto Sans Thai", "Noto Sans Thai UI", "Garuda"]
UI_FONT_POINT_SIZE = 10


def has_display() -> bool:
    """False where Qt could not open a window (Linux without X11/Wayland, unless an offscreen
    or minimal platform was asked for)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def headless_folder() -> Path:
    return data_dir() / "documents-headless"


def setup_fonts(qapp) -> None:
    """Add the bundled Sarabun and use it, with the usual Thai system fonts as fallback."""
    from PySide6.QtGui import QFont, QFontDatabase

    for path in sorted((resources_dir() / "fonts").glob("Sarabun-*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    font = QFont()
    font.setFamilies(UI_FONT_FAMILIES)
    font.setPointSize(UI_FONT_POINT_SIZE)
    qapp.setFont(font)


def make_application(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    from ui.settings import APPLICATION, ORGANIZATION

    qapp = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    qapp.setOrganizationName(ORGANIZATION)
    qapp.setApplicationName(APPLICATION)
    setup_fonts(qapp)
    if not getattr(qapp, "_ita_translators", None):  # Thai for Qt's own buttons and dialogs
        from ui.i18n import install_translators

        qapp._ita_translators = install_translators(qapp)
    return qapp


def open_workspace(db_path: Path | None) -> Database:
    """Open the database, loading the demo units into an empty one so there is something to see."""
    db = open_database(db_path)
    if is_empty(db):
        load_demo(db)
    return db


def run_headless(db_path: Path | None) -> int:
    from ui.headless import write_headless_documents

    folder = headless_folder()
    db = open_workspace(db_path)
    try:
        files = write_headless_documents(db, folder)
    finally:
        db.close()
    print(f"ไม่พบหน้าจอแสดงผล จึงไม่เปิดหน้าต่าง แต่เขียนเอกสารตัวอย่าง {len(files)} ไฟล์ไว้ที่ {folder} / "
          f"No display found: wrote {len(files)} demo documents to {folder}")
    return 0


def build_window(db: Database, settings=None):
    """The main window over ``db`` with a fresh context (used by run_gui, tests, benchmarks)."""
    from ui.context import UiContext
    from ui.main_window import MainWindow

    ctx = UiContext(db)
    window = MainWindow(ctx, settings)
    ctx.setParent(window)
    return window


def first_start(db, demo_first_run: bool = False, ask=None) -> bool:
    """An empty database asks for the officer's unit (``ask``: the first-run form by default),
    or gets the demo when ``demo_first_run`` (``make run``). False when the officer cancelled:
    the program closes with nothing written, and asks again at the next start (the demo is
    never loaded into the officer's own data unasked)."""
    if not is_empty(db) or db.read_only:
        return True
    if demo_first_run:
        load_demo(db)
        return True
    if ask is None:
        from ui.first_run import run_first_run as ask
    return ask(db) is not None


def run_gui(db_path: Path | None, demo_first_run: bool = False) -> int:
    """Open the window. An empty database first asks for the officer's unit (or the demo);
    ``demo_first_run`` (``make run``) loads the demo without asking."""
    if not has_display():
        return run_headless(db_path)
    from PySide6.QtWidgets import QMessageBox

    from app.maintenance.logs import install_excepthook, setup_logging

    qapp = make_application()
    setup_logging()
    install_excepthook(lambda text: QMessageBox.critical(None, "ITA Desk", text))
    from ui.single_writer import READ_ONLY_SUFFIX, open_for_window

    opened = open_for_window(db_path)  # one writing window per database; others read-only
    if opened is None:
        return 1
    db = opened.db
    try:
        if not first_start(db, demo_first_run):
            return 0
        window = build_window(db)
        if db.read_only:
            window.setWindowTitle(f"{window.windowTitle()} — {READ_ONLY_SUFFIX}")
            window.statusBar().showMessage(window.tr("เปิดแบบอ่านอย่างเดียว: มีหน้าต่างอื่นกำลังแก้ไขฐานข้อมูลนี้"))
        else:
            from ui.backup_actions import run_daily_backup

            run_daily_backup(window.ctx)
        window.show()
        from PySide6.QtCore import QTimer

        from ui.workers import warm_up_documents

        def warm_up() -> None:  # after the window has painted; neither waits on this thread
            window.ctx.builds.start_soon()  # the build process warms up on its own
            warm_up_documents()

        QTimer.singleShot(500, warm_up)
        return qapp.exec()
    finally:
        opened.close()
