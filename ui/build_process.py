"""Documents built in a separate process, so the window never waits for the layout.

Laying out a long report is pure-Python work (ReportLab, HarfBuzz, the line breaker) that holds
the interpreter lock for seconds; on a thread of the window's process the window stalls whenever
the interpreter does not switch back in time (139 ms at the median under load, issue 15 §5). A
``BuildProcess`` is one child process, started with multiprocessing's ``spawn`` method (the same on
Windows, macOS and Linux, and safe beside Qt's threads) and kept warm: it loads the document layer
(imports, fonts, the word-break dictionary) once and then builds documents one at a time.

Everything crossing the process boundary is plain and picklable: a job number, the database
file's path, the builder (``app.reports.build_document`` or ``app.docx.build_docx``, pickled by
name), the ``DocumentRequest`` and the optional edited memo; back come ``(kind, job, …)`` tuples
(``PROGRESS``, ``DONE`` with the file's bytes, ``FAILED`` with a Thai message). The child opens
the database read-only for each job (``open_database(read_only=True)``), so it never writes and
never takes the writer's place (one writer per database, ``ui.single_writer``).

This module imports no Qt: the child needs none of it. ``ui.workers.ReportRunner`` polls the pipe
from the window's event loop. ``cancel()`` terminates the child and starts a fresh one. In the
bundle the child is the bundle's own executable started again, which
``multiprocessing.freeze_support()`` at the top of ``packaging/ita_desk_main.py`` turns into this
child instead of a second window.
"""
from __future__ import annotations

import multiprocessing
import threading
import time
import traceback
from pathlib import Path
from typing import Any, Callable

READY, PROGRESS, DONE, FAILED = "ready", "progress", "done", "failed"
PROGRESS_EVERY = 0.1  # s: the window hears about progress at most this often
DIED_MESSAGE = "สร้างเอกสารไม่สำเร็จ เพราะกระบวนการที่สร้างเอกสารหยุดทำงานกะทันหัน กรุณากด “สร้างเอกสาร” อีกครั้ง"
NO_FILE_MESSAGE = "สร้างเอกสารไม่ได้ เพราะฐานข้อมูลนี้ไม่ได้อยู่ในไฟล์ (เปิดไว้ในหน่วยความจำเท่านั้น)"


def failure_message(exc: BaseException) -> str:
    """The Thai line the officer sees for ``exc``: our services' and reports' ``ValueError``s
    carry their own Thai message; anything else is named after the build."""
    if isinstance(exc, ValueError):
        return str(exc)
    return f"สร้างเอกสารไม่สำเร็จ: {exc}"


def _warm_up() -> None:
    """Load the document layer now, before the first request arrives."""
    import app.reports  # noqa: F401
    from app.typeset import register_font_set, warm_up

    register_font_set()
    warm_up()


def _build(conn, job: int, db_path: str, builder: Callable[..., bytes], request, memo) -> tuple:
    from app.store.db import open_database

    last = [0.0, ""]

    def progress(fraction: float, message: str) -> None:
        # throttled: a long report reports every flowable; each message is work for the window
        now = time.monotonic()
        if now - last[0] >= PROGRESS_EVERY or message != last[1]:
            last[0], last[1] = now, message
            conn.send((PROGRESS, job, float(fraction), str(message)))

    try:
        db = open_database(Path(db_path), read_only=True)
        try:
            with db.session() as session:
                return DONE, job, builder(session, request, progress=progress, memo=memo)
        finally:
            db.close()
    except Exception as exc:  # noqa: BLE001 - every failure must reach the officer as a Thai message
        detail = "" if isinstance(exc, ValueError) else traceback.format_exc()
        return FAILED, job, failure_message(exc), detail


def child_main(conn) -> None:
    """The child's loop: warm up, say ``READY``, then build each job received until told to stop
    (``None``) or until the window's end of the pipe closes (the window exited or was killed)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is for the window
    import app  # noqa: F401  (pins pythainlp offline before the document layer imports it)

    try:
        _warm_up()
    except Exception:  # noqa: BLE001 - a failed warm-up only makes the first build slower
        pass
    try:
        conn.send((READY, 0))
        while True:
            message = conn.recv()
            if message is None:
                return
            conn.send(_build(conn, *message))
    except (EOFError, OSError, KeyboardInterrupt):
        return


class BuildProcess:
    """One warm child process building documents one at a time (see the module docstring).

    ``start_soon()`` may be called early (the window does, after it shows) so the child's
    warm-up overlaps the officer's first clicks; ``submit()`` starts it when needed. Starting is
    locked; everything else is for the window's thread alone."""

    def __init__(self) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._process = None
        self._conn = None
        self.ready = False  # the child said READY: its document layer is loaded

    def start(self) -> None:
        """Start the child unless it runs already (returns at once; the child warms up alone)."""
        with self._lock:
            if self._process is not None and self._process.is_alive():
                return
            self._close()
            parent_end, child_end = self._context.Pipe(duplex=True)
            process = self._context.Process(target=child_main, args=(child_end,), name="ita-desk-build",
                                            daemon=True)
            process.start()
            child_end.close()  # only the child holds its end: its death reads as EOF here
            self._process, self._conn, self.ready = process, parent_end, False

    @property
    def pid(self) -> int | None:
        """The child's process id (None when none runs)."""
        process = self._process
        return process.pid if process is not None else None

    def start_soon(self) -> threading.Thread:
        """``start()`` on a short-lived thread: the window's thread never waits for the spawn
        (tens of milliseconds: the interpreter's launch, multiprocessing's own imports)."""
        thread = threading.Thread(target=self.start, name="build-process-start", daemon=True)
        thread.start()
        return thread

    def submit(self, job: int, db_path: Path | None, builder: Callable[..., bytes], request, memo: Any) -> None:
        if db_path is None:
            raise ValueError(NO_FILE_MESSAGE)
        self.start()
        message = (job, str(db_path), builder, request, memo)
        try:
            self._conn.send(message)
        except OSError:  # the child died since the last poll: once more with a fresh one
            self.cancel()
            self._conn.send(message)

    def poll(self, timeout: float = 0.0) -> list[tuple]:
        """The child's messages waiting now (or within ``timeout`` s when none is). A child that
        died reports ``(FAILED, -1, message)`` once and is replaced at the next ``submit``."""
        conn = self._conn
        if conn is None:
            return []
        out: list[tuple] = []
        try:
            while conn.poll(timeout if not out else 0):
                message = conn.recv()
                if message[0] == READY:
                    self.ready = True
                else:
                    out.append(message)
        except (EOFError, OSError):
            with self._lock:
                self._close()
            out.append((FAILED, -1, DIED_MESSAGE, ""))
        return out

    def cancel(self) -> None:
        """Stop the build under way at once: the child is terminated and a fresh one started."""
        with self._lock:
            self._close()
        self.start()

    def shutdown(self) -> None:
        """Stop the child now, whatever it does: it only reads, so nothing is left half-written."""
        with self._lock:
            self._close()

    def _close(self) -> None:
        """Terminate the child if it still runs and forget it (the caller holds the lock)."""
        process, conn = self._process, self._conn
        self._process = self._conn = None
        self.ready = False
        if conn is not None:
            conn.close()
        if process is not None:
            if process.is_alive():
                process.terminate()
                process.join(5)
                if process.is_alive():
                    process.kill()
                    process.join(5)
            process.close()
