"""The officer's wording in the window: the Documents page shows a document's stored wording,
presets and edits are stored and undoable, and the print uses them; the unit settings page sets
ส่วนราชการ, a signer's role and a scanned signature."""
from __future__ import annotations

import io

import pytest

pytest.importorskip("pytestqt")

from PIL import Image  # noqa: E402

from app.reports.wording import PRESETS  # noqa: E402
from app.reports import wording_edits  # noqa: E402
from app.store.models import Signer, Unit  # noqa: E402
from tests.demo_units import unit_id_like as _unit_id

pytestmark = pytest.mark.gui

SEED000 = "รายงานผลการดำเนินการตามแผนงานเสริมสร้างคุณธรรม จริยธรรม ธรรมาภิบาลเพื่อป้องกันการทุจริต"


@pytest.fixture
def ctx(demo_db):
    from ui.context import UiContext

    c = UiContext(demo_db)
    c.select(_unit_id(demo_db, "เขาสมอคอน"), 2568)
    return c


def test_documents_page_wording_presets_edits_and_undo(qtbot, ctx):
    from ui.pages.documents import DocumentsPage

    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    page.set_kind("progress")
    page.refresh()
    w = page.wording
    assert w.title_edit.toPlainText() == SEED000  # the unit's stored wording (seed 000)
    assert w.heading_edits["title"].text() == "มาตรการ/กิจกรรมที่ดำเนินการ"
    assert w.photos_combo.currentData() == "group"
    # the seed 004 preset replaces title and headings; undo brings seed 000's back
    w.preset_combo.setCurrentIndex(next(k for k, p in enumerate(PRESETS["progress"]) if "๐๐๔" in p.name))
    w.apply_preset()
    key = (ctx.unit_id, "progress", 2568, 12)
    with ctx.db.session() as s:
        values = wording_edits.wording_values(s, *key)
    assert values["title"] == "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
    assert values["headings"] == {} and values["photos_placement"] == "end"
    assert w.title_edit.toPlainText() == values["title"]  # the page shows what was stored
    ctx.undo_stack.undo()
    with ctx.db.session() as s:
        assert wording_edits.wording_values(s, *key)["title"] == SEED000
    # a heading typed in is stored for this document only
    w.heading_edits["steps"].setText("วิธีปฏิบัติ")
    w.heading_edits["steps"].editingFinished.emit()
    with ctx.db.session() as s:
        assert wording_edits.wording_values(s, *key)["headings"]["steps"] == "วิธีปฏิบัติ"
        assert wording_edits.wording_values(s, ctx.unit_id, "progress", 2568, 6)["headings"] == {}
    # the cover check and the preparer go into the print
    w.cover_check.setChecked(True)
    w.preparer_combo.setCurrentIndex(1)
    w.preparer_combo.activated.emit(1)
    with ctx.db.session() as s:
        stored = wording_edits.wording_values(s, *key)
    assert stored["cover"] is True and stored["preparer_id"] is not None
    ui_grab = page.grab()
    assert not ui_grab.isNull()


def test_settings_page_office_role_and_signature(qtbot, ctx, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from ui.pages.settings import UnitSettingsPage

    page = UnitSettingsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.edits["office"].text() == "สำนักงานปลัด องค์การบริหารส่วนตำบลเขาสมอคอน"
    page.signer_view.setCurrentIndex(page.signer_model.index(0, 0))
    assert page.signer_role.currentData() == "officer"
    # make the second signer (the ปลัด) the one who signs memos: the officer loses the role
    page.signer_view.setCurrentIndex(page.signer_model.index(1, 0))
    page.signer_role.setCurrentIndex(page.signer_role.findData("officer"))
    page.set_signer_role()
    with ctx.db.session() as s:
        roles = [sg.role for sg in s.get(Unit, ctx.unit_id).signers]
    assert roles == ["", "officer", "head"]
    # a scanned signature from a file
    path = tmp_path / "sig.png"
    buf = io.BytesIO()
    Image.new("RGB", (200, 60), (0, 0, 90)).save(buf, "PNG")
    path.write_bytes(buf.getvalue())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    page.choose_signature()
    with ctx.db.session() as s:
        signer = s.get(Unit, ctx.unit_id).signers[1]
        assert signer.signature_png == path.read_bytes()
    ctx.undo_stack.undo()
    with ctx.db.session() as s:
        assert s.get(Unit, ctx.unit_id).signers[1].signature_png is None
    # a file that is not an image is refused with a Thai message, nothing stored
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    page.choose_signature()
    assert "ไม่ใช่ภาพ" in page.message.text()
    with ctx.db.session() as s:
        assert all(sg.signature_png is None for sg in s.scalars(__import__("sqlalchemy").select(Signer)))


def test_documents_page_cover_title(qtbot, demo_db):
    """The cover's own title: shown for the stored document (seed 001's), editable once the
    cover is on, set by the seed 001 preset, undoable."""
    from ui.context import UiContext
    from ui.pages.documents import DocumentsPage

    ctx = UiContext(demo_db)
    ctx.select(_unit_id(demo_db, "เวียงห้า"), 2566)
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    page.set_kind("progress")
    page.round_combo.setCurrentIndex(page.round_combo.findData(12))
    page.refresh()
    w = page.wording
    assert w.cover_check.isChecked() and w.cover_title_edit.isEnabled()
    assert w.cover_title_edit.toPlainText().startswith("รายงานผลการดำเนินการ\nเพื่อส่งเสริม")
    key = (ctx.unit_id, "progress", 2566, 12)
    w.cover_title_edit.setPlainText("ปกของเรา")  # as typed (textChanged stores it)
    with ctx.db.session() as s:
        assert wording_edits.wording_values(s, *key)["cover_title"] == "ปกของเรา"
    assert page.request().cover_title is None  # the print reads the stored wording
    ctx.undo_stack.undo()
    with ctx.db.session() as s:
        assert wording_edits.wording_values(s, *key)["cover_title"].startswith("รายงานผลการดำเนินการ")
    # the cover off: its title cannot be edited; the seed 001 preset turns both on
    w.cover_check.setChecked(False)
    assert not w.cover_title_edit.isEnabled()
    w.preset_combo.setCurrentIndex(next(k for k, p in enumerate(PRESETS["progress"]) if "๐๐๑" in p.name))
    w.apply_preset()
    with ctx.db.session() as s:
        values = wording_edits.wording_values(s, *key)
    assert values["cover"] and values["cover_title"] == PRESETS["progress"][2].cover_title
    assert w.cover_title_edit.isEnabled() and w.cover_title_edit.toPlainText() == values["cover_title"]
