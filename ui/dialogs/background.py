"""Running one slow Excel job off the UI thread and hearing about it on the UI thread.

``BackgroundTask(fn)`` runs ``fn(report)`` in its own single-thread ``QThreadPool``; ``fn`` calls
``report(fraction, thai_text)`` as it goes and returns a result. The task's signals arrive on the
UI thread (queued): ``progress(float, str)``, ``succeeded(object)``, ``failed(str)``. A function that
touches the database opens its own session inside ``fn`` (SQLAlchemy sessions are not shared
across threads). ``ValueError`` messages (our services' and ``ExcelFileError``'s Thai text) reach
the user as they are; anything else becomes a generic Thai message, so a failure never kills the
thread silently.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Report = Callable[[float, str], None]
Job = Callable[[Report], Any]


class _Signals(QObject):
    progress = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str)


class _Runnable(QRunnable):
    def __init__(self, fn: Job, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.fn, self.signals = fn, signals

    def run(self) -> None:
        try:
            result = self.fn(lambda fraction, text: self.signals.progress.emit(float(fraction), str(text)))
        except ValueError as exc:  # Thai messages from the services and the Excel layer
            self.signals.failed.emit(str(exc))
        except OSError as exc:  # most often: the workbook is open in Excel, which locks it on Windows
            self.signals.failed.emit(
                QCoreApplication.translate("BackgroundTask", "อ่านหรือเขียนไฟล์ไม่ได้: %1 "
                                           "(ถ้าไฟล์เปิดอยู่ใน Excel ให้ปิดก่อนแล้วลองใหม่)").replace("%1", str(exc)))
        except Exception as exc:  # noqa: BLE001 - the user must hear about any failure
            log.exception("background Excel job failed")
            self.signals.failed.emit(QCoreApplication.translate("BackgroundTask", "ทำงานไม่สำเร็จ: %1")
                                     .replace("%1", f"{type(exc).__name__}: {exc}"))
        else:
            self.signals.succeeded.emit(result)


class BackgroundTask(QObject):
    """One job at a time; ``busy()`` says whether it is still running. Deleting the owner waits for
    the job (the pool is its child), so a result never arrives at a destroyed widget."""

    progress = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._busy = False
        self._signals = _Signals(self)
        self._signals.progress.connect(self.progress)
        self._signals.succeeded.connect(self._on_succeeded)
        self._signals.failed.connect(self._on_failed)

    def start(self, fn: Job) -> bool:
        """Start ``fn``; False (and nothing started) while an earlier job still runs."""
        if self._busy:
            return False
        self._busy = True
        self.pool.start(_Runnable(fn, self._signals))
        return True

    def busy(self) -> bool:
        return self._busy

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)

    def _on_succeeded(self, result: Any) -> None:
        self._busy = False
        self.succeeded.emit(result)

    def _on_failed(self, message: str) -> None:
        self._busy = False
        self.failed.emit(message)
