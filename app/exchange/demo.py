"""The demo workspace: the seeds' units, typed in as exchange files under resources/demo/.

It lives with the exchange format because loading it is an import of those files.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from app.exchange.workspace import import_file
from app.paths import resources_dir
from app.store.db import Database
from app.store.models import Unit


def demo_files() -> list[Path]:
    return sorted((resources_dir() / "demo").glob("*.json"))


def load_demo(db: Database) -> list[str]:
    """Import every demo unit in one transaction (replacing units of the same name)."""
    names = []
    with db.transaction() as session:
        for path in demo_files():
            names.append(import_file(session, path).name)
    return names


def is_empty(db: Database) -> bool:
    with db.session() as session:
        return session.scalar(select(func.count(Unit.id))) == 0
