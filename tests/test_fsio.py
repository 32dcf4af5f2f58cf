"""app.fsio: atomic outputs, bounded reads of untrusted paths, private modes, OS errors in Thai."""
from __future__ import annotations

import errno
import os
import shutil
import stat
import threading
import time
from pathlib import Path

import pytest

from app.fsio import (FileError, atomic_path, clean_stray_parts, make_private_dir, os_error_message,
                      read_regular, write_bytes)
from tests.os_conditions import as_other_user, mounted_tmpfs, shared_folder

THAI = ("\u0e00", "\u0e7f")


def has_thai(text: str) -> bool:
    return any(THAI[0] <= ch <= THAI[1] for ch in text)


@pytest.fixture
def small_fs():
    with mounted_tmpfs("256k") as mnt:
        yield mnt


def test_write_replaces_whole_file_and_leaves_no_part(tmp_path):
    dest = tmp_path / "out.pdf"
    dest.write_bytes(b"old")
    write_bytes(dest, b"new content")
    assert dest.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_failure_inside_the_block_keeps_the_old_file(tmp_path):
    dest = tmp_path / "report.xlsx"
    dest.write_bytes(b"previous")
    with pytest.raises(RuntimeError):
        with atomic_path(dest) as tmp:
            tmp.write_bytes(b"half")
            raise RuntimeError("writer crashed")
    assert dest.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


def test_disk_full_keeps_old_file_and_says_so_in_thai(small_fs):
    dest = small_fs / "big.pdf"
    dest.write_bytes(b"old pdf")
    with pytest.raises(FileError) as info:
        write_bytes(dest, b"x" * (1024 * 1024))
    message = str(info.value)
    assert has_thai(message) and "พื้นที่ดิสก์เต็ม" in message and str(dest) in message
    assert dest.read_bytes() == b"old pdf"
    assert sorted(p.name for p in small_fs.iterdir()) == ["big.pdf"]


def test_stray_parts_of_killed_writers_are_cleaned(tmp_path):
    dest = tmp_path / "plan.pdf"
    stale = tmp_path / "plan.pdf.1234-deadbeef.part"
    stale.write_bytes(b"half")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = tmp_path / "plan.pdf.99-cafe0000.part"  # another writer still busy: kept
    fresh.write_bytes(b"busy")
    other = tmp_path / "other.pdf.1-aaaaaaaa.part"
    other.write_bytes(b"someone else's")
    os.utime(other, (old, old))
    write_bytes(dest, b"pdf")
    assert not stale.exists() and fresh.exists() and other.exists()
    assert clean_stray_parts(tmp_path / "other.pdf") == [other]


def test_directory_given_as_output_is_refused(tmp_path):
    folder = tmp_path / "ดิเรกทอรี"
    folder.mkdir()
    with pytest.raises(FileError) as info:
        write_bytes(folder, b"pdf")
    assert "เป็นโฟลเดอร์" in str(info.value) and str(folder) in str(info.value)
    with pytest.raises(FileError) as info:
        write_bytes(tmp_path / "missing" / "a.pdf", b"pdf")
    assert "ไม่พบโฟลเดอร์" in str(info.value)


def test_private_output_is_0600(tmp_path):
    write_bytes(tmp_path / "a.itaz", b"zip", private=True)
    assert stat.S_IMODE((tmp_path / "a.itaz").stat().st_mode) == 0o600
    folder = make_private_dir(tmp_path / "data" / "backups")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_fifo_and_devices_are_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.itaz"
    os.mkfifo(fifo)
    result: list = []

    def attempt(path):
        try:
            read_regular(path, 10_000_000)
        except FileError as exc:
            result.append(str(exc))

    for path in (fifo, Path("/dev/zero"), tmp_path):
        t = threading.Thread(target=attempt, args=(path,), daemon=True)
        t.start()
        t.join(5)
        assert not t.is_alive(), f"reading {path} hung"
    assert len(result) == 3 and all(has_thai(r) for r in result)
    assert "FIFO" in result[0] and "โฟลเดอร์" in result[2]


def test_read_limit_is_checked_before_reading(tmp_path):
    big = tmp_path / "big.json"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: costs nothing on disk
    with pytest.raises(FileError) as info:
        read_regular(big, 1024 * 1024)
    assert "ใหญ่เกินไป" in str(info.value)
    assert read_regular(tmp_path / "big.json", 100 * 1024 * 1024)[:1] == b"\0"


@pytest.mark.parametrize("code, words", [
    (errno.ENOSPC, "พื้นที่ดิสก์เต็ม"), (errno.EROFS, "อ่านได้อย่างเดียว"), (errno.EACCES, "ไม่มีสิทธิ์"),
    (errno.EISDIR, "เป็นโฟลเดอร์"), (errno.ENOENT, "ไม่พบ"), (errno.EIO, "ดิสก์"), (errno.EXDEV, "ระบบแจ้งว่า"),
])
def test_every_os_error_becomes_thai_naming_the_file(code, words):
    text = os_error_message(OSError(code, os.strerror(code)), "/tmp/x.pdf")
    assert words in text and "/tmp/x.pdf" in text and has_thai(text)


def test_read_only_folder_is_reported_in_thai():
    with mounted_tmpfs("64k", read_only=True) as mnt:
        with pytest.raises(FileError) as info:
            write_bytes(mnt / "a.pdf", b"pdf")
        assert "อ่านได้อย่างเดียว" in str(info.value) and str(mnt / "a.pdf") in str(info.value)


def test_permission_denied_for_another_user():
    folder = shared_folder()
    try:
        with as_other_user():
            with pytest.raises(FileError) as info:
                write_bytes(folder / "a.pdf", b"x")
        assert "ไม่มีสิทธิ์" in str(info.value) and str(folder / "a.pdf") in str(info.value)
        assert not list(folder.iterdir())
    finally:
        shutil.rmtree(folder)


# --- `check` tells access problems from damage ------------------------------------------------


def test_check_tells_permissions_from_damage(demo_db):
    from app.maintenance.integrity import check_database

    folder = shared_folder()
    try:
        db_file = folder / "ita.sqlite3"
        shutil.copy(demo_db.path, db_file)
        os.chmod(db_file, 0o600)
        with as_other_user():
            report = check_database(db_file)
        text = report.text()
        assert not report.ok and not report.damaged
        assert "ไม่มีสิทธิ์อ่านไฟล์" in text and "ข้อมูลไม่ได้เสียหาย" in text and "คืนข้อมูล" not in text.split("ผลการตรวจ")[1].replace("ไม่ต้องคืนข้อมูล", "")
        os.chmod(db_file, 0o644)
        os.chmod(folder, 0o755)
        with as_other_user():
            report = check_database(db_file)  # readable, not writable by this user
        assert report.ok and report.checks[-1].status == "warn" and "เขียนไม่ได้" in report.checks[-1].detail
        data = bytearray(db_file.read_bytes())
        for offset in range(4096 * 3, len(data), 4096 * 5):  # scribble over several pages
            data[offset + 100: offset + 400] = b"\xa5" * 300
        db_file.write_bytes(bytes(data))
        report = check_database(db_file)
        assert report.damaged and "คืนข้อมูลจากไฟล์สำรอง" in report.text()
    finally:
        shutil.rmtree(folder)


def test_opening_the_database_cleans_stale_parts_and_keeps_data_private(tmp_path, monkeypatch):
    from app.store.db import open_database

    monkeypatch.setenv("ITA_DESK_DATA", str(tmp_path / "data"))
    from app.paths import default_db_path

    path = default_db_path()
    path.parent.mkdir(parents=True)
    stale = path.parent / "backups" / "ita-manual-20260101-000000-000000.sqlite3.77-abcdef12.part"
    stale.parent.mkdir()
    stale.write_bytes(b"half a backup")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    db = open_database(path)
    db.close()
    assert not stale.exists()
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    from app.maintenance.backup import backup_now
    from app.maintenance.logs import setup_logging

    made = backup_now(path)
    assert stat.S_IMODE(made.stat().st_mode) == 0o600 and stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    log = setup_logging(tmp_path / "data" / "logs")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600 and stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    import logging

    for h in list(logging.getLogger().handlers):
        if getattr(h, "_ita_desk_handler", False):
            logging.getLogger().removeHandler(h)
            h.close()
