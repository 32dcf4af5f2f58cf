"""Opening the database for a window: one writing window per database, others read-only.

``open_for_window`` takes the database's writer lock (``app.store.lock.WriterLock``). When
another window holds it, the officer is told who (in Thai) and chooses between opening this
window read-only and not opening it. Database failures (a folder given as the file, no
permission, a damaged file) are shown as a Thai message instead of a traceback.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from app.paths import default_db_path
from app.store.db import Database, DatabaseError, open_database
from app.store.lock import DatabaseLockedError, WriterLock
from ui.tr import translator

READ_ONLY_SUFFIX = "อ่านอย่างเดียว"


_tr = translator("SingleWriter")


@dataclass
class OpenedDatabase:
    db: Database
    lock: WriterLock | None  # None when read-only

    def close(self) -> None:
        self.db.close()
        if self.lock is not None:
            self.lock.release()


def ask_read_only(parent: QWidget | None, message: str) -> bool:
    """True when the officer chooses to open read-only."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle("ITA Desk")
    box.setText(message)
    read_only = box.addButton(_tr("เปิดแบบอ่านอย่างเดียว"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("ไม่เปิด"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def show_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.critical(parent, "ITA Desk", message)


def open_for_window(db_path: Path | None, parent: QWidget | None = None) -> OpenedDatabase | None:
    """The database for a new window, writable if no other window has it; None if not opened."""
    path = Path(db_path) if db_path else default_db_path()
    lock = WriterLock(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except DatabaseLockedError as exc:
        if not ask_read_only(parent, str(exc)):
            return None
        try:
            return OpenedDatabase(open_database(path, read_only=True), None)
        except DatabaseError as err:
            show_error(parent, str(err))
            return None
    except OSError as exc:
        from app.fsio import os_error_message

        show_error(parent, os_error_message(exc, path, "เปิด"))
        return None
    try:
        return OpenedDatabase(open_database(path), lock)
    except DatabaseError as exc:
        lock.release()
        show_error(parent, str(exc))
        return None
