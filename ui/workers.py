"""Building documents without stalling the window.

A PDF or a Word copy takes a second or more to lay out, pure-Python work holding the interpreter
lock; on a thread of the window's process the window stalled up to 139 ms at a time while it ran.
So a ``ReportRunner`` hands each build to a separate process (``ui.build_process.BuildProcess``:
kept warm, it opens the database read-only) and only reads the answers: a ``QTimer`` on the
window's thread polls the pipe while a build runs and turns what it finds into signals (progress,
the file's bytes, or a Thai error message). Only the latest request's result is delivered: asking
again while a build runs cancels it (the child is terminated and a fresh one started), so a slow
old build never delays or overwrites a newer preview. ``benchmarks/bench_gui.py --stalls``
measures the window's longest stall.
"""
from __future__ import annotations

import logging
import sys
import threading
import time
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.reports import DocumentRequest, build_document
from app.reports.model import MemoDoc
from app.store.db import Database
from ui.build_process import DONE, FAILED, PROGRESS, BuildProcess, failure_message

Builder = Callable[..., bytes]  # (session, request, progress=..., memo=...) -> the file's bytes; importable by name
POLL_MS = 15  # how often the window looks for the child's news while a build runs
WARM_UP_SWITCH_INTERVAL = 0.001  # s: see warm_up_documents


class ReportRunner(QObject):
    """Signals carry only the latest job's news: ``started()``, ``progress(float, str)``,
    ``finished(bytes, DocumentRequest)``, ``failed(str)``.

    ``process`` is the child to build in (the Documents screen's is the window's warm one,
    ``UiContext.builds``); without one the runner starts its own at its first build and stops it
    when the runner is destroyed. One runner per process: job numbers are the runner's own."""

    started = Signal()
    progress = Signal(float, str)
    finished = Signal(object, object)
    failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None, builder: Builder = build_document,
                 process: BuildProcess | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.builder = builder
        self.process = process or BuildProcess()
        if process is None:  # ours alone: stop it with us (a shared one belongs to its owner)
            owned = self.process
            self.destroyed.connect(lambda *_: owned.shutdown())
        self._job = 0
        self._running: int | None = None
        self._request: DocumentRequest | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def generate(self, request: DocumentRequest, memo: MemoDoc | None = None) -> int:
        if self._running is not None:
            self.process.cancel()  # its result would be stale anyway
        self._job += 1
        job = self._job
        self._running, self._request = job, request
        self.started.emit()
        try:
            self.process.submit(job, self.db.path, self.builder, request, memo)
        except Exception as exc:  # noqa: BLE001 - no database file, or the child could not start
            if not isinstance(exc, ValueError):
                logging.getLogger(__name__).exception("document build could not start")
            self._finish()
            self.failed.emit(failure_message(exc))
            return job
        self._timer.start()
        return job

    def busy(self) -> bool:
        return self._running is not None

    def cancel(self) -> None:
        """Stop the build under way, delivering nothing (the child is replaced by a fresh one)."""
        if self._running is not None:
            self.process.cancel()
            self._finish()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the build under way ends (its signals are emitted from here); False when
        ``msecs`` passed first."""
        deadline = None if msecs < 0 else time.monotonic() + msecs / 1000
        while self._running is not None:
            left = 0.5 if deadline is None else deadline - time.monotonic()
            if left <= 0:
                return False
            self._handle(self.process.poll(min(left, 0.5)))
        return True

    def shutdown(self) -> None:
        """Cancel any build and stop the child (tests call this at teardown)."""
        self.cancel()
        self.process.shutdown()

    def _finish(self) -> DocumentRequest | None:
        request, self._running, self._request = self._request, None, None
        self._timer.stop()
        return request

    def _poll(self) -> None:
        self._handle(self.process.poll())

    def _handle(self, messages: list[tuple]) -> None:
        for kind, job, *rest in messages:
            if job != self._running and job != -1:
                continue  # a cancelled job's last words
            if kind == PROGRESS:
                self.progress.emit(*rest)
            elif kind == DONE:
                request = self._finish()
                self.finished.emit(rest[0], request)
            elif kind == FAILED and self._running is not None:
                message, detail = rest
                if detail:
                    logging.getLogger(__name__).error("document build failed:\n%s", detail)
                self._finish()
                self.failed.emit(message)


def warm_up_documents() -> threading.Thread:
    """Import the Documents screen's modules (the reports' options and wording, ReportLab under
    them, the Word writer) on a background thread, so opening the screen the first time does not
    wait a second for them. The layout itself (fonts, the word-break dictionary) warms up in the
    build process, not here: this process never lays a document out."""

    def work() -> None:
        # Importing is Python work holding the interpreter lock: a short switch interval meanwhile
        # hands it back to the window's thread sooner (1 ms instead of 5 ms).
        saved = sys.getswitchinterval()
        sys.setswitchinterval(min(WARM_UP_SWITCH_INTERVAL, saved))
        try:
            import ui.pages.documents  # noqa: F401
        except Exception:  # noqa: BLE001 - a failed warm-up only means the screen opens slower
            logging.getLogger(__name__).exception("warm-up of the Documents screen failed")
        finally:
            sys.setswitchinterval(saved)

    thread = threading.Thread(target=work, name="warm-up", daemon=True)
    thread.start()
    return thread
