"""Backups and restore on real data: identical round trips, the safety copy, rotation, refusals."""
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main as cli_main
from app.maintenance.backup import (
    DAILY, MANUAL, PRE_RESTORE, BackupError, backup_now, backup_to, daily_backup, list_backups, restore,
)
from app.services import unit_edits
from app.store.db import open_database
from app.store.models import Unit


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table (alembic's included), in rowid order."""
    conn = sqlite3.connect(str(path))
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()


def change_everything(db) -> None:
    """Edit, add and delete through the services, as an officer would between backup and restore."""
    with db.transaction() as s:
        units = s.scalars(select(Unit).order_by(Unit.id)).all()
        unit_edits.set_field(s, units[0].id, "phone", "0 5555 5555")
        unit_edits.add_department(s, units[0].id, "กองการศึกษา")
        s.delete(units[-1])


def test_backup_then_restore_gives_identical_data(demo_db, tmp_path):
    before = dump(demo_db.path)
    assert sum(len(rows) for rows in before.values()) > 300  # real data, not an empty schema
    assert before["photo"] and before["measure"] and before["item_score"]
    backup = backup_now(demo_db.path, tmp_path / "backups")
    assert dump(backup) == before

    change_everything(demo_db)
    changed = dump(demo_db.path)
    assert changed != before

    result = restore(backup, demo_db.path, tmp_path / "backups")
    assert dump(demo_db.path) == before
    # The open Database (engine, pool) sees the restored data.
    with demo_db.session() as s:
        phones = [u.phone for u in s.scalars(select(Unit).order_by(Unit.id))]
    assert "0 5555 5555" not in phones
    assert len(phones) == len(before["unit"])
    assert result.restored_from == backup


def test_restore_backs_up_the_current_data_first(demo_db, tmp_path):
    folder = tmp_path / "backups"
    backup = backup_now(demo_db.path, folder)
    change_everything(demo_db)
    changed = dump(demo_db.path)

    result = restore(backup, demo_db.path, folder)
    assert result.safety_backup is not None and result.safety_backup.parent == folder
    assert dump(result.safety_backup) == changed  # what was there just before is kept
    assert [b.reason for b in list_backups(folder)] == [PRE_RESTORE, MANUAL]
    # ... and can itself be restored: undoing the restore.
    restore(result.safety_backup, demo_db.path, folder)
    assert dump(demo_db.path) == changed


def test_restore_of_an_older_schema_is_migrated_by_the_next_open(tmp_path):
    from alembic import command

    from app.store.db import alembic_config, current_revision, head_revision, make_engine

    old = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{old}")
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    live = open_database(tmp_path / "live.sqlite3")
    live.close()
    restore(old, live.path, tmp_path / "b")
    db = open_database(live.path)
    try:
        assert current_revision(db.engine) == head_revision(db.engine)
    finally:
        db.close()


def test_restore_refuses_what_is_not_our_backup_and_changes_nothing(demo_db, tmp_path):
    folder = tmp_path / "backups"
    before = dump(demo_db.path)
    text = tmp_path / "notes.sqlite3"
    text.write_text("ไม่ใช่ฐานข้อมูล", encoding="utf-8")
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(str(other))
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="ไม่ใช่ฐานข้อมูล SQLite"):
        restore(text, demo_db.path, folder)
    with pytest.raises(BackupError, match="ไม่มีตาราง"):
        restore(other, demo_db.path, folder)
    with pytest.raises(BackupError, match="ไม่พบไฟล์"):
        restore(tmp_path / "missing.sqlite3", demo_db.path, folder)
    with pytest.raises(BackupError, match="ฐานข้อมูลที่ใช้งานอยู่"):
        restore(demo_db.path, demo_db.path, folder)
    assert dump(demo_db.path) == before
    assert list_backups(folder) == []  # refused before any safety copy was needed


def test_restore_refuses_a_backup_from_a_newer_program(demo_db, tmp_path):
    backup = backup_now(demo_db.path, tmp_path / "b")
    conn = sqlite3.connect(str(backup))
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="ใหม่กว่า"):
        restore(backup, demo_db.path, tmp_path / "b")


def test_backup_while_a_write_transaction_is_open_holds_committed_data_only(demo_db, tmp_path):
    units_before = len(dump(demo_db.path)["unit"])
    writer = sqlite3.connect(str(demo_db.path))
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO unit (name, kind, district, province, phone, doc_prefix, head_title, font, "
                   "thai_digits) VALUES ('ยังไม่บันทึก', '', '', '', '', '', '', 'Sarabun', 1)")
    try:
        backup = backup_now(demo_db.path, tmp_path / "b")
    finally:
        writer.rollback()
        writer.close()
    assert len(dump(backup)["unit"]) == units_before
    assert sqlite3.connect(str(backup)).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_daily_backup_once_a_day_keeping_the_newest(demo_db, tmp_path):
    folder = tmp_path / "backups"
    manual = backup_now(demo_db.path, folder)
    start = dt.date(2026, 1, 1)
    made = []
    for day in range(6):
        made.append(daily_backup(demo_db.path, folder, keep=3, today=start + dt.timedelta(days=day)))
        # A second start on the same day makes nothing.
        assert daily_backup(demo_db.path, folder, keep=3, today=start + dt.timedelta(days=day)) is None
    assert all(made)
    daily = [b for b in list_backups(folder) if b.reason == DAILY]
    assert [b.created.date() for b in daily] == [start + dt.timedelta(days=d) for d in (5, 4, 3)]
    assert [b.path for b in daily] == made[:2:-1]
    assert manual.exists()  # rotation only touches daily backups
    assert not any(p.name.endswith(".part") for p in folder.iterdir())


def test_daily_backup_without_a_database_does_nothing(tmp_path):
    assert daily_backup(tmp_path / "none.sqlite3", tmp_path / "b") is None
    assert not (tmp_path / "b").exists()


def test_backup_to_a_chosen_file_and_refusals(demo_db, tmp_path):
    dest = backup_to(tmp_path / "ส่งให้อำเภอ" / "สำรอง.sqlite3", demo_db.path)
    assert dump(dest) == dump(demo_db.path)
    with pytest.raises(BackupError, match="ไม่ใช่ไฟล์ฐานข้อมูลที่ใช้งานอยู่"):
        backup_to(demo_db.path, demo_db.path)
    with pytest.raises(BackupError, match="ไม่พบไฟล์ฐานข้อมูล"):
        backup_now(tmp_path / "missing.sqlite3")


def test_cli_backup_backups_restore(demo_db, tmp_path, capsys):
    db = str(demo_db.path)
    out_file = tmp_path / "out.sqlite3"
    assert cli_main(["backup", "--db", db, "-o", str(out_file)]) == 0
    assert cli_main(["backup", "--db", db]) == 0
    assert cli_main(["backups", "--db", db]) == 0
    listed = capsys.readouterr().out
    assert "สำรองด้วยตนเอง" in listed

    before = dump(demo_db.path)
    change_everything(demo_db)
    assert cli_main(["restore", str(out_file), "--db", db]) == 2  # no --yes: nothing happens
    assert "--yes" in capsys.readouterr().err
    assert dump(demo_db.path) != before
    assert cli_main(["restore", str(out_file), "--db", db, "--yes"]) == 0
    out = capsys.readouterr().out
    assert "คืนข้อมูลจาก" in out and "ข้อมูลก่อนคืนสำรองไว้ที่" in out
    assert dump(demo_db.path) == before
    assert cli_main(["restore", str(tmp_path / "nothing.sqlite3"), "--db", db, "--yes"]) == 1


def test_list_backups_reads_our_names_only(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    names = ["my-db-daily-20260102-080000-000001.sqlite3", "ita-pre-restore-20260103-090000-000000.sqlite3",
             "ita-pre-migrate-20260101-070000-000000.sqlite3", "ita-manual-20260104-100000-000000.sqlite3.part",
             "รูปภาพ.sqlite3", "ita-manual-2026.sqlite3"]
    for n in names:
        (folder / n).write_bytes(b"x")
    found = [(b.path.name, b.reason, b.label) for b in list_backups(folder)]
    assert found == [
        (names[1], PRE_RESTORE, "ก่อนคืนข้อมูล"),
        (names[0], DAILY, "สำรองอัตโนมัติประจำวัน"),
        (names[2], "pre-migrate", "ก่อนปรับรุ่นฐานข้อมูล"),
    ]


# --- issue 11 §3: a restore checks the backup completely before anything is replaced -------


def _broken_copy(demo_db, tmp_path, sql: str) -> Path:
    backup = backup_now(demo_db.path, tmp_path / "src")
    conn = sqlite3.connect(str(backup))
    conn.executescript(sql)
    conn.commit()
    conn.close()
    return backup


@pytest.mark.parametrize("sql, words", [
    ("DELETE FROM alembic_version;", "alembic_version"),  # the attack: migration would fail
    ("INSERT INTO alembic_version VALUES ('0002');", "มีหลายรุ่น"),
    ("ALTER TABLE measure DROP COLUMN steps;", "measure.steps"),
    ("DROP TABLE phrase;", "phrase"),
    ("PRAGMA foreign_keys=OFF; INSERT INTO measure (plan_id, position, title, finding, steps, period_text, "
     "responsible, related_items, monitoring) VALUES (99999, 0, 't', '', '', '', '[]', '[]', '');", "อ้างถึงกันไม่ครบ"),
])
def test_restore_refuses_an_unsound_backup_and_changes_nothing(demo_db, tmp_path, sql, words):
    backup = _broken_copy(demo_db, tmp_path, sql)
    before = dump(demo_db.path)
    folder = tmp_path / "backups"
    with pytest.raises(BackupError, match=words):
        restore(backup, demo_db.path, folder)
    assert dump(demo_db.path) == before
    assert list_backups(folder) == []
    assert not [p for p in demo_db.path.parent.iterdir() if p.name.endswith(".part")]


def test_restore_refuses_a_damaged_file(demo_db, tmp_path):
    backup = backup_now(demo_db.path, tmp_path / "src")
    data = bytearray(backup.read_bytes())
    for offset in range(4096 * 3, len(data), 4096 * 5):  # scribble over several pages
        data[offset + 100: offset + 400] = b"\xa5" * 300
    backup.write_bytes(bytes(data))
    before = dump(demo_db.path)
    with pytest.raises(BackupError, match="เสียหาย"):
        restore(backup, demo_db.path, tmp_path / "backups")
    assert dump(demo_db.path) == before


def test_cli_restore_of_empty_revision_backup_is_thai_and_harmless(demo_db, tmp_path, capsys):
    from app.cli import main

    backup = _broken_copy(demo_db, tmp_path, "DELETE FROM alembic_version;")
    before = dump(demo_db.path)
    assert main(["restore", str(backup), "--yes", "--db", str(demo_db.path)]) == 1
    err = capsys.readouterr().err
    assert "alembic_version" in err and "Traceback" not in err
    assert dump(demo_db.path) == before
    assert main(["units", "--db", str(demo_db.path)]) == 0  # every later command still works
