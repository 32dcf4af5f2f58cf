"""Opening a database: engine set-up, backup, migrations, sessions.

This is the only module that knows the database is SQLite: pragmas (foreign keys, WAL,
busy timeout) are set here and Alembic's batch mode is switched on only for SQLite, so the
models and migrations can later serve a shared PostgreSQL database unchanged.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.fsio import (PRIVATE_FILE, FileError, atomic_path, clean_folder_parts, make_private, make_private_dir,
                      os_error_message)
from app.paths import backups_dir, default_db_path

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent.parent / "db" / "migrations"
BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "ita_write_transaction"
STALE_MESSAGE = ("ข้อมูลนี้ถูกแก้ไขจากหน้าต่างหรือโปรแกรมอื่นหลังจากที่เปิดดู การแก้ไขครั้งนี้จึงไม่ถูกบันทึก "
                 "(ข้อมูลของอีกฝ่ายยังอยู่ครบ) กรุณาดูข้อมูลล่าสุดแล้วแก้ไขอีกครั้ง")
READ_ONLY_MESSAGE = ("ฐานข้อมูลนี้เปิดแบบอ่านอย่างเดียว (มีหน้าต่างอื่นกำลังแก้ไขฐานข้อมูลเดียวกันอยู่) "
                     "จึงแก้ไขไม่ได้ กรุณาแก้ไขในหน้าต่างนั้น หรือปิดหน้าต่างนั้นแล้วเปิดโปรแกรมใหม่")


class DatabaseError(ValueError):
    """A database operation that failed for a reason the officer can act on; ``str()`` is Thai."""


class StaleEditError(DatabaseError):
    """A write based on data another window or process changed since it was read."""


def _migrations_dir() -> Path:
    import sys

    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) / "db" / "migrations" if frozen else MIGRATIONS_DIR


def sqlite_error_message(exc: BaseException, path: Path | str | None, action: str = "ใช้") -> str:
    """A Thai sentence for a SQLite failure on the database ``path``, saying what to do.

    Accepts ``sqlite3.Error`` or SQLAlchemy's wrapper around one.
    """
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    name = f"ฐานข้อมูล {path}" if path else "ฐานข้อมูล"
    if "disk is full" in text or "disk full" in text:
        return (f"{action}{name} ไม่ได้ เพราะพื้นที่ดิสก์เต็ม กรุณาลบไฟล์ที่ไม่ใช้แล้วให้มีที่ว่าง "
                "แล้วลองใหม่ (งานที่บันทึกแล้วยังอยู่ครบ)")
    if "readonly" in text or "read-only" in text:
        return (f"{action}{name} ไม่ได้ เพราะไฟล์หรือโฟลเดอร์ของฐานข้อมูลเขียนไม่ได้ (อ่านได้อย่างเดียว) "
                "กรุณาให้ผู้ดูแลเครื่องแก้สิทธิ์ หรือคัดลอกฐานข้อมูลไปไว้ในโฟลเดอร์ที่เขียนได้")
    if "unable to open" in text or "permission" in text or "access" in text:
        return (f"เปิด{name} ไม่ได้ เพราะไม่มีสิทธิ์เข้าถึงไฟล์หรือโฟลเดอร์ หรือโฟลเดอร์นั้นไม่มีอยู่ "
                "กรุณาตรวจสิทธิ์การเข้าถึงและตำแหน่งของไฟล์")
    if "locked" in text or "busy" in text:
        return (f"{action}{name} ไม่ได้ในขณะนี้ เพราะโปรแกรมอื่นกำลังบันทึกข้อมูลลงฐานข้อมูลเดียวกัน "
                "กรุณารอสักครู่แล้วลองใหม่")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return (f"{name} เสียหาย อ่านไม่ได้ กรุณาคืนข้อมูลจากไฟล์สำรองล่าสุด "
                "(เมนู เครื่องมือ → คืนข้อมูลจากไฟล์สำรอง หรือคำสั่ง restore)")
    if "disk i/o" in text:
        return (f"{action}{name} ไม่ได้ เพราะดิสก์อ่านหรือเขียนผิดพลาด กรุณาตรวจดิสก์ "
                "(หรือแฟลชไดรฟ์) แล้วลองใหม่")
    return f"{action}{name} ไม่ได้ (SQLite แจ้งว่า: {orig}) กรุณาลองใหม่ หรือเรียกคำสั่ง check เพื่อตรวจฐานข้อมูล"


def make_engine(url: str, read_only: bool = False) -> Engine:
    """The engine for ``url``. On SQLite, pysqlite's own transaction handling is switched off
    (``isolation_level=None``) and our ``begin`` hook emits the BEGIN: ``BEGIN IMMEDIATE`` for
    connections marked as writers (``WRITE_OPTION``), so a write transaction holds the write
    lock from its first read and no other process can change what it read before it writes
    (pysqlite would begin only at the first INSERT/UPDATE, after the reads: lost updates)."""
    if read_only and url.startswith("sqlite:///"):
        url = f"sqlite:///file:{url[len('sqlite:///'):]}?mode=ro&uri=true"
    engine = sa.create_engine(url, future=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # noqa: ANN001 - DB-API connection
            dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see ``_begin``)
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if not url.endswith(":memory:") and not read_only:
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn):  # noqa: ANN001 - SQLAlchemy Connection
            immediate = conn.get_execution_options().get(WRITE_OPTION, False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_migrations_dir()))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _at_head(engine: Engine) -> bool:
    """Whether the stored revision is the migration files' one head (read without Alembic)."""
    from app.store.quick_read import head_revision as files_head

    head = files_head()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            return conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
    except sa.exc.DBAPIError:
        return False


def head_revision(engine: Engine) -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def copy_sqlite(src_path: Path, dest: Path, private_folder: bool = True) -> Path:
    """A consistent, self-contained, private copy of a live SQLite database at ``dest``.

    SQLite's online backup API copies committed pages only, so the copy is sound even while
    another process writes. The copy is written beside ``dest`` and renamed into place
    (``app.fsio.atomic_path``): an interrupted copy never looks like a good one. Raises
    ``FileError`` (Thai) for OS and SQLite failures. ``private_folder``: ``dest``'s folder is
    ours (``backups/``) and is made private too; a folder the user chose is left as it is.
    """
    if private_folder:
        make_private_dir(dest.parent)
    else:
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FileError(os_error_message(exc, dest.parent, "สร้างโฟลเดอร์")) from None
    try:
        with atomic_path(dest, private=True, action="สำรองข้อมูลลง") as part:
            src = sqlite3.connect(str(src_path), timeout=30)
            try:
                dst = sqlite3.connect(str(part))
                try:
                    # One step: in WAL mode the read snapshot does not block writers, and a
                    # stepped copy would restart whenever another connection commits.
                    src.backup(dst)
                    # A backup is a single self-contained file: no -wal beside it.
                    dst.execute("PRAGMA journal_mode=DELETE")
                finally:
                    dst.close()
            finally:
                src.close()
    except sqlite3.Error as exc:
        raise FileError(sqlite_error_message(exc, dest, "สำรองข้อมูลลง")) from None
    return dest


def backup_sqlite(db_path: Path, dest_dir: Path | None = None, reason: str = "backup") -> Path:
    """Copy a live SQLite database into ``dest_dir`` under a timestamped name."""
    dest_dir = dest_dir or backups_dir()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return copy_sqlite(db_path, dest_dir / f"{db_path.stem}-{reason}-{stamp}.sqlite3")


@dataclass
class Database:
    """An open, migrated database and its session factories.

    ``transaction()`` is the only way to write: its connection begins with ``BEGIN IMMEDIATE``
    (the write lock before the first read), a stale row version or a SQLite failure (locked,
    full disk, read-only file) becomes a ``DatabaseError`` with a Thai message, and a database
    opened ``read_only`` refuses to start one.
    """

    engine: Engine
    path: Path | None
    backup_path: Path | None = None
    read_only: bool = False

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        writer = self.engine.execution_options(**{WRITE_OPTION: True})
        self._write_factory = sessionmaker(writer, expire_on_commit=False)
        from app.store.limits_guard import install_text_limits

        install_text_limits(self._write_factory)

    def session(self) -> Session:
        return self._factory()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back everything on any error."""
        if self.read_only:
            raise DatabaseError(READ_ONLY_MESSAGE)
        session = self._write_factory()
        try:
            with session.begin():
                yield session
        except StaleDataError:
            raise StaleEditError(STALE_MESSAGE) from None
        except sa.exc.OperationalError as exc:
            raise DatabaseError(sqlite_error_message(exc, self.path, "บันทึกลง")) from None
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def _prepare_file(db_path: Path) -> None:
    """Refuse a folder given as the database; create the file private (0600) before SQLite does,
    in a private folder when it is the per-user data folder (its -wal/-shm files follow the
    file's mode)."""
    if db_path.is_dir():
        raise DatabaseError(f"{db_path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูล กรุณาระบุชื่อไฟล์ เช่น {db_path / 'ita.sqlite3'}")
    try:
        if db_path.parent == default_db_path().parent:
            make_private_dir(db_path.parent)
        else:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        if not db_path.exists():
            os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        pass
    except FileError as exc:
        raise DatabaseError(str(exc)) from None
    except OSError as exc:
        raise DatabaseError(os_error_message(exc, db_path, "สร้าง")) from None
    make_private(db_path)


def _writable(db_path: Path) -> bool:
    """Whether this user may write the database file and its folder (SQLite needs both)."""
    def can(p: Path) -> bool:
        if os.access in os.supports_effective_ids:
            return os.access(p, os.W_OK, effective_ids=True)
        return os.access(p, os.W_OK)

    try:
        return can(db_path) and can(db_path.parent) and not _read_only_mount(db_path.parent)
    except OSError:
        return False


def _read_only_mount(folder: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)
    return bool(statvfs and statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1))


def open_database(path: Path | str | None = None, backup_dir: Path | None = None,
                  read_only: bool = False) -> Database:
    """Open (creating if needed) and migrate. A database with pending migrations is backed
    up first, with a timestamped name, so a failed upgrade never costs the user data.

    ``read_only`` opens an existing, up-to-date database for reading only (a second window while
    another holds the writer lock). Failures raise ``DatabaseError`` with a Thai message.
    """
    if path == ":memory:":
        engine = make_engine("sqlite://")
        db_path = None
    else:
        db_path = Path(path) if path else default_db_path()
        if read_only:
            if not db_path.is_file():
                raise DatabaseError(f"ไม่พบไฟล์ฐานข้อมูล {db_path}")
        else:
            _prepare_file(db_path)
            for folder in (db_path.parent, db_path.parent / "backups"):
                clean_folder_parts(folder)  # temporary files of writes a crash interrupted
        engine = make_engine(f"sqlite:///{db_path}", read_only=read_only)
    backup = None
    try:
        if _at_head(engine):  # the usual case, decided without importing Alembic (0.4 s of CPU)
            return Database(engine=engine, path=db_path, backup_path=None, read_only=read_only)
        from alembic import command

        current = current_revision(engine)
        head = head_revision(engine)
        if current != head:
            if read_only:
                raise DatabaseError(f"ฐานข้อมูล {db_path} ยังไม่ได้ปรับรุ่นให้ตรงกับโปรแกรมนี้ จึงเปิดแบบอ่านอย่างเดียวไม่ได้ "
                                    "กรุณาปิดหน้าต่างอื่นของโปรแกรมแล้วเปิดใหม่")
            if db_path is not None and current is not None:
                backup = backup_sqlite(db_path, backup_dir or db_path.parent / "backups", "pre-migrate")
            with engine.begin() as conn:
                cfg = alembic_config(engine)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
    except (sa.exc.OperationalError, sa.exc.DatabaseError, sqlite3.Error) as exc:
        engine.dispose()
        if db_path is not None and not read_only and not _writable(db_path):
            raise DatabaseError(
                f"เปิดฐานข้อมูล {db_path} ไม่ได้ เพราะไฟล์หรือโฟลเดอร์ของฐานข้อมูลอ่านได้อย่างเดียว (หรือไม่มีสิทธิ์เขียน) "
                "โปรแกรมต้องเขียนไฟล์และไฟล์ชั่วคราวข้างไฟล์ได้ กรุณาคัดลอกฐานข้อมูลไปไว้ในโฟลเดอร์ที่เขียนได้ "
                "หรือให้ผู้ดูแลเครื่องแก้สิทธิ์") from None
        raise DatabaseError(sqlite_error_message(exc, db_path, "เปิด")) from None
    except (FileError, DatabaseError):
        engine.dispose()
        raise
    return Database(engine=engine, path=db_path, backup_path=backup, read_only=read_only)
