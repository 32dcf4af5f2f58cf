"""Backup/restore/check actions, the first-run set-up, the About box and the QtPdf render, offscreen."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy import select

from app.maintenance.backup import DAILY, PRE_RESTORE, backup_now, list_backups
from app.services.changes import EVERYTHING
from app.store.models import Unit
from ui.backup_actions import MaintenanceActions, make_maintenance_actions, run_daily_backup
from ui.context import UiContext

pytestmark = pytest.mark.gui


def dump(path):
    conn = sqlite3.connect(str(path))
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()


@pytest.fixture
def ctx(qtbot, demo_db):
    return UiContext(demo_db)


@pytest.fixture
def window(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def maintenance(ctx, window):
    actions = make_maintenance_actions(ctx, window)
    assert [a.text() for a in actions] == ["สำรองข้อมูล…", "คืนข้อมูลจากไฟล์สำรอง…", "ตรวจความถูกต้องของข้อมูล",
                                           "เปิดโฟลเดอร์ไฟล์สำรอง"]
    assert all(a.isEnabled() and a.parent() is window for a in actions)
    owner = window.findChild(MaintenanceActions)
    assert owner is not None
    return owner


def test_backup_action_writes_the_chosen_file(maintenance, ctx, tmp_path, monkeypatch):
    dest = tmp_path / "ส่งออก" / "สำรองวันนี้"
    dest.parent.mkdir()
    seen = {}

    def save_dialog(parent, caption, directory, filters):
        seen["directory"] = directory
        return str(dest), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    messages = []
    ctx.message.connect(messages.append)
    maintenance.backup_action.trigger()
    written = dest.with_name(dest.name + ".sqlite3")
    assert dump(written) == dump(ctx.db.path)
    assert seen["directory"].endswith(".sqlite3") and "backups" in seen["directory"]
    assert messages and str(written) in messages[0]


def test_restore_asks_first_and_no_changes_nothing(maintenance, ctx, tmp_path, monkeypatch):
    backup = backup_now(ctx.db.path, tmp_path / "b")
    with ctx.db.transaction() as s:
        s.delete(s.scalars(select(Unit)).first())
    changed = dump(ctx.db.path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    asked = []

    def say_no(parent, title, text, buttons, default):
        asked.append(text)
        assert default == QMessageBox.StandardButton.No  # the safe answer is the default
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", say_no)
    maintenance.restore_action.trigger()
    assert asked and str(backup) in asked[0] and "สำรองข้อมูลปัจจุบันไว้ให้ก่อน" in asked[0]
    assert dump(ctx.db.path) == changed


def test_restore_yes_replaces_data_keeps_a_safety_copy_and_refreshes(maintenance, ctx, tmp_path, monkeypatch, qtbot):
    original = dump(ctx.db.path)
    backup = backup_now(ctx.db.path, tmp_path / "b")
    with ctx.db.transaction() as s:
        s.delete(s.scalars(select(Unit)).first())
    changed = dump(ctx.db.path)
    ctx.undo_stack.push(QUndoCommand("แก้ไข"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    informed = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: informed.append(text))
    with qtbot.waitSignal(ctx.changed) as blocker:
        assert maintenance.restore_file(backup) is True
    assert blocker.args == [EVERYTHING]
    assert dump(ctx.db.path) == original
    assert ctx.undo_stack.count() == 0  # undo commands described the replaced data
    safety = [b for b in list_backups(db_path=ctx.db.path) if b.reason == PRE_RESTORE]
    assert len(safety) == 1 and dump(safety[0].path) == changed
    assert informed and str(safety[0].path) in informed[0]
    with ctx.db.session() as s:  # the open Database keeps working on the restored data
        assert len(s.scalars(select(Unit)).all()) == len(original["unit"])


def test_restore_of_a_bad_file_warns_and_keeps_the_data(maintenance, ctx, tmp_path, monkeypatch):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all" * 10)
    before = dump(ctx.db.path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    assert maintenance.restore_file(bad) is False
    assert warned and "ไม่ใช่ฐานข้อมูล SQLite" in warned[0]
    assert dump(ctx.db.path) == before


def test_check_action_shows_the_thai_report(maintenance, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    report = maintenance.check()
    assert report.ok and shown and "ข้อมูลถูกต้องครบถ้วน" in shown[0]


def test_daily_backup_at_start(ctx):
    first = run_daily_backup(ctx, keep=2)
    assert first is not None and first.exists()
    assert run_daily_backup(ctx, keep=2) is None
    assert [b.reason for b in list_backups(db_path=ctx.db.path)] == [DAILY]
    assert list_backups(db_path=ctx.db.path)[0].created.date() == dt.date.today()


# --- first run -------------------------------------------------------------------------------


@pytest.fixture
def empty_db(db):
    return db


def test_first_run_creates_the_unit_through_the_import_path(qtbot, empty_db):
    from ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(empty_db)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentText("องค์การบริหารส่วนตำบล")
    dialog.name_edit.setText("องค์การบริหารส่วนตำบลหนองบัว")
    assert dialog.head_edit.text() == "นายกองค์การบริหารส่วนตำบลหนองบัว"  # suggested while untouched
    assert dialog.departments_edit.toPlainText().splitlines() == ["สำนักปลัด", "กองคลัง", "กองช่าง"]
    dialog.district_edit.setText("เมือง")
    dialog.province_edit.setText("ขอนแก่น")
    dialog.phone_edit.setText("0 4300 0000")
    dialog.prefix_edit.setText("ขก ๗๘๙๐๑")
    dialog.departments_edit.setPlainText("สำนักปลัด\nกองคลัง\n\nกองคลัง\nกองการศึกษา")
    key, name, positions = dialog.signer_edits[0]
    name.setText("นางสาวสมใจ ใจดี")
    positions.setPlainText("นิติกรปฏิบัติการ\nรักษาราชการแทน หัวหน้าสำนักปลัด")
    dialog.signer_edits[2][1].setText("นายสมชาย มั่นคง")
    dialog.signer_edits[2][2].setPlainText("นายกองค์การบริหารส่วนตำบลหนองบัว")
    created = dialog.create()
    assert created is not None and dialog.result() == dialog.DialogCode.Accepted
    assert created.name == "องค์การบริหารส่วนตำบลหนองบัว" and not created.demo
    with empty_db.session() as s:
        unit = s.get(Unit, created.id)
        assert (unit.kind, unit.district, unit.province, unit.doc_prefix, unit.head_title) == (
            "องค์การบริหารส่วนตำบล", "เมือง", "ขอนแก่น", "ขก ๗๘๙๐๑", "นายกองค์การบริหารส่วนตำบลหนองบัว")
        assert [d.name for d in unit.departments] == ["สำนักปลัด", "กองคลัง", "กองการศึกษา"]
        assert [(x.key, x.name, list(x.positions)) for x in unit.signers] == [
            ("officer", "นางสาวสมใจ ใจดี", ["นิติกรปฏิบัติการ", "รักษาราชการแทน หัวหน้าสำนักปลัด"]),
            ("head", "นายสมชาย มั่นคง", ["นายกองค์การบริหารส่วนตำบลหนองบัว"]),
        ]


def test_first_run_refuses_an_empty_or_taken_name(qtbot, empty_db):
    from ui.first_run import FirstRunData, FirstRunDialog, create_unit

    dialog = FirstRunDialog(empty_db)
    qtbot.addWidget(dialog)
    assert dialog.create() is None
    assert "กรุณากรอกชื่อหน่วยงาน" in dialog.error_label.text()
    create_unit(empty_db, FirstRunData(name="เทศบาลตำบลบ้านใหม่", kind="เทศบาลตำบล"))
    dialog.name_edit.setText("  เทศบาลตำบลบ้านใหม่ ")  # spaces around do not make it another name
    assert dialog.create() is None
    assert "มีหน่วยงานชื่อ “เทศบาลตำบลบ้านใหม่” อยู่แล้ว" in dialog.error_label.text()
    with empty_db.session() as s:
        assert len(s.scalars(select(Unit)).all()) == 1


def test_first_run_can_open_the_demo(qtbot, empty_db):
    from ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(empty_db)
    qtbot.addWidget(dialog)
    dialog.demo_button.click()
    assert dialog.created is not None and dialog.created.demo
    with empty_db.session() as s:
        assert len(s.scalars(select(Unit)).all()) == 5
        assert s.get(Unit, dialog.created.id).name == dialog.created.name


def test_first_run_municipal_defaults():
    from ui.first_run import default_departments, place_name, suggest_head_title

    assert suggest_head_title("เทศบาลตำบล", "เทศบาลตำบลม่วงยาย") == "นายกเทศมนตรีตำบลม่วงยาย"
    assert default_departments("เทศบาลเมือง")[0] == "สำนักปลัดเทศบาล"
    assert place_name("", "องค์การบริหารส่วนตำบลเขาสมอคอน") == "เขาสมอคอน"
    assert suggest_head_title("อื่น ๆ", "ชุมชน") == ""


# --- about and render ------------------------------------------------------------------------


def test_about_dialog(qtbot):
    from ui.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.tabs.count() == 4
    versions = dialog.versions_view.toPlainText()
    assert "Qt (PySide6)" in versions and "ReportLab" in versions and "โฟลเดอร์ข้อมูล" in versions
    assert "OFL-1.1" in dialog.licences_view.toPlainText()
    assert "SIL OPEN FONT LICENSE" in dialog.ofl_view.toPlainText().upper()
    copied = dialog.copy_to_clipboard()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == copied and "Sarabun" in copied


def test_render_first_page_reads_ink_and_text(qapp, tmp_path):
    from reportlab.pdfgen import canvas

    from app.typeset import draw_thai_line, register_font_set
    from ui.selftest_render import render_first_page

    fonts = register_font_set()
    blank, written = tmp_path / "blank.pdf", tmp_path / "thai.pdf"
    c = canvas.Canvas(str(blank))
    c.showPage()
    c.save()
    c = canvas.Canvas(str(written))
    draw_thai_line(c, 72, 700, "บันทึกข้อความ ที่ปรึกษาผู้ใหญ่บ้าน", fonts.bold, 36 * fonts.scale)
    c.showPage()
    c.save()
    empty = render_first_page(blank)
    full = render_first_page(written)
    assert empty["pages"] == 1 and empty["ink"] == 0
    assert full["ink"] > 0.002
    assert "".join(full["text"].split()) == "บันทึกข้อความที่ปรึกษาผู้ใหญ่บ้าน"


def test_cancelling_the_first_start_writes_nothing_and_asks_again(empty_db):
    """Cancel in the first-run form closes the program; the officer's database stays empty (no
    demo units slipped in) and the next start asks again. ``make run``'s demo start still loads it."""
    from app.exchange.demo import is_empty
    from ui.main import first_start

    asked = []
    assert first_start(empty_db, ask=lambda db: asked.append(db)) is False
    assert asked == [empty_db] and is_empty(empty_db)
    assert first_start(empty_db, ask=lambda db: asked.append(db)) is False
    assert len(asked) == 2 and is_empty(empty_db)
    assert first_start(empty_db, demo_first_run=True, ask=lambda db: asked.append(db)) is True
    assert len(asked) == 2 and not is_empty(empty_db)
    assert first_start(empty_db, ask=lambda db: asked.append(db)) is True and len(asked) == 2
