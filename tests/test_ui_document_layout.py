"""The Documents page remembers a document's layout (progress: columns | items | status; plan:
indicator | theme) with its wording, undoably, and its wording preset box names the preset the
stored wording is (issue 13 §4 leftovers)."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from app.reports import wording_edits  # noqa: E402
from app.reports.wording import PRESETS  # noqa: E402
from tests.demo_units import unit_id_like as _unit_id

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, demo_db):
    from ui.context import UiContext
    from ui.pages.documents import DocumentsPage

    ctx = UiContext(demo_db)
    ctx.select(_unit_id(demo_db, "ปลาไหล"), 2568)
    p = DocumentsPage(ctx)
    qtbot.addWidget(p)
    p.round_combo.setCurrentIndex(p.round_combo.findData(12))
    p.set_kind("progress")
    p.refresh()
    return p


def _choose(combo, data) -> None:
    """As the officer does: pick an entry from the list (``activated`` follows a click only)."""
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _stored(page, kind: str, year: int, round_: int | None) -> str:
    with page.ctx.db.session() as s:
        return wording_edits.wording_values(s, page.ctx.unit_id, kind, year, round_)["layout"]


def test_progress_layout_is_remembered_per_document_and_undoable(page):
    ctx = page.ctx
    pla, muang = ctx.unit_id, _unit_id(ctx.db, "ม่วงยาย")
    assert page.layout_combo.currentData() == "items"  # the demo stores seed 002's layout
    assert page.request().layout == "items"
    _choose(page.layout_combo, "status")
    assert _stored(page, "progress", 2568, 12) == "status"
    assert _stored(page, "progress", 2568, 6) == ""  # this round only
    # another unit and year show their own (none stored: chosen from the data), then back
    ctx.select(muang, 2569)
    page.refresh()
    assert page.layout_combo.currentData() is None
    ctx.select(pla, 2568)
    page.refresh()
    assert page.layout_combo.currentData() == "status" and page.request().layout == "status"
    # the other round of the same year has its own
    _choose(page.round_combo, 6)
    assert page.layout_combo.currentData() is None
    _choose(page.round_combo, 12)
    assert page.layout_combo.currentData() == "status"
    ctx.undo_stack.undo()
    assert _stored(page, "progress", 2568, 12) == "items"
    page.refresh()
    assert page.layout_combo.currentData() == "items"
    ctx.undo_stack.redo()
    page.refresh()
    assert page.layout_combo.currentData() == "status"
    # the first entry ("chosen from the data") is stored as none chosen
    _choose(page.layout_combo, None)
    assert _stored(page, "progress", 2568, 12) == ""


def test_plan_grouping_is_remembered(page):
    ctx = page.ctx
    page.set_kind("plan")
    assert page.grouping_combo.currentData() is None
    _choose(page.grouping_combo, "indicator")
    assert _stored(page, "plan", 2568, None) == "indicator"
    ctx.select(_unit_id(ctx.db, "ม่วงยาย"), 2569)
    page.refresh()
    assert page.grouping_combo.currentData() is None
    ctx.select(_unit_id(ctx.db, "ปลาไหล"), 2568)
    page.refresh()
    assert page.grouping_combo.currentData() == "indicator" and page.request().layout == "indicator"
    page.set_kind("progress")  # the progress report keeps its own layout
    assert page.layout_combo.currentData() == "items"


def test_preset_box_names_the_stored_wording(page):
    box = page.wording.preset_combo
    names = [p.name for p in PRESETS["progress"]]
    assert "๐๐๒" in box.currentText() and box.currentData() == next(k for k, n in enumerate(names) if "๐๐๒" in n)
    assert box.count() == len(names)  # no "custom" entry while a preset matches
    # the title typed over: the officer's own wording
    page.wording.title_edit.setPlainText("รายงานของเราเอง")
    assert box.currentText() == "กำหนดเอง" and box.currentData() is None
    page.ctx.undo_stack.undo()
    page.refresh()
    assert "๐๐๒" in box.currentText() and box.count() == len(names)
    # another unit's stored wording: seed 000's preset; a document with none stored: the standard one
    page.ctx.select(_unit_id(page.ctx.db, "เขาสมอคอน"), 2568)
    page.refresh()
    assert "๐๐๐" in box.currentText()
    page.ctx.select(_unit_id(page.ctx.db, "ม่วงยาย"), 2569)
    page.refresh()
    assert box.currentIndex() == 0 and box.currentText() == names[0]
    # a preset applied is the one shown
    box.setCurrentIndex(next(k for k, n in enumerate(names) if "๐๐๑" in n))
    page.wording.apply_preset()
    assert "๐๐๑" in box.currentText()
    page.set_kind("analysis")
    assert box.currentText() == PRESETS["analysis"][0].name
