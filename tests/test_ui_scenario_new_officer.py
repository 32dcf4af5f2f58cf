"""A new officer's year, played on the real window with key and mouse events, the clock frozen
at 30 November 2026 (fiscal year 2570 has begun; the 2569 results have just arrived):

first start on an empty data folder → create the unit → add fiscal year 2569 (results) with
the 2570 plan → type 2569 scores with Thai digits and paste a block from the clipboard → add
last year's (2568) results too and type two of its scores, so the years can be compared →
write an analysis → plan a 2570 measure → track its 6-month round → start the 12-month round
from it → build every document → close, reopen and compare what the window shows and what
the database holds with what was typed.

Typing goes through QKeyEvents carrying Thai text (``qtbot.keyClicks`` with Thai aborts Qt);
clicks through ``QTest.mouseClick``; modal dialogs are driven inside a patched ``exec``.
"""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from sqlalchemy import select

from app.exchange.demo import is_empty
from app.services.scoring import compute
from app.services.units import get_assessment
from app.store.db import open_database
from app.store.models import Measure, MeasurePlan, Progress, Unit
from ui.models.scores_model import COL_SCORE
from ui.pages.registry import page_index
from ui.settings import WindowSettings
from ui.widgets.text_edits import SAVE_DELAY_MS

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 11, 30)
UNIT = "องค์การบริหารส่วนตำบลทดลองเรียน"
OFFICER = "นางสาวสมใจ ใจดี"
DEFICIENCY = "ยังไม่เผยแพร่คู่มือการปฏิบัติงานบนเว็บไซต์"
MEASURE = "จัดทำคู่มือการปฏิบัติงานและเผยแพร่"
STEPS = "๑. ร่างคู่มือ ๒. เสนอผู้บริหาร"
SUMMARY_6 = "ร่างคู่มือแล้ว รอเสนอผู้บริหาร"
SUMMARY_12 = "เผยแพร่คู่มือบนเว็บไซต์แล้ว"
# i1–i3 typed with Thai digits, i4–i6 pasted from a spreadsheet
TYPED = {"i1": "๙๕.๕๐", "i2": "๘๗", "i3": "๙๑.๒๕"}
PASTED = {"i4": 90.0, "i5": 91.5, "i6": 88.0}
# last year's result, typed so the comparison document has a year to compare with
TYPED_2568 = {"i1": "๘๕", "i2": "๘๐.๕๐"}


# --- real input ------------------------------------------------------------------------------


def keys(text: str) -> None:
    """Type ``text`` into whatever has the focus, one key press and release per character."""
    for ch in text:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key, modifiers)


def click(widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_into(qtbot, widget) -> None:
    """Click a text field and make sure the keyboard goes there (offscreen windows need the nudge)."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    if not widget.hasFocus():
        widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def click_cell(qtbot, view, index) -> None:
    """Click a cell of an item view (scrolled into sight first, as the officer would)."""
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid(), index
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    if not view.hasFocus():
        view.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: view.currentIndex() == index, timeout=2000)


def choose(qtbot, combo, data) -> None:
    """Pick an entry of a combo box with the keyboard, as an officer tabbing to it does (a
    click would open its list)."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    target = combo.findData(data)
    assert target >= 0, (data, [combo.itemData(i) for i in range(combo.count())])
    while combo.currentIndex() != target:
        press(Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def _activate(qtbot, window) -> None:
    """Make ``window`` the active one with the focus in its page list, as after a click on it."""
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.nav.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)


def settled(qtbot) -> None:
    """Wait past the typing pause so what was typed is saved."""
    qtbot.wait(SAVE_DELAY_MS + 300)


# --- the scenario ----------------------------------------------------------------------------


def _first_start(qtbot, db) -> None:
    from ui.first_run import FirstRunDialog

    assert is_empty(db)
    dialog = FirstRunDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for widget, text in ((dialog.name_edit, UNIT), (dialog.district_edit, "เมืองลพบุรี"),
                         (dialog.province_edit, "ลพบุรี"), (dialog.prefix_edit, "ลบ ๗๖๓๐๑")):
        click_into(qtbot, widget)
        keys(text)
    officer = next(name for key, name, _pos in dialog.signer_edits if key == "officer")
    click_into(qtbot, officer)
    keys(OFFICER)
    click(dialog.create_button)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.created is not None


def _add_year(qtbot, window, monkeypatch) -> None:
    from ui.dialogs import year_dialog

    seen = {}

    def run(dialog) -> int:  # the officer looks at the defaults and presses "เพิ่ม"
        dialog.show()
        seen["results"], seen["plan"] = dialog.results_year.currentData(), dialog.plan_year.currentData()
        seen["results_on"], seen["plan_on"] = dialog.results_box.isChecked(), dialog.plan_box.isChecked()
        click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        return dialog.result()

    monkeypatch.setattr(year_dialog.YearDialog, "exec", run)
    click(_toolbar_button(window, window.add_year_action))
    qtbot.waitUntil(lambda: not window.findChild(year_dialog.YearDialog).isVisible(), timeout=5000)
    qtbot.wait(200)  # the closed dialog's activation events, before the main window takes the keys back
    _activate(qtbot, window)
    # on 30 November 2026 the year just assessed is 2569 and the measures are for 2570
    assert seen == {"results": 2569, "plan": 2570, "results_on": True, "plan_on": True}
    assert window.ctx.fiscal_year == 2569 and window.year_combo.currentData() == 2569


def _toolbar_button(window, action):
    from PySide6.QtWidgets import QToolBar

    for bar in window.findChildren(QToolBar):
        button = bar.widgetForAction(action)
        if button is not None:
            return button
    raise AssertionError("no toolbar button for " + action.text())


def _enter_scores(qtbot, window, db) -> None:
    press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.page("scores")
    assert window.current_page_key() == "scores"
    if page.start_button.isVisible():  # the year's item table is started by the year dialog or here
        click(page.start_button)
    view = page.view
    codes = list(TYPED)
    for n, (code, text) in enumerate(TYPED.items()):
        click_cell(qtbot, view, page.index_for("item", code, COL_SCORE))
        keys(text)  # the first key opens the cell's editor
        press(Qt.Key.Key_Return)  # commits at once (no late commit: Qt warnings fail the test)
        assert view.state() != view.State.EditingState
        if n + 1 < len(codes):  # and goes down to the next item
            assert view.currentIndex() == page.index_for("item", codes[n + 1], COL_SCORE)
    QGuiApplication.clipboard().setText("\n".join(f"{v:.2f}" for v in PASTED.values()))
    click_cell(qtbot, view, page.index_for("item", "i4", COL_SCORE))
    press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    with db.session() as s:
        sheet = compute(get_assessment(s, UNIT, 2569))
        items = {it.code: it.score for ind in sheet.indicators for it in ind.items}
    assert items["i1"] == 95.5 and items["i2"] == 87 and items["i3"] == 91.25
    assert [items[c] for c in PASTED] == list(PASTED.values())
    assert sheet.indicator(1).value.computed == pytest.approx((95.5 + 87 + 91.25) / 3)


def _add_last_year(qtbot, window, monkeypatch, db) -> None:
    """The officer adds 2568's results (no plan) with the year dialog, types two of its scores,
    and goes back to 2569."""
    from ui.dialogs import year_dialog

    def run(dialog) -> int:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
        # 2569's results and 2570's plan are in: the dialog starts with neither ticked
        assert not dialog.results_box.isChecked() and not dialog.plan_box.isChecked()
        dialog.results_box.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(dialog.results_box.hasFocus, timeout=2000)
        press(Qt.Key.Key_Space)  # tick "ผลการประเมิน"
        assert dialog.results_box.isChecked()
        choose(qtbot, dialog.results_year, 2568)
        assert "ITA-2568" in dialog.catalogue_label.text() and dialog.problem() is None
        click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        return dialog.result()

    monkeypatch.setattr(year_dialog.YearDialog, "exec", run)
    click(_toolbar_button(window, window.add_year_action))
    qtbot.wait(200)
    _activate(qtbot, window)
    assert window.ctx.fiscal_year == 2568 and window.current_page_key() == "scores"
    page = window.page("scores")
    for code, text in TYPED_2568.items():
        click_cell(qtbot, page.view, page.index_for("item", code, COL_SCORE))
        keys(text)
        press(Qt.Key.Key_Return)
    with db.session() as s:
        items = {it.code: it.score for ind in compute(get_assessment(s, UNIT, 2568)).indicators for it in ind.items}
    assert (items["i1"], items["i2"]) == (85, 80.5)
    choose(qtbot, window.year_combo, 2569)
    assert window.ctx.fiscal_year == 2569


def _write_analysis(qtbot, window, db) -> None:
    press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.page("analysis")
    assert page.topic is not None and page.topic.key == 1
    editor = page.fields["deficiency"].editor
    click_into(qtbot, editor)
    keys(DEFICIENCY)
    settled(qtbot)
    assert editor.hasFocus()  # saved while still typing there
    from app.services import analysis_edits

    with db.session() as s:
        a = get_assessment(s, UNIT, 2569)
        assert analysis_edits.get_text(s, a.id, 1, "deficiency") == DEFICIENCY


def _plan_measure(qtbot, window, db) -> int:
    choose(qtbot, window.year_combo, 2570)
    assert window.ctx.fiscal_year == 2570
    press(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.page("measures")
    assert page.view is not None and page.view.fiscal_year == 2570
    click(page.add_button)
    assert page.title_edit.hasFocus()  # the new measure's name, selected: typing replaces it
    keys(MEASURE)
    click_into(qtbot, page.steps_edit)  # leaving the name saves it at once
    keys(STEPS)
    choose(qtbot, page.indicator_combo, 1)
    choose(qtbot, page.preset_combo, page.preset_combo.itemData(1))  # the whole fiscal year
    settled(qtbot)
    mid = page.current_measure_id()
    with db.session() as s:
        m = s.get(Measure, mid)
        assert (m.title, m.steps, m.indicator_number) == (MEASURE, STEPS, 1)
        assert (m.period_start, m.period_end) == (dt.date(2026, 10, 1), dt.date(2027, 9, 30))
    return mid


def _track(qtbot, window, db, mid: int) -> None:
    press(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.page("tracking")
    assert page.current_round() == 6  # 30 November: the 6-month round is the one running
    page.select_measure(mid)
    status = next(b for b in page.status_buttons.buttons() if b.property("status") == "in_progress")
    click(status)
    click_into(qtbot, page.summary_edit)
    keys(SUMMARY_6)
    settled(qtbot)
    with db.session() as s:
        pr = s.scalar(select(Progress).where(Progress.measure_id == mid, Progress.round == 6))
        assert (pr.status, pr.summary) == ("in_progress", SUMMARY_6)

    # the 12-month round starts from the 6-month one, then the officer updates it
    choose(qtbot, page.round_combo, 12)
    click(page.carry_bar.button)
    page.select_measure(mid)
    assert page.summary_edit.toPlainText() == SUMMARY_6
    click(next(b for b in page.status_buttons.buttons() if b.property("status") == "done"))
    click_into(qtbot, page.summary_edit)
    page.summary_edit.selectAll()
    keys(SUMMARY_12)
    settled(qtbot)
    with db.session() as s:
        pr = s.scalar(select(Progress).where(Progress.measure_id == mid, Progress.round == 12))
        assert (pr.status, pr.summary) == ("done", SUMMARY_12)


def _pdf_text(data: bytes) -> str:
    from pypdfium2 import PdfDocument

    doc = PdfDocument(data)
    return "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc))).replace("\r\n", "")


def _build_everything(qtbot, window) -> dict[tuple[int, str, int | None], str]:
    """Every kind of document, each for the year it belongs to (the analysis and the comparison
    for the results year 2569; the plan, both progress rounds, the status summary and the memo
    for the plan year 2570), built with F5; returns their text."""
    from app.reports.options import (
        KIND_ANALYSIS, KIND_COMPARISON, KIND_MEMO, KIND_PLAN, KIND_PROGRESS, KIND_SUMMARY,
    )

    wanted = [(2569, KIND_ANALYSIS, None), (2569, KIND_COMPARISON, None), (2569, KIND_MEMO, None),
              (2570, KIND_PLAN, None), (2570, KIND_PROGRESS, 6), (2570, KIND_PROGRESS, 12),
              (2570, KIND_SUMMARY, 12), (2570, KIND_MEMO, None)]
    assert {k for _y, k, _r in wanted} == {page_kind for page_kind in _kinds(window)}  # nothing left out
    page = window.page("documents")
    built: dict[tuple[int, str, int | None], str] = {}
    for year, kind, round_ in wanted:
        if window.ctx.fiscal_year != year:
            choose(qtbot, window.year_combo, year)
        press(Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == "documents"
        choose(qtbot, page.kind_combo, kind)
        if round_ is not None:
            choose(qtbot, page.round_combo, round_)
        if kind == KIND_MEMO:
            choose(qtbot, page.memo_kind_combo, KIND_ANALYSIS if year == 2569 else KIND_PLAN)
        assert page.pdf is None and not page.print_button.isEnabled()  # nothing stale to print
        press(Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: not page.runner.busy(), timeout=120_000)
        qtbot.wait(50)  # the result's queued signal
        assert page.pdf is not None, (year, kind, page.status_label.text())
        assert page.print_button.isEnabled() and page.save_button.isEnabled()
        built[(year, kind, round_)] = _pdf_text(page.pdf)
    return built


def _kinds(window) -> list[str]:
    combo = window.page("documents").kind_combo
    return [combo.itemData(i) for i in range(combo.count())]


def test_a_new_officers_year(qtbot, tmp_path, monkeypatch):
    from ui.main import build_window

    db_path = tmp_path / "ita.sqlite3"
    settings_path = str(tmp_path / "window.ini")
    db = open_database(db_path)
    _first_start(qtbot, db)

    window = build_window(db, WindowSettings(QSettings(settings_path, QSettings.Format.IniFormat)))
    window.ctx.today = lambda: TODAY
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    _activate(qtbot, window)
    assert window.unit_combo.currentText() == UNIT

    _add_year(qtbot, window, monkeypatch)
    _enter_scores(qtbot, window, db)
    _add_last_year(qtbot, window, monkeypatch, db)
    _write_analysis(qtbot, window, db)
    mid = _plan_measure(qtbot, window, db)
    _track(qtbot, window, db, mid)
    built = _build_everything(qtbot, window)
    assert DEFICIENCY in built[(2569, "analysis", None)]
    # the two years side by side: 2568's typed i1/i2 against 2569's (indicator 1 is their mean)
    comparison = built[(2569, "comparison", None)]
    assert "๒๕๖๘" in comparison and "๒๕๖๙" in comparison
    assert "82.75" in comparison or "๘๒.๗๕" in comparison
    assert MEASURE in built[(2570, "plan", None)]
    assert SUMMARY_6 in built[(2570, "progress", 6)] and SUMMARY_12 in built[(2570, "progress", 12)]
    assert UNIT in built[(2570, "memo", None)] or "บันทึกข้อความ" in built[(2570, "memo", None)]

    # --- close, reopen, compare --------------------------------------------------------------
    window.show_page(page_index("tracking"))
    window.close()
    db.close()
    db = open_database(db_path)
    try:
        again = build_window(db, WindowSettings(QSettings(settings_path, QSettings.Format.IniFormat)))
        again.ctx.today = lambda: TODAY
        qtbot.addWidget(again)
        again.show()
        qtbot.waitExposed(again)
        assert again.unit_combo.currentText() == UNIT
        assert again.current_page_key() == "tracking"
        tracking = again.page("tracking")
        tracking.select_measure(mid)
        with db.session() as s:
            unit = s.scalar(select(Unit).where(Unit.name == UNIT))
            assert unit.district == "เมืองลพบุรี" and unit.doc_prefix == "ลบ ๗๖๓๐๑"
            sheet = compute(get_assessment(s, UNIT, 2569))
            items = {it.code: it.score for ind in sheet.indicators for it in ind.items}
            assert items["i1"] == 95.5 and [items[c] for c in PASTED] == list(PASTED.values())
            last = {it.code: it.score for ind in compute(get_assessment(s, UNIT, 2568)).indicators for it in ind.items}
            assert (last["i1"], last["i2"]) == (85, 80.5)
            plan = s.scalar(select(MeasurePlan).where(MeasurePlan.unit_id == unit.id, MeasurePlan.fiscal_year == 2570))
            assert [m.title for m in plan.measures] == [MEASURE]
            rounds = {p.round: (p.status, p.summary) for p in s.scalars(select(Progress).where(Progress.measure_id == mid))}
            assert rounds == {6: ("in_progress", SUMMARY_6), 12: ("done", SUMMARY_12)}
        again.close()
    finally:
        db.close()
