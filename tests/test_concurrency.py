"""Two writers on one database: no lost update, stale writes refused in Thai, read-only refuses."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.store.db import DatabaseError, StaleEditError, open_database
from app.store.models import Unit

ROOT = Path(__file__).resolve().parent.parent
EDITS_PER_PROCESS = 150

WORKER = textwrap.dedent("""
    import sys, time
    from app.store.db import open_database
    from app.store.models import Unit
    db = open_database(sys.argv[1])
    for _ in range(int(sys.argv[2])):
        with db.transaction() as s:                 # read-modify-write, as every editor does
            unit = s.get(Unit, int(sys.argv[3]))
            count = int(unit.phone or 0)
            time.sleep(0.0005)                      # the other process gets every chance to interleave
            unit.phone = str(count + 1)
    db.close()
""")


def _make_unit(path: Path) -> int:
    db = open_database(path)
    with db.transaction() as s:
        unit = Unit(name="หน่วยทดสอบ", phone="0")
        s.add(unit)
        s.flush()
        unit_id = unit.id
    db.close()
    return unit_id


def test_two_processes_lose_no_update(tmp_path):
    path = tmp_path / "shared.sqlite3"
    unit_id = _make_unit(path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(path), str(EDITS_PER_PROCESS), str(unit_id)],
                              env=env, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    errors = [p.communicate(timeout=180)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    db = open_database(path)
    with db.session() as s:
        unit = s.get(Unit, unit_id)
        assert int(unit.phone) == 2 * EDITS_PER_PROCESS  # 0 lost updates
        assert unit.version == 2 * EDITS_PER_PROCESS + 1  # every edit bumped the row version
    db.close()


def test_write_transaction_takes_the_lock_before_reading(tmp_path):
    path = tmp_path / "lock.sqlite3"
    unit_id = _make_unit(path)
    a, b = open_database(path), open_database(path)
    try:
        with a.transaction() as s:
            s.get(Unit, unit_id)  # only a read so far, yet the write lock is held
            import sqlite3

            other = sqlite3.connect(str(path), timeout=0)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            other.close()
        with b.session() as s:  # plain reads never take the write lock
            assert s.get(Unit, unit_id).name == "หน่วยทดสอบ"
    finally:
        a.close()
        b.close()


def test_stale_write_is_refused_in_thai(tmp_path):
    path = tmp_path / "stale.sqlite3"
    unit_id = _make_unit(path)
    window_a, window_b = open_database(path), open_database(path)
    try:
        with window_a.transaction() as s:
            seen = s.get(Unit, unit_id)  # what window A shows
        with window_b.transaction() as s:
            s.get(Unit, unit_id).phone = "02-000-0000"  # window B saves meanwhile
        with pytest.raises(StaleEditError) as info:
            with window_a.transaction() as s:
                s.add(seen)
                seen.phone = "ทับข้อมูลเก่า"
        assert "แก้ไขจากหน้าต่างหรือโปรแกรมอื่น" in str(info.value)
        with window_b.session() as s:
            assert s.get(Unit, unit_id).phone == "02-000-0000"  # B's edit survived
    finally:
        window_a.close()
        window_b.close()


def test_read_only_database_refuses_writes(tmp_path):
    path = tmp_path / "ro.sqlite3"
    _make_unit(path)
    ro = open_database(path, read_only=True)
    try:
        with ro.session() as s:
            assert s.query(Unit).count() == 1
        with pytest.raises(DatabaseError, match="อ่านอย่างเดียว"):
            with ro.transaction():
                pass
    finally:
        ro.close()
