"""Saving while typing: a field's text reaches the database about a second after the last key
without leaving the field, and one typing session is one undo step (two sessions are two)."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.store.models import Measure
from tests.kill_child import type_text
from ui.widgets.text_edits import SAVE_DELAY_MS

pytestmark = pytest.mark.gui


@pytest.fixture
def measures_page(qtbot, demo_db):
    from app.services.units import list_units
    from ui.context import UiContext
    from ui.pages.measures import MeasuresPage

    ctx = UiContext(demo_db)
    with demo_db.session() as s:
        ctx.select(next(u.id for u in list_units(s) if "ปลาไหล" in u.name), 2568)
    page = MeasuresPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _steps(db, measure_id: int) -> str:
    with db.session() as s:
        return s.scalar(select(Measure.steps).where(Measure.id == measure_id))


def test_saves_while_typing_and_one_session_is_one_undo_step(measures_page, qtbot, demo_db):
    page = measures_page
    mid = page.current_measure_id()
    original = _steps(demo_db, mid)
    stack = page.ctx.undo_stack
    steps_before = stack.count()
    page.steps_edit.setFocus()
    page.steps_edit.moveCursor(page.steps_edit.textCursor().MoveOperation.End)
    type_text(page.steps_edit, " ขั้นแรก")
    qtbot.waitUntil(lambda: _steps(demo_db, mid).endswith("ขั้นแรก"), timeout=SAVE_DELAY_MS + 1500)
    assert page.steps_edit.hasFocus()  # saved without leaving the field
    type_text(page.steps_edit, " ขั้นสอง")
    qtbot.waitUntil(lambda: _steps(demo_db, mid).endswith("ขั้นสอง"), timeout=SAVE_DELAY_MS + 1500)
    assert stack.count() == steps_before + 1  # two saves, one step

    # a second session (the field left and entered again) is a second step
    page.tree.setFocus()
    page.steps_edit.setFocus()
    type_text(page.steps_edit, " สาม")
    qtbot.waitUntil(lambda: _steps(demo_db, mid).endswith("สาม"), timeout=SAVE_DELAY_MS + 1500)
    assert stack.count() == steps_before + 2
    page.tree.setFocus()
    stack.undo()
    assert _steps(demo_db, mid).endswith("ขั้นสอง")
    stack.undo()
    assert _steps(demo_db, mid) == original
    assert page.steps_edit.toPlainText() == original


def test_add_while_typing_saves_the_text_to_the_measure_it_was_typed_for(measures_page, qtbot, demo_db):
    page = measures_page
    mid = page.current_measure_id()
    page.title_edit.setFocus()
    page.title_edit.moveCursor(page.title_edit.textCursor().MoveOperation.End)
    type_text(page.title_edit, " (แก้)")
    new_id = page.add_measure()  # Ctrl+N before the typing pause
    assert new_id is not None and new_id != mid
    with demo_db.session() as s:
        assert s.get(Measure, mid).title.endswith("(แก้)")
        assert not s.get(Measure, new_id).title.endswith("(แก้)")
    assert page.current_measure_id() == new_id
    assert page.title_edit.hasFocus() and page.title_edit.toPlainText() == page.current_measure().title


@pytest.fixture
def settings_page(qtbot, demo_db):
    from app.services.units import list_units
    from ui.context import UiContext
    from ui.pages.settings import UnitSettingsPage

    from app.services import unit_edits

    ctx = UiContext(demo_db)
    with demo_db.transaction() as s:
        uid = next(u.id for u in list_units(s) if "ปลาไหล" in u.name)
        unit_edits.add_signer(s, uid, "นายหนึ่ง ทดสอบ", ["ปลัด อบต."])
        unit_edits.add_signer(s, uid, "นางสาวสอง ทดสอบ", ["นักวิเคราะห์นโยบายและแผน"])
    ctx.select(uid, 2568)
    page = UnitSettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _signers(db, unit_id: int) -> list[tuple[str, list[str]]]:
    from app.store.models import Unit

    with db.session() as s:
        return [(x.name, list(x.positions or [])) for x in s.get(Unit, unit_id).signers]


def test_signer_fields_save_while_typing_one_step_per_session(settings_page, qtbot, demo_db):
    """A signer's name and positions save while typing (no button), into the signer chosen in
    the list; one typing session in a field is one undo step."""
    page = settings_page
    uid = page.ctx.unit_id
    before = _signers(demo_db, uid)
    assert len(before) >= 2
    page.signer_view.setCurrentIndex(page.signer_model.index(1, 0))
    assert page.signer_name.text() == before[1][0]
    stack = page.ctx.undo_stack
    count = stack.count()
    page.signer_name.setFocus()
    page.signer_name.end(False)
    type_text(page.signer_name, " ทดสอบ")
    qtbot.waitUntil(lambda: _signers(demo_db, uid)[1][0] == before[1][0] + " ทดสอบ", timeout=SAVE_DELAY_MS + 1500)
    assert page.signer_name.hasFocus() and page.signer_name.text() == before[1][0] + " ทดสอบ"
    type_text(page.signer_name, "สอง")
    qtbot.waitUntil(lambda: _signers(demo_db, uid)[1][0].endswith("สอง"), timeout=SAVE_DELAY_MS + 1500)
    assert stack.count() == count + 1  # two saves, one step

    page.signer_positions.setFocus()  # leaving the name, typing a position: a second step
    page.signer_positions.moveCursor(page.signer_positions.textCursor().MoveOperation.End)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(page.signer_positions, Qt.Key.Key_Return)  # a new line: one position a line
    type_text(page.signer_positions, "รักษาราชการแทน")
    qtbot.waitUntil(lambda: _signers(demo_db, uid)[1][1][-1:] == ["รักษาราชการแทน"], timeout=SAVE_DELAY_MS + 1500)
    assert stack.count() == count + 2
    assert _signers(demo_db, uid)[0] == before[0]  # the other signer is untouched
    page.signer_view.setFocus()
    stack.undo()
    stack.undo()
    assert _signers(demo_db, uid) == before
    assert page.signer_name.text() == before[1][0]

    # an emptied name is not saved (the officer is retyping it): a Thai note, nothing stored
    page.signer_name.setFocus()
    page.signer_name.selectAll()
    page.signer_name.del_()
    page.signer_name.commit()
    assert "เว้นว่างไม่ได้" in page.message.text() and _signers(demo_db, uid) == before


def test_unit_kind_typed_by_hand_saves_while_typing(settings_page, qtbot, demo_db):
    from app.store.models import Unit

    page = settings_page
    page.kind_edit.setFocus()
    page.kind_edit.selectAll()
    type_text(page.kind_edit, "เทศบาลเมืองทดสอบ")

    def kind() -> str:
        with demo_db.session() as s:
            return s.get(Unit, page.ctx.unit_id).kind

    qtbot.waitUntil(lambda: kind() == "เทศบาลเมืองทดสอบ", timeout=SAVE_DELAY_MS + 1500)
    assert page.kind_combo.currentText() == "เทศบาลเมืองทดสอบ"
