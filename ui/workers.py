"""Building documents off the UI thread.

A PDF takes a second or more to lay out; the window must stay responsive meanwhile. A
``ReportRunner`` runs ``app.reports.build_document`` in a ``QThreadPool`` worker with its own
database session (SQLAlchemy sessions are not shared across threads) and reports progress,
the PDF bytes or a Thai error message back to the UI thread through queued signals. Only the
latest request's result is delivered: asking again while a build runs makes the older result
stale, so a slow old build never overwrites a newer preview.

The build is long pure-Python work holding the GIL; the UI thread gets it back only when the
interpreter switches threads. While a build runs the switch interval is 1 ms instead of 5 ms
(``BUILD_SWITCH_INTERVAL``), and progress reaches the UI at most every ``PROGRESS_EVERY``
seconds, so the window never waits long for either (benchmarks/bench_gui.py measures the longest
stall).
"""
from __future__ import annotations

import sys
import threading
import time
import traceback
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from sqlalchemy.orm import Session

from app.reports import DocumentRequest, build_document
from app.reports.model import MemoDoc
from app.store.db import Database

Builder = Callable[..., bytes]  # (session, request, progress=..., memo=...) -> PDF bytes
BUILD_SWITCH_INTERVAL = 0.001  # s: how soon a build hands the GIL back to the UI thread
PROGRESS_EVERY = 0.1  # s: the UI hears about progress at most this often


class _SwitchInterval:
    """The interpreter's thread switch interval is short while any build runs (process-wide,
    counted so that overlapping jobs restore it only at the end)."""

    _lock = threading.Lock()
    _depth = 0
    _saved = 0.005

    def __enter__(self):
        with self._lock:
            if _SwitchInterval._depth == 0:
                _SwitchInterval._saved = sys.getswitchinterval()
                sys.setswitchinterval(min(BUILD_SWITCH_INTERVAL, _SwitchInterval._saved))
            _SwitchInterval._depth += 1

    def __exit__(self, *exc):
        with self._lock:
            _SwitchInterval._depth -= 1
            if _SwitchInterval._depth == 0:
                sys.setswitchinterval(_SwitchInterval._saved)


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
        last = [0.0, ""]

        def progress(fraction: float, message: str) -> None:
            # throttled: a long report reports every flowable; each signal is work for the UI
            now = time.monotonic()
            if now - last[0] >= PROGRESS_EVERY or message != last[1]:
                last[0], last[1] = now, message
                self.signals.progress.emit(self.job, float(fraction), str(message))

        try:
            session: Session
            with _SwitchInterval(), self.db.session() as session:
                pdf = self.builder(session, self.request, progress=progress, memo=self.memo)
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


def warm_up_documents() -> threading.Thread:
    """Load the document layer (imports, word dictionary, fonts) on a background thread, so the
    first document the officer asks for neither waits for it nor stalls the window (the switch
    interval is short meanwhile, as during a build)."""

    def work() -> None:
        try:
            with _SwitchInterval():
                import app.reports  # noqa: F401
                from app.typeset import register_font_set, warm_up

                register_font_set()
                warm_up()
        except Exception:  # noqa: BLE001 - a failed warm-up only means the first build is slower
            import logging

            logging.getLogger(__name__).exception("warm-up of the document layer failed")

    thread = threading.Thread(target=work, name="warm-up", daemon=True)
    thread.start()
    return thread
