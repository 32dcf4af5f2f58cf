"""The documents screen: background generation keeps the event loop alive, the preview opens
the generated PDF, printing sends the chosen pages, saving writes the file, and memo edits are
stored, printed and undoable. Dialogs are patched, never left open."""
from __future__ import annotations

import time

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtPdf import QPdfDocument  # noqa: E402
from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: E402
from PySide6.QtWidgets import QDialog, QFileDialog  # noqa: E402

from app.reports import memo_edits  # noqa: E402
from tests.demo_units import unit_id_like as _unit_id

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, demo_db, build_process):
    from ui.context import UiContext
    from ui.pages.documents import DocumentsPage

    ctx = UiContext(demo_db)
    ctx.builds = build_process  # warm across tests
    ctx.select(_unit_id(demo_db, "ม่วงยาย"), 2569)
    p = DocumentsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1300, 850)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.runner.wait(30000)
    p.runner.cancel()  # the shared build process is stopped at the end of the session


def _generate(page, qtbot) -> tuple[int, float]:
    """Build in the background; returns how often a 10 ms heartbeat ticked while the build ran
    and the longest gap between ticks (the UI thread's longest stall). Loading the preview
    afterwards happens on the UI thread and is not counted."""
    ticks = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: page.busy() and ticks.append(time.perf_counter()))
    heartbeat.start()
    with qtbot.waitSignal(page.runner.finished, timeout=30000):
        started = time.perf_counter()
        assert page.generate() is not None
        assert page.busy() and page.progress_bar.isVisible()
        returned = time.perf_counter() - started
    heartbeat.stop()
    assert returned < 0.5  # generate() hands the work off and returns at once
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    return len(ticks), max(gaps, default=0.0)


def _pdf_text(data: bytes) -> str:
    from pypdfium2 import PdfDocument

    doc = PdfDocument(data)
    return "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc))).replace("\r\n", "")


def test_background_generation_preview_print_and_save(page, qtbot, tmp_path, monkeypatch):
    page.set_kind("plan")
    ticks, stall = _generate(page, qtbot)
    print(f"heartbeat: {ticks} ticks, longest stall {stall * 1000:.0f} ms")
    # The event loop kept running while the PDF was laid out (in the build process). On a loaded
    # 2-core machine (the whole suite, other jobs) the window itself may wait for a processor, so
    # the bound is loose here and the real figure is measured in benchmarks/bench_gui.py --stalls
    # (speed targets are not timed tests).
    assert ticks >= 1 and stall < 3.0
    assert not page.progress_bar.isVisible() and not page.busy()
    assert page.preview.document.status() == QPdfDocument.Status.Ready
    pages = page.preview.document.pageCount()
    assert pages > 0 and page.preview.page_count() == pages
    assert "มาตรการส่งเสริม" in _pdf_text(page.pdf)
    assert page.print_button.isEnabled() and page.save_button.isEnabled()

    page.preview.zoom_in()
    assert page.preview.zoom_label.text().endswith("%")
    page.preview.fit_width()
    assert page.preview.fit_width_button.isChecked()

    # print pages 1–2 to a PDF file through a patched print dialog
    out = tmp_path / "printed.pdf"
    real_make_printer = page.make_printer

    def make_printer():
        printer = real_make_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(96)
        return printer

    def accept(dialog):
        dialog.printer().setPrintRange(QPrinter.PrintRange.PageRange)
        dialog.printer().setFromTo(1, 2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "make_printer", make_printer)
    monkeypatch.setattr(QPrintDialog, "exec", accept)
    with qtbot.waitSignal(page.print_finished, timeout=30000) as printed_signal:
        assert page.print_document() == 2  # returns at once; the pages go out in the background
        assert page.print_progress is not None and page.print_progress.isVisible()
    assert printed_signal.args == [2]
    from pypdf import PdfReader

    printed = PdfReader(str(out))
    assert len(printed.pages) == 2
    assert float(printed.pages[0].mediabox.width) > float(printed.pages[0].mediabox.height)  # landscape plan

    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert page.print_document() == 0

    target = tmp_path / "แผน"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    saved = page.save_pdf()
    assert saved == target.with_suffix(".pdf") and saved.read_bytes() == page.pdf
    assert page.default_file_name().startswith("มาตรการ-2569")


def test_memo_edits_are_stored_printed_and_undone(page, qtbot):
    page.set_kind("progress")
    page.round_combo.setCurrentIndex(0)  # 6 months
    page.with_memo_check.setChecked(True)
    assert page.left_tabs.isTabEnabled(1)
    assert page.memo_key() == ("progress", 2569, 6)
    editor = page.memo_editor
    assert "รอบ ๖ เดือน" in editor.subject.toPlainText()  # prefilled from the data
    unit_id = page.ctx.unit_id
    with page.ctx.db.session() as s:
        assert memo_edits.find_memo_id(s, unit_id, "progress", 2569, 6) is None

    editor.number.setText("พร ๕๕๖๐๑/๗๗๗")
    editor.number.commit()
    with page.ctx.db.session() as s:
        stored = memo_edits.memo_values(s, unit_id, "progress", 2569, 6)
        assert memo_edits.find_memo_id(s, unit_id, "progress", 2569, 6) is not None
    assert stored["number"] == "พร ๕๕๖๐๑/๗๗๗"

    editor.body_form.setCurrentIndex(1)
    editor.template_button.click()  # the four-part body
    assert [r.heading.text() for r in editor._sections] == list(memo_edits.FOUR_PART_HEADINGS)

    _generate(page, qtbot)
    text = _pdf_text(page.pdf)
    assert "พร ๕๕๖๐๑/๗๗๗" in text and "ข้อเท็จจริง" in text
    assert page.preview.page_count() > 1  # memo, then the report

    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.undo()
    with page.ctx.db.session() as s:
        assert memo_edits.find_memo_id(s, unit_id, "progress", 2569, 6) is None
    assert editor.number.text() != "พร ๕๕๖๐๑/๗๗๗"


def test_failed_build_is_reported_not_raised(page, qtbot):
    page.ctx.select(page.ctx.unit_id, 2590)  # no plan that year
    page.refresh()
    page.set_kind("plan")
    with qtbot.waitSignal(page.runner.failed, timeout=30000) as blocker:
        page.generate()
    assert "ไม่มีมาตรการ" in blocker.args[0] and "ไม่มีมาตรการ" in page.status_label.text()
    assert not page.progress_bar.isVisible()


def test_changed_options_or_failed_build_clear_the_preview(page, qtbot, tmp_path, monkeypatch):
    page.set_kind("plan")
    _generate(page, qtbot)
    assert page.has_current_document() and page.print_button.isEnabled()
    page.digits_combo.setCurrentIndex(page.digits_combo.findData(False))  # Arabic digits now
    assert page.pdf is None and page.preview.page_count() == 0
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x.pdf"), ""))
    assert page.save_pdf() is None and not (tmp_path / "x.pdf").exists()

    # a build for the new options, then a failed one: the older preview must not stay
    _generate(page, qtbot)
    assert page.has_current_document()
    page.ctx.select(page.ctx.unit_id, 2590)  # no plan that year
    page.refresh()
    assert page.pdf is None  # another year: the old preview is gone at once
    with qtbot.waitSignal(page.runner.failed, timeout=30000):
        page.generate()
    assert page.preview.page_count() == 0 and not page.print_button.isEnabled()


def test_keys_build_and_save_and_the_round_follows_the_date(page, qtbot, tmp_path, monkeypatch):
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    page.ctx.today = lambda: dt.date(2026, 11, 30)  # fiscal 2569 is over: its report is the 12-month one
    page.compare_spin.setProperty("year", None)
    page.refresh()
    assert page.round_combo.currentData() == 12
    page.ctx.select(page.ctx.unit_id, 2570)
    page.refresh()
    assert page.round_combo.currentData() == 6  # 2570 runs until March: the 6-month round
    page.ctx.select(page.ctx.unit_id, 2569)
    page.refresh()

    page.set_kind("plan")
    page.kind_combo.setFocus()
    with qtbot.waitSignal(page.runner.finished, timeout=30000):
        QTest.keyClick(page.kind_combo, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert page.has_current_document()
    target = tmp_path / "มาตรการ.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    QTest.keyClick(page.kind_combo, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert target.read_bytes() == page.pdf


def test_printing_can_be_cancelled(page, qtbot, tmp_path, monkeypatch):
    page.set_kind("plan")
    _generate(page, qtbot)
    real_make_printer = page.make_printer

    def make_printer():
        printer = real_make_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "cancelled.pdf"))
        printer.setResolution(96)
        return printer

    monkeypatch.setattr(page, "make_printer", make_printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    with qtbot.waitSignal(page.print_finished, timeout=30000) as done:
        total = page.print_document()
        assert total > 1
        from PySide6.QtWidgets import QPushButton

        cancel_button = page.print_progress.findChild(QPushButton)  # the officer clicks "ยกเลิกการพิมพ์"
        page.print_job.progress.connect(lambda n, _t: n == 1 and cancel_button.click())
    assert done.args == [0]
    assert "ยกเลิก" in page.status_label.text() and page.print_job is None


def test_a_build_can_be_cancelled_with_its_button_or_esc(page, qtbot):
    """While a build runs a 'ยกเลิก' button and Esc stop it: nothing is delivered, the buttons
    that act on a document stay off, and the next build works."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    delivered = []
    page.runner.finished.connect(lambda pdf, request: delivered.append(request))
    page.set_kind("plan")
    for cancel in (lambda: page.cancel_button.click(),
                   lambda: QTest.keyClick(page.kind_combo, Qt.Key.Key_Escape)):
        page.generate()
        assert page.busy() and page.cancel_button.isVisible()
        page.kind_combo.setFocus()
        cancel()
        assert not page.busy()
        assert not page.cancel_button.isVisible() and not page.progress_bar.isVisible()
        assert "ยกเลิก" in page.status_label.text()
        assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    qtbot.wait(300)
    assert delivered == []
    with qtbot.waitSignal(page.runner.finished, timeout=60000):
        page.generate()
    assert page.has_current_document() and not page.cancel_button.isVisible()
