"""The demo workspace: the seeds' units, typed in as exchange files under resources/demo/.

It lives with the exchange format because loading it is an import of those files.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from app.exchange.reading import read_file
from app.exchange.workspace import existing_unit, import_document
from app.paths import resources_dir
from app.store.db import Database
from app.store.models import Unit


def demo_files() -> list[Path]:
    return sorted((resources_dir() / "demo").glob("*.json"))


def load_demo(db: Database) -> list[str]:
    """Import every demo unit in one transaction; a demo unit already in the database is left
    as it is (the officer may have edited it), never replaced. Returns the names loaded."""
    names = []
    with db.transaction() as session:
        for path in demo_files():
            loaded = read_file(path)
            if existing_unit(session, loaded) is None:
                names.append(import_document(session, loaded).name)
    return names


def is_empty(db: Database) -> bool:
    with db.session() as session:
        return session.scalar(select(func.count(Unit.id))) == 0
