"""Reads for the command line's quick verbs through the standard library's ``sqlite3`` alone.

Importing SQLAlchemy, the models and Alembic costs about 0.6 s of CPU, far more than listing a
few units needs (``benchmarks/bench_cli.py``). So ``units`` reads here, without them, when the
database file exists and its schema is already at this program's head revision; any other case
(no file yet, an older schema to migrate, a damaged file) returns None and the verb opens the
database the normal way, which creates and migrates it. ``tests/test_quick_read.py`` checks
these reads give what ``app.services.units.list_units`` gives, and the head revision what Alembic
finds.
"""
from __future__ import annotations

import ast
import sqlite3
import sys
from functools import lru_cache
from pathlib import Path

from app.thai.sort import thai_sort_key

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent.parent / "db" / "migrations"


def _versions_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)  # the PyInstaller bundle, as app.store.db
    return (Path(frozen) / "db" / "migrations" if frozen else MIGRATIONS_DIR) / "versions"


@lru_cache(maxsize=1)
def head_revision() -> str | None:
    """The newest migration's revision, from the files' ``revision``/``down_revision`` lines;
    None when that is not one clear head (then Alembic decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in _versions_dir().glob("*.py"):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, UnicodeDecodeError):
            return None
        values = {}
        for node in tree.body:
            target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else (
                node.target if isinstance(node, ast.AnnAssign) else None)
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision") and node.value is not None:
                try:
                    values[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    return None
        if "revision" not in values:
            continue
        revisions.add(values["revision"])
        down = values.get("down_revision")
        parents.update(down if isinstance(down, (tuple, list)) else [down] if down else [])
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def _connect_at_head(db_path: Path) -> sqlite3.Connection | None:
    """A read-only connection when the file's schema is at the head revision, else None."""
    head = head_revision()
    if head is None or not db_path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        stored = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        conn.close()
        return None
    if stored != [(head,)]:
        conn.close()
        return None
    return conn


def unit_summaries(db_path: Path) -> list[dict] | None:
    """Every unit as ``UnitSummary.as_dict()`` gives it, sorted the same way (Thai order of
    names); None when the database must be opened the normal way."""
    conn = _connect_at_head(db_path)
    if conn is None:
        return None
    try:
        units = conn.execute("SELECT id, name, kind, district, province FROM unit").fetchall()
        years: dict[str, dict[int, list[int]]] = {"assessment": {}, "measure_plan": {}}
        for table, by_unit in years.items():
            for unit_id, year in conn.execute(f"SELECT unit_id, fiscal_year FROM {table} ORDER BY fiscal_year"):
                by_unit.setdefault(unit_id, []).append(year)
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    out = [{"name": name, "kind": kind, "district": district, "province": province,
            "assessment_years": years["assessment"].get(uid, []), "plan_years": years["measure_plan"].get(uid, [])}
           for uid, name, kind, district, province in units]
    return sorted(out, key=lambda u: thai_sort_key(u["name"]))
