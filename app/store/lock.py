"""One writer per database: a lock file beside it, like Qt's QLockFile but usable without Qt.

The window takes ``WriterLock(db_path)`` for as long as it is open; a second window on the same
database finds it held, is told who holds it (in Thai) and may open the database read-only.
The command line's ``restore`` refuses while a window holds it (it would replace the data
under that window's feet).

The lock is an operating-system lock on ``<database>.lock`` (``fcntl.flock`` on POSIX,
``msvcrt.locking`` on Windows), so it disappears with the process that held it: a crash or a
SIGKILL never leaves a stale lock to clean up by hand. The file also records who holds it
(process id, host, user, since when) for the message; on Windows the lock covers a byte far
past that text so others can still read it.
"""
from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
from pathlib import Path

from app.fsio import PRIVATE_FILE

_WINDOWS = sys.platform.startswith("win")
_LOCK_OFFSET = 1 << 20  # the byte locked on Windows (beyond the owner text)


class DatabaseLockedError(Exception):
    """Another window holds the database; ``str()`` is the Thai message, ``owner`` the details."""

    def __init__(self, message: str, owner: dict) -> None:
        super().__init__(message)
        self.owner = owner


def lock_path(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


def _owner_text(owner: dict) -> str:
    since = owner.get("since", "")
    try:
        when = dt.datetime.fromisoformat(since)
        since = f"{when.day}/{when.month}/{when.year + 543} เวลา {when:%H:%M} น."  # Buddhist era, as officers write
    except (TypeError, ValueError):
        pass
    who = owner.get("user") or "ผู้ใช้อื่น"
    host = owner.get("host") or "เครื่องนี้"
    pid = owner.get("pid")
    return f"{who} บนเครื่อง {host}" + (f" (โปรแกรมหมายเลข {pid})" if pid else "") + (f" ตั้งแต่ {since}" if since else "")


def locked_message(db_path: Path | str, owner: dict) -> str:
    return (f"ฐานข้อมูล {db_path} เปิดแก้ไขอยู่ในหน้าต่างอื่นของโปรแกรม ({_owner_text(owner)}) "
            "เพื่อไม่ให้ข้อมูลที่แก้ไขทับกันหาย จึงแก้ไขได้ทีละหน้าต่าง "
            "กรุณาใช้หน้าต่างนั้น หรือเปิดหน้าต่างนี้แบบอ่านอย่างเดียว")


class WriterLock:
    """The writer lock of one database file. ``acquire()`` raises ``DatabaseLockedError``."""

    def __init__(self, db_path: Path | str) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._fd: int | None = None

    def owner(self) -> dict:
        """Who holds (or last held) the lock, as recorded in the file ({} if unreadable)."""
        try:
            with open(self.path, encoding="utf-8") as fh:
                return json.loads(fh.read(4096) or "{}")
        except (OSError, ValueError):
            return {}

    def acquire(self) -> None:
        if self._fd is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            owner = self.owner()
            raise DatabaseLockedError(locked_message(self.db_path, owner), owner) from None
        owner = {"pid": os.getpid(), "host": socket.gethostname(), "user": _user(),
                 "since": dt.datetime.now().isoformat(timespec="seconds")}
        data = json.dumps(owner, ensure_ascii=False).encode("utf-8")
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)
        if not _WINDOWS:
            os.ftruncate(fd, len(data))
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        except OSError:
            pass
        os.close(fd)

    def is_held_elsewhere(self) -> bool:
        """True when another process or window holds the lock (tries and releases at once)."""
        if self._fd is not None:
            return False
        if not self.path.exists():
            return False
        try:
            fd = os.open(self.path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        except OSError:
            return False
        try:
            _lock(fd)
        except OSError:
            return True
        finally:
            os.close(fd)  # closing drops a lock we just took
        return False

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *_exc) -> None:
        self.release()


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment: not worth failing for
        return ""


if _WINDOWS:
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
