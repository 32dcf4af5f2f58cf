"""The main window and its screens, driven through pytest-qt (offscreen) on the demo units."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from app.services.units import get_assessment
from app.store.models import Measure, MeasurePlan, Progress, Unit
from ui.models.scores_model import COL_COMPUTED, COL_PUBLIC, COL_PUBLISHED, COL_SCORE, COL_SURVEY
from ui.pages.registry import PAGES
from ui.settings import WindowSettings

pytestmark = pytest.mark.gui

MUANG_YAI = "เทศบาลตำบลม่วงยาย"


@pytest.fixture
def settings_file(tmp_path):
    return tmp_path / "window.ini"


@pytest.fixture
def window(qtbot, demo_db, settings_file):
    from ui.main import build_window, make_application

    make_application()
    w = build_window(demo_db, WindowSettings(QSettings(str(settings_file), QSettings.Format.IniFormat)))
    qtbot.addWidget(w)
    with demo_db.session() as s:
        uid = s.scalar(select(Unit.id).where(Unit.name == MUANG_YAI))
    w.select(uid, 2568)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def _open(window, key):
    window.show_page([p.key for p in PAGES].index(key))
    return window.page(key)


def _sheet(db):
    from app.services.scoring import compute

    with db.session() as s:
        return compute(get_assessment(s, MUANG_YAI, 2568))


def test_every_page_opens_and_ctrl_number_switches(window, qtbot):
    for i, spec in enumerate(PAGES):
        window.page_actions[i].trigger()
        assert window.current_page_key() == spec.key
        assert window.stack.currentWidget() is window.page(spec.key)
    assert [a.shortcut().toString() for a in window.page_actions] == [f"Ctrl+{i}" for i in range(1, 8)]
    assert {s.toString() for s in window.redo_action.shortcuts()} == {"Ctrl+Y", "Ctrl+Shift+Z"}
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"


def test_type_scores_updates_overall_and_level_and_undo_restores(window, demo_db):
    page = _open(window, "scores")
    model = page.model
    before = _sheet(demo_db)
    # clear the published indicator and overall figures so the computed ones count
    model.setData(page.index_for("indicator", "1", COL_PUBLISHED), "")
    model.setData(page.index_for("overall", "", COL_PUBLISHED), "")
    i1 = page.index_for("item", "i1", COL_SCORE)
    assert model.setData(i1, "๕๐")  # Thai digits accepted
    sheet = _sheet(demo_db)
    assert sheet.indicator(1).items[0].score == 50
    assert sheet.indicator(1).value.computed == pytest.approx(250 / 3)
    overall_cell = page.index_for("overall", "", COL_COMPUTED)
    assert overall_cell.data() == f"{sheet.overall.computed:.2f}"
    assert sheet.overall.computed == pytest.approx(before.overall.computed - 0.3 * (98.67 - 250 / 3) / 5, abs=0.01)
    # indicator 1 at 83.33 is below the 85 floor: the computed level drops to ผ่าน
    level_cell = page.index_for("level", "", COL_COMPUTED)
    assert level_cell.data() == sheet.level_computed == "ผ่าน"
    assert "ผ่าน" in page.summary.text()
    # three edits, three undo steps
    stack = window.ctx.undo_stack
    assert stack.count() == 3
    for _ in range(3):
        stack.undo()
    after = _sheet(demo_db)
    assert after.indicator(1).items[0].score == 96.0
    assert after.overall.published == pytest.approx(95.41)
    assert page.index_for("item", "i1", COL_SCORE).data() == "96.00"
    stack.redo()
    assert _sheet(demo_db).indicator(1).value.published is None


def test_invalid_score_is_refused_with_thai_message(window, demo_db):
    page = _open(window, "scores")
    assert not page.model.setData(page.index_for("item", "i2", COL_SCORE), "120")
    assert "นอกช่วง" in page.message.text()
    assert not page.model.setData(page.index_for("item", "i2", COL_SCORE), "abc")
    assert "ไม่ใช่ตัวเลข" in page.message.text()
    assert window.ctx.undo_stack.count() == 0
    assert _sheet(demo_db).indicator(1).items[1].score == 100.0


def test_typing_in_the_editor_commits_through_the_delegate(window, qtbot, demo_db):
    page = _open(window, "scores")
    index = page.index_for("item", "i4", COL_SCORE)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    from PySide6.QtWidgets import QLineEdit

    editors = page.view.viewport().findChildren(QLineEdit)
    assert len(editors) == 1
    editor = editors[0]
    editor.setText("๗๗.๕")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.index_for("item", "i4", COL_SCORE).data() == "77.50", timeout=2000)
    assert _sheet(demo_db).indicator(2).items[0].score == 77.5
    # Enter moved to the next item's score cell
    assert page.view.currentIndex().data() == "100.00"


def test_paste_block_from_excel_is_one_undo_step(window, demo_db):
    page = _open(window, "scores")
    page.view.setCurrentIndex(page.index_for("item", "i1", COL_SCORE))
    # a column of item scores from Excel: indicator rows between them are skipped
    page.paste("๙๐\n91.5\n92\n93\n\n")
    sheet = _sheet(demo_db)
    assert [it.score for it in sheet.indicator(1).items] == [90, 91.5, 92]
    assert sheet.indicator(2).items[0].score == 93
    assert window.ctx.undo_stack.count() == 1
    # dual EIT items: Public and Survey side by side
    page.view.setCurrentIndex(page.index_for("item", "e1", COL_PUBLIC))
    page.paste("99\t80\r\n98\t81\r\n")
    e = _sheet(demo_db).indicator(6).items
    assert (e[0].public, e[0].survey, e[1].public, e[1].survey) == (99, 80, 98, 81)
    assert window.ctx.undo_stack.count() == 2
    window.ctx.undo_stack.undo()
    window.ctx.undo_stack.undo()
    sheet = _sheet(demo_db)
    assert [it.score for it in sheet.indicator(1).items] == [96, 100, 100]
    assert sheet.indicator(6).items[0].public == 97.7


def test_paste_with_a_bad_value_pastes_nothing(window, demo_db):
    page = _open(window, "scores")
    page.view.setCurrentIndex(page.index_for("item", "i1", COL_SCORE))
    page.paste("90\n9x\n")
    assert "บรรทัดที่ 2" in page.message.text()
    assert window.ctx.undo_stack.count() == 0
    assert _sheet(demo_db).indicator(1).items[0].score == 96


def test_published_mismatch_is_marked(window):
    page = _open(window, "scores")
    cell = page.index_for("indicator", "1", COL_PUBLISHED)
    page.model.setData(cell, "90")
    cell = page.index_for("indicator", "1", COL_PUBLISHED)
    assert cell.data().endswith("≠")
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "ไม่ตรงกับที่คำนวณได้" in cell.data(Qt.ItemDataRole.ToolTipRole)
    level = page.index_for("level", "", COL_PUBLISHED)
    assert page.model.setData(level, "ไม่ผ่าน")
    assert page.index_for("level", "", COL_PUBLISHED).data().endswith("≠")
    assert not page.model.setData(level, "AA")
    assert not window.page("scores").view.isColumnHidden(COL_SURVEY)


def test_start_a_new_year_and_undo_it(window, demo_db):
    window.select(window.ctx.unit_id, 2569)  # ม่วงยาย's 2569: the plan, no results yet
    assert window.ctx.fiscal_year == 2569
    page = _open(window, "scores")
    assert page.start_button.isVisible()
    page.start_button.click()
    assert page.model.rowCount() > 3
    with demo_db.session() as s:
        assert get_assessment(s, MUANG_YAI, 2569).catalogue.code == "ITA-2569"
    window.undo_action.trigger()
    assert page.model.rowCount() == 0


def test_analysis_edit_phrase_and_copy_previous_year(window, qtbot, demo_db):
    page = _open(window, "analysis")
    field = page.fields["to_keep"]
    field.editor.setPlainText("ข้อความใหม่")
    field.flush()
    with demo_db.session() as s:
        a = get_assessment(s, MUANG_YAI, 2568)
        assert next(x for x in a.analyses if x.indicator_number == 1).to_keep == "ข้อความใหม่"
    field.editor.setPlainText("ข้อความใหม่ อีก")
    field.flush()
    assert window.ctx.undo_stack.count() == 1  # consecutive saves of one field merge
    window.ctx.undo_stack.undo()
    assert field.editor.toPlainText().startswith("ในเรื่องเจ้าหน้าที่")
    # phrases follow the focused field; insert one
    page._focus(page.fields["to_develop"])
    assert page.category_combo.currentData() == "to_develop"
    assert page.phrase_proxy.rowCount() > 0
    page.phrase_view.setCurrentIndex(page.phrase_proxy.index(0, 0))
    page.insert_phrase()
    assert page.phrase_proxy.index(0, 0).data().lstrip("★ ") in page.fields["to_develop"].editor.toPlainText()
    # save own phrase, then remove it
    page.fields["to_develop"].editor.selectAll()
    page.save_phrase()
    assert page.phrase_proxy.index(0, 0).data().startswith("★")
    page.phrase_view.setCurrentIndex(page.phrase_proxy.index(0, 0))
    page.remove_phrase()
    assert not page.phrase_proxy.index(0, 0).data().startswith("★")
    # the lowest item of indicator 1 is marked
    assert page.items.index(0, page.items.COL_SCORE).data().endswith("▼")
    # a new year starts from last year's analysis
    window.select(window.ctx.unit_id, 2569)
    assert window.ctx.fiscal_year == 2569
    _open(window, "scores").start_year()
    page = _open(window, "analysis")
    assert page.fields["deficiency"].editor.toPlainText() == ""
    page.copy_previous()
    assert page.fields["deficiency"].editor.toPlainText().startswith("เจ้าหน้าที่ปฏิบัติ")
    page.select_topic("section", "problems")
    assert page.section_edit.toPlainText().startswith("๑.")


def test_settings_edits_persist_and_undo(window, demo_db, monkeypatch, tmp_path):
    page = _open(window, "settings")
    with demo_db.session() as s:
        signers = [x.name for x in s.scalar(select(Unit).where(Unit.name == MUANG_YAI)).signers]
    page.edits["phone"].setText("๐๕๓-๖๐๒๑๒๓")
    page.edits["phone"].editingFinished.emit()
    page.digits_check.setChecked(not page.digits_check.isChecked())
    monkeypatch.setattr(page, "_ask", lambda *a, **k: "กองช่าง")
    page.add_department()
    monkeypatch.setattr(page, "_ask", lambda *a, **k: "นางสาวสมใจ ใจดี")
    page.add_signer()  # asks the name, then the new signer is the one the fields edit
    assert page.signer_name.text() == "นางสาวสมใจ ใจดี" and page.signer_positions.isEnabled()
    page.signer_positions.setPlainText("นักวิเคราะห์นโยบายและแผน\nรักษาราชการแทน ปลัด")
    page.signer_positions.commit()
    png = tmp_path / "garuda.png"
    from PySide6.QtGui import QColor, QImage

    img = QImage(20, 20, QImage.Format.Format_RGB32)
    img.fill(QColor("red"))
    img.save(str(png))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(png), ""))
    page.choose_garuda()
    with demo_db.session() as s:
        unit = s.scalar(select(Unit).where(Unit.name == MUANG_YAI))
        assert unit.phone == "๐๕๓-๖๐๒๑๒๓"
        assert [d.name for d in unit.departments][-1] == "กองช่าง"
        assert unit.signers[-1].positions == ["นักวิเคราะห์นโยบายและแผน", "รักษาราชการแทน ปลัด"]
        assert unit.garuda_png.startswith(b"\x89PNG")
    assert page.garuda_label.pixmap() is not None and not page.garuda_label.pixmap().isNull()
    # an empty name is refused with a Thai message and the field shows the stored name again
    page.edits["name"].setText("")
    page.edits["name"].editingFinished.emit()
    assert "เว้นว่างไม่ได้" in page.message.text()
    assert page.edits["name"].text() == MUANG_YAI
    for _ in range(6):
        window.ctx.undo_stack.undo()
    with demo_db.session() as s:
        unit = s.scalar(select(Unit).where(Unit.name == MUANG_YAI))
        assert unit.phone == "" and unit.garuda_png is None and [x.name for x in unit.signers] == signers
        assert "กองช่าง" not in [d.name for d in unit.departments]
    assert page.edits["phone"].text() == ""


def test_overview_counts_follow_progress_changes(window, demo_db):
    from app.services.changes import Changes

    window.select(window.ctx.unit_id, 2569)
    page = _open(window, "overview")
    page.today = dt.date(2026, 1, 1)
    page.refresh()
    assert page.rounds_model.rows()[0].counts["done"] == 0
    with demo_db.transaction() as s:
        ms = s.scalars(select(Measure).join(MeasurePlan).where(
            MeasurePlan.unit_id == window.ctx.unit_id, MeasurePlan.fiscal_year == 2569)).all()
        ms[0].progress.append(Progress(round=6, status="done"))
        ms[1].progress.append(Progress(round=6, status="in_progress"))
    window.ctx.notify(Changes(progress=True))
    counts = page.rounds_model.index(0, page.rounds_model.COL_DONE).data()
    assert counts == "๑"  # the unit writes Thai digits (one setting for documents and screen)
    assert page.rounds_model.rows()[0].counts == {"done": 1, "in_progress": 1, "not_started": 11}


def test_window_remembers_place(qtbot, demo_db, settings_file, window):
    window.show_page([p.key for p in PAGES].index("analysis"))
    window.splitter.setSizes([260, 900])
    window.close()
    from ui.main import build_window

    again = build_window(demo_db, WindowSettings(QSettings(str(settings_file), QSettings.Format.IniFormat)))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.current_page_key() == "analysis"
    assert again.unit_combo.currentText() == MUANG_YAI
    assert again.ctx.fiscal_year == 2568
    assert again.settings.geometry is not None
    assert again.settings.splitter is not None
