"""The Documents page tells the officer, before printing, which memo signature blocks have nobody
on record (issue 13 §3 leftover), and its button opens the unit settings page where the signers
are entered; the note goes once they are. The demo's made-up example people are taken off first
(a unit whose people are not entered yet)."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings  # noqa: E402
from sqlalchemy import select  # noqa: E402

from app.services.changes import Changes  # noqa: E402
from app.services import unit_edits  # noqa: E402
from app.store.models import Unit  # noqa: E402
from ui.pages.registry import page_index  # noqa: E402
from ui.settings import WindowSettings  # noqa: E402
from tests.test_reports_memo_signers import without_example_signers  # noqa: E402

pytestmark = pytest.mark.gui

MUANG = "เทศบาลตำบลม่วงยาย"
KHAO = "องค์การบริหารส่วนตำบลเขาสมอคอน"


def _uid(db, name: str) -> int:
    with db.session() as s:
        return s.scalar(select(Unit.id).where(Unit.name == name))


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    from ui.main import build_window, make_application

    make_application()
    without_example_signers(demo_db)
    w = build_window(demo_db, WindowSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(w)
    w.select(_uid(demo_db, MUANG), 2568)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def test_missing_signers_note_and_the_way_to_settings(window, demo_db, qtbot):
    page = window.page("documents")
    window.show_page(page_index("documents"))
    assert window.current_page_key() == "documents"
    page.set_kind("analysis")
    page.with_memo_check.setChecked(False)
    page._options_changed(reload_memo=True)
    assert not page.signers_bar.isVisible()  # no memo in the document: nothing to say
    page.with_memo_check.setChecked(True)
    assert page.signers_bar.isVisible()
    note = page.signers_note.text()
    for block in ("ผู้เสนอบันทึก", "ปลัดเทศบาลตำบลม่วงยาย", "นายกเทศมนตรีตำบลม่วงยาย", "ข้อมูลหน่วยงาน"):
        assert block in note
    page.signers_button.click()
    assert window.current_page_key() == "settings"
    # the officer enters the three people with their roles (test names)
    uid = _uid(demo_db, MUANG)
    with demo_db.transaction() as s:
        for name, role in (("นางทดสอบ หนึ่ง", "officer"), ("นายทดสอบ สอง", "chief"), ("นายทดสอบ สาม", "head")):
            unit_edits.add_signer(s, uid, name, ["ตำแหน่งทดสอบ"], role=role)
    window.ctx.notify(Changes(unit=True))
    window.show_page(page_index("documents"))
    assert window.current_page_key() == "documents"
    qtbot.waitUntil(lambda: not page.signers_bar.isVisible())
    assert page.signers_note.text() == ""


def test_memo_only_document_and_a_unit_with_everyone_on_record(qtbot, demo_db):
    from ui.context import UiContext
    from ui.pages.documents import DocumentsPage

    without_example_signers(demo_db)
    ctx = UiContext(demo_db)
    ctx.select(_uid(demo_db, KHAO), 2568)
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.set_kind("memo")
    assert not page.signers_bar.isVisible()  # seed 000's people are all on record
    requested = []
    ctx.page_requested.connect(requested.append)
    ctx.select(_uid(demo_db, MUANG), 2568)
    qtbot.waitUntil(page.signers_bar.isVisible)
    page.signers_button.click()
    assert requested == ["settings"]
