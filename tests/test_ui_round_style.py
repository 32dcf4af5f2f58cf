"""The Documents page's wording box chooses how the progress heading prints its round (issue 13
§4): each choice reads as the line it prints in the unit's digits, is stored per document and undoable."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from app.reports import wording_edits  # noqa: E402
from tests.demo_units import unit_id_like as _unit_id

pytestmark = pytest.mark.gui


def _stored(page, year: int, round_: int) -> str:
    with page.ctx.db.session() as s:
        return wording_edits.wording_values(s, page.ctx.unit_id, "progress", year, round_)["round_style"]


@pytest.fixture
def page(qtbot, demo_db):
    from ui.context import UiContext
    from ui.pages.documents import DocumentsPage

    ctx = UiContext(demo_db)
    ctx.select(_unit_id(demo_db, "ขามสะแกแสง"), 2566)
    p = DocumentsPage(ctx)
    qtbot.addWidget(p)
    p.set_kind("progress")
    p.refresh()
    _choose(p.round_combo, 6)  # seed 004 is the 6-month report
    return p


def _choose(combo, data) -> None:
    """As the officer does: pick an entry from the list (``activated`` follows a click only)."""
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_round_line_choice_is_remembered_per_document_and_undoable(page):
    ctx, combo = page.ctx, page.wording.round_combo
    kham = ctx.unit_id
    assert combo.currentData() == "months"  # the demo stores seed 004's
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "รอบ ๖ เดือน (ต.ค. ๒๕๖๕ – มี.ค. ๒๕๖๖)",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ (รอบ ๖ เดือน)",
        "รอบ ๖ เดือน (ตั้งแต่เดือนตุลาคม ๒๕๖๕ - เดือนมีนาคม ๒๕๖๖)",
        "ไม่พิมพ์บรรทัดรอบ (ชื่อรายงานระบุเอง)",
    ]
    _choose(combo, "plain")
    assert _stored(page, 2566, 6) == "plain" and _stored(page, 2566, 12) == ""
    # another unit and year show their own (none stored: the program's), then back
    ctx.select(_unit_id(ctx.db, "ม่วงยาย"), 2569)
    page.refresh()
    assert combo.currentData() == "period" and "๒๕๖๙" in combo.currentText()
    ctx.select(kham, 2566)
    page.refresh()
    _choose(page.round_combo, 6)
    assert combo.currentData() == "plain"
    ctx.undo_stack.undo()
    assert _stored(page, 2566, 6) == "months"
    page.refresh()
    assert combo.currentData() == "months"
    # Arabic digits asked for the print: the choices read so
    page.digits_combo.setCurrentIndex(page.digits_combo.findData(False))
    _choose(page.round_combo, 6)
    assert combo.currentText() == "รอบ 6 เดือน (ตั้งแต่เดือนตุลาคม 2565 - เดือนมีนาคม 2566)"
    # the wording box has it for the progress report only
    page.set_kind("plan")
    assert not page.wording.form.isRowVisible(combo)


def test_seed_002_preset_fills_the_documents_year_and_unit_and_undoes(page):
    """Seed 002's preset writes its heading for this document (its year and unit in the title, no
    round line); the preset box then names it; undo brings seed 004's wording back."""
    from app.reports.wording import PRESETS

    ctx, w = page.ctx, page.wording
    k = next(i for i, p in enumerate(PRESETS["progress"]) if "๐๐๒" in p.name)
    w.preset_combo.setCurrentIndex(k)
    w.apply_preset()
    with ctx.db.session() as s:
        values = wording_edits.wording_values(s, ctx.unit_id, "progress", 2566, 6)
    assert values["title"] == ("รายงานการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานปีงบประมาณ พ.ศ. ๒๕๖๖\n"
                               "ของ องค์การบริหารส่วนตำบลขามสะแกแสง")
    assert values["round_style"] == "none"
    assert w.round_combo.currentData() == "none" and w.preset_combo.currentData() == k
    assert w.title_edit.toPlainText() == values["title"]
    ctx.undo_stack.undo()
    assert _stored(page, 2566, 6) == "months"
