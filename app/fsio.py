"""Files in and out, safely: atomic writes, bounded reads, private modes, OS errors in Thai.

Every output the program writes (PDF, xlsx, exchange file, backup, Word copy) goes through
``atomic_path``/``write_bytes``: the bytes go to a temporary file in the destination's folder
(same file system, so the final ``os.replace`` is atomic), are flushed to disk, and only then
renamed over the destination. A full disk, a crash or a refused permission therefore leaves the
old file or none, never a truncated one. A temporary file left behind by a killed process
(``NAME.<tag>.part``) is removed the next time that destination is written.

Reading a file we did not write goes through ``read_regular``: FIFOs, devices (``/dev/zero``)
and folders are refused before a byte is read, and no more than a stated limit is read.

``FileError`` carries a Thai message naming the file and saying what to do; ``os_error_message``
turns any ``OSError`` into one. The command line and the window show these instead of a
traceback.
"""
from __future__ import annotations

import errno
import os
import stat
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

PART_SUFFIX = ".part"
STALE_PART_SECONDS = 15 * 60  # a write that takes longer than this is not still running
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700

_WINDOWS = sys.platform.startswith("win")
_WIN_SHARING_VIOLATION = (32, 33)  # the file is open in another program


class FileError(ValueError):
    """A file could not be read or written; ``str()`` is the Thai message for the user."""


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):,.1f} MB" if n >= 1024 * 1024 else f"{max(n, 0) // 1024:,} KB"


def os_error_message(exc: OSError, path: Path | str | None = None, action: str = "เขียน") -> str:
    """A Thai sentence for ``exc``: what happened to which file, and what the officer can do.

    ``action`` is the Thai verb for what was being done ("เขียน", "อ่าน", "เปิด", "สำรอง").
    """
    where = str(path) if path is not None else (exc.filename or "")
    target = f"ไฟล์ {where}" if where else "ไฟล์"
    code = exc.errno
    winerror = getattr(exc, "winerror", None)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return (f"{action}{target} ไม่ได้ เพราะพื้นที่ดิสก์เต็ม "
                "กรุณาลบไฟล์ที่ไม่ใช้แล้วหรือเลือกบันทึกที่ไดรฟ์อื่น แล้วลองใหม่ (ไฟล์เดิมยังอยู่ครบ)")
    if code == errno.EROFS:
        return (f"{action}{target} ไม่ได้ เพราะดิสก์หรือโฟลเดอร์นั้นอ่านได้อย่างเดียว "
                "กรุณาเลือกโฟลเดอร์อื่นที่บันทึกได้")
    if winerror in _WIN_SHARING_VIOLATION or code == errno.ETXTBSY:
        return (f"{action}{target} ไม่ได้ เพราะไฟล์เปิดอยู่ในโปรแกรมอื่น "
                "กรุณาปิดไฟล์นั้น (เช่น ในโปรแกรมอ่าน PDF หรือ Excel) แล้วลองใหม่")
    if code in (errno.EACCES, errno.EPERM):
        return (f"{action}{target} ไม่ได้ เพราะไม่มีสิทธิ์เข้าถึงไฟล์หรือโฟลเดอร์นั้น "
                "กรุณาเลือกโฟลเดอร์อื่น หรือให้ผู้ดูแลเครื่องแก้สิทธิ์การเข้าถึง")
    if code == errno.EISDIR:
        return f"{where or 'ที่เลือก'} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ กรุณาเลือกหรือพิมพ์ชื่อไฟล์"
    if code == errno.ENOTDIR:
        return f"{action}{target} ไม่ได้ เพราะส่วนหนึ่งของเส้นทางเป็นไฟล์ ไม่ใช่โฟลเดอร์ กรุณาตรวจชื่อโฟลเดอร์"
    if code == errno.ENOENT:
        return f"ไม่พบ{target} หรือไม่พบโฟลเดอร์ที่จะบันทึก กรุณาตรวจชื่อและตำแหน่งไฟล์"
    if code == errno.ENAMETOOLONG:
        return f"ชื่อ{target} ยาวเกินไป กรุณาใช้ชื่อไฟล์หรือโฟลเดอร์ที่สั้นลง"
    if code == errno.EEXIST:
        return f"มี{target} อยู่แล้ว"
    if code == errno.EIO:
        return (f"{action}{target} ไม่ได้ เพราะดิสก์อ่านหรือเขียนผิดพลาด (อาจเป็นแฟลชไดรฟ์ที่ถูกถอดหรือเสีย) "
                "กรุณาตรวจดิสก์แล้วลองใหม่")
    detail = exc.strerror or type(exc).__name__
    return f"{action}{target} ไม่ได้ (ระบบแจ้งว่า: {detail}) กรุณาตรวจไฟล์และโฟลเดอร์แล้วลองใหม่"


def file_error(exc: OSError, path: Path | str | None = None, action: str = "เขียน") -> FileError:
    return FileError(os_error_message(exc, path, action))


# --- private folders and files ---------------------------------------------------------------


def make_private_dir(folder: Path | str) -> Path:
    """Create ``folder`` (and parents) and make it readable by its owner only (0700 on POSIX;
    on Windows the per-user data folder is private already)."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise FileError(f"{folder} เป็นไฟล์ ไม่ใช่โฟลเดอร์ กรุณาเลือกโฟลเดอร์อื่น") from None
    except OSError as exc:
        raise file_error(exc, folder, "สร้างโฟลเดอร์") from None
    make_private(folder)
    return folder


def make_private(path: Path | str) -> None:
    """chmod 0600 (file) / 0700 (folder) on POSIX; a refusal (someone else's file) is ignored."""
    if _WINDOWS:
        return
    try:
        mode = PRIVATE_DIR if Path(path).is_dir() else PRIVATE_FILE
        os.chmod(path, mode)
    except OSError:
        pass


# --- atomic writes ---------------------------------------------------------------------------


def part_path(dest: Path) -> Path:
    """A fresh temporary name beside ``dest`` (unique, so two writers never share one)."""
    return dest.with_name(f"{dest.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}{PART_SUFFIX}")


def clean_stray_parts(dest: Path | str, older_than: float = STALE_PART_SECONDS) -> list[Path]:
    """Remove temporary files of ``dest`` left by interrupted writes (older than ``older_than`` s)."""
    dest = Path(dest)
    try:
        candidates = list(dest.parent.glob(f"{_glob_escape(dest.name)}.*{PART_SUFFIX}"))
    except OSError:
        return []
    candidates.append(dest.with_name(dest.name + PART_SUFFIX))  # the older fixed-name scheme
    return _remove_stale(candidates, older_than)


def clean_folder_parts(folder: Path | str, older_than: float = STALE_PART_SECONDS) -> list[Path]:
    """Remove every stale ``*.part`` temporary file in ``folder`` (start-up housekeeping)."""
    try:
        candidates = list(Path(folder).glob(f"*{PART_SUFFIX}"))
    except OSError:
        return []
    return _remove_stale(candidates, older_than)


def _remove_stale(candidates: list[Path], older_than: float) -> list[Path]:
    """Unlink the regular files among ``candidates`` untouched for ``older_than`` seconds."""
    removed = []
    now = time.time()
    for p in candidates:
        try:
            st = p.lstat()
            if stat.S_ISREG(st.st_mode) and now - st.st_mtime >= older_than:
                p.unlink()
                removed.append(p)
        except OSError:
            continue
    return removed


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _fsync_dir(folder: Path) -> None:
    if _WINDOWS:
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def check_writable_target(dest: Path) -> None:
    """Refuse a destination that is a folder or a special file before anything is written."""
    try:
        st = os.stat(dest)
    except FileNotFoundError:
        if not dest.parent.exists():
            raise FileError(f"ไม่พบโฟลเดอร์ {dest.parent} กรุณาเลือกโฟลเดอร์ที่มีอยู่") from None
        if not dest.parent.is_dir():
            raise FileError(f"{dest.parent} เป็นไฟล์ ไม่ใช่โฟลเดอร์ กรุณาเลือกโฟลเดอร์อื่น") from None
        return
    except OSError as exc:
        raise file_error(exc, dest) from None
    if stat.S_ISDIR(st.st_mode):
        raise FileError(f"{dest} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ กรุณาพิมพ์ชื่อไฟล์ที่จะบันทึก")
    if not stat.S_ISREG(st.st_mode):
        raise FileError(f"{dest} ไม่ใช่ไฟล์ธรรมดา (เช่น อุปกรณ์หรือ FIFO) จึงไม่เขียนทับ กรุณาเลือกชื่อไฟล์อื่น")


@contextmanager
def atomic_path(dest: Path | str, private: bool = False, action: str = "บันทึก") -> Iterator[Path]:
    """Yield a temporary path beside ``dest``; on success it replaces ``dest`` atomically.

    The caller writes the whole file to the yielded path (by name: ReportLab, openpyxl, zipfile
    and sqlite3 all take one). If the block raises, the temporary file is removed and ``dest`` is
    untouched. An ``OSError`` becomes a ``FileError`` with a Thai message naming ``dest``.
    ``private`` makes the result readable by the user only (backups, exchange files).
    """
    dest = Path(dest)
    check_writable_target(dest)
    clean_stray_parts(dest)
    tmp = part_path(dest)
    try:
        # Create it ourselves, exclusively and (when asked) private from the first byte.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     PRIVATE_FILE if private else 0o666)
        os.close(fd)
    except OSError as exc:
        raise file_error(exc, dest, action) from None
    try:
        yield tmp
        _sync_file(tmp)
        os.replace(tmp, dest)
    except PermissionError as exc:
        _unlink_quietly(tmp)
        if _WINDOWS and dest.exists():  # Windows refuses to replace a file another program has open
            raise FileError(f"{action}ไฟล์ {dest} ไม่ได้ เพราะไฟล์เปิดอยู่ในโปรแกรมอื่นหรือไม่มีสิทธิ์เขียนทับ "
                            "กรุณาปิดไฟล์นั้น (เช่น ในโปรแกรมอ่าน PDF หรือ Excel) แล้วลองใหม่") from None
        raise file_error(exc, dest, action) from None
    except OSError as exc:
        _unlink_quietly(tmp)
        raise file_error(exc, dest, action) from None
    except BaseException:
        _unlink_quietly(tmp)
        raise
    if private:
        make_private(dest)
    _fsync_dir(dest.parent)


def _sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def write_bytes(dest: Path | str, data: bytes, private: bool = False, action: str = "บันทึก") -> Path:
    """Write ``data`` to ``dest`` atomically (see ``atomic_path``); returns ``dest``."""
    dest = Path(dest)
    with atomic_path(dest, private=private, action=action) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
    return dest


# --- bounded reads ---------------------------------------------------------------------------


def check_regular_file(path: Path | str, what: str = "ไฟล์") -> os.stat_result:
    """Refuse anything but an existing regular file, without opening it; returns its stat."""
    path = Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise FileError(f"ไม่พบ{what} {path}") from None
    except OSError as exc:
        raise file_error(exc, path, "เปิด") from None
    if stat.S_ISDIR(st.st_mode):
        raise FileError(f"{path} เป็นโฟลเดอร์ ไม่ใช่{what} กรุณาเลือกไฟล์")
    if not stat.S_ISREG(st.st_mode):
        raise FileError(f"{path} ไม่ใช่ไฟล์ธรรมดา (เป็นอุปกรณ์ ท่อ FIFO หรือซ็อกเก็ต) จึงไม่อ่าน กรุณาเลือก{what}ที่ถูกต้อง")
    return st


def read_regular(path: Path | str, limit: int, what: str = "ไฟล์") -> bytes:
    """Read a regular file of at most ``limit`` bytes; special files and larger files are refused
    before their content is read (the open itself never blocks on a FIFO)."""
    path = Path(path)
    check_regular_file(path, what)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise file_error(exc, path, "เปิด") from None
    try:
        st = os.fstat(fd)  # the file opened may not be the one stat()ed (a swap in between)
        if not stat.S_ISREG(st.st_mode):
            raise FileError(f"{path} ไม่ใช่ไฟล์ธรรมดา จึงไม่อ่าน กรุณาเลือก{what}ที่ถูกต้อง")
        if st.st_size > limit:
            raise FileError(f"{what} {path.name} ใหญ่เกินไป ({_mb(st.st_size)} เกินที่รับได้ {_mb(limit)})")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # the file grew while we read it
                raise FileError(f"{what} {path.name} ใหญ่เกินไป (เกินที่รับได้ {_mb(limit)})")
        return b"".join(chunks)
    except OSError as exc:
        raise file_error(exc, path, "อ่าน") from None
    finally:
        os.close(fd)
