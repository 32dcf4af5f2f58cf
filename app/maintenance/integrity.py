"""The data-integrity check: SQLite's own checks plus the schema revision, as a Thai report.

Read-only: the database is opened with ``mode=ro`` so a check never changes or migrates it
(a database behind the program's revision is reported, and migrated at the next open).
"""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from app.paths import default_db_path

OK, WARN, FAIL = "ok", "warn", "fail"
_MARK = {OK: "✓", WARN: "!", FAIL: "✗"}
MAX_LISTED = 20


@dataclass(frozen=True)
class Check:
    name: str  # Thai
    status: str  # OK, WARN or FAIL
    detail: str  # Thai
    lines: tuple[str, ...] = ()
    damage: bool = True  # False: an access problem (permissions, read-only disk), not damaged data


@dataclass
class IntegrityReport:
    path: Path
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(c.status != FAIL for c in self.checks)

    def as_dict(self) -> dict:
        return {"path": str(self.path), "ok": self.ok,
                "checks": [{"name": c.name, "status": c.status, "detail": c.detail, "lines": list(c.lines)}
                           for c in self.checks]}

    def text(self) -> str:
        out = [f"ตรวจความถูกต้องของข้อมูล: {self.path}"]
        for c in self.checks:
            out.append(f"{_MARK[c.status]} {c.name}: {c.detail}")
            out.extend(f"    {line}" for line in c.lines)
        if self.ok:
            out.append("ผลการตรวจ: ข้อมูลถูกต้องครบถ้วน")
        elif self.damaged:
            out.append("ผลการตรวจ: พบปัญหา ควรคืนข้อมูลจากไฟล์สำรองล่าสุดที่ตรวจแล้วถูกต้อง "
                       "(ไฟล์สำรองอยู่ในโฟลเดอร์ backups ของโฟลเดอร์ข้อมูล)")
        else:
            out.append("ผลการตรวจ: ข้อมูลไม่ได้เสียหาย แต่โปรแกรมเข้าถึงไฟล์ไม่ได้ตามที่ต้องการ ไม่ต้องคืนข้อมูล "
                       "ให้ผู้ดูแลเครื่องแก้สิทธิ์การเข้าถึงไฟล์และโฟลเดอร์ตามที่แจ้งข้างบน")
        return "\n".join(out)

    @property
    def damaged(self) -> bool:
        """A failing check says the data itself is damaged (not only that it cannot be reached)."""
        return any(c.status == FAIL and c.damage for c in self.checks)


@lru_cache(maxsize=1)
def _script():
    from alembic.script import ScriptDirectory

    from app.store.db import alembic_config

    return ScriptDirectory.from_config(alembic_config(None))


def known_revisions() -> frozenset[str]:
    return frozenset(rev.revision for rev in _script().walk_revisions())


def head_revision() -> str:
    return _script().get_current_head()


def _integrity(conn: sqlite3.Connection) -> Check:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    if rows == ["ok"]:
        return Check("โครงสร้างไฟล์ฐานข้อมูล", OK, "ไม่พบความเสียหาย")
    return Check("โครงสร้างไฟล์ฐานข้อมูล", FAIL, f"พบความเสียหาย {len(rows)} จุด", tuple(rows[:MAX_LISTED]))


def _foreign_keys(conn: sqlite3.Connection) -> Check:
    rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    if not rows:
        return Check("การอ้างอิงระหว่างตาราง", OK, "ทุกแถวอ้างถึงข้อมูลที่มีอยู่จริง")
    lines = tuple(f"ตาราง {table} แถวที่ {rowid} อ้างถึงตาราง {parent} ที่ไม่มีข้อมูลนั้น"
                  for table, rowid, parent, _fk in rows[:MAX_LISTED])
    return Check("การอ้างอิงระหว่างตาราง", FAIL, f"พบการอ้างอิงที่ขาดหาย {len(rows)} แถว", lines)


def _revision(conn: sqlite3.Connection) -> Check:
    name = "รุ่นของฐานข้อมูล"
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone() if has_table else None
    head = head_revision()
    if row is None:
        return Check(name, FAIL, "ไม่พบข้อมูลรุ่นของฐานข้อมูล (ไฟล์นี้อาจไม่ใช่ฐานข้อมูลของโปรแกรม)")
    current = row[0]
    if current == head:
        return Check(name, OK, f"ตรงกับรุ่นของโปรแกรม ({current})")
    if current in known_revisions():
        return Check(name, WARN, f"รุ่น {current} เก่ากว่ารุ่นของโปรแกรม ({head}) "
                                 "โปรแกรมจะปรับให้อัตโนมัติเมื่อเปิดใช้งาน (สำรองข้อมูลให้ก่อน)")
    return Check(name, FAIL, f"รุ่น {current} ใหม่กว่าโปรแกรมนี้ (รุ่น {head}) กรุณาปรับรุ่นโปรแกรม")


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; in a folder we may not write (a WAL database then cannot get its
    shared-memory file) the file is read as immutable: nobody can be writing it there anyway."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if _can(path.parent, os.W_OK) and _can(path, os.W_OK):
            raise
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, timeout=10)


def _can(path: Path, mode: int) -> bool:
    """os.access for the effective user (who the program runs as), where the OS can tell."""
    if os.access in os.supports_effective_ids:
        return os.access(path, mode, effective_ids=True)
    return os.access(path, mode)


def _access(path: Path) -> Check:
    """Permissions and read-only disks, told apart from damage (they need no restore)."""
    name = "สิทธิ์การเข้าถึง"
    folder = path.parent
    sidecars = [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]
    if not _can(path, os.R_OK) or any(not _can(p, os.R_OK) for p in sidecars):
        return Check(name, FAIL, f"ไม่มีสิทธิ์อ่านไฟล์ {path} (ข้อมูลไม่ได้เสียหาย) "
                                 "ให้ผู้ดูแลเครื่องให้สิทธิ์อ่านและเขียนไฟล์นี้แก่ผู้ใช้ที่ใช้โปรแกรม", damage=False)
    if not _can(folder, os.R_OK | os.X_OK):
        return Check(name, FAIL, f"ไม่มีสิทธิ์เปิดโฟลเดอร์ {folder} (ข้อมูลไม่ได้เสียหาย) "
                                 "ให้ผู้ดูแลเครื่องแก้สิทธิ์ของโฟลเดอร์", damage=False)
    problems = []
    if not _can(path, os.W_OK):
        problems.append(f"ไฟล์ {path.name} เขียนไม่ได้ (อ่านได้อย่างเดียว)")
    if not _can(folder, os.W_OK):
        problems.append(f"โฟลเดอร์ {folder} เขียนไม่ได้ (โปรแกรมต้องสร้างไฟล์ชั่วคราวและไฟล์สำรองในโฟลเดอร์นี้)")
    if problems:
        return Check(name, WARN, "ข้อมูลไม่ได้เสียหาย แต่บันทึกการแก้ไขไม่ได้: " + "; ".join(problems)
                     + " ให้ผู้ดูแลเครื่องแก้สิทธิ์ หรือย้ายฐานข้อมูลไปไว้ในโฟลเดอร์ที่เขียนได้", damage=False)
    return Check(name, OK, "อ่านและเขียนไฟล์ฐานข้อมูลและโฟลเดอร์ได้")


def check_database(path: Path | str | None = None) -> IntegrityReport:
    """Run every check on the database file (the user's database by default)."""
    path = Path(path) if path else default_db_path()
    report = IntegrityReport(path)
    if path.is_dir():
        report.checks.append(Check("ไฟล์ฐานข้อมูล", FAIL, f"{path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูล", damage=False))
        return report
    if not path.is_file():
        report.checks.append(Check("ไฟล์ฐานข้อมูล", FAIL, f"ไม่พบไฟล์ {path}", damage=False))
        return report
    access = _access(path)
    if access.status == FAIL:
        report.checks.append(access)
        return report  # unreadable: nothing below can be told, and nothing says it is damaged
    try:
        conn = _connect_read_only(path)
    except sqlite3.Error as exc:
        access_only = "unable to open" in str(exc)
        report.checks.append(Check("ไฟล์ฐานข้อมูล", FAIL, f"เปิดไม่ได้: {exc}"
                                   + (" (ข้อมูลอาจไม่ได้เสียหาย: ตรวจสิทธิ์การเข้าถึงก่อน)" if access_only else ""),
                                   damage=not access_only))
        return report
    try:
        for step in (_integrity, _foreign_keys, _revision):
            try:
                report.checks.append(step(conn))
            except sqlite3.DatabaseError as exc:
                report.checks.append(Check("ไฟล์ฐานข้อมูล", FAIL, f"อ่านไม่ได้: {exc}"))
                break
    finally:
        conn.close()
    report.checks.append(access)
    return report
