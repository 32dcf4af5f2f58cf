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

from app.paths import backups_dir, default_db_path

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent.parent / "db" / "migrations"
BUSY_TIMEOUT_MS = 5000


def _migrations_dir() -> Path:
    import sys

    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) / "db" / "migrations" if frozen else MIGRATIONS_DIR


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


def head_revision(engine: Engine) -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def backup_sqlite(db_path: Path, dest_dir: Path | None = None, reason: str = "backup") -> Path:
    """Copy a live SQLite database consistently with the SQLite backup API."""
    dest_dir = dest_dir or backups_dir()
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = dest_dir / f"{db_path.stem}-{reason}-{stamp}.sqlite3"
    src = sqlite3.connect(str(db_path))
    try:
        dst = sqlite3.connect(str(dest))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return dest


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
    from alembic import command

    if path == ":memory:":
        engine = make_engine("sqlite://")
        db_path = None
    else:
        db_path = Path(path) if path else default_db_path()
        db_path.parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(f"sqlite:///{db_path}")
    backup = None
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
