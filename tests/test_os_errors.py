"""Issue 11 §5: OS errors on the command line end in Thai naming the file and what to do, never a
traceback; a failed output leaves the old file (or none) and no .part; a full disk while the
database writes loses nothing. Real conditions: a tiny tmpfs, a read-only mount, another user."""
from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from app.cli import main
from tests.os_conditions import as_other_user, mounted_tmpfs, shared_folder

MUANG = "เทศบาลตำบลม่วงยาย"


def run(args: list[str], capsys) -> tuple[int, str, str]:
    result: list = []
    t = threading.Thread(target=lambda: result.append(main(args)), daemon=True)
    t.start()
    t.join(120)
    assert not t.is_alive(), "hung"
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return result[0], out, err


def fill(folder: Path, leave: int = 0) -> None:
    """Fill the filesystem of ``folder`` up to ``leave`` bytes free."""
    filler = folder / "filler.bin"
    free = shutil.disk_usage(folder).free - leave
    with filler.open("wb") as fh:
        try:
            fh.write(b"\0" * max(free, 0))
        except OSError:
            pass


OUTPUTS = [
    ("pdf", lambda db, out: ["report", "analysis", "--unit", MUANG, "--year", "2568", "--db", db, "-o", out]),
    ("xlsx", lambda db, out: ["xlsx", "--unit", MUANG, "--year", "2568", "--db", db, "-o", out]),
    ("itaz", lambda db, out: ["export", out, "--unit", MUANG, "--db", db]),
    ("sqlite3", lambda db, out: ["backup", "--db", db, "-o", out]),
]


@pytest.mark.parametrize("ext, argv", OUTPUTS, ids=[o[0] for o in OUTPUTS])
def test_full_disk_keeps_the_old_output(demo_db, capsys, ext, argv):
    with mounted_tmpfs("1m") as mnt:
        out = mnt / f"old.{ext}"
        out.write_bytes(b"the previous file")
        fill(mnt)
        code, _, err = run(argv(str(demo_db.path), str(out)), capsys)
        assert code == 1 and "พื้นที่ดิสก์เต็ม" in err and str(out) in err
        assert out.read_bytes() == b"the previous file"
        assert sorted(p.name for p in mnt.iterdir()) == ["filler.bin", f"old.{ext}"]


@pytest.mark.parametrize("ext, argv", OUTPUTS, ids=[o[0] for o in OUTPUTS])
def test_directory_given_as_output(demo_db, tmp_path, capsys, ext, argv):
    folder = tmp_path / f"folder.{ext}"
    folder.mkdir()
    code, _, err = run(argv(str(demo_db.path), str(folder)), capsys)
    assert code == 1 and "เป็นโฟลเดอร์" in err and str(folder) in err


@pytest.mark.parametrize("ext, argv", OUTPUTS, ids=[o[0] for o in OUTPUTS])
def test_read_only_output_folder(demo_db, capsys, ext, argv):
    with mounted_tmpfs("1m", read_only=True) as mnt:
        code, _, err = run(argv(str(demo_db.path), str(mnt / f"a.{ext}")), capsys)
        assert code == 1 and "อ่านได้อย่างเดียว" in err


def test_full_disk_while_the_database_writes_loses_nothing(demo_db, tmp_path, capsys):
    from tests.attack_files import jpeg_bytes, write_zip

    with mounted_tmpfs("6m") as mnt:
        db_file = mnt / "ita.sqlite3"
        shutil.copy(demo_db.path, db_file)
        assert main(["units", "--db", str(db_file)]) == 0
        capsys.readouterr()
        before = _dump(db_file)
        photos = {f"photos/{i}.jpg": jpeg_bytes((900, 700), (i % 250, 40, 90)) for i in range(40)}
        doc = {"format": "ita-workspace", "format_version": 1, "unit": {"name": "อบต.ภาพมาก"},
               "plans": [{"fiscal_year": 2569, "measures": [{"title": "ก", "progress": [{"round": 6, "photos": [
                   {"file": name} for name in photos]}]}]}]}
        big = write_zip(tmp_path / "big.itaz", doc, photos)
        fill(mnt, leave=200_000)
        code, _, err = run(["import", str(big), "--db", str(db_file)], capsys)
        assert code == 1 and "พื้นที่ดิสก์เต็ม" in err, err
        (mnt / "filler.bin").unlink()
        assert _dump(db_file) == before  # nothing half-written, nothing lost
        assert main(["check", "--db", str(db_file)]) == 0


def _dump(path: Path) -> str:
    conn = sqlite3.connect(str(path))
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def test_read_only_database_is_a_thai_message(demo_db, capsys):
    with mounted_tmpfs("8m") as mnt:
        shutil.copy(demo_db.path, mnt / "ita.sqlite3")
        import subprocess

        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        code, _, err = run(["units", "--db", str(mnt / "ita.sqlite3")], capsys)
        assert code == 1 and "อ่านได้อย่างเดียว" in err and str(mnt / "ita.sqlite3") in err


def test_directory_given_as_the_database(tmp_path, capsys):
    code, _, err = run(["units", "--db", str(tmp_path)], capsys)
    assert code == 1 and "เป็นโฟลเดอร์" in err


def test_database_of_another_user_is_a_permission_message(demo_db, capsys):
    folder = shared_folder()
    try:
        db_file = folder / "ita.sqlite3"
        shutil.copy(demo_db.path, db_file)
        db_file.chmod(0o600)
        with as_other_user():
            code, _, err = run(["units", "--db", str(db_file)], capsys)
            check_code, out, _ = run(["check", "--db", str(db_file)], capsys)
        assert code == 1 and "สิทธิ์" in err and str(db_file) in err
        assert check_code == 1 and "ข้อมูลไม่ได้เสียหาย" in out and "ไม่ต้องคืนข้อมูล" in out
    finally:
        shutil.rmtree(folder)


def test_import_of_another_users_file(demo_db, capsys):
    folder = shared_folder()
    try:
        folder.chmod(0o777)
        db_file = folder / "ita.sqlite3"
        shutil.copy(demo_db.path, db_file)
        db_file.chmod(0o666)
        secret = folder / "secret.itaz"
        secret.write_bytes(b"PK")
        secret.chmod(0o600)
        with as_other_user():
            code, _, err = run(["import", str(secret), "--db", str(db_file)], capsys)
        assert code == 1 and "ไม่มีสิทธิ์" in err and str(secret) in err
    finally:
        shutil.rmtree(folder)
