"""Backups of the live database: on demand, daily with rotation, and restore.

Every copy goes through SQLite's online backup API, so it is consistent even while the program
(or another process) is writing: the API copies committed pages only and restarts if a writer
changes the source under it. A backup is written to ``NAME.part`` and renamed once complete, so
an interrupted backup never looks like a good one.

Backups are named ``<db stem>-<reason>-<YYYYmmdd-HHMMSS-ffffff>.sqlite3``, the same scheme as
the automatic pre-migration copy of ``app.store.db``, so ``list_backups`` shows those too.
"""
from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.paths import default_db_path

SUFFIX = ".sqlite3"
MANUAL = "manual"
DAILY = "daily"
PRE_RESTORE = "pre-restore"
PRE_MIGRATE = "pre-migrate"
DEFAULT_KEEP_DAILY = 14

REASON_LABELS = {
    MANUAL: "สำรองด้วยตนเอง",
    DAILY: "สำรองอัตโนมัติประจำวัน",
    PRE_RESTORE: "ก่อนคืนข้อมูล",
    PRE_MIGRATE: "ก่อนปรับรุ่นฐานข้อมูล",
}
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<stem>.+?)-(?P<reason>pre-restore|pre-migrate|[a-z]+)-(?P<stamp>\d{8}-\d{6}-\d{6})\.sqlite3$")
_SQLITE_MAGIC = b"SQLite format 3\x00"
# Tables that make a file one of ours (a restore must not swallow some other SQLite file).
_REQUIRED_TABLES = ("alembic_version", "unit", "catalogue")


class BackupError(Exception):
    """A backup or restore that could not be done; ``args[0]`` is a Thai message for the user."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    reason: str
    created: dt.datetime
    size: int

    @property
    def label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_backup: Path | None  # the data as it was just before the restore


def _db_path(db_path: Path | str | None) -> Path:
    return Path(db_path) if db_path else default_db_path()


def backups_folder(db_path: Path | str | None = None, dest_dir: Path | None = None) -> Path:
    """Where backups of ``db_path`` go: ``backups/`` beside the database, as ``open_database``
    puts its pre-migration copies (for the user's database, the data folder's ``backups/``)."""
    if dest_dir is not None:
        return Path(dest_dir)
    return _db_path(db_path).parent / "backups"


def _copy(src_path: Path, dest: Path) -> None:
    """Consistent private copy of ``src_path`` into ``dest`` (atomic rename at the end)."""
    from app.fsio import FileError
    from app.store.db import copy_sqlite

    try:
        copy_sqlite(src_path, dest)
    except FileError as exc:
        raise BackupError(f"สำรองข้อมูลไม่สำเร็จ: {exc}") from None


def backup_name(db_path: Path, reason: str, when: dt.datetime | None = None) -> str:
    when = when or dt.datetime.now()
    return f"{db_path.stem}-{reason}-{when.strftime(_STAMP)}{SUFFIX}"


def backup_now(db_path: Path | str | None = None, dest_dir: Path | None = None, reason: str = MANUAL) -> Path:
    """Back up the database into the backups folder under a timestamped name; returns the file."""
    src = _db_path(db_path)
    if not src.is_file():
        raise BackupError(f"ไม่พบไฟล์ฐานข้อมูล {src}")
    dest = backups_folder(src, dest_dir) / backup_name(src, reason)
    _copy(src, dest)
    return dest


def backup_to(dest: Path | str, db_path: Path | str | None = None) -> Path:
    """Back up the database into a file the user chose (replacing it if it exists)."""
    src = _db_path(db_path)
    dest = Path(dest)
    if not src.is_file():
        raise BackupError(f"ไม่พบไฟล์ฐานข้อมูล {src}")
    if dest.exists() and dest.resolve() == src.resolve():
        raise BackupError("ไฟล์สำรองต้องไม่ใช่ไฟล์ฐานข้อมูลที่ใช้งานอยู่")
    _copy(src, dest)
    return dest


def list_backups(dest_dir: Path | None = None, db_path: Path | str | None = None) -> list[BackupInfo]:
    """The backups in the folder, newest first (files not named by us are left out)."""
    folder = backups_folder(_db_path(db_path), dest_dir)
    out = []
    for path in folder.glob(f"*{SUFFIX}") if folder.is_dir() else ():
        m = _NAME.match(path.name)
        if not m:
            continue
        try:
            created = dt.datetime.strptime(m["stamp"], _STAMP)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        out.append(BackupInfo(path, m["reason"], created, size))
    return sorted(out, key=lambda b: b.created, reverse=True)


def prune(dest_dir: Path, reason: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups made for ``reason``; returns what was deleted."""
    old = [b for b in list_backups(dest_dir) if b.reason == reason][max(keep, 0):]
    removed = []
    for b in old:
        try:
            b.path.unlink()
            removed.append(b.path)
        except OSError:
            pass  # a backup open elsewhere is pruned next time
    return removed


def daily_backup(db_path: Path | str | None = None, dest_dir: Path | None = None,
                 keep: int = DEFAULT_KEEP_DAILY, today: dt.date | None = None) -> Path | None:
    """Make today's automatic backup unless there is one already; keep the newest ``keep``.

    Returns the new backup, or None when today's exists (or there is no database yet).
    """
    src = _db_path(db_path)
    if not src.is_file():
        return None
    folder = backups_folder(src, dest_dir)
    today = today or dt.date.today()
    made = None
    if not any(b.reason == DAILY and b.created.date() == today for b in list_backups(folder)):
        now = dt.datetime.now()
        when = dt.datetime.combine(today, now.time())
        made = folder / backup_name(src, DAILY, when)
        _copy(src, made)
    prune(folder, DAILY, keep)
    return made


def inspect_backup(path: Path | str) -> str | None:
    """Check that ``path`` is a sound database of this program; returns its Alembic revision.

    Raises BackupError with a Thai message saying what is wrong.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"ไม่พบไฟล์ {path}")
    with path.open("rb") as fh:
        if fh.read(16) != _SQLITE_MAGIC:
            raise BackupError(f"ไฟล์ {path.name} ไม่ใช่ไฟล์สำรองข้อมูลของโปรแกรม (ไม่ใช่ฐานข้อมูล SQLite)")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise BackupError(f"ไฟล์ {path.name} เสียหาย: {'; '.join(result[:3])}")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            missing = [t for t in _REQUIRED_TABLES if t not in tables]
            if missing:
                raise BackupError(f"ไฟล์ {path.name} ไม่ใช่ไฟล์สำรองข้อมูลของโปรแกรม (ไม่มีตาราง {', '.join(missing)})")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupError(f"เปิดไฟล์ {path.name} ไม่ได้: {exc}") from exc
    revision = row[0] if row else None
    from app.maintenance.integrity import known_revisions

    if revision is not None and revision not in known_revisions():
        raise BackupError(f"ไฟล์ {path.name} มาจากโปรแกรมรุ่นที่ใหม่กว่ารุ่นนี้ (รุ่นฐานข้อมูล {revision}) "
                          "กรุณาปรับรุ่นโปรแกรมก่อนคืนข้อมูล")
    return revision


def restore(source: Path | str, db_path: Path | str | None = None, dest_dir: Path | None = None) -> RestoreResult:
    """Replace the database's contents with the backup ``source``.

    The caller asks the user first. The current data is backed up (reason ``pre-restore``)
    before anything is overwritten; the copy into the live file is one SQLite transaction, so
    a failure leaves the current data as it was. Connections other processes or engines hold
    see the restored data at their next read; an older backup is brought up to date by the next
    ``open_database``.
    """
    source = Path(source)
    target = _db_path(db_path)
    inspect_backup(source)
    if target.exists() and source.resolve() == target.resolve():
        raise BackupError("ไฟล์ที่เลือกคือฐานข้อมูลที่ใช้งานอยู่ ไม่ใช่ไฟล์สำรอง")
    safety = backup_now(target, dest_dir, PRE_RESTORE) if target.is_file() else None
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(str(target), timeout=30)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        where = f" ข้อมูลเดิมยังอยู่ครบ และสำรองไว้ที่ {safety}" if safety else ""
        raise BackupError(f"คืนข้อมูลไม่สำเร็จ: {exc}.{where}") from exc
    return RestoreResult(source, safety)
