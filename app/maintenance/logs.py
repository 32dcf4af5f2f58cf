"""Log files in the data folder, and a last-resort handler for unexpected errors.

Officers cannot read a traceback, but whoever helps them can read a log: every unexpected
error is written in full to ``<data folder>/logs/ita-desk.log`` (rotated, so it never grows
without bound) and the user sees a short Thai message saying where that file is.
"""
from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Callable

from app.fsio import PRIVATE_FILE, make_private, make_private_dir
from app.paths import data_dir

LOG_NAME = "ita-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d:%(threadName)s] %(message)s"

log = logging.getLogger("ita_desk")
_HANDLER_FLAG = "_ita_desk_handler"


def logs_dir() -> Path:
    return data_dir() / "logs"


def log_path() -> Path | None:
    """The file the log currently goes to (None before ``setup_logging``)."""
    for h in logging.getLogger().handlers:
        if getattr(h, _HANDLER_FLAG, False):
            return Path(h.baseFilename)
    return None


def setup_logging(directory: Path | None = None, level: int = logging.INFO,
                  max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT) -> Path:
    """Send the root logger to a rotating UTF-8 file; calling again replaces our handler."""
    folder = Path(directory) if directory else logs_dir()
    make_private_dir(folder)  # logs name the officer's files and units: the user's eyes only
    path = folder / LOG_NAME
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE))
    except OSError:
        pass  # the handler opens lazily (delay=True) and reports its own failure
    make_private(path)
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, _HANDLER_FLAG, False):
            root.removeHandler(h)
            h.close()
    handler = RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8",
                                  delay=True)
    setattr(handler, _HANDLER_FLAG, True)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    # Alembic announces every plugin and migration context at INFO on each start: noise here.
    logging.getLogger("alembic").setLevel(max(level, logging.WARNING))
    logging.captureWarnings(True)
    return path


def error_message(exc: BaseException, where: Path | None) -> str:
    """The Thai text shown for an unexpected error."""
    kind = type(exc).__name__
    text = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else ""
    lines = ["เกิดข้อผิดพลาดที่โปรแกรมไม่ได้คาดไว้ งานที่บันทึกแล้วยังอยู่ครบ",
             f"ข้อผิดพลาด: {kind}{': ' + text if text else ''}"]
    if where is not None:
        lines.append(f"รายละเอียดบันทึกไว้ที่ไฟล์ {where}")
        lines.append("หากเกิดซ้ำ กรุณาส่งไฟล์นี้ให้ผู้ดูแลโปรแกรม")
    else:
        lines.append("ไม่สามารถบันทึกรายละเอียดลงไฟล์ได้")
    return "\n".join(lines)


def install_excepthook(show_message: Callable[[str], None] | None = None) -> Callable[[], None]:
    """Log every uncaught exception (main thread and other threads) and tell the user in Thai.

    ``show_message`` receives the Thai text (the window passes a QMessageBox; None prints to
    stderr). It is only called on the main thread, since a window may not be touched from
    another one; an error in another thread is logged and printed to stderr (the code that
    started the thread owns telling the user). Returns a function that puts the previous
    hooks back.
    """
    previous, previous_thread = sys.excepthook, threading.excepthook
    busy = threading.local()

    def report(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        for h in logging.getLogger().handlers:
            h.flush()
        text = error_message(exc if exc is not None else exc_type(), log_path())
        if getattr(busy, "active", False):
            return  # an error while showing the message: it is logged, do not recurse
        busy.active = True
        try:
            if show_message is None or threading.current_thread() is not threading.main_thread():
                if sys.stderr is not None:  # None in a windowed Windows program
                    print(text, file=sys.stderr)
            else:
                show_message(text)
        except Exception:  # noqa: BLE001 - the message itself failed: keep the log, say it on stderr
            log.exception("could not show the error message")
            if sys.stderr is not None:
                traceback.print_exception(exc_type, exc, tb)
        finally:
            busy.active = False

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        report(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = report
    threading.excepthook = thread_hook

    def uninstall() -> None:
        sys.excepthook, threading.excepthook = previous, previous_thread

    return uninstall
