"""The Documents page's wording box edits a cover's further lines (seed 003's "ภาค ๖" and pledge):
it shows the stored lines, is enabled with the cover, stores what is typed and undoes it."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from app.reports import wording_edits  # noqa: E402
from tests.demo_units import unit_id_like as _unit_id

pytestmark = pytest.mark.gui


def test_cover_lines_box_shows_stores_and_undoes(qtbot, demo_db):
    from ui.context import UiContext
    from ui.pages.documents import DocumentsPage

    ctx = UiContext(demo_db)
    ctx.select(_unit_id(demo_db, "ม่วงยาย"), 2568)
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    page.set_kind("analysis")
    page.refresh()
    box = page.wording.cover_extra_edit
    assert box.isEnabled() and box.toPlainText().startswith("ภาค ๖\n\n\"ผู้บริหาร")  # the demo's seed 003
    box.setPlainText("ภาค ๖")
    with demo_db.session() as s:
        assert wording_edits.wording_values(s, ctx.unit_id, "analysis", 2568, None)["cover_extra"] == "ภาค ๖"
    ctx.undo_stack.undo()
    page.refresh()
    assert box.toPlainText().endswith("งดรับ\nงดให้")
    page.wording.cover_check.setChecked(False)  # no cover: nothing to add to it
    assert not box.isEnabled()
    # another document with none stored: an empty box
    ctx.select(_unit_id(demo_db, "เขาสมอคอน"), 2568)
    page.refresh()
    assert box.toPlainText() == "" and not box.isEnabled()
