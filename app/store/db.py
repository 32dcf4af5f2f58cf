"""Opening a database: engine set-up, backup, migrations, sessions.

This is the only module that knows the database is SQLite: pragmas (foreign keys, WAL,
busy timeout) are set here and Alembic's batch mode is switched on only for SQLite, so the
models and migrations can later serve a shared PostgreSQL database unchanged.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.fsio import FileError, atomic_path, make_private_dir
from app.paths import backups_dir, default_db_path

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent.parent / "db" / "migrations"
BUSY_TIMEOUT_MS = 5000


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


def make_engine(url: str) -> Engine:
    engine = sa.create_engine(url, future=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # noqa: ANN001 - DB-API connection
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if not url.endswith(":memory:"):
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

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


def copy_sqlite(src_path: Path, dest: Path) -> Path:
    """A consistent, self-contained, private copy of a live SQLite database at ``dest``.

    SQLite's online backup API copies committed pages only, so the copy is sound even while
    another process writes. The copy is written beside ``dest`` and renamed into place
    (``app.fsio.atomic_path``): an interrupted copy never looks like a good one. Raises
    ``FileError`` (Thai) for OS and SQLite failures.
    """
    make_private_dir(dest.parent)
    try:
        with atomic_path(dest, private=True, action="สำรองข้อมูลลง") as part:
            src = sqlite3.connect(f"file:{src_path}?mode=ro", uri=True, timeout=30)
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
    """An open, migrated database and its session factory."""

    engine: Engine
    path: Path | None
    backup_path: Path | None = None

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._factory()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back everything on any error."""
        session = self._factory()
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path | str | None = None, backup_dir: Path | None = None) -> Database:
    """Open (creating if needed) and migrate. A database with pending migrations is backed
    up first, with a timestamped name, so a failed upgrade never costs the user data."""
    if path == ":memory:":
        engine = make_engine("sqlite://")
        db_path = None
    else:
        db_path = Path(path) if path else default_db_path()
        db_path.parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(f"sqlite:///{db_path}")
    backup = None
    if _at_head(engine):  # the usual case, decided without importing Alembic (0.4 s of CPU)
        return Database(engine=engine, path=db_path, backup_path=None)
    from alembic import command

    current = current_revision(engine)
    head = head_revision(engine)
    if current != head:
        if db_path is not None and current is not None:
            backup = backup_sqlite(db_path, backup_dir or db_path.parent / "backups", "pre-migrate")
        with engine.begin() as conn:
            cfg = alembic_config(engine)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    return Database(engine=engine, path=db_path, backup_path=backup)
