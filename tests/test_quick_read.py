"""The command line's quick reads (stdlib sqlite3) agree with the ORM and with Alembic."""
from __future__ import annotations

import sqlite3

from app.services.units import list_units
from app.store.db import head_revision, make_engine
from app.store.quick_read import head_revision as files_head
from app.store.quick_read import unit_summaries


def test_head_revision_from_the_files_is_alembics():
    assert files_head() == head_revision(make_engine("sqlite://"))


def test_unit_summaries_equal_list_units(demo_db):
    with demo_db.session() as s:
        expected = [u.as_dict() for u in list_units(s)]
    assert len(expected) >= 5 and any(u["assessment_years"] for u in expected)
    assert unit_summaries(demo_db.path) == expected


def test_no_quick_read_unless_the_schema_is_at_head(demo_db, tmp_path):
    assert unit_summaries(tmp_path / "none.sqlite3") is None
    demo_db.close()
    with sqlite3.connect(demo_db.path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    assert unit_summaries(demo_db.path) is None  # an older schema: opened (and migrated) normally
