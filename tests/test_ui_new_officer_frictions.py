"""Frictions a brand-new officer met on a fresh data folder (the clock at 30 November 2026, a
1366×768 screen), each fixed and checked here on the real widgets: the first signer is added
from the settings page without scrolling, the first-run form's multi-line fields let Tab move
on, and every page says what to do (with a button) while the new unit has no fiscal year.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea

from app.store.models import Signer, Unit
from ui.settings import WindowSettings

pytestmark = pytest.mark.gui

UNIT = "องค์การบริหารส่วนตำบลทดลองเรียน"


@pytest.fixture
def new_unit_window(qtbot, db, tmp_path):
    """The main window at 1366×768 over a unit made by the first-run form with nobody to sign
    and no fiscal year yet (what a new officer sees after "เริ่มใช้งาน")."""
    from ui.first_run import FirstRunData, create_unit
    from ui.main import build_window, make_application

    make_application()
    create_unit(db, FirstRunData(name=UNIT, kind="องค์การบริหารส่วนตำบล"))
    window = build_window(db, WindowSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def _in_sight(widget) -> bool:
    """``widget`` is shown and wholly inside the visible part of the scroll area holding it."""
    area = widget.parent()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parent()
    assert area is not None
    viewport = area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return widget.isVisible() and viewport.rect().contains(QRect(top_left, widget.size()))


def test_first_signer_is_added_from_settings_without_scrolling(new_unit_window, qtbot, db, monkeypatch):
    from ui.pages.registry import page_index

    window = new_unit_window
    window.show_page(page_index("settings"))
    page = window.page("settings")
    qtbot.waitUntil(page.isVisible)
    # no signer: a Thai line says what to do, the add button is in sight, no greyed empty fields
    assert page.signer_model.rowCount() == 0
    assert _in_sight(page.add_signer_button) and page.add_signer_button.isEnabled()
    assert page.no_signer_label.isVisible() and "เพิ่มผู้ลงนาม" in page.no_signer_label.text()
    assert not page.signer_name.isVisible() and not page.signer_positions.isVisible()

    monkeypatch.setattr(page, "_ask", lambda *_a, **_k: "นายปลัด ทดลอง")
    QTest.mouseClick(page.add_signer_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        unit = s.query(Unit).filter(Unit.name == UNIT).one()
        assert [x.name for x in s.query(Signer).filter(Signer.unit_id == unit.id)] == ["นายปลัด ทดลอง"]
    # the new signer is chosen and their fields are there, in sight, the positions next
    assert not page.no_signer_label.isVisible()
    assert page.signer_name.text() == "นายปลัด ทดลอง"
    for widget in (page.signer_name, page.signer_positions, page.signer_role):
        assert _in_sight(widget), widget.objectName()
    qtbot.waitUntil(page.signer_positions.hasFocus, timeout=2000)

    # on a 1280×720 screen too: the signer buttons and the departments' buttons need no scrolling
    from PySide6.QtWidgets import QPushButton

    window.resize(1280, 680)
    qtbot.waitUntil(lambda: window.width() == 1280)
    QApplication.processEvents()
    add_department = next(b for b in page.findChildren(QPushButton) if b.text() == "เพิ่ม")
    assert _in_sight(page.add_signer_button) and _in_sight(add_department)


@pytest.mark.parametrize("key", ["scores", "analysis", "measures", "tracking"])
def test_a_unit_with_no_year_says_to_add_one_with_a_button(new_unit_window, qtbot, monkeypatch, key):
    """Not "choose a unit and a year first" when there is no year to choose: every page says
    to add one and has the button; the button opens the year dialog and the page then shows
    the year added."""
    import datetime as dt

    from PySide6.QtWidgets import QDialogButtonBox, QLabel

    from ui.dialogs import year_dialog
    from ui.pages.registry import page_index

    window = new_unit_window
    window.ctx.today = lambda: dt.date(2026, 11, 30)
    window.show_page(page_index(key))
    page = window.page(key)
    qtbot.waitUntil(page.isVisible)
    assert window.ctx.unit_id is not None and window.ctx.fiscal_year is None
    shown = " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())
    assert "ยังไม่มีปีงบประมาณ" in shown and "เพิ่มปีงบประมาณ" in shown, shown
    assert "เลือกหน่วยงานและปีงบประมาณก่อน" not in shown
    button = page.add_year_button
    assert button.isVisible() and button.isEnabled()
    if key == "tracking":  # no empty round and filter lists above the empty page
        assert not page.round_combo.isVisible() and not page.status_filter.isVisible()

    def accept(dialog) -> int:  # the officer takes the defaults: 2569's results, 2570's plan
        dialog.show()
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(year_dialog.YearDialog, "exec", accept)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.ctx.fiscal_year == 2569 and window.year_combo.currentData() == 2569
    qtbot.waitUntil(lambda: not button.isVisible(), timeout=2000)


def test_first_run_tab_leaves_the_multi_line_fields(qtbot, db):
    """Tab in the departments or a signer's positions moves on (no tab character typed into
    them: a keyboard trap for an officer filling the form with the keyboard)."""
    from ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fields = [dialog.departments_edit] + [positions for _key, _name, positions in dialog.signer_edits]
    for field in fields:
        before = field.toPlainText()
        field.setFocus()
        qtbot.waitUntil(field.hasFocus, timeout=2000)
        QTest.keyClick(field, Qt.Key.Key_Tab)
        assert not field.hasFocus() and QApplication.focusWidget() is not None
        assert field.toPlainText() == before and "\t" not in field.toPlainText()


def test_first_run_suggests_the_palad_and_head_positions(qtbot, db):
    """The ปลัด's and the head's positions follow the unit's name and kind (as the head's title
    does) until the officer types their own; the officer's own position is left to them."""
    from ui.first_run import FirstRunDialog, create_unit

    dialog = FirstRunDialog(db)
    qtbot.addWidget(dialog)
    positions = {key: edit for key, _name, edit in dialog.signer_edits}
    dialog.name_edit.setText("เทศบาลตำบลม่วงยาย")
    dialog.kind_combo.setCurrentText("เทศบาลตำบล")
    assert positions["palad"].toPlainText() == "ปลัดเทศบาลตำบลม่วงยาย"
    assert positions["head"].toPlainText() == "นายกเทศมนตรีตำบลม่วงยาย"
    assert positions["officer"].toPlainText() == ""
    positions["palad"].setPlainText("ปลัดเทศบาล\nรักษาราชการแทน")  # typed by the officer: kept
    dialog.name_edit.setText("เทศบาลตำบลม่วงใหญ่")
    assert positions["palad"].toPlainText() == "ปลัดเทศบาล\nรักษาราชการแทน"
    assert positions["head"].toPlainText() == "นายกเทศมนตรีตำบลม่วงใหญ่"
    names = {key: edit for key, edit, _pos in dialog.signer_edits}
    names["head"].setText("นายนายก ทดลอง")
    create_unit(db, dialog.form_data())
    with db.session() as s:
        signers = [(x.name, list(x.positions)) for x in s.query(Signer)]
    assert signers == [("นายนายก ทดลอง", ["นายกเทศมนตรีตำบลม่วงใหญ่"])]  # unnamed rows are not stored


THAI_DIGITS = set("๐๑๒๓๔๕๖๗๘๙")
ARABIC_DIGITS = set("0123456789")


def test_numbers_written_on_screen_follow_the_units_digits(qtbot, demo_db, tmp_path):
    """One rule (UiContext.digits): the paste count on the Scores page, the 12-month carry bar
    (its label and its button), the grouping list of the Measures page — Thai digits for a
    unit that asked for them, Arabic for one that did not, never a mix."""
    import datetime as dt

    from sqlalchemy import select

    from app.services.changes import Changes
    from ui.main import build_window, make_application
    from ui.models.scores_model import COL_SCORE
    from ui.pages.registry import page_index

    make_application()
    window = build_window(demo_db, WindowSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    window.ctx.today = lambda: dt.date(2026, 11, 30)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    with demo_db.session() as s:  # ม่วงยาย has 2568's results, ขามสะแกแสง a tracked 2566 plan
        muang_yai = s.scalar(select(Unit.id).where(Unit.name == "เทศบาลตำบลม่วงยาย"))
        uid = s.scalar(select(Unit.id).where(Unit.name == "องค์การบริหารส่วนตำบลขามสะแกแสง"))
    messages: list[str] = []
    window.ctx.message.connect(messages.append)

    def shown() -> list[str]:
        window.select(muang_yai, 2568)
        window.show_page(page_index("scores"))
        scores = window.page("scores")
        scores.view.setCurrentIndex(scores.index_for("item", "i1", COL_SCORE))
        scores.paste("90\n91\n92\n")
        paste_note = messages[-1]
        window.ctx.undo_stack.undo()
        window.select(uid, 2566)
        window.show_page(page_index("tracking"))
        tracking = window.page("tracking")
        tracking.round_combo.setCurrentIndex(tracking.round_combo.findData(12))
        tracking.refresh()
        assert tracking.carry_bar.isVisible()
        window.show_page(page_index("measures"))
        measures = window.page("measures")
        grouping = [measures.grouping_combo.itemText(i) for i in range(measures.grouping_combo.count())]
        return [paste_note, tracking.carry_bar.label.text(), tracking.carry_bar.button.text(), *grouping]

    thai = shown()
    assert "๓ ช่อง" in thai[0], thai
    for text in thai:
        assert not set(text) & ARABIC_DIGITS, text
    with demo_db.transaction() as s:
        for unit_id in (muang_yai, uid):
            s.get(Unit, unit_id).thai_digits = False
    window.ctx.notify(Changes(unit=True))
    arabic = shown()
    assert "3 ช่อง" in arabic[0], arabic
    assert "12" in arabic[2] and "7" in arabic[-1]
    for text in arabic:
        assert not set(text) & THAI_DIGITS, text
    window.close()


def test_signer_roles_follow_the_units_digits(qtbot, db):
    """The memo roles ("ปลัด (ความเห็นที่ ๑)") in the settings page's list and role box use the
    unit's digits like every other number on screen."""
    from app.services import unit_edits
    from app.services.changes import Changes
    from ui.context import UiContext
    from ui.first_run import FirstRunData, SignerEntry, create_unit
    from ui.pages.settings import SignersModel, UnitSettingsPage

    unit = create_unit(db, FirstRunData(name=UNIT, kind="องค์การบริหารส่วนตำบล",
                                        signers=[SignerEntry("palad", "นายปลัด ทดลอง", ["ปลัด อบต."])]))
    with db.session() as s:
        assert [x.role for x in s.query(Signer)] == ["chief"]
    ctx = UiContext(db)
    ctx.select(unit.id, None)
    page = UnitSettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)

    def roles() -> list[str]:
        return [page.signer_model.index(0, SignersModel.COL_ROLE).data(), page.signer_role.currentText(),
                *[page.signer_role.itemText(i) for i in range(page.signer_role.count())]]

    assert "ความเห็นที่ ๑" in roles()[0] and "ความเห็นที่ ๑" in roles()[1]
    assert not set("".join(roles())) & ARABIC_DIGITS
    with db.transaction() as s:
        unit_edits.set_field(s, unit.id, "thai_digits", False)
    ctx.notify(Changes(unit=True))
    assert "ความเห็นที่ 1" in roles()[0] and "ความเห็นที่ 1" in roles()[1]
    assert not set("".join(roles())) & THAI_DIGITS


def test_exchange_files_start_in_documents_remember_the_folder_and_show_the_import(qtbot, demo_db, tmp_path,
                                                                                     monkeypatch):
    """Export and import from the File menu: the file dialog starts in the Documents folder (not
    the program's working folder), the import's dialog starts where the export went, and the
    unit imported is the one the window then shows."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
    from sqlalchemy import select

    from app.exchange.importing import AS_NEW
    from ui import exchange_actions
    from ui.file_dialogs import documents_folder
    from ui.main import build_window, make_application

    make_application()
    window = build_window(demo_db, WindowSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    with demo_db.session() as s:
        muang_yai = s.scalar(select(Unit.id).where(Unit.name == "เทศบาลตำบลม่วงยาย"))
    window.select(muang_yai, 2568)
    actions = window.findChild(exchange_actions.ExchangeActions)
    seen: dict[str, str] = {}
    target = tmp_path / "ส่งต่อ" / "ม่วงยาย.itaz"
    target.parent.mkdir()

    def save(_parent, _caption, directory, _filter):
        seen["save"] = directory
        return str(target), _filter

    def open_(_parent, _caption, directory, _filter):
        seen["open"] = directory
        return str(target), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_)
    monkeypatch.setattr(exchange_actions, "ask_existing", lambda _p, _name: AS_NEW)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("ม่วงยาย ชุดทดลอง", True))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)

    actions.export_action.trigger()
    assert target.is_file()
    assert seen["save"] == str(documents_folder() / "เทศบาลตำบลม่วงยาย.itaz")
    actions.import_action.trigger()
    assert seen["open"] == str(target.parent)  # where the last exchange file went
    assert window.unit_combo.currentText() == "ม่วงยาย ชุดทดลอง"
    with demo_db.session() as s:
        assert window.ctx.unit_id == s.scalar(select(Unit.id).where(Unit.name == "ม่วงยาย ชุดทดลอง"))
    assert window.ctx.fiscal_year == 2569  # its latest year
    window.close()


def test_tab_visits_the_fields_in_the_order_they_are_shown(qtbot, demo_db, tmp_path):
    """Measures form: the preset period before the dates it fills, the analysis offer right under
    its field, a list's search before the list. Settings: the signers (now at the top right)
    before the departments under them."""
    from sqlalchemy import select

    from ui.main import build_window, make_application
    from ui.pages.registry import page_index

    make_application()
    window = build_window(demo_db, WindowSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.resize(1366, 728)
    with demo_db.session() as s:
        window.select(s.scalar(select(Unit.id).where(Unit.name == "เทศบาลตำบลม่วงยาย")), 2569)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()

    def after(widget):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus, timeout=2000)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        return QApplication.focusWidget()

    window.show_page(page_index("measures"))
    measures = window.page("measures")
    qtbot.waitUntil(lambda: measures.current_measure_id() is not None)
    assert after(measures.steps_edit) is measures.preset_combo
    following = after(measures.finding_edit)
    assert following is measures.steps_edit or measures.finding_offers.isAncestorOf(following)
    assert after(measures.related_list.filter) is measures.related_list.view

    window.show_page(page_index("settings"))
    settings = window.page("settings")
    assert after(settings.digits_check) is settings.signer_view
    assert after(settings.signer_view) is settings.add_signer_button
    window.close()


def test_photos_just_added_are_ready_for_their_caption(qtbot, demo_db, tmp_path):
    """After "เพิ่มภาพ…" the first photo added is chosen and the caption field has the keys, so
    the officer types the caption at once (it was disabled with nothing chosen)."""
    from PIL import Image
    from sqlalchemy import select

    from app.services import photo_edits
    from tests.kill_child import type_text
    from ui.context import UiContext
    from ui.pages.tracking import TrackingPage
    from ui.widgets.text_edits import SAVE_DELAY_MS

    ctx = UiContext(demo_db)
    with demo_db.session() as s:
        ctx.select(s.scalar(select(Unit.id).where(Unit.name == "องค์การบริหารส่วนตำบลเวียงห้า")), 2566)
    page = TrackingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 728)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    mid = page.model.rows[0].measure_id
    page.select_measure(mid)
    files = []
    for n, colour in enumerate(((200, 30, 30), (30, 200, 30))):
        path = tmp_path / f"ภาพ{n}.jpg"
        Image.new("RGB", (640, 480), colour).save(path, "JPEG")
        files.append(str(path))
    assert page.add_photo_files(files)
    with demo_db.session() as s:
        first = photo_edits.list_photos(s, mid, page.current_round())[0].id
    strip = page.photos
    assert strip.current_id() == first and strip.caption_edit.isEnabled()
    qtbot.waitUntil(strip.caption_edit.hasFocus, timeout=2000)
    type_text(strip.caption_edit, "ประชุมชี้แจง")
    qtbot.waitUntil(lambda: page.photos.model.photos()[0].caption == "ประชุมชี้แจง", timeout=SAVE_DELAY_MS + 1500)


def test_overview_of_a_plan_year_points_to_the_measures(new_unit_window, qtbot, monkeypatch):
    """2570 holds the plan made from 2569's results; its own results come after it ends. Its
    overview says to plan and track the measures, not only "type the scores"."""
    import datetime as dt

    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs import year_dialog
    from ui.pages.registry import page_index

    window = new_unit_window
    window.ctx.today = lambda: dt.date(2026, 11, 30)

    def accept(dialog) -> int:
        dialog.show()
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(year_dialog.YearDialog, "exec", accept)
    window.add_year()
    window.show_page(page_index("overview"))
    page = window.page("overview")
    assert "Ctrl+4" not in page.level_label.text()  # 2569: the results year
    window.select(window.ctx.unit_id, 2570)
    hint = page.level_label.text()
    assert "มาตรการ" in hint and "Ctrl+4" in hint and "ติดตามผล" in hint, hint


def test_the_officers_own_unit_after_the_demo(qtbot, demo_db, tmp_path, monkeypatch):
    """`make run` (or "เปิดข้อมูลตัวอย่าง", or cancelling the first-run form) opens the demo and
    the first-run form never comes back: "แฟ้ม → เพิ่มหน่วยงาน…" is the same form, without the
    demo button, and the window then shows the new unit."""
    from sqlalchemy import select

    from ui.first_run import FirstRunDialog
    from ui.main import build_window, make_application

    make_application()
    window = build_window(demo_db, WindowSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.add_unit_action in file_menu.actions() and window.add_unit_action.isEnabled()
    seen = {}

    def fill(dialog) -> int:
        seen["title"], seen["demo"] = dialog.windowTitle(), dialog.demo_button.isVisible()
        dialog.name_edit.setText(UNIT)
        QTest.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: (self.show(), fill(self))[1])
    window.add_unit_action.trigger()
    assert seen == {"title": "เพิ่มหน่วยงาน", "demo": False}
    with demo_db.session() as s:
        new_id = s.scalar(select(Unit.id).where(Unit.name == UNIT))
    assert new_id is not None and window.ctx.unit_id == new_id and window.unit_combo.currentText() == UNIT
    assert window.ctx.fiscal_year is None  # a new unit: its pages say to add a year
    window.close()


def test_measure_dates_show_and_take_the_units_digits(qtbot, demo_db):
    """The measure form's date fields write day and year in the unit's digits, like the period
    text beside them ("๑ ตุลาคม ๒๕๖๘"), take Thai digits typed, and follow a change of setting."""
    import datetime as dt

    from sqlalchemy import select

    from app.services.changes import Changes
    from ui.context import UiContext
    from ui.pages.measures import MeasuresPage

    ctx = UiContext(demo_db)
    with demo_db.session() as s:
        uid = s.scalar(select(Unit.id).where(Unit.name == "เทศบาลตำบลม่วงยาย"))
    ctx.select(uid, 2569)
    page = MeasuresPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 728)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.current_measure_id() is not None)
    start = page.start_edit
    start.set_date(dt.date(2025, 10, 1))
    assert (start.day.text(), start.year.text()) == ("๑", "๒๕๖๘")
    # Thai digits typed are taken (a field on its own: the form would save the date)
    from app.thai.digits import digits
    from ui.widgets.thai_date import ThaiDateEdit

    alone = ThaiDateEdit()
    qtbot.addWidget(alone)
    alone.set_digits(lambda text: digits(text, True))
    alone.set_date(dt.date(2025, 10, 1))
    alone.year.lineEdit().selectAll()
    alone.year.lineEdit().insert("๒๕๖๙")
    alone.year.interpretText()
    assert alone.year.value() == 2569 and alone.date() == dt.date(2026, 10, 1)
    assert alone.year.text() == "๒๕๖๙"
    with demo_db.transaction() as s:
        s.get(Unit, uid).thai_digits = False
    ctx.notify(Changes(unit=True))
    start.set_date(dt.date(2026, 10, 1))  # the form reloads the measure
    assert (start.day.text(), start.year.text()) == ("1", "2569")


@pytest.mark.parametrize("key", ["measures", "tracking"])
def test_a_results_year_leads_to_the_plan_made_from_it(new_unit_window, qtbot, monkeypatch, key):
    """After adding 2569's results with the 2570 plan, the window shows 2569: its Measures and
    Tracking pages say the measures are in 2570's plan and a button goes there (rather than
    only offering to start a 2569 plan nobody needs); the year list follows."""
    import datetime as dt

    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs import year_dialog
    from ui.pages.registry import page_index

    window = new_unit_window
    window.ctx.today = lambda: dt.date(2026, 11, 30)

    def accept(dialog) -> int:
        dialog.show()
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(year_dialog.YearDialog, "exec", accept)
    window.add_year()
    assert window.ctx.fiscal_year == 2569
    window.show_page(page_index(key))
    page = window.page(key)
    qtbot.waitUntil(page.isVisible)
    assert "๒๕๗๐" in page.empty_label.text(), page.empty_label.text()
    button = page.next_plan_button
    assert button.isVisible() and "๒๕๗๐" in button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.ctx.fiscal_year == 2570 and window.year_combo.currentData() == 2570
    assert not button.isVisible()
    if key == "tracking":  # a plan to track: its round and filters are back
        assert page.round_combo.isVisible() and page.status_filter.isVisible()


def test_the_analysis_of_a_plan_year_leads_to_the_results_it_is_written_on(new_unit_window, qtbot, monkeypatch):
    """2570 has no results yet: its Analysis page names 2569, whose results the analysis is
    written on, with a button that goes there."""
    import datetime as dt

    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs import year_dialog
    from ui.pages.registry import page_index

    window = new_unit_window
    window.ctx.today = lambda: dt.date(2026, 11, 30)

    def accept(dialog) -> int:
        dialog.show()
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(year_dialog.YearDialog, "exec", accept)
    window.add_year()
    window.select(window.ctx.unit_id, 2570)
    window.show_page(page_index("analysis"))
    page = window.page("analysis")
    qtbot.waitUntil(page.isVisible)
    assert "๒๕๖๙" in page.heading.text(), page.heading.text()
    button = page.previous_year_button
    assert button.isVisible() and "๒๕๖๙" in button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.ctx.fiscal_year == 2569 and window.year_combo.currentData() == 2569
    assert not button.isVisible() and page.topic is not None
