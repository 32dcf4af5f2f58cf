"""The Documents page's column checklist shows the columns stored for the chosen document (unit,
kind, year, round), in their printed order, edits them undoably, and the document printed from
the page's request uses them (issue 13 §4 leftover)."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from app.reports import build_document  # noqa: E402
from app.reports import wording_edits  # noqa: E402
from tests.pdfcheck import extract_lines  # noqa: E402
from tests.demo_units import unit_id_like as _unit_id

pytestmark = pytest.mark.gui

SEED000_COLUMNS = ["title", "steps", "summary", "outcome", "responsible"]  # khao-samo-khon.json


@pytest.fixture
def page(qtbot, demo_db):
    from ui.context import UiContext
    from ui.pages.documents import DocumentsPage

    ctx = UiContext(demo_db)
    ctx.select(_unit_id(demo_db, "เขาสมอคอน"), 2568)
    p = DocumentsPage(ctx)
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    p.set_kind("progress")
    p.round_combo.setCurrentIndex(p.round_combo.findData(12))
    p._options_changed(reload_memo=True)
    return p


def _stored(page, round_=12) -> list[str]:
    with page.ctx.db.session() as s:
        return wording_edits.wording_values(s, page.ctx.unit_id, "progress", 2568, round_)["columns"]


def _text(page, tmp_path) -> str:
    with page.ctx.db.session() as s:
        pdf = build_document(s, page.request())
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return "".join(extract_lines(path)[1]).replace(" ", "")


def test_checklist_shows_and_edits_the_documents_stored_columns(qtbot, page, tmp_path):
    cols = page.columns_list
    assert cols.checked() == SEED000_COLUMNS  # seed 000's stored choice, in its order
    assert cols.keys() == SEED000_COLUMNS + ["period", "remarks"]  # then what may be added
    labels = [cols.model.item(r).text() for r in range(cols.model.rowCount())]
    assert labels[:2] == ["มาตรการ/กิจกรรมที่ดำเนินการ", "ขั้นตอน/วิธีปฏิบัติ"]  # seed 000's headings
    assert labels[-2:] == ["ระยะเวลาดำเนินการ", "หมายเหตุ"]  # the program's, where it has none
    # another round of the same year has nothing stored: the columns its data fills
    page.round_combo.setCurrentIndex(page.round_combo.findData(6))
    page._options_changed(reload_memo=True)
    assert cols.checked() == ["title", "steps", "responsible", "summary", "outcome"]
    page.round_combo.setCurrentIndex(page.round_combo.findData(12))
    page._options_changed(reload_memo=True)
    assert cols.checked() == SEED000_COLUMNS
    assert "ขั้นตอน/วิธีปฏิบัติ" in _text(page, tmp_path)  # seed 000's heading of "steps"

    cols.set_key_checked("steps", False)  # as the officer unticks it
    qtbot.waitUntil(lambda: _stored(page) == ["title", "summary", "outcome", "responsible"])
    assert cols.checked() == ["title", "summary", "outcome", "responsible"]
    assert page.request().columns is None  # the print reads the stored choice
    text = _text(page, tmp_path)
    assert "ขั้นตอน/วิธีปฏิบัติ" not in text and "หน่วยงานผู้รับผิดชอบ" in text
    assert _stored(page, 6) == []  # only this document changed

    cols.set_key_checked("remarks", True)  # the list's order is the table's
    qtbot.waitUntil(lambda: _stored(page) == ["title", "summary", "outcome", "responsible", "remarks"])
    cols.set_key_checked("steps", True)
    qtbot.waitUntil(lambda: _stored(page) == SEED000_COLUMNS + ["remarks"])
    for _ in range(3):
        page.ctx.undo_stack.undo()
    assert _stored(page) == SEED000_COLUMNS and cols.checked() == SEED000_COLUMNS
    # a heading typed in names its column in the list too
    page.wording.heading_edits["steps"].setText("วิธีปฏิบัติของเรา")
    page.wording.heading_edits["steps"].editingFinished.emit()
    assert cols.model.item(cols.keys().index("steps")).text() == "วิธีปฏิบัติของเรา"
    assert cols.checked() == SEED000_COLUMNS


def test_unticking_every_column_is_refused(qtbot, page):
    for c in SEED000_COLUMNS[:-1]:
        page.columns_list.set_key_checked(c, False)
    qtbot.waitUntil(lambda: _stored(page) == ["responsible"])
    page.columns_list.set_key_checked("responsible", False)
    qtbot.waitUntil(lambda: "อย่างน้อยหนึ่งคอลัมน์" in page.status_label.text())
    assert _stored(page) == ["responsible"] and page.columns_list.checked() == ["responsible"]


def test_plan_default_columns_and_back_to_default(qtbot, demo_db, tmp_path):
    from ui.context import UiContext
    from ui.pages.documents import DocumentsPage

    ctx = UiContext(demo_db)
    ctx.select(_unit_id(demo_db, "ม่วงยาย"), 2569)
    p = DocumentsPage(ctx)
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    p.set_kind("plan")
    cols = p.columns_list
    default = ["title", "finding", "steps", "period", "responsible"]  # no measure has monitoring
    assert cols.checked() == default
    def stored() -> list[str]:
        with ctx.db.session() as s:
            return wording_edits.wording_values(s, ctx.unit_id, "plan", 2569, None)["columns"]

    cols.set_key_checked("finding", False)
    qtbot.waitUntil(lambda: stored() == ["title", "steps", "period", "responsible"])
    cols.set_key_checked("monitoring", True)
    qtbot.waitUntil(lambda: stored() == ["title", "steps", "period", "responsible", "monitoring"])
    cols.set_key_checked("monitoring", False)
    cols.set_key_checked("finding", True)  # ticked again where it was: the default set again
    qtbot.waitUntil(lambda: stored() == [] and cols.checked() == default)
    # a preset stores its columns and the list shows them (the plan presets have none: the default)
    from app.reports.wording import PRESETS

    cols.set_key_checked("steps", False)
    qtbot.waitUntil(lambda: "steps" not in stored() and stored() != [])
    p.wording.preset_combo.setCurrentIndex(len(PRESETS["plan"]) - 1)
    p.wording.apply_preset()
    assert cols.checked() == default and stored() == []


def test_the_checklist_shows_only_where_columns_print(qtbot, page):
    """The items and status layouts have columns of their own: no checklist that would do nothing."""
    from app.reports.options import LAYOUT_COLUMNS, LAYOUT_ITEMS, LAYOUT_STATUS

    shown = {}
    for layout in (None, LAYOUT_COLUMNS, LAYOUT_ITEMS, LAYOUT_STATUS):
        page.layout_combo.setCurrentIndex(page.layout_combo.findData(layout))
        shown[layout] = page.options_form.isRowVisible(page.columns_list)
    assert shown == {None: True, LAYOUT_COLUMNS: True, LAYOUT_ITEMS: False, LAYOUT_STATUS: False}
    page.set_kind("plan")
    page._options_changed(reload_memo=True)
    assert page.options_form.isRowVisible(page.columns_list)
    page.set_kind("analysis")
    page._options_changed(reload_memo=True)
    assert not page.options_form.isRowVisible(page.columns_list)
