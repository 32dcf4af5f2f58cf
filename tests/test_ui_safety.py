"""The window side of issue 11: a second window is told and opens read-only; an import that
would replace a unit asks (replace after a backup / import as new / cancel)."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import select

from app.exchange.importing import AS_NEW, REFUSE, REPLACE
from app.maintenance.backup import list_backups
from app.store import models as m
from app.store.db import DatabaseError
from app.store.lock import WriterLock
from ui import exchange_actions, single_writer
from ui.context import UiContext
from ui.exchange_actions import ExchangeActions

MUANG = "เทศบาลตำบลม่วงยาย"


def dump(path: Path) -> str:
    conn = sqlite3.connect(str(path))
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def told(monkeypatch):
    """Message boxes recorded instead of shown."""
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: seen.append(("warning", text)))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: seen.append(("information", text)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: seen.append(("critical", text)))
    return seen


def test_second_window_is_told_and_opens_read_only(qtbot, demo_db, monkeypatch, told):
    first = single_writer.open_for_window(demo_db.path)
    assert first is not None and first.lock is not None and not first.db.read_only
    asked: list[str] = []
    monkeypatch.setattr(single_writer, "ask_read_only", lambda _p, text: asked.append(text) or True)
    second = single_writer.open_for_window(demo_db.path)
    try:
        assert "เปิดแก้ไขอยู่ในหน้าต่างอื่น" in asked[0] and str(demo_db.path) in asked[0]
        assert second is not None and second.db.read_only and second.lock is None
        with pytest.raises(DatabaseError, match="อ่านอย่างเดียว"):
            with second.db.transaction():
                pass
        with second.db.session() as s:  # it can still show everything
            assert s.scalar(select(m.Unit).where(m.Unit.name == MUANG)) is not None
    finally:
        second.close()
    monkeypatch.setattr(single_writer, "ask_read_only", lambda _p, text: False)
    assert single_writer.open_for_window(demo_db.path) is None  # "ไม่เปิด"
    first.close()
    third = single_writer.open_for_window(demo_db.path)  # the first window closed: writable again
    assert third is not None and third.lock is not None
    third.close()


def test_a_folder_given_as_the_database_is_a_thai_message(qtbot, tmp_path, told):
    folder = tmp_path / "ฐานข้อมูล"
    folder.mkdir()
    assert single_writer.open_for_window(folder) is None
    assert told and told[0][0] == "critical" and "เป็นโฟลเดอร์" in told[0][1]


def test_cli_restore_refuses_while_a_window_holds_the_database(demo_db, tmp_path, capsys):
    from app.cli import main
    from app.maintenance.backup import backup_now

    backup = backup_now(demo_db.path, tmp_path / "b")
    with WriterLock(demo_db.path):
        assert main(["restore", str(backup), "--yes", "--db", str(demo_db.path)]) == 1
    err = capsys.readouterr().err
    assert "หน้าต่างอื่น" in err and "Traceback" not in err


def _write_doc(path: Path, name: str) -> Path:
    path.write_text(json.dumps({"format": "ita-workspace", "format_version": 1, "unit": {"name": name}},
                               ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def actions(qtbot, demo_db):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    ctx = UiContext(demo_db)
    return ExchangeActions(ctx, parent)


def _units(db) -> dict[str, int]:
    with db.session() as s:
        return {u.name: sum(len(p.measures) for p in u.plans) for u in s.scalars(select(m.Unit))}


def test_window_import_cancel_changes_nothing(actions, demo_db, tmp_path, monkeypatch, told):
    path = _write_doc(tmp_path / "x.json", MUANG)
    before = dump(demo_db.path)
    asked: list[str] = []
    monkeypatch.setattr(exchange_actions, "ask_existing", lambda _p, name: asked.append(name) or REFUSE)
    assert actions.import_path(path) is None
    assert asked == [MUANG] and dump(demo_db.path) == before


def test_window_import_replace_backs_up_first(actions, demo_db, tmp_path, monkeypatch, told):
    path = _write_doc(tmp_path / "x.json", "เทศบาลตำบล\u200bม่วงยาย")  # invisible space: the same unit
    measures = _units(demo_db)[MUANG]
    monkeypatch.setattr(exchange_actions, "ask_existing", lambda _p, name: REPLACE)
    result = actions.import_path(path)
    assert result is not None and result.replaced and result.backup is not None
    assert _units(demo_db)[MUANG] == 0 and measures > 0
    assert [b.path for b in list_backups(db_path=demo_db.path) if b.reason == "pre-import"] == [result.backup]
    assert told[-1][0] == "information" and str(result.backup) in told[-1][1]


def test_window_import_as_new_keeps_both(actions, demo_db, tmp_path, monkeypatch, told):
    path = _write_doc(tmp_path / "x.json", MUANG)
    before = _units(demo_db)
    monkeypatch.setattr(exchange_actions, "ask_existing", lambda _p, name: AS_NEW)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("ม่วงยาย ชุดทดลอง", True))
    result = actions.import_path(path)
    assert result is not None and not result.replaced and result.unit_name == "ม่วงยาย ชุดทดลอง"
    after = _units(demo_db)
    assert after[MUANG] == before[MUANG] and "ม่วงยาย ชุดทดลอง" in after


def test_window_import_refusals_are_thai_warnings(actions, demo_db, tmp_path, told):
    from tests.attack_files import attack_encrypted_flag

    before = dump(demo_db.path)
    for path in (attack_encrypted_flag(tmp_path), _write_doc(tmp_path / "l.json", "เทศบาลตําบลม่วงยาย"), tmp_path):
        assert actions.import_path(path) is None
    kinds = [k for k, _ in told]
    assert kinds == ["warning"] * 3
    assert "รหัสผ่าน" in told[0][1] and MUANG in told[1][1] and "เป็นโฟลเดอร์" in told[2][1]
    assert dump(demo_db.path) == before


def test_window_photo_from_a_fifo_device_or_fake_is_refused_in_thai(qtbot, demo_db, tmp_path):
    import os

    from tests.attack_files import png_header_only
    from tests.test_ui_tracking import _make_page

    page = _make_page(qtbot, demo_db, "เวียงห้า", 2566)
    page.select_measure(page.model.rows[0].measure_id)
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    huge = tmp_path / "huge.png"
    huge.write_bytes(png_header_only(12000, 12000))
    script = tmp_path / "photo.jpg"
    script.write_bytes(b"#!/bin/sh\necho hi\n")
    before = dump(demo_db.path)
    for path, words in ((fifo, "FIFO"), (Path("/dev/zero"), "ไม่ใช่ไฟล์ธรรมดา"), (tmp_path, "เป็นโฟลเดอร์"),
                        (huge, "ล้านจุด"), (script, "ไม่ใช่ภาพ")):
        assert not page.add_photo_files([str(path)])
        assert words in page.error_label.text()
    assert page.photos.model.rowCount() == 0 and dump(demo_db.path) == before
