"""A database whose writer dies mid-write still opens, whole and consistent.

A real writer process (the program's own ``open_database``: WAL, synchronous=NORMAL) commits
units one by one, then starts a large transaction whose pages spill into the WAL and is killed
with SIGKILL part-way. The database file with its -wal and -shm is copied as the crash left it
(what a user copying the data folder, or a PC losing its process, leaves behind); the copy
opens, passes the integrity check and holds exactly the committed units. A backup taken with
the SQLite backup API while the writer is committing is consistent too.
"""
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.maintenance.backup import backup_now
from app.maintenance.integrity import check_database
from app.store.db import open_database

ROOT = Path(__file__).resolve().parent.parent
COMMITS = 40
BLOB = 64 * 1024

WRITER = f"""
import sys, time
import app
from app.store.db import open_database
from app.store.models import Department, Unit

db = open_database(sys.argv[1])
for i in range({COMMITS}):
    with db.transaction() as s:
        u = Unit(name=f"หน่วยที่ {{i}}", kind="เทศบาลตำบล", garuda_png=bytes([i % 256]) * {BLOB})
        u.departments = [Department(name=f"กอง {{k}}", position=k) for k in range(5)]
        s.add(u)
    print(f"committed {{i}}", flush=True)
    time.sleep(0.01)
# The last transaction: far bigger than the page cache, so uncommitted pages reach the WAL.
s = db.session()
s.begin()
for j in range(200):
    s.add(Unit(name=f"ไม่สมบูรณ์ {{j}}", garuda_png=b"x" * {BLOB}))
    s.flush()
print("mid-transaction", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_database_killed_mid_write_still_opens(tmp_path):
    path = tmp_path / "live" / "ita.sqlite3"
    open_database(path).close()  # migrated before the writer starts
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)
    backups = []
    committed = -1
    try:
        deadline = time.monotonic() + 30
        for line in proc.stdout:
            if line.startswith("committed"):
                committed = int(line.split()[1])
                if committed in (5, 20):  # backups taken while the writer keeps committing
                    backups.append((committed, backup_now(path, tmp_path / "backups")))
            elif line.startswith("mid-transaction"):
                break
            assert time.monotonic() < deadline, "writer too slow"
        wal = path.with_name(path.name + "-wal")
        assert wal.stat().st_size > 200 * 1024  # the uncommitted transaction is in the WAL
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    assert committed == 39

    copy_dir = tmp_path / "copy"
    copy_dir.mkdir()
    for suffix in ("", "-wal", "-shm"):
        src = path.with_name(path.name + suffix)
        if src.exists():
            shutil.copy2(src, copy_dir / src.name)
    copy = copy_dir / path.name

    db = open_database(copy)
    db.close()
    report = check_database(copy)
    assert report.ok, report.text()
    conn = sqlite3.connect(str(copy))
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM unit ORDER BY id")]
        departments = conn.execute("SELECT count(*) FROM department").fetchone()[0]
        blobs_ok = conn.execute("SELECT count(*) FROM unit WHERE length(garuda_png) = ?", (BLOB,)).fetchone()[0]
    finally:
        conn.close()
    assert names == [f"หน่วยที่ {i}" for i in range(COMMITS)]  # every commit, nothing of the killed one
    assert departments == 5 * COMMITS and blobs_ok == COMMITS

    for at_least, backup in backups:
        assert check_database(backup).ok
        conn = sqlite3.connect(str(backup))
        try:
            n = conn.execute("SELECT count(*) FROM unit").fetchone()[0]
            d = conn.execute("SELECT count(*) FROM department").fetchone()[0]
        finally:
            conn.close()
        assert at_least + 1 <= n <= COMMITS and d == 5 * n  # whole units only
