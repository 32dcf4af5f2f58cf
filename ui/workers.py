"""Building documents off the UI thread.

A PDF takes a second or more to lay out; the window must stay responsive meanwhile. A
``ReportRunner`` runs ``app.reports.build_document`` in a ``QThreadPool`` worker with its own
database session (SQLAlchemy sessions are not shared across threads) and reports progress,
the PDF bytes or a Thai error message back to the UI thread through queued signals. Only the
latest request's result is delivered: asking again while a build runs makes the older result
stale, so a slow old build never overwrites a newer preview.
"""
from __future__ import annotations

import traceback
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from sqlalchemy.orm import Session

from app.reports import DocumentRequest, build_document
from app.reports.model import MemoDoc
from app.store.db import Database

Builder = Callable[..., bytes]  # (session, request, progress=..., memo=...) -> PDF bytes


class _JobSignals(QObject):
    progress = Signal(int, float, str)  # job, fraction 0–1, Thai message
    finished = Signal(int, object)  # job, PDF bytes
    failed = Signal(int, str)  # job, Thai message


class _ReportJob(QRunnable):
    def __init__(self, job: int, db: Database, request: DocumentRequest, memo: MemoDoc | None,
                 builder: Builder, signals: _JobSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.job, self.db, self.request, self.memo = job, db, request, memo
        self.builder, self.signals = builder, signals

    def run(self) -> None:
        try:
            session: Session
            with self.db.session() as session:
                pdf = self.builder(session, self.request,
                                   progress=lambda f, m: self.signals.progress.emit(self.job, float(f), str(m)),
                                   memo=self.memo)
            self.signals.finished.emit(self.job, pdf)
        except ValueError as exc:  # our services' and the reports' Thai messages
            self.signals.failed.emit(self.job, str(exc))
        except Exception as exc:  # noqa: BLE001 - any failure must reach the user, not kill the thread
            traceback.print_exc()
            self.signals.failed.emit(self.job, f"สร้างเอกสารไม่สำเร็จ: {exc}")


class ReportRunner(QObject):
    """Signals carry only the latest job's news: ``started()``, ``progress(float, str)``,
    ``finished(bytes, DocumentRequest)``, ``failed(str)``."""

    started = Signal()
    progress = Signal(float, str)
    finished = Signal(object, object)
    failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None, builder: Builder = build_document) -> None:
        super().__init__(parent)
        self.db = db
        self.builder = builder
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one layout at a time: the typesetter's caches are shared
        self._job = 0
        self._running: set[int] = set()
        self._requests: dict[int, DocumentRequest] = {}
        self._signals = _JobSignals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)

    def generate(self, request: DocumentRequest, memo: MemoDoc | None = None) -> int:
        self._job += 1
        job = self._job
        self._running.add(job)
        self._requests[job] = request
        self.pool.start(_ReportJob(job, self.db, request, memo, self.builder, self._signals))
        self.started.emit()
        return job

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)

    def _done(self, job: int) -> DocumentRequest | None:
        self._running.discard(job)
        return self._requests.pop(job, None)

    def _on_progress(self, job: int, fraction: float, message: str) -> None:
        if job == self._job:
            self.progress.emit(fraction, message)

    def _on_finished(self, job: int, pdf: bytes) -> None:
        request = self._done(job)
        if job == self._job:
            self.finished.emit(pdf, request)

    def _on_failed(self, job: int, message: str) -> None:
        self._done(job)
        if job == self._job:
            self.failed.emit(message)
