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
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.paths import default_db_path

SUFFIX = ".sqlite3"
MANUAL = "manual"
DAILY = "daily"
PRE_RESTORE = "pre-restore"
PRE_MIGRATE = "pre-migrate"
PRE_IMPORT = "pre-import"
DEFAULT_KEEP_DAILY = 14

REASON_LABELS = {
    MANUAL: "สำรองด้วยตนเอง",
    DAILY: "สำรองอัตโนมัติประจำวัน",
    PRE_RESTORE: "ก่อนคืนข้อมูล",
    PRE_MIGRATE: "ก่อนปรับรุ่นฐานข้อมูล",
    PRE_IMPORT: "ก่อนนำเข้าแทนที่หน่วยงาน",
}
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<stem>.+?)-(?P<reason>pre-restore|pre-migrate|pre-import|[a-z]+)-(?P<stamp>\d{8}-\d{6}-\d{6})\.sqlite3$")
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


def _copy(src_path: Path, dest: Path, ours: bool = True) -> None:
    """Consistent private copy of ``src_path`` into ``dest`` (atomic rename at the end);
    ``ours``: ``dest`` is in our backups folder, made private (0700) too."""
    from app.fsio import FileError
    from app.store.db import copy_sqlite

    try:
        copy_sqlite(src_path, dest, private_folder=ours)
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
    _copy(src, dest, ours=False)
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


def _schema(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Tables (ours, not SQLite's own) and their columns."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {t: {r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')} for t in tables}


def expected_schema(revision: str) -> dict[str, set[str]]:
    """The tables and columns this program's migrations create up to ``revision`` (built in a
    scratch in-memory database, so the check follows the migrations exactly)."""
    from alembic import command

    from app.store.db import alembic_config, make_engine

    engine = make_engine("sqlite://")
    try:
        with engine.begin() as conn:
            cfg = alembic_config(engine)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            raw = conn.connection.dbapi_connection
            return _schema(raw)
    finally:
        engine.dispose()


def inspect_backup(path: Path | str) -> str:
    """Check that ``path`` is a sound database of this program; returns its Alembic revision.

    Checked completely before a restore replaces anything: SQLite's magic and
    ``integrity_check``, foreign keys, a migration revision this program knows, and every table
    and column that revision has. Raises BackupError with a Thai message saying what is wrong.
    """
    path = Path(path)
    from app.fsio import FileError, check_regular_file

    try:
        check_regular_file(path, "ไฟล์สำรองข้อมูล")
        with path.open("rb") as fh:
            magic = fh.read(16)
    except FileError as exc:
        raise BackupError(str(exc)) from None
    except OSError as exc:
        from app.fsio import os_error_message

        raise BackupError(os_error_message(exc, path, "อ่าน")) from None
    if magic != _SQLITE_MAGIC:
        raise BackupError(f"ไฟล์ {path.name} ไม่ใช่ไฟล์สำรองข้อมูลของโปรแกรม (ไม่ใช่ฐานข้อมูล SQLite)")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise BackupError(f"ไฟล์ {path.name} เสียหาย: {'; '.join(result[:3])} กรุณาเลือกไฟล์สำรองอื่น")
            schema = _schema(conn)
            missing = [t for t in _REQUIRED_TABLES if t not in schema]
            if missing:
                raise BackupError(f"ไฟล์ {path.name} ไม่ใช่ไฟล์สำรองข้อมูลของโปรแกรม (ไม่มีตาราง {', '.join(missing)})")
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise BackupError(f"ไฟล์ {path.name} มีข้อมูลที่อ้างถึงกันไม่ครบ (การอ้างอิงระหว่างตารางขาดหาย) "
                                  "กรุณาเลือกไฟล์สำรองอื่น")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupError(f"เปิดไฟล์ {path.name} ไม่ได้ หรือไฟล์เสียหาย ({exc}) กรุณาเลือกไฟล์สำรองอื่น") from None
    if len(rows) != 1 or not rows[0][0]:
        raise BackupError(f"ไฟล์ {path.name} ไม่มีข้อมูลรุ่นของฐานข้อมูล (ตาราง alembic_version "
                          f"{'ว่าง' if not rows else 'มีหลายรุ่น'}) จึงไม่รู้ว่าจะปรับรุ่นอย่างไร ไม่คืนข้อมูลจากไฟล์นี้ "
                          "กรุณาเลือกไฟล์สำรองอื่น")
    revision = rows[0][0]
    from app.maintenance.integrity import known_revisions

    if revision not in known_revisions():
        raise BackupError(f"ไฟล์ {path.name} มาจากโปรแกรมรุ่นที่ใหม่กว่ารุ่นนี้หรือไม่รู้จัก (รุ่นฐานข้อมูล {revision}) "
                          "กรุณาปรับรุ่นโปรแกรมก่อนคืนข้อมูล")
    expected = expected_schema(revision)
    lacking = [f"{t}" if t not in schema else f"{t}.{c}"
               for t, cols in sorted(expected.items()) for c in sorted(cols if t in schema else {""})
               if t not in schema or c not in schema[t]]
    lacking = list(dict.fromkeys(x.rstrip(".") for x in lacking))
    if lacking:
        raise BackupError(f"ไฟล์ {path.name} มีโครงสร้างไม่ตรงกับฐานข้อมูลของโปรแกรมรุ่น {revision} "
                          f"(ขาด {', '.join(lacking[:5])}) จึงไม่คืนข้อมูลจากไฟล์นี้ กรุณาเลือกไฟล์สำรองอื่น")
    return revision


def restore(source: Path | str, db_path: Path | str | None = None, dest_dir: Path | None = None) -> RestoreResult:
    """Replace the database's contents with the backup ``source``.

    The caller asks the user first. The backup is checked completely (``inspect_backup``) and
    brought up to this program's schema in a scratch copy beside the database, so neither a
    damaged file nor a failing migration can touch the live data. Only then is the current data
    backed up (reason ``pre-restore``) and the prepared copy put in place as one SQLite
    transaction: a failure leaves the current data as it was. Connections other processes or
    engines hold see the restored data at their next read.
    """
    from app.fsio import FileError, part_path

    source = Path(source)
    target = _db_path(db_path)
    if target.exists() and source.exists() and source.resolve() == target.resolve():
        raise BackupError("ไฟล์ที่เลือกคือฐานข้อมูลที่ใช้งานอยู่ ไม่ใช่ไฟล์สำรอง")
    inspect_backup(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = part_path(target)
    try:
        from app.store.db import DatabaseError, copy_sqlite, open_database

        try:
            copy_sqlite(source, scratch, private_folder=False)
            with tempfile.TemporaryDirectory(dir=target.parent) as throwaway:  # its pre-migrate copy
                open_database(scratch, backup_dir=Path(throwaway)).close()  # migrate the copy, not the live file
        except (FileError, DatabaseError) as exc:
            raise BackupError(f"เตรียมข้อมูลจากไฟล์สำรองไม่สำเร็จ ข้อมูลปัจจุบันไม่ถูกแตะต้อง: {exc}") from None
        except Exception as exc:  # noqa: BLE001 - a migration that fails on this backup
            raise BackupError(f"ปรับรุ่นข้อมูลจากไฟล์สำรอง {source.name} ไม่สำเร็จ ({type(exc).__name__}: {exc}) "
                              "ข้อมูลปัจจุบันไม่ถูกแตะต้อง กรุณาเลือกไฟล์สำรองอื่น") from None
        safety = backup_now(target, dest_dir, PRE_RESTORE) if target.is_file() else None
        try:
            src = sqlite3.connect(f"file:{scratch}?mode=ro", uri=True)
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
    finally:
        for leftover in (scratch, Path(f"{scratch}-wal"), Path(f"{scratch}-shm")):
            leftover.unlink(missing_ok=True)
    return RestoreResult(source, safety)
