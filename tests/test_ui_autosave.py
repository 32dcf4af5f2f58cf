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
