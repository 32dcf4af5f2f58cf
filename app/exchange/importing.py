"""The import use case: read with limits, ask before replacing, back up, then import atomically.

The command line and the window both call ``import_workspace``. An exchange file naming a unit
that already exists is never imported silently: without an explicit ``REPLACE`` (the window's
"แทนที่" button, ``--replace``) or ``AS_NEW`` under another name (``--as-new``), it raises
``UnitExistsError`` and nothing changes. A replacement first backs the whole database up
(reason ``pre-import``, listed with the other backups), as ``docs/exchange-format.md`` promises.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.exchange.reading import LoadedFile, read_file
from app.exchange.workspace import AS_NEW, REFUSE, REPLACE, UnitExistsError, existing_unit, import_document
from app.store.db import Database

PRE_IMPORT = "pre-import"


@dataclass(frozen=True)
class ImportResult:
    unit_name: str
    replaced: bool
    backup: Path | None  # the database as it was before a replacement


def check_import(db: Database, loaded: LoadedFile, new_name: str | None = None) -> str | None:
    """The unit an import of ``loaded`` would replace (None: it adds a new one); refuses
    look-alike names in Thai. The window asks the officer when this is not None."""
    with db.session() as session:
        return existing_unit(session, loaded, new_name)


def import_loaded(db: Database, loaded: LoadedFile, on_existing: str = REFUSE, new_name: str | None = None,
                  backup_dir: Path | None = None) -> ImportResult:
    """Import an already read file (see ``import_workspace``)."""
    if on_existing == AS_NEW and not (new_name or "").strip():
        raise ValueError("กรุณาระบุชื่อหน่วยงานใหม่สำหรับการนำเข้าเป็นหน่วยงานใหม่")
    replaced = check_import(db, loaded, new_name if on_existing == AS_NEW else None)
    if replaced is not None and on_existing != REPLACE:
        raise UnitExistsError(replaced)
    backup = None
    if replaced is not None and db.path is not None:
        from app.store.db import backup_sqlite

        # Named like every other backup, so the backups list and restore show it.
        backup = backup_sqlite(db.path, backup_dir or db.path.parent / "backups", PRE_IMPORT)
    with db.transaction() as session:
        unit = import_document(session, loaded, on_existing, new_name if on_existing == AS_NEW else None)
        name = unit.name
    return ImportResult(name, replaced is not None, backup)


def import_workspace(db: Database, path: Path | str, on_existing: str = REFUSE, new_name: str | None = None,
                     backup_dir: Path | None = None) -> ImportResult:
    """Read ``path`` (every limit checked before reading), then import it as one transaction.

    ``on_existing``: ``REFUSE`` (default: an existing unit raises ``UnitExistsError``),
    ``REPLACE`` (back the database up, then replace the unit) or ``AS_NEW`` (add it as
    ``new_name``). Raises ``ExchangeError``/``ValueError`` with Thai messages; a refused
    file leaves the database byte-identical.
    """
    return import_loaded(db, read_file(Path(path)), on_existing, new_name, backup_dir)


__all__ = ["AS_NEW", "REFUSE", "REPLACE", "ImportResult", "UnitExistsError", "check_import", "import_loaded",
           "import_workspace", "PRE_IMPORT"]
