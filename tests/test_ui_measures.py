"""The measures editor on the demo units: add, edit, reorder, group, delete, undo/redo, start
next year; the measure added appears in the plan's PDF."""
from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from app.services import measure_edits as me  # noqa: E402
from app.store.models import Measure  # noqa: E402
from tests.demo_units import unit_id_like as _unit_id

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, demo_db):
    from ui.context import UiContext
    from ui.pages.measures import MeasuresPage

    ctx = UiContext(demo_db)
    ctx.select(_unit_id(demo_db, "ม่วงยาย"), 2569)
    p = MeasuresPage(ctx)
    qtbot.addWidget(p)
    p.resize(1300, 800)
    p.show()
    qtbot.waitExposed(p)
    return p


def _titles(page) -> list[str]:
    return [m.title for _k, ms in page.model.groups for m in ms]


def test_models_pass_qtmodeltester(qtmodeltester, page):
    assert page.model.rowCount() == 10  # ten indicators in the demo plan
    qtmodeltester.check(page.model, force_py=True)
    qtmodeltester.check(page.proxy, force_py=True)


def test_add_edit_and_it_is_printed(page, qtbot):
    from pypdfium2 import PdfDocument

    from app.reports import DocumentRequest, build_document

    page.select_measure(page.model.measure_ids()[0])  # a measure under indicator 1
    before = len(page.model.measure_ids())
    new_id = page.add_measure()
    assert new_id is not None and len(page.model.measure_ids()) == before + 1
    assert page.current_measure_id() == new_id
    assert page.current_measure().indicator_number == 1  # joins the selected group

    title = "จัดอบรมเจ้าหน้าที่เรื่องขั้นตอนและระยะเวลาการให้บริการประชาชน"
    page.title_edit.setPlainText(title)
    page.title_edit.commit()
    page.steps_edit.setPlainText("๑. จัดทำหลักสูตร\n๒. อบรมเจ้าหน้าที่")
    page.steps_edit.commit()
    page.responsible_list.set_key_checked("กองคลัง", True)
    page.preset_combo.setCurrentIndex(2)  # รอบ ๖ เดือนแรก
    page._preset_chosen(2)
    with page.ctx.db.session() as s:
        got = me.get_fields(s, new_id, ("title", "steps", "responsible", "period_start", "period_end", "period_text"))
    assert got["title"] == title and got["steps"].startswith("๑. จัดทำหลักสูตร")
    assert got["responsible"] == ["กองคลัง"]
    assert (got["period_start"], got["period_end"], got["period_text"]) == (dt.date(2025, 10, 1), dt.date(2026, 3, 31), "")
    assert page.model.measure_index(new_id).data() == title

    with page.ctx.db.session() as s:
        pdf = build_document(s, DocumentRequest("plan", "เทศบาลตำบลม่วงยาย", 2569))
    doc = PdfDocument(pdf)
    text = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    assert "จัดอบรมเจ้าหน้าที่เรื่องขั้นตอน" in text.replace("\r", "").replace("\n", "")

    # Undo every step back to the plan as it was: the measure is gone again.
    stack = page.ctx.undo_stack
    while stack.canUndo():
        stack.undo()
    assert len(page.model.measure_ids()) == before
    with page.ctx.db.session() as s:
        assert s.get(Measure, new_id) is None
    stack.redo()  # the add comes back with its id, so the later edits redo onto it
    stack.redo()
    with page.ctx.db.session() as s:
        assert s.get(Measure, new_id).title == title


def test_bad_title_is_refused_in_place(page):
    page.select_measure(page.model.measure_ids()[0])
    old = page.current_measure().title
    page.title_edit.setPlainText("   ")
    page.title_edit.commit()
    assert page.error_label.isVisibleTo(page) and "เว้นว่างไม่ได้" in page.error_label.text()
    assert page.current_measure().title == old
    assert page.ctx.undo_stack.count() == 0


def test_reorder_with_keyboard_and_buttons(page, qtbot):
    # indicator 1 has two measures; move the second up with Ctrl+Up
    group = page.model.groups[0][1]
    first, second = group[0].id, group[1].id
    page.select_measure(second)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [m.id for m in page.model.groups[0][1]] == [second, first]
    assert page.current_measure_id() == second
    assert not page.up_button.isEnabled()  # first of its group now
    page.down_button.click()
    assert [m.id for m in page.model.groups[0][1]] == [first, second]
    page.ctx.undo_stack.undo()
    assert [m.id for m in page.model.groups[0][1]] == [second, first]


def test_group_by_theme_duplicate_delete_undo(page, qtbot):
    page.grouping_combo.setCurrentIndex(1)
    page._grouping_chosen(1)
    assert page.view.grouping == "theme"
    assert page.model.groups[-1][0] is None  # the demo plan has no themes: all under "other"
    page.select_measure(page.model.measure_ids()[0])
    src = page.current_measure()
    page.duplicate_button.click()
    dup = page.current_measure()
    assert dup.id != src.id and dup.title.startswith(src.title) and dup.steps == src.steps
    count = len(page.model.measure_ids())
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert len(page.model.measure_ids()) == count - 1
    page.ctx.undo_stack.undo()
    assert dup.id in page.model.measure_ids()
    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.undo()
    assert page.view.grouping == "indicator"


def _carry_dialog(page, year: int, keep: int):
    """The "start from the previous plan" dialog with only the first ``keep`` measures ticked."""
    from app.services import carry_over
    from ui.dialogs.carry_plan_dialog import CarryPlanDialog

    with page.ctx.db.session() as s:
        _, measures = carry_over.previous_measures(s, page.ctx.unit_id, year)
    dialog = CarryPlanDialog(year, measures, page)
    assert len(dialog.picker.chosen_ids()) == len(measures)  # all ticked at first
    dialog.picker.none_button.click()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    for m in measures[:keep]:
        dialog.picker.list.set_key_checked(str(m.id), True)
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    return dialog, measures


def test_start_next_year_switches_year(page):
    assert page.next_year_button.isEnabled()
    dialog, measures = _carry_dialog(page, 2570, keep=5)
    assert page.start_next_year(dialog)
    assert page.ctx.fiscal_year == 2570
    page.refresh()
    assert page.view.fiscal_year == 2570
    assert [m.title for m in page.view.measures] == [m.title for m in measures[:5]]
    page.ctx.select(page.ctx.unit_id, 2569)
    assert not page.next_year_button.isEnabled()  # 2570 exists now
    page.ctx.undo_stack.undo()
    page.ctx.select(page.ctx.unit_id, 2570)
    with page.ctx.db.session() as s:
        assert me.find_plan_id(s, page.ctx.unit_id, 2570) is None
    page.refresh()
    assert page.stack.currentWidget() is page.empty
    assert page.copy_previous_button.isVisibleTo(page)  # 2569 can be carried forward again
