"""Child process of the kill test (``tests/test_ui_autosave_kill.py``): the real window, offscreen,
on the database given, types Thai text into one field with key events, prints ``TYPED`` and
keeps running until the parent kills it with SIGKILL. Nothing else saves the text: no focus
leaves the field, the window is never closed.

Run as ``python tests/kill_child.py DB_PATH UNIT_PART YEAR FIELD TEXT``; FIELD is one of
``FIELDS`` below.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import app  # noqa: E402,F401  (pythainlp set-up before anything imports it)

# FIELD -> (page key, attribute path of the editor on that page)
FIELDS = {
    "tracking-summary": ("tracking", "summary_edit"),
    "measure-steps": ("measures", "steps_edit"),
    "unit-district": ("settings", "edits.district"),
    "signer-name": ("settings", "signer_name"),  # the first signer, chosen when the page shows
    "photo-caption": ("tracking", "photos.caption_edit"),
}


def _choose_first_photo(page) -> None:
    page.photos.view.setCurrentIndex(page.photos.model.index(0))


# FIELD -> what the officer does on the page before typing (choose what the field edits)
PREPARE = {"photo-caption": _choose_first_photo}


def type_text(widget, text: str) -> None:
    """One key press and release per character, as a keyboard with a Thai layout sends them."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
        QApplication.processEvents()


def main(argv: list[str]) -> int:
    db_path, unit_part, year, field, text = argv[1], argv[2], int(argv[3]), argv[4], argv[5]
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.services.units import list_units
    from app.store.db import open_database
    from ui.main import build_window, make_application
    from ui.settings import WindowSettings

    qapp = make_application()
    db = open_database(Path(db_path))
    settings = WindowSettings(QSettings(str(Path(db_path).with_suffix(".ini")), QSettings.Format.IniFormat))
    window = build_window(db, settings)
    with db.session() as s:
        unit_id = next(u.id for u in list_units(s) if unit_part in u.name)
    window.select(unit_id, year)
    window.resize(1366, 768)
    window.show()
    page_key, path = FIELDS[field]
    page = window.page(page_key)
    window.show_page([p.key for p in __import__("ui.pages.registry", fromlist=["PAGES"]).PAGES].index(page_key))
    if field in PREPARE:
        PREPARE[field](page)
    editor = page
    for part in path.split("."):
        editor = editor[part] if isinstance(editor, dict) else getattr(editor, part)
    window.activateWindow()
    editor.setFocus()
    QApplication.processEvents()
    if hasattr(editor, "moveCursor"):
        from PySide6.QtGui import QTextCursor

        editor.moveCursor(QTextCursor.MoveOperation.End)
    else:
        editor.end(False)
    type_text(editor, text)
    print("TYPED", flush=True)
    QTimer.singleShot(60_000, qapp.quit)  # the parent kills us long before this
    return qapp.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
