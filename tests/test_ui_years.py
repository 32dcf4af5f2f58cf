"""The year dialog and the carry-over controls in the window (issue 10 §1, §2), with the clock
frozen at 30 November 2026 (fiscal year 2570, the officer has just received 2569's results)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QLabel
from sqlalchemy import select

from app.services import carry_over
from app.services.measure_edits import find_plan_id
from app.store.models import Assessment, Catalogue, MeasurePlan, Unit
from ui.pages.registry import PAGES
from ui.settings import WindowSettings

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 11, 30)
MUANG_YAI = "เทศบาลตำบลม่วงยาย"
KHAM = "องค์การบริหารส่วนตำบลขามสะแกแสง"


def _uid(db, name: str) -> int:
    with db.session() as s:
        return s.scalar(select(Unit.id).where(Unit.name == name))


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    from ui.main import build_window, make_application

    make_application()
    w = build_window(demo_db, WindowSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    w.ctx.today = lambda: TODAY
    qtbot.addWidget(w)
    w.select(_uid(demo_db, MUANG_YAI), 2568)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def _open(window, key):
    window.show_page([p.key for p in PAGES].index(key))
    return window.page(key)


def _dialog(window, **kw):
    from ui.dialogs.year_dialog import YearDialog

    return YearDialog(window.ctx, window.ctx.unit_id, MUANG_YAI, parent=window, **kw)


def test_new_unit_defaults_to_the_year_just_assessed_and_the_plan_after_it(window, demo_db):
    with demo_db.transaction() as s:
        unit = Unit(name="องค์การบริหารส่วนตำบลใหม่")
        s.add(unit)
        s.flush()
        uid = unit.id
    window.select(uid, None)
    assert window.ctx.fiscal_year is None and window.year_combo.count() == 0
    overview = _open(window, "overview")
    assert overview.add_year_button.isEnabled() and "เพิ่มปีงบประมาณ" in overview.title.text()
    from ui.dialogs.year_dialog import YearDialog

    dialog = YearDialog(window.ctx, uid, "องค์การบริหารส่วนตำบลใหม่", parent=window)
    years = [dialog.results_year.itemData(i) for i in range(dialog.results_year.count())]
    assert years == list(range(2571, 2563, -1))  # current + 1 down to the oldest catalogue
    assert dialog.results_year.currentData() == 2569 and dialog.plan_year.currentData() == 2570
    assert "ปีที่เพิ่งประเมิน" in dialog.results_year.currentText()
    assert dialog.results_box.isChecked() and dialog.plan_box.isChecked()
    assert "ITA-2569" in dialog.catalogue_label.text() and not dialog.copy_combo.isVisibleTo(dialog)
    assert not dialog.from_previous.isEnabled() and dialog.empty_plan.isChecked()  # no 2569 plan
    assert dialog.problem() is None
    assert window.add_year(dialog)
    assert window.ctx.fiscal_year == 2569 and window.year_combo.currentData() == 2569
    assert sorted(window.year_combo.itemData(i) for i in range(window.year_combo.count())) == [2569, 2570]
    with demo_db.session() as s:
        unit = s.get(Unit, uid)
        assert [(a.fiscal_year, a.catalogue.code) for a in unit.assessments] == [(2569, "ITA-2569")]
        assert [p.fiscal_year for p in unit.plans] == [2570]
    scores = _open(window, "scores")
    assert scores.model.rowCount() > 3 and not scores.start_button.isVisible()
    # results and plan were one step
    window.ctx.undo_stack.undo()
    with demo_db.session() as s:
        assert not s.get(Unit, uid).assessments and not s.get(Unit, uid).plans


def test_a_year_without_catalogue_asks_which_to_copy_by_name(window, demo_db):
    dialog = _dialog(window, results_year=2570, with_plan=False)
    assert dialog.needs_copy() and dialog.copy_combo.isVisibleTo(dialog)
    assert "ยังไม่มีชุดตัวชี้วัดของตัวเอง" in dialog.catalogue_label.text()
    assert dialog.copy_combo.currentData() == "ITA-2569"  # suggested, and said so
    assert "จะคัดลอก “ITA-2569” เป็นชุดใหม่ “ITA-2570”" in dialog.copy_note.text()
    labels = [dialog.copy_combo.itemText(i) for i in range(dialog.copy_combo.count())]
    assert any(t.startswith("ITA-2568 — การประเมิน") for t in labels)
    dialog.set_copy_from("ITA-2568")
    assert "“ITA-2568”" in dialog.copy_note.text()
    assert "คัดลอกชุดตัวชี้วัด ITA-2568" in dialog.summary.text()
    assert window.add_year(dialog)
    with demo_db.session() as s:
        cat = s.scalar(select(Catalogue).where(Catalogue.code == "ITA-2570"))
        assert cat.provisional and cat.fiscal_year == 2570 and "ITA-2568" in cat.source
        a = s.scalar(select(Assessment).where(Assessment.fiscal_year == 2570))
        assert a.catalogue.code == "ITA-2570"
    assert "คัดลอกชุดตัวชี้วัด ITA-2568 เป็น ITA-2570" in window.statusBar().currentMessage()
    window.ctx.undo_stack.undo()
    with demo_db.session() as s:
        assert s.scalar(select(Catalogue).where(Catalogue.code == "ITA-2570")) is None


def test_start_button_on_a_year_without_catalogue_opens_the_dialog(window, demo_db, monkeypatch):
    from ui.dialogs.year_dialog import YearDialog

    # a plan-only 2570 first (the year selector then offers 2570)
    dialog = _dialog(window, plan_year=2570)
    dialog.results_box.setChecked(False)
    assert dialog.from_previous.isChecked() and len(dialog.picker.chosen_ids()) == 13
    dialog.picker.unfinished_button.click()  # the demo's 2569 measures have no progress: all unfinished
    assert window.add_year(dialog)
    assert window.ctx.fiscal_year == 2570
    seen = {}

    def accept(self):
        seen.update(year=self.results_year.currentData(), plan=self.plan_box.isChecked(), copy=self.copy_combo.currentData())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(YearDialog, "exec", accept)
    page = _open(window, "scores")
    page.start_button.click()
    assert seen == {"year": 2570, "plan": False, "copy": "ITA-2569"}
    with demo_db.session() as s:
        a = s.scalar(select(Assessment).where(Assessment.fiscal_year == 2570))
        assert a.catalogue.code == "ITA-2570"
    assert page.model.rowCount() > 3


def test_refusals_keep_ok_disabled(window):
    dialog = _dialog(window, results_year=2568)  # ม่วงยาย has 2568 results and a 2569 plan
    assert not dialog.results_box.isChecked() and not dialog.plan_box.isChecked()
    assert "อย่างน้อยหนึ่งอย่าง" in dialog.problem()
    dialog.results_box.setChecked(True)
    assert "มีผลการประเมินปี ๒๕๖๘ อยู่แล้ว" in dialog.summary.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.set_results_year(2564)
    assert dialog.problem() is None and "คะแนนรายตัวชี้วัดเท่านั้น" in dialog.catalogue_label.text()


def test_twelve_month_round_carried_in_the_window(window, demo_db):
    window.select(_uid(demo_db, KHAM), 2566)
    page = _open(window, "tracking")
    page.round_combo.setCurrentIndex(page.round_combo.findData(12))
    page.refresh()
    assert page.carry_bar.isVisible() and page.carry_bar.button.isVisible()
    assert "๑๗ มาตรการ" in page.carry_bar.label.text()
    before = window.ctx.undo_stack.count()
    page.carry_bar.button.click()
    assert window.ctx.undo_stack.count() == before + 1  # one undo step
    rows = page.model.rows
    assert all(r.carried for r in rows) and all(r.summary for r in rows)
    status = page.model.index(0, 4).data()
    assert status.endswith("↻")
    assert "ยกมาจากรอบ ๖ เดือน" in page.model.index(0, 5).data(3)  # tooltip
    assert page.carry_bar.isVisible() and not page.carry_bar.button.isVisible()
    window.ctx.undo_stack.undo()
    page.refresh()
    assert not any(r.carried or r.summary for r in page.model.rows)
    with demo_db.session() as s:
        plan = s.get(MeasurePlan, find_plan_id(s, _uid(demo_db, KHAM), 2566))
        assert not any(p.round == 12 for m in plan.measures for p in m.progress)
    page.round_combo.setCurrentIndex(page.round_combo.findData(6))
    page.refresh()
    assert not page.carry_bar.isVisible()


def test_new_measure_is_offered_the_analysis(window, demo_db):
    window.select(window.ctx.unit_id, 2569)
    page = _open(window, "measures")
    page.select_measure(page.model.measure_ids()[0])  # under indicator 1
    new_id = page.add_measure()
    assert page.current_measure_id() == new_id and page.current_measure().finding == ""
    offers = page.finding_offers
    assert offers.isVisible() and "บทวิเคราะห์ตัวชี้วัดที่ ๑ ของปี ๒๕๖๘" in offers.hint.text()
    actions = offers.menu.actions()
    assert len(actions) == 2 and actions[0].text().startswith("ข้อบกพร่อง/ข้อปรับปรุง (บทวิเคราะห์ปี ๒๕๖๘)")
    actions[0].trigger()
    with demo_db.session() as s:
        offer = carry_over.finding_offers(s, window.ctx.unit_id, 2569, 1)[0]
    assert page.current_measure().finding == offer.text
    assert page.finding_edit.toPlainText() == offer.text
    window.ctx.undo_stack.undo()
    assert page.current_measure().finding == ""


def test_year_dialog_follows_the_units_digits_setting(window, demo_db):
    """One digits rule on every screen: a unit that asked for Arabic digits sees its years,
    counts and the date in Arabic digits in the year dialog too (and Thai ones otherwise)."""
    thai = _dialog(window, plan_year=2570)  # ม่วงยาย: Thai digits, a 2569 plan to carry from
    assert "๒๕๖๙" in thai.results_year.currentText() and "๒๕๖๙" in thai.from_previous.text()
    assert "๓๐ พฤศจิกายน ๒๕๖๙" in " ".join(label.text() for label in thai.findChildren(QLabel))
    uid = window.ctx.unit_id
    with demo_db.transaction() as s:
        s.get(Unit, uid).thai_digits = False
    from app.services.changes import Changes

    window.ctx.notify(Changes(unit=True))
    dialog = _dialog(window, plan_year=2570)
    shown = [dialog.results_year.itemText(i) for i in range(dialog.results_year.count())]
    shown += [dialog.plan_year.currentText(), dialog.from_previous.text(), dialog.picker.count_label.text(),
              dialog.summary.text()] + [label.text() for label in dialog.findChildren(QLabel)]
    assert "2569" in dialog.results_year.currentText() and "2569" in dialog.from_previous.text()
    assert "30 พฤศจิกายน 2569" in " ".join(shown)
    assert not [text for text in shown if any(ch in text for ch in "๐๑๒๓๔๕๖๗๘๙")]
