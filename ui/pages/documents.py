"""Documents: choose what to print and how, edit the cover memo, build the PDF in the
background, preview it, print it, save it.

The PDF comes from ``app.reports.build_document`` run by ``ui.workers.ReportRunner`` in the
window's warm build process (``ctx.builds``), so the window stays responsive (a progress bar shows the
reports' stages). Memo fields are stored as they are edited (``memo_edits`` through undoable
commands), so the next build prints them. Printing paints the previewed PDF's pages with
``ui.widgets.pdf_preview.PrintJob`` (page by page, cancellable, the window kept live).
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QFrame, QHBoxLayout, QLabel,
    QProgressBar, QProgressDialog, QPushButton, QScrollArea, QSpinBox, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from app.reports import DocumentRequest, memo_for
from app.reports.options import (
    KIND_ANALYSIS, KIND_COMPARISON, KIND_MEMO, KIND_PLAN, KIND_PROGRESS, KIND_SUMMARY, LAYOUT_COLUMNS,
    LAYOUT_ITEMS, LAYOUT_STATUS,
)
from app.reports import memo_edits
from app.reports.columns import all_columns, default_columns, document_columns
from app.reports.memo_check import missing_signers, missing_signers_note
from app.reports.plan import PLAN_HEADERS
from app.reports.progress import COLUMN_HEADERS
from app.services.changes import Changes
from app.store.models import Unit
from app.thai.dates import round_in_progress
from ui import commands_tracking as cmd
from ui.commands import push
from ui.context import UiContext
from ui.file_dialogs import PDF
from ui.pages.base import Page
from ui.widgets.checklist import CheckList
from ui.widgets.document_wording import DocumentWordingEditor
from ui.widgets.memo_editor import MemoEditor
from ui.widgets.pdf_preview import PdfPreview, PrintJob
from ui.widgets.word_export import WordExport
from ui.workers import ReportRunner

KIND_LABELS = (
    (KIND_ANALYSIS, "รายงานการวิเคราะห์ผลการประเมิน"),
    (KIND_PLAN, "มาตรการส่งเสริมคุณธรรมและความโปร่งใส"),
    (KIND_PROGRESS, "รายงานผลการดำเนินการตามมาตรการ"),
    (KIND_MEMO, "บันทึกข้อความอย่างเดียว"),
    (KIND_SUMMARY, "สรุปสถานะการดำเนินการตามมาตรการ"),
    (KIND_COMPARISON, "ผลการประเมินเปรียบเทียบสองปี"),
)
LAYOUT_LABELS = (
    (None, "อัตโนมัติ (ตามข้อมูล)"),
    (LAYOUT_COLUMNS, "ตารางตามคอลัมน์ (มาตรการ ขั้นตอน ผู้รับผิดชอบ ระยะเวลา สรุปผล ผลลัพธ์)"),
    (LAYOUT_ITEMS, "จัดตามประเด็น พร้อมข้อคำถามและคะแนนในช่องผลลัพธ์"),
    (LAYOUT_STATUS, "คำบรรยายรายตัวชี้วัด และสถานะแยก ๓ ช่อง"),
)
SHORT_NAMES = {KIND_ANALYSIS: "วิเคราะห์ผล-ITA", KIND_PLAN: "มาตรการ", KIND_PROGRESS: "รายงานผลมาตรการ",
               KIND_MEMO: "บันทึกข้อความ", KIND_SUMMARY: "สรุปสถานะมาตรการ", KIND_COMPARISON: "เปรียบเทียบผล-ITA"}
MEMO_COVERS = ((KIND_ANALYSIS, "รายงานการวิเคราะห์"), (KIND_PLAN, "มาตรการ"), (KIND_PROGRESS, "รายงานผลการดำเนินการ"))


def memo_key(kind: str, memo_kind: str | None, year: int, round_: int) -> tuple[str, int, int | None]:
    """The stored memo a request prints, as ``app.reports.build.memo_for`` finds it."""
    covered = memo_kind if kind == KIND_MEMO else kind
    covered = {KIND_SUMMARY: KIND_PROGRESS, KIND_COMPARISON: KIND_ANALYSIS}.get(covered, covered)
    return covered, year, round_ if covered == KIND_PROGRESS else None


def file_name_for(r: DocumentRequest | None, suffix: str, unit_name: str = "") -> str:
    """"มาตรการ-2569-เทศบาลตำบลม่วงยาย.pdf": the name proposed when a document is saved."""
    if r is None:
        return "เอกสาร" + suffix
    parts = [SHORT_NAMES.get(r.kind, r.kind), str(r.year)]
    if r.kind in (KIND_PROGRESS, KIND_SUMMARY):
        parts.append(f"{r.round}เดือน")
    parts.append(unit_name or str(r.unit))
    return re.sub(r'[\\/:*?"<>|]+', "-", "-".join(parts)) + suffix


class DocumentsPage(Page):
    CARES = Changes(unit=True, memos=True, measures=True, progress=True, scores=True, analysis=True)
    print_finished = Signal(int)  # pages sent (0: cancelled or failed)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.runner = ReportRunner(ctx.db, self, process=ctx.builds)
        self.runner.started.connect(self._on_started)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.pdf: bytes | None = None
        self.pdf_request: DocumentRequest | None = None
        self.unit_name = ""
        self._loading = False
        self._data_changed = False  # data edited since the preview was built
        self.print_job: PrintJob | None = None
        self.print_progress: QProgressDialog | None = None

        # --- what to print -----------------------------------------------------------------------
        self.kind_combo = QComboBox(self)
        for kind, label in KIND_LABELS:
            self.kind_combo.addItem(self.tr(label), kind)
        self.round_combo = QComboBox(self)
        self.round_combo.addItem(self.tr("รอบ ๖ เดือน"), 6)
        self.round_combo.addItem(self.tr("รอบ ๑๒ เดือน"), 12)
        self.round_combo.setCurrentIndex(1)
        self.layout_combo = QComboBox(self)
        for key, label in LAYOUT_LABELS:
            self.layout_combo.addItem(self.tr(label), key)
        self.grouping_combo = QComboBox(self)
        self.grouping_combo.addItem(self.tr("ตามที่ตั้งไว้ในแผน"), None)
        self.grouping_combo.addItem(self.tr("ตัวชี้วัด"), "indicator")
        self.grouping_combo.addItem(self.tr("ประเด็น"), "theme")
        self.memo_kind_combo = QComboBox(self)
        for kind, label in MEMO_COVERS:
            self.memo_kind_combo.addItem(self.tr(label), kind)
        self.compare_spin = QSpinBox(self)
        self.compare_spin.setRange(2560, 2700)
        self.digits_combo = QComboBox(self)
        self.digits_combo.addItem(self.tr("ตามที่ตั้งค่าหน่วยงานไว้"), None)
        self.digits_combo.addItem(self.tr("เลขไทย (๑๒๓)"), True)
        self.digits_combo.addItem(self.tr("เลขอารบิก (123)"), False)
        self.font_combo = QComboBox(self)
        self.font_combo.addItem(self.tr("ตามที่ตั้งค่าหน่วยงานไว้"), None)
        try:
            from app.typeset.fonts import available_font_choices

            for name in available_font_choices():
                self.font_combo.addItem(name, name)
        except Exception:  # noqa: BLE001 - the list is a convenience; the unit's font still works
            pass
        self.columns_list = CheckList(self)
        self.columns_list.setMaximumHeight(150)
        self.columns_list.setToolTip(self.tr("คอลัมน์ที่พิมพ์ของเอกสารนี้ (จำไว้เฉพาะเอกสารนี้ ปีนี้ รอบนี้)"))
        # Queued: storing the choice reloads the list, which must not happen inside the model's
        # own itemChanged signal (the item would be deleted under it).
        self.columns_list.changed.connect(self._columns_edited, Qt.ConnectionType.QueuedConnection)
        self.photos_check = QCheckBox(self.tr("พิมพ์ภาพประกอบ"), self)
        self.photos_check.setChecked(True)
        self.include_plan_check = QCheckBox(self.tr("ต่อท้ายด้วยมาตรการของปีถัดไป"), self)
        self.include_plan_check.setChecked(True)
        self.comparison_check = QCheckBox(self.tr("ต่อท้ายด้วยผลเปรียบเทียบสองปี"), self)
        self.with_memo_check = QCheckBox(self.tr("มีบันทึกข้อความนำหน้า (พิมพ์รวมเป็นไฟล์เดียว)"), self)

        options = QWidget(self)
        options_layout = QVBoxLayout(options)
        self.options_form = QFormLayout()
        options_layout.addLayout(self.options_form)
        options_layout.addStretch(1)
        self.options_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.options_form.addRow(self.tr("เอกสาร"), self.kind_combo)
        self.options_form.addRow(self.tr("รอบรายงาน"), self.round_combo)
        self.options_form.addRow(self.tr("รูปแบบรายงาน"), self.layout_combo)
        self.options_form.addRow(self.tr("จัดกลุ่มตาม"), self.grouping_combo)
        self.options_form.addRow(self.tr("บันทึกข้อความของ"), self.memo_kind_combo)
        self.options_form.addRow(self.tr("เทียบกับปี"), self.compare_spin)
        self.options_form.addRow(self.tr("ตัวเลข"), self.digits_combo)
        self.options_form.addRow(self.tr("แบบอักษร"), self.font_combo)
        self.options_form.addRow(self.tr("คอลัมน์"), self.columns_list)
        self.options_form.addRow(self.photos_check)
        self.options_form.addRow(self.include_plan_check)
        self.options_form.addRow(self.comparison_check)
        self.options_form.addRow(self.with_memo_check)
        self.wording = DocumentWordingEditor(self)
        self.wording.edited.connect(self._wording_edited)
        self.options_form.addRow(self.wording)
        for combo in (self.kind_combo, self.round_combo, self.memo_kind_combo):
            combo.activated.connect(lambda _i: self._options_changed(reload_memo=True))
        # the layout and the grouping are remembered per document, like its wording
        for combo in (self.layout_combo, self.grouping_combo):
            combo.activated.connect(lambda _i, c=combo: self._layout_chosen(c))
        self.layout_combo.currentIndexChanged.connect(lambda _i: self._sync_columns_row())  # chosen or loaded
        self.with_memo_check.toggled.connect(lambda _on: self._options_changed(reload_memo=True))
        for option in (self.kind_combo, self.round_combo, self.layout_combo, self.grouping_combo,
                       self.memo_kind_combo, self.compare_spin, self.digits_combo, self.font_combo,
                       self.columns_list, self.photos_check, self.include_plan_check, self.comparison_check,
                       self.with_memo_check):
            self.watch_option(option)

        self.memo_editor = MemoEditor(self)
        self.memo_editor.edited.connect(self._memo_edited)
        self.memo_editor.template_requested.connect(self._memo_template)
        memo_scroll = QScrollArea(self)
        memo_scroll.setWidgetResizable(True)
        memo_scroll.setFrameShape(QFrame.Shape.NoFrame)
        memo_scroll.setWidget(self.memo_editor)
        options_scroll = QScrollArea(self)
        options_scroll.setWidgetResizable(True)
        options_scroll.setFrameShape(QFrame.Shape.NoFrame)
        options_scroll.setWidget(options)
        self.left_tabs = QTabWidget(self)
        self.left_tabs.addTab(options_scroll, self.tr("เอกสารและตัวเลือก"))
        self.left_tabs.addTab(memo_scroll, self.tr("บันทึกข้อความ"))

        # --- build, preview, print -----------------------------------------------------------------
        self.generate_button = QPushButton(self.tr("สร้างเอกสาร"), self)
        self.generate_button.setToolTip(self.tr("F5 หรือ Ctrl+B"))
        self.generate_button.setDefault(True)
        self.print_button = QPushButton(self.tr("พิมพ์…"), self)
        self.print_button.setToolTip(self.tr("Ctrl+P"))
        self.save_button = QPushButton(self.tr("บันทึกเป็น PDF…"), self)
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.word = WordExport(self, ctx.db, self.request, lambda r: file_name_for(r, ".docx", self.unit_name))
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.hide()
        self.cancel_button = QPushButton(self.tr("ยกเลิก"), self)  # shown only while a build runs
        self.cancel_button.setToolTip(self.tr("หยุดสร้างเอกสาร (Esc)"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_build)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.generate_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_pdf)
        # The action bar: build, then what can be done with a current document. A button that
        # acts on the built document goes in ``output_buttons`` (enabled only while a current
        # document exists); the Word copy is built from the options, not the preview.
        self.actions_bar = bar = QHBoxLayout()
        self.output_buttons: list[QPushButton] = [self.print_button, self.save_button]
        self.word.status.connect(self.status_label.setText)
        for w in (self.generate_button, self.print_button, self.save_button, self.word.button, self.progress_bar,
                  self.cancel_button):
            bar.addWidget(w)
        bar.addWidget(self.status_label, 1)
        self.preview = PdfPreview(self)
        self.preview.digits = ctx.digits
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.preview, 1)

        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        # Memo signature blocks that would print no name (app.reports.memo_check): said before
        # printing, with the way to the page where the unit's signers are entered.
        self.signers_bar = QFrame(self)
        self.signers_bar.setStyleSheet("QFrame { background: #fff4ce; border: 1px solid #e0c060; }"
                                       "QLabel { border: none; }")
        self.signers_note = QLabel(self.signers_bar)
        self.signers_note.setWordWrap(True)
        self.signers_button = QPushButton(self.tr("ไปที่หน้าข้อมูลหน่วยงาน"), self.signers_bar)
        self.signers_button.clicked.connect(lambda: self.ctx.page_requested.emit("settings"))
        note_row = QHBoxLayout(self.signers_bar)
        note_row.setContentsMargins(8, 4, 8, 4)
        note_row.addWidget(self.signers_note, 1)
        note_row.addWidget(self.signers_button)
        self.signers_bar.hide()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.left_tabs)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([470, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.signers_bar)
        layout.addWidget(splitter, 1)

        here = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys in ("F5", "Ctrl+B"):
            QShortcut(QKeySequence(keys), self, activated=self.generate, context=here)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document, context=here)
        for keys in ("Ctrl+S", "Ctrl+Shift+S"):
            QShortcut(QKeySequence(keys), self, activated=self.save_pdf, context=here)
        QShortcut(QKeySequence("Ctrl+Shift+W"), self, activated=self.word.save, context=here)
        # Esc belongs to the build only while one runs (else the fields keep their own Esc)
        self.cancel_shortcut = QShortcut(QKeySequence("Esc"), self, activated=self.cancel_build, context=here)
        self.cancel_shortcut.setEnabled(False)
        self._options_changed(reload_memo=False)
        self._sync_buttons()

    # --- options -------------------------------------------------------------------------------

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self._options_changed(reload_memo=True)

    def watch_option(self, widget: QWidget) -> None:
        """Changing ``widget`` makes the preview out of date: it is cleared and print/save are
        disabled until the document is built again. Every option of the page goes through
        here (helpers adding options call it too)."""
        for name in ("currentIndexChanged", "valueChanged", "toggled", "changed", "textChanged"):
            signal = getattr(widget, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(self._option_touched)
                return

    def _option_touched(self, *_args) -> None:
        if not self._loading and self.pdf is not None and self.pdf_request != self.request():
            self.clear_document(self.tr("ตัวเลือกเปลี่ยนแล้ว — กด “สร้างเอกสาร” (F5) เพื่อสร้างใหม่"))

    def clear_document(self, message: str = "") -> None:
        """Drop the preview: nothing can be printed or saved until a current document exists."""
        self.pdf, self.pdf_request, self._data_changed = None, None, False
        self.preview.clear()
        self.status_label.setText(message)
        self._sync_buttons()

    def _set_row_visible(self, field: QWidget, visible: bool) -> None:
        self.options_form.setRowVisible(field, visible)

    def _sync_columns_row(self) -> None:
        """The column checklist only where columns are printed: the plan, and the progress report
        laid out in columns (chosen, or by the data); the items and status layouts have their own."""
        kind = self.kind()
        self._set_row_visible(self.columns_list, kind == KIND_PLAN or (
            kind == KIND_PROGRESS and self.layout_combo.currentData() in (None, LAYOUT_COLUMNS)))

    def _options_changed(self, reload_memo: bool) -> None:
        kind = self.kind()
        self._set_row_visible(self.round_combo, kind in (KIND_PROGRESS, KIND_SUMMARY)
                              or (kind == KIND_MEMO and self.memo_kind_combo.currentData() == KIND_PROGRESS))
        self._set_row_visible(self.layout_combo, kind == KIND_PROGRESS)
        self._set_row_visible(self.grouping_combo, kind == KIND_PLAN)
        self._set_row_visible(self.memo_kind_combo, kind == KIND_MEMO)
        self._set_row_visible(self.compare_spin, kind == KIND_COMPARISON)
        self._sync_columns_row()
        self._set_row_visible(self.photos_check, kind == KIND_PROGRESS)
        self._set_row_visible(self.include_plan_check, kind == KIND_ANALYSIS)
        self._set_row_visible(self.comparison_check, kind == KIND_PROGRESS)
        self._set_row_visible(self.with_memo_check, kind != KIND_MEMO)
        memo_on = kind == KIND_MEMO or self.with_memo_check.isChecked()
        self.left_tabs.setTabEnabled(1, memo_on)
        self.left_tabs.setTabToolTip(1, "" if memo_on else self.tr("เลือก “มีบันทึกข้อความนำหน้า” ก่อน"))
        self._set_row_visible(self.wording, kind != KIND_MEMO)
        self._load_wording()
        if reload_memo:
            self._load_memo()
        self._check_signers()

    def _check_signers(self) -> None:
        """Show which memo signature blocks have no name (or position) on record, if the
        document is or carries a memo."""
        request = self.request()
        note = ""
        if request is not None and (request.kind == KIND_MEMO or request.with_memo):
            try:
                with self.ctx.db.session() as s:
                    note = missing_signers_note(missing_signers(memo_for(s, request)))
            except ValueError:  # no such unit or year any more: the build will say so
                note = ""
        self.signers_note.setText(note)
        self.signers_bar.setVisible(bool(note))

    def request(self) -> DocumentRequest | None:
        """The document the options describe, for the current unit and year."""
        year = self.ctx.fiscal_year
        if not self.unit_name or year is None:
            return None
        kind = self.kind()
        layout = None
        if kind == KIND_PROGRESS:
            layout = self.layout_combo.currentData()
        elif kind == KIND_PLAN:
            layout = self.grouping_combo.currentData()
        return DocumentRequest(
            kind=kind, unit=self.ctx.unit_id, year=year, round=self.round_combo.currentData(), layout=layout,
            with_memo=kind != KIND_MEMO and self.with_memo_check.isChecked(),
            memo_kind=self.memo_kind_combo.currentData() if kind == KIND_MEMO else None,
            thai_digits=self.digits_combo.currentData(), font=self.font_combo.currentData(),
            photos=self.photos_check.isChecked(),  # columns: the document's stored choice (the checklist)
            include_plan=self.include_plan_check.isChecked(),
            include_comparison=self.comparison_check.isChecked(),
            compare_year=self.compare_spin.value() if kind == KIND_COMPARISON else None,
        )

    # --- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        unit_id, year = self.ctx.unit_id, self.ctx.fiscal_year
        self.unit_name = ""
        if unit_id is not None:
            with self.ctx.db.session() as s:
                unit = s.get(Unit, unit_id)
                self.unit_name = unit.name if unit else ""
        year_text = self.ctx.digits(str(year)) if year else "-"
        self.round_combo.setItemText(0, self.ctx.digits(self.tr("รอบ ๖ เดือน")))
        self.round_combo.setItemText(1, self.ctx.digits(self.tr("รอบ ๑๒ เดือน")))
        self.title_label.setText(self.tr("เอกสาร ปีงบประมาณ %1 — %2").replace("%1", year_text)
                                 .replace("%2", self.unit_name or self.tr("ยังไม่ได้เลือกหน่วยงาน")))
        if year is not None and self.compare_spin.property("year") != year:
            self._loading = True
            try:
                self.compare_spin.setValue(year - 1)
                self.round_combo.setCurrentIndex(max(0, self.round_combo.findData(self.round_in_progress(year))))
            finally:
                self._loading = False
            self.compare_spin.setProperty("year", year)
            self._options_changed(reload_memo=False)
        self._load_memo()
        self._load_wording()
        self._check_signers()
        if self.pdf is not None:
            if self.pdf_request != self.request():  # another unit or year
                self.clear_document()
            else:  # the data under it changed: still shown, but no longer what would print
                self._data_changed = True
                self.status_label.setText(self.tr("ข้อมูลเปลี่ยนไปแล้ว — กด “สร้างเอกสาร” (F5) เพื่อพิมพ์หรือบันทึกฉบับล่าสุด"))
        self._sync_buttons()

    def round_in_progress(self, year: int) -> int:
        return round_in_progress(year, getattr(self.ctx, "today", dt.date.today)())

    def memo_key(self) -> tuple[str, int, int | None] | None:
        if self.ctx.fiscal_year is None:
            return None
        return memo_key(self.kind(), self.memo_kind_combo.currentData(), self.ctx.fiscal_year,
                        self.round_combo.currentData())

    def _load_memo(self) -> None:
        key = self.memo_key()
        if key is None or self.ctx.unit_id is None or not self.left_tabs.isTabEnabled(1):
            return
        with self.ctx.db.session() as s:
            try:
                values = memo_edits.memo_values(s, self.ctx.unit_id, *key)
            except ValueError as exc:
                self.status_label.setText(str(exc))
                return
            unit = s.get(Unit, self.ctx.unit_id)
            signers = [(sg.id, sg.name) for sg in unit.signers] if unit else []
        self.memo_editor.set_values(values, signers)

    def wording_key(self) -> tuple[str, int, int | None] | None:
        if self.ctx.fiscal_year is None or self.kind() == KIND_MEMO:
            return None
        kind = self.kind()
        return kind, self.ctx.fiscal_year, self.round_combo.currentData() if kind == KIND_PROGRESS else None

    def _load_wording(self) -> None:
        from app.reports import wording_edits

        key = self.wording_key()
        if key is None or self.ctx.unit_id is None:
            return
        with self.ctx.db.session() as s:
            unit = s.get(Unit, self.ctx.unit_id)
            if unit is None:
                return
            values = wording_edits.wording_values(s, self.ctx.unit_id, *key)
            signers = [(sg.id, sg.name) for sg in unit.signers]
            unit_name = unit.name
            thai = self.digits_combo.currentData()
            thai = unit.thai_digits if thai is None else thai  # the round choices show the print's digits
            columns = None
            if key[0] in (KIND_PLAN, KIND_PROGRESS):
                columns = document_columns(unit, key[0], key[1], self.round_combo.currentData())[0]
        self.wording.set_document(key[0], values, signers,
                                  (key[1], key[2], bool(thai)) if key[0] == KIND_PROGRESS and key[2] else None,
                                  (key[1], unit_name, bool(thai)))
        combo = {KIND_PROGRESS: self.layout_combo, KIND_PLAN: self.grouping_combo}.get(key[0])
        if combo is not None:  # "" stored: the first choice, chosen from the data
            combo.setCurrentIndex(max(0, combo.findData(values.get("layout") or None)))
        if columns is not None:
            self._show_columns(key[0], columns, values.get("headings") or {})

    def _show_columns(self, kind: str, checked: list[str], headings: dict[str, str]) -> None:
        """The checklist shows the document's columns ticked: the ticked ones top to bottom in
        the order they print (the others where they were, else after them), each named by the
        heading it prints with (the document's own, else the program's)."""
        current = self.columns_list.keys()
        if sorted(current) == sorted(all_columns(kind)) and [c for c in current if c in checked] == checked:
            order = current  # already in print order: nothing moves under the officer's mouse
        else:
            order = checked + [c for c in all_columns(kind) if c not in checked]
        printed = PLAN_HEADERS if kind == KIND_PLAN else COLUMN_HEADERS
        self.columns_list.set_options([(c, headings.get(c) or printed[c][0]) for c in order], checked)

    def _columns_edited(self, checked: list[str]) -> None:
        """Store the ticked columns for this document; the program's default set is stored as
        none chosen, so it keeps following the data."""
        key = self.wording_key()
        if key is None or self.ctx.unit_id is None or key[0] not in (KIND_PLAN, KIND_PROGRESS):
            return
        if not checked:
            self.status_label.setText(self.tr("ต้องเลือกอย่างน้อยหนึ่งคอลัมน์"))
            self._load_wording()
            return
        with self.ctx.db.session() as s:
            unit = s.get(Unit, self.ctx.unit_id)
            default = default_columns(unit, key[0], key[1], self.round_combo.currentData()) if unit else []
        self._wording_edited({"columns": [] if checked == default else checked})

    def _layout_chosen(self, combo: QComboBox) -> None:
        """Store the progress layout or the plan grouping for this document (undoable)."""
        from app.reports import wording_edits

        key = self.wording_key()
        if key is None or self.ctx.unit_id is None or key[0] not in (KIND_PLAN, KIND_PROGRESS):
            return
        layout = combo.currentData() or ""
        with self.ctx.db.session() as s:
            stored = wording_edits.wording_values(s, self.ctx.unit_id, *key)["layout"]
        if layout != stored:
            self._wording_edited({"layout": layout})

    def _wording_edited(self, values: dict[str, Any]) -> None:
        from ui.commands import save_wording

        key = self.wording_key()
        if key is None or self.ctx.unit_id is None:
            return
        try:
            push(self.ctx, save_wording(self.ctx, self.ctx.unit_id, *key, values))
        except ValueError as exc:
            self.status_label.setText(str(exc))
        self._load_wording()  # a preset fills several fields at once

    # --- memo edits ----------------------------------------------------------------------------

    def _memo_edited(self, values: dict[str, Any]) -> None:
        key = self.memo_key()
        if key is None or self.ctx.unit_id is None:
            return
        try:
            push(self.ctx, cmd.save_memo(self.ctx, self.ctx.unit_id, *key, values, self.memo_editor.last_typing))
        except ValueError as exc:
            self.status_label.setText(str(exc))
            self.ctx.show_message(str(exc))
            self._load_memo()

    def _memo_template(self, form: str) -> None:
        key = self.memo_key()
        if key is None or self.ctx.unit_id is None:
            return
        with self.ctx.db.session() as s:
            sections = memo_edits.body_template(s, self.ctx.unit_id, *key, form)
        self._memo_edited({"body_form": form, "sections": sections})

    # --- building ------------------------------------------------------------------------------

    def generate(self) -> int | None:
        request = self.request()
        if request is None:
            self.status_label.setText(self.tr("เลือกหน่วยงานและปีงบประมาณก่อน"))
            return None
        try:
            request.validate()
        except ValueError as exc:
            self.status_label.setText(str(exc))
            return None
        return self.runner.generate(request)

    def busy(self) -> bool:
        return self.runner.busy()

    def cancel_build(self) -> None:
        """Stop the build under way (its process is replaced by a fresh one); the options stay."""
        if not self.runner.busy():
            return
        self.runner.cancel()
        self._build_ended()
        self.status_label.setText(self.tr("ยกเลิกการสร้างเอกสารแล้ว — กด “สร้างเอกสาร” (F5) เมื่อพร้อม"))
        self._sync_buttons()

    def _build_ended(self) -> None:
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.cancel_shortcut.setEnabled(False)

    def _on_started(self) -> None:
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.cancel_button.show()
        self.cancel_shortcut.setEnabled(True)
        self.status_label.setText(self.tr("กำลังสร้างเอกสาร…"))
        self._sync_buttons()

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress_bar.setValue(int(round(fraction * 100)))
        self.status_label.setText(self.tr("กำลังสร้างเอกสาร: %1").replace("%1", message))

    def _on_finished(self, pdf: bytes, request: DocumentRequest) -> None:
        self._build_ended()
        if request != self.request():  # the options changed while it was being built
            self.clear_document(self.tr("ตัวเลือกเปลี่ยนระหว่างสร้าง — กด “สร้างเอกสาร” (F5) อีกครั้ง"))
            return
        self.pdf, self.pdf_request, self._data_changed = pdf, request, False
        if self.preview.load_bytes(pdf):
            pages = self.preview.page_count()
            self.status_label.setText(self.tr("สร้างเอกสารแล้ว %1 หน้า").replace("%1", self.ctx.digits(str(pages))))
        else:
            self.status_label.setText(self.tr("เปิดไฟล์ PDF ที่สร้างไม่ได้"))
        self._sync_buttons()

    def _on_failed(self, message: str) -> None:
        self._build_ended()
        self.clear_document(message)  # an older preview must not pass for the failed one
        self.ctx.show_message(message)

    def has_current_document(self) -> bool:
        return (self.pdf is not None and self.preview.page_count() > 0 and not self._data_changed
                and not self.runner.busy())

    def _sync_buttons(self) -> None:
        current = self.has_current_document()
        for button in self.output_buttons:
            button.setEnabled(current)

    # --- print and save ------------------------------------------------------------------------

    def default_file_name(self) -> str:
        return file_name_for(self.pdf_request, ".pdf", self.unit_name)

    def save_pdf(self) -> Path | None:
        if not self.has_current_document():
            return None
        target = self.ctx.folders.save_file(self, PDF, self.tr("บันทึกเป็น PDF"), self.default_file_name(),
                                            self.tr("ไฟล์ PDF (*.pdf)"), ".pdf")
        if target is None:
            return None
        from app.fsio import FileError, write_bytes

        try:
            write_bytes(target, self.pdf)
        except FileError as exc:
            self.status_label.setText(self.tr("บันทึกไฟล์ไม่ได้: %1").replace("%1", str(exc)))
            return None
        self.status_label.setText(self.tr("บันทึกไฟล์ %1 แล้ว").replace("%1", target.name))
        return target

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.default_file_name()[:-4])
        printer.setFullPage(True)
        return printer

    def print_document(self) -> int:
        """Ask for a printer and page range, then print in the background (``print_finished``
        tells the pages sent); returns the pages to print, 0 when nothing is printed."""
        count = self.preview.page_count()
        if not count or not self.has_current_document() or self.print_job is not None:
            return 0
        printer = self.make_printer()
        printer.setFromTo(1, count)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("พิมพ์เอกสาร"))
        dialog.setMinMax(1, count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), max(printer.fromPage(), printer.toPage() or count)
        # Its own copy of the PDF: a new build may replace the preview while pages still print.
        document = QPdfDocument(self)
        buffer = QBuffer(document)
        buffer.setData(QByteArray(self.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        job = self.print_job = PrintJob(document, printer, first, last, self)
        document.setParent(job)
        progress = self.print_progress = QProgressDialog(
            self.tr("กำลังส่งเอกสารไปที่เครื่องพิมพ์…"), self.tr("ยกเลิกการพิมพ์"), 0, job.total, self)
        progress.setWindowTitle(self.tr("พิมพ์เอกสาร"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(job.cancel)

        def advanced(done: int, total: int) -> None:
            progress.setValue(done)
            progress.setLabelText(self.tr("กำลังพิมพ์หน้า %1 จาก %2…").replace("%1", self.ctx.digits(str(done)))
                                  .replace("%2", self.ctx.digits(str(total))))

        job.progress.connect(advanced)
        job.finished.connect(self._print_done)
        progress.show()
        job.start()
        return job.total

    def _print_done(self, printed: int) -> None:
        if self.print_progress is not None:
            self.print_progress.close()
            self.print_progress.deleteLater()
        if self.print_job is not None:
            self.print_job.deleteLater()
        self.print_job = self.print_progress = None
        if printed:
            self.status_label.setText(self.tr("ส่งพิมพ์แล้ว %1 หน้า").replace("%1", self.ctx.digits(str(printed))))
        else:
            self.status_label.setText(self.tr("ยกเลิกการพิมพ์แล้ว (หรือเครื่องพิมพ์ไม่พร้อม)"))
        self.print_finished.emit(printed)
