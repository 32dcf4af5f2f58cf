"""Opening databases: migrations to head, backup before migrating, SQLite settings, portability."""
import sqlite3

import sqlalchemy as sa
from alembic import command

from app.store.db import alembic_config, current_revision, head_revision, make_engine, open_database
from app.store.models import Base


def test_new_database_is_migrated_to_head(tmp_path):
    db = open_database(tmp_path / "a.sqlite3")
    try:
        assert current_revision(db.engine) == head_revision(db.engine)
        names = set(sa.inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= names
        assert db.backup_path is None  # nothing to back up in a new file
    finally:
        db.close()


def test_pragmas(tmp_path):
    db = open_database(tmp_path / "a.sqlite3")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    finally:
        db.close()


def test_pending_migration_is_backed_up_first(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO unit (name, kind, district, province, phone, doc_prefix, head_title, font, thai_digits)"
            " VALUES ('อบต.ทดสอบ', '', '', '', '', '', '', 'Sarabun', 1)")
    engine.dispose()
    if head_revision(make_engine("sqlite://")) == "0001":
        return  # no later migration exists yet to exercise the upgrade path
    db = open_database(path)
    try:
        assert db.backup_path is not None and db.backup_path.exists()
        with sqlite3.connect(db.backup_path) as conn:
            assert conn.execute("SELECT name FROM unit").fetchall() == [("อบต.ทดสอบ",)]
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert current_revision(db.engine) == head_revision(db.engine)
    finally:
        db.close()


def test_models_match_migrations(tmp_path):
    """Autogenerate against a migrated database finds nothing to do."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    db = open_database(tmp_path / "a.sqlite3")
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        db.close()


def test_constraint_names_follow_the_convention():
    for table in Base.metadata.tables.values():
        for constraint in table.constraints:
            name = str(constraint.name) if constraint.name is not None else ""
            assert name.startswith(("pk_", "uq_", "fk_", "ck_")), (table.name, constraint)


def test_models_compile_for_postgresql():
    """The schema has nothing SQLite-only: it compiles for PostgreSQL."""
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateTable

    for table in Base.metadata.sorted_tables:
        assert "CREATE TABLE" in str(CreateTable(table).compile(dialect=postgresql.dialect()))
