"""The tracking screen on the demo units: statuses (and the Overview's counts), filters,
overdue rows, photos by file and by drop, narratives, undo."""
from __future__ import annotations

import datetime as dt
import io
import warnings

import pytest

pytest.importorskip("pytestqt")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDropEvent  # noqa: E402

from app.limits import PHOTO_STORED_MAX_SIDE  # noqa: E402
from app.services import overview, photo_edits  # noqa: E402
from ui.models.tracking_model import COL_STATUS, COL_SUMMARY  # noqa: E402
from tests.demo_units import unit_id_like as _unit_id

pytestmark = pytest.mark.gui


def _make_page(qtbot, db, part: str, year: int, today: dt.date | None = None):
    from ui.context import UiContext
    from ui.pages.tracking import TrackingPage

    ctx = UiContext(db)
    ctx.select(_unit_id(db, part), year)
    p = TrackingPage(ctx)
    p.model.today = today
    qtbot.addWidget(p)
    p.resize(1300, 850)
    p.show()
    qtbot.waitExposed(p)
    return p


def _jpeg(path, size, color=(180, 90, 30)):
    Image.new("RGB", size, color).save(path, "JPEG", quality=90)
    return str(path)


def test_models_pass_qtmodeltester(qtmodeltester, qtbot, demo_db):
    page = _make_page(qtbot, demo_db, "เขาสมอคอน", 2568)
    assert page.model.rowCount() == 9
    qtmodeltester.check(page.model, force_py=True)
    qtmodeltester.check(page.proxy, force_py=True)
    assert page.photos.model.rowCount() == 3  # the first measure's demo photos
    qtmodeltester.check(page.photos.model, force_py=True)


def test_status_changes_counts_overview_and_undo(qtbot, demo_db):
    from ui.pages.overview import OverviewPage

    page = _make_page(qtbot, demo_db, "ม่วงยาย", 2569)
    overview_page = OverviewPage(page.ctx)
    qtbot.addWidget(overview_page)
    overview_page.show()
    page.round_combo.setCurrentIndex(0)  # 6 months
    page.refresh()
    assert page.current_round() == 6
    assert page.counts()["not_started"] == 13 and page.counts()["done"] == 0

    # through the table's status cell, as the delegate writes it
    index = page.proxy.index(0, COL_STATUS)
    assert page.proxy.setData(index, "done", Qt.ItemDataRole.EditRole)
    # through the detail panel's status buttons
    page.select_measure(page.model.rows[1].measure_id)
    page.status_buttons.button(0).click()  # อยู่ระหว่างดำเนินการ
    assert page.counts()["done"] == 1 and page.counts()["in_progress"] == 1
    assert "ดำเนินการแล้วร้อยละ ๗.๗" in page.counts_label.text()

    with demo_db.session() as s:
        rounds = {r.round: r.counts for r in overview.year_overview(s, page.ctx.unit_id, 2569).rounds}
    assert rounds[6] == {"done": 1, "in_progress": 1, "not_started": 11}
    shown = {r.round: r.counts for r in overview_page.rounds_model.rows()}
    assert shown[6]["done"] == 1 and shown[6]["in_progress"] == 1

    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.undo()
    assert page.counts()["not_started"] == 13
    shown = {r.round: r.counts for r in overview_page.rounds_model.rows()}
    assert shown[6]["done"] == 0


def test_texts_edit_in_table_and_panel(qtbot, demo_db):
    page = _make_page(qtbot, demo_db, "ปลาไหล", 2568)
    mid = page.model.rows[2].measure_id
    page.select_measure(mid)
    page.summary_edit.setPlainText("จัดทำคู่มือแล้ว และเผยแพร่บนเว็บไซต์")
    page.summary_edit.commit()
    assert page.model.rows[2].summary == "จัดทำคู่มือแล้ว และเผยแพร่บนเว็บไซต์"
    index = page.proxy.mapFromSource(page.model.index(2, COL_SUMMARY))
    assert page.proxy.setData(index, "สรุปใหม่", Qt.ItemDataRole.EditRole)
    assert page.summary_edit.toPlainText() == "สรุปใหม่"
    page.ctx.undo_stack.undo()
    assert page.summary_edit.toPlainText() == "จัดทำคู่มือแล้ว และเผยแพร่บนเว็บไซต์"


def test_filters_and_overdue(qtbot, demo_db):
    page = _make_page(qtbot, demo_db, "ปลาไหล", 2568, today=dt.date(2026, 1, 1))
    rows = page.model.rows
    done = sum(1 for r in rows if r.status == "done")
    page.status_filter.setCurrentIndex(page.status_filter.findData("done"))
    page._apply_filters()
    assert page.proxy.rowCount() == done > 0
    assert all(page.proxy.index(i, 0).data(Qt.ItemDataRole.UserRole + 2) == "done" for i in range(page.proxy.rowCount()))

    page.status_filter.setCurrentIndex(0)
    dept = "หน่วยตรวจสอบภายใน"
    page.department_filter.setCurrentIndex(page.department_filter.findData(dept))
    page._apply_filters()
    assert page.proxy.rowCount() == sum(1 for r in rows if dept in r.responsible)
    theme = 5
    page.department_filter.setCurrentIndex(0)
    page.group_filter.setCurrentIndex(page.group_filter.findData(theme))
    page._apply_filters()
    assert page.proxy.rowCount() == sum(1 for r in rows if r.theme_number == theme) > 0


def test_overdue_rows_marked(qtbot, demo_db):
    today = dt.date(2026, 10, 15)  # the 2569 plan's periods ended on 30 September 2026
    page = _make_page(qtbot, demo_db, "ม่วงยาย", 2569, today=today)
    page.set_status(page.model.rows[0].measure_id, "done")
    assert page.counts()["overdue"] == 12
    page.status_filter.setCurrentIndex(page.status_filter.findData("__overdue__"))
    page._apply_filters()
    with demo_db.session() as s:
        expected = overview.year_overview(s, page.ctx.unit_id, 2569, today=today).overdue
    assert page.proxy.rowCount() == len(expected) == 12
    first = page.proxy.index(0, 0)
    assert first.data().startswith("⚠") and first.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "เลยกำหนด" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert "⚠ เลยกำหนด ๑๒" in page.counts_label.text()
    done_row = page.model.index(0, 0)
    assert not done_row.data().startswith("⚠")


def test_photos_add_drop_reorder_remove_undo(qtbot, demo_db, tmp_path):
    page = _make_page(qtbot, demo_db, "เวียงห้า", 2566)
    mid = page.model.rows[0].measure_id
    page.select_measure(mid)
    rnd = page.current_round()
    assert page.photos.model.rowCount() == 0
    big = _jpeg(tmp_path / "IMG_0001.jpg", (5000, 3000))
    small = _jpeg(tmp_path / "ป้าย.jpg", (600, 400), (20, 120, 200))
    assert page.add_photo_files([big, small])
    assert page.photos.model.rowCount() == 2
    with demo_db.session() as s:
        stored = photo_edits.list_photos(s, mid, rnd)
    side = PHOTO_STORED_MAX_SIDE
    assert Image.open(io.BytesIO(stored[0].data)).size == (side, side * 3 // 5) == (stored[0].width, stored[0].height)
    # the caption starts empty (a file name is never a caption); the file name is kept apart
    assert [p.caption for p in stored] == ["", ""]
    assert [p.filename for p in stored] == ["IMG_0001.jpg", "ป้าย.jpg"]
    assert "IMG_0001" not in page.photos.model.index(0).data(Qt.ItemDataRole.DisplayRole)
    assert not page.photos.model.index(0).data(Qt.ItemDataRole.DecorationRole).isNull()

    # drop a third file on the strip
    third = _jpeg(tmp_path / "third.jpg", (800, 600), (10, 200, 10))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(third)])
    # Qt delivers drops only inside a real drag session, so call the view's handlers as Qt would.
    view = page.photos.view
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the QPoint constructor is the one PySide6 has
        enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    view.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    view.dropEvent(drop)
    assert drop.isAccepted()
    assert page.photos.model.rowCount() == 3

    ids = [p.id for p in page.photos.model.photos()]
    page.photos.view.setCurrentIndex(page.photos.model.index(2))
    page.photos.left_button.click()
    assert [p.id for p in page.photos.model.photos()] == [ids[0], ids[2], ids[1]]
    page.photos.caption_edited.emit(ids[2], "ภาพการประชุม", None)
    assert page.photos.model.photos()[1].caption == "ภาพการประชุม"
    page.photos.view.setCurrentIndex(page.photos.model.index(0))
    page.photos.remove_button.click()
    assert [p.id for p in page.photos.model.photos()] == [ids[2], ids[1]]
    assert page.model.rows[0].photo_count == 2

    for _ in range(4):  # remove, caption, move, drop
        page.ctx.undo_stack.undo()
    assert [p.id for p in page.photos.model.photos()] == ids[:2]
    page.ctx.undo_stack.undo()
    assert page.photos.model.rowCount() == 0
    page.ctx.undo_stack.redo()
    assert [p.id for p in page.photos.model.photos()] == ids[:2]

    not_image = tmp_path / "notes.jpg"
    not_image.write_bytes(b"not really a jpeg")
    assert not page.add_photo_files([str(not_image)])
    assert "ไม่ใช่ภาพ" in page.error_label.text()


def test_round_narrative(qtbot, demo_db):
    page = _make_page(qtbot, demo_db, "ขามสะแกแสง", 2566)
    page.round_combo.setCurrentIndex(0)
    page.refresh()
    page.tabs.setCurrentIndex(1)
    key = page.note_group.currentData()
    assert key[0] is not None and page.note_edit.toPlainText()  # the demo's narrative shows
    page.note_group.setCurrentIndex(next(i for i in range(1, page.note_group.count())  # one with none yet
                                         if tuple(page.note_group.itemData(i)) not in page.view.notes))
    last = tuple(page.note_group.currentData())
    page._load_note()
    page.note_edit.setPlainText("ตัวชี้วัดนี้ดำเนินการครบทุกมาตรการ")
    page.note_edit.commit()
    assert page.view.notes[last] == "ตัวชี้วัดนี้ดำเนินการครบทุกมาตรการ"
    assert tuple(page.note_group.currentData()) == last  # the choice survives the refresh
    first_text = page.view.notes[tuple(key)]
    page.note_group.setCurrentIndex(next(i for i in range(page.note_group.count())
                                         if tuple(page.note_group.itemData(i)) == tuple(key)))
    page._load_note()
    page.note_edit.setPlainText("")  # a blank narrative is removed
    page.note_edit.commit()
    assert tuple(key) not in page.view.notes
    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.undo()
    assert page.view.notes[tuple(key)].split() == first_text.split() and last not in page.view.notes


def test_photo_caption_saves_while_typing_one_step(qtbot, demo_db, tmp_path):
    """A caption is typed in the field above the thumbnails and saved after the typing pause,
    with the focus still there; one typing session is one undo step; F2 goes to the field."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tests.kill_child import type_text
    from ui.widgets.text_edits import SAVE_DELAY_MS

    page = _make_page(qtbot, demo_db, "เวียงห้า", 2566)
    mid = page.model.rows[0].measure_id
    page.select_measure(mid)
    rnd = page.current_round()
    assert page.add_photo_files([_jpeg(tmp_path / "a.jpg", (600, 400)), _jpeg(tmp_path / "b.jpg", (600, 400))])
    strip = page.photos
    assert not strip.caption_edit.isEnabled() or strip.current_id() is not None

    def captions() -> list[str]:
        with demo_db.session() as s:
            return [p.caption for p in photo_edits.list_photos(s, mid, rnd)]

    page.activateWindow()  # the keyboard focus needs an active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=5000)
    strip.view.setCurrentIndex(strip.model.index(1))
    strip.view.setFocus()
    QTest.keyClick(strip.view, Qt.Key.Key_F2)
    assert strip.caption_edit.hasFocus() and strip.caption_edit.text() == ""
    stack = page.ctx.undo_stack
    count = stack.count()
    type_text(strip.caption_edit, "ประชุมชี้แจง")
    qtbot.waitUntil(lambda: captions() == ["", "ประชุมชี้แจง"], timeout=SAVE_DELAY_MS + 1500)
    type_text(strip.caption_edit, "เจ้าหน้าที่")
    qtbot.waitUntil(lambda: captions() == ["", "ประชุมชี้แจงเจ้าหน้าที่"], timeout=SAVE_DELAY_MS + 1500)
    assert strip.caption_edit.hasFocus() and strip.caption_edit.text() == "ประชุมชี้แจงเจ้าหน้าที่"
    assert stack.count() == count + 1  # two saves, one step
    assert strip.current_id() == strip.model.photos()[1].id  # the refresh kept the chosen photo

    # choosing the other photo shows its caption; typing there saves to it, not the first
    strip.view.setCurrentIndex(strip.model.index(0))
    assert strip.caption_edit.text() == ""
    strip.caption_edit.setFocus()
    type_text(strip.caption_edit, "ป้าย")
    strip.view.setCurrentIndex(strip.model.index(1))  # before the pause: saved to photo 0 at once
    assert captions() == ["ป้าย", "ประชุมชี้แจงเจ้าหน้าที่"]
    assert strip.caption_edit.text() == "ประชุมชี้แจงเจ้าหน้าที่"
    strip.view.setFocus()
    stack.undo()
    stack.undo()
    assert captions() == ["", ""]
