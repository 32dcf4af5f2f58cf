"""The officer's wording of the document being printed: title, column headings, cover page with
its own title and extra lines, ผู้จัดทำ, where photos go, computed notes, how the progress heading prints its round; with the seeds' variants as presets.

Edits are stored per document (``app.reports.wording_edits``) through undoable commands; the
Documents page only places this widget and tells it which document is chosen.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QPushButton, QHBoxLayout, QWidget,
)

from app.reports.options import KIND_ANALYSIS, KIND_PLAN, KIND_PROGRESS, PLAN_COLUMNS, PROGRESS_COLUMNS
from app.reports.plan import PLAN_HEADERS
from app.reports.progress import COLUMN_HEADERS
from app.reports.wording import DEFAULT_TITLES, PRESETS, matching_preset, round_style
from app.store.models import PHOTOS_AT_END, PHOTOS_PER_GROUP, ROUND_MONTHS, ROUND_NONE, ROUND_PERIOD, ROUND_PLAIN
from app.thai.dates import format_round, format_round_months
from app.thai.digits import digits
from ui.tr import translator


_tr = translator("DocumentWording")


class DocumentWordingEditor(QGroupBox):
    """Emits ``edited`` with the changed values (names of ``wording_edits.DEFAULTS``)."""

    edited = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("ถ้อยคำของเอกสาร"), parent)
        self.kind = ""
        self._loading = False
        self._document: tuple[int | None, str, bool] = (None, "", True)  # year, unit, Thai digits
        self.preset_combo = QComboBox(self)
        apply = QPushButton(_tr("ใช้แบบนี้"), self)
        apply.clicked.connect(self.apply_preset)
        preset_row = QHBoxLayout()
        preset_row.addWidget(self.preset_combo, 1)
        preset_row.addWidget(apply)
        self.title_edit = QPlainTextEdit(self)
        self.title_edit.setMaximumHeight(64)
        self.title_edit.setTabChangesFocus(True)
        self.title_edit.setPlaceholderText(_tr("ชื่อรายงาน (บรรทัดละหนึ่งบรรทัดของหัวเรื่อง)"))
        self.title_edit.setToolTip(_tr("ชื่อที่พิมพ์ชื่อหน่วยงานหรือคำว่า “ปีงบประมาณ” ไว้เอง "
                                       "โปรแกรมจะไม่เติมบรรทัดชื่อหน่วยงานหรือปีงบประมาณซ้ำให้"))
        self.title_edit.textChanged.connect(lambda: self._emit({"title": self.title_edit.toPlainText()}))
        self.headings = QWidget(self)
        self.headings_form = QFormLayout(self.headings)
        self.headings_form.setContentsMargins(0, 0, 0, 0)
        self.heading_edits: dict[str, QLineEdit] = {}
        self.cover_check = QCheckBox(_tr("มีหน้าปก"), self)
        self.cover_check.toggled.connect(lambda on: self._emit({"cover": on}))
        self.cover_check.toggled.connect(lambda on: self.cover_title_edit.setEnabled(on))
        self.cover_check.toggled.connect(lambda on: self.cover_extra_edit.setEnabled(on))
        # The cover's own title (seed 001's is shorter than the report's); empty: the report's.
        self.cover_title_edit = QPlainTextEdit(self)
        self.cover_title_edit.setMaximumHeight(64)
        self.cover_title_edit.setTabChangesFocus(True)
        self.cover_title_edit.setEnabled(False)
        self.cover_title_edit.setToolTip(_tr("ว่างไว้ = ใช้ชื่อรายงาน; ปีงบประมาณและรอบต่อท้ายให้เอง "
                                             "เว้นแต่พิมพ์คำว่า “ปีงบประมาณ” ไว้เอง"))
        self.cover_title_edit.textChanged.connect(
            lambda: self._emit({"cover_title": self.cover_title_edit.toPlainText()}))
        # Further cover lines below the unit (seed 003: "ภาค ๖", the unit's pledge); empty: none.
        self.cover_extra_edit = QPlainTextEdit(self)
        self.cover_extra_edit.setMaximumHeight(80)
        self.cover_extra_edit.setTabChangesFocus(True)
        self.cover_extra_edit.setEnabled(False)
        self.cover_extra_edit.setPlaceholderText(_tr("เช่น ภาค ๖ หรือคำขวัญของหน่วยงาน"))
        self.cover_extra_edit.setToolTip(_tr("พิมพ์ใต้ชื่อหน่วยงานบนหน้าปก บรรทัดละหนึ่งบรรทัด "
                                             "บรรทัดว่างเว้นระยะ"))
        self.cover_extra_edit.textChanged.connect(
            lambda: self._emit({"cover_extra": self.cover_extra_edit.toPlainText()}))
        self.preparer_combo = QComboBox(self)
        self.preparer_combo.activated.connect(lambda _i: self._emit({"preparer_id": self.preparer_combo.currentData()}))
        self.photos_combo = QComboBox(self)
        self.photos_combo.addItem(_tr("ท้ายรายงาน"), PHOTOS_AT_END)
        self.photos_combo.addItem(_tr("ต่อท้ายแต่ละกลุ่ม/ประเด็น"), PHOTOS_PER_GROUP)
        self.photos_combo.activated.connect(lambda _i: self._emit({"photos_placement": self.photos_combo.currentData()}))
        # How the heading prints its round; each choice reads as the line it prints (set_document).
        self.round_combo = QComboBox(self)
        self.round_combo.setToolTip(_tr("บรรทัดรอบการรายงานในหัวรายงาน"))
        self.round_combo.activated.connect(lambda _i: self._emit({"round_style": self.round_combo.currentData()}))
        self.notes_check = QCheckBox(_tr("พิมพ์หมายเหตุเมื่อค่าที่คำนวณต่างจากที่ประกาศ"), self)
        self.notes_check.toggled.connect(lambda on: self._emit({"computed_notes": on}))
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(_tr("แบบตามตัวอย่าง"), preset_row)
        self.form.addRow(_tr("ชื่อรายงาน"), self.title_edit)
        self.form.addRow(_tr("หัวคอลัมน์"), self.headings)
        self.form.addRow(_tr("ผู้จัดทำ"), self.preparer_combo)
        self.form.addRow(_tr("ภาพประกอบ"), self.photos_combo)
        self.form.addRow(_tr("รอบการรายงาน"), self.round_combo)
        self.form.addRow(self.cover_check)
        self.form.addRow(_tr("ชื่อบนหน้าปก"), self.cover_title_edit)
        self.form.addRow(_tr("ข้อความเพิ่มบนหน้าปก"), self.cover_extra_edit)
        self.form.addRow(self.notes_check)

    # --- showing -------------------------------------------------------------------------------

    def set_document(self, kind: str, values: dict[str, Any], signers: list[tuple[int, str]],
                     round_example: tuple[int, int, bool] | None = None,
                     document: tuple[int | None, str, bool] | None = None) -> None:
        """Show the stored wording of a document of ``kind`` (the defaults when none);
        ``round_example`` (year, round, Thai digits) for a progress report: its round choices;
        ``document`` (year, unit name, Thai digits): what a preset's title names (seed 002's)."""
        self._loading = True
        try:
            self._document = document or (None, "", True)
            if kind != self.kind:
                self.kind = kind
                self._build_headings(kind)
                self.preset_combo.clear()
                for k, preset in enumerate(PRESETS.get(kind, [])):
                    self.preset_combo.addItem(_tr(preset.name), k)
            self._show_preset(matching_preset(kind, values, *self._document[:2]))
            title = values.get("title") or ""
            if self.title_edit.toPlainText().strip() != title.strip():  # keep the cursor while typing
                self.title_edit.setPlainText(title)
            self.title_edit.setPlaceholderText(DEFAULT_TITLES.get(kind, ""))
            cover_title = values.get("cover_title") or ""
            if self.cover_title_edit.toPlainText().strip() != cover_title.strip():
                self.cover_title_edit.setPlainText(cover_title)
            self.cover_title_edit.setPlaceholderText(title.strip() or DEFAULT_TITLES.get(kind, ""))
            cover_extra = values.get("cover_extra") or ""
            if self.cover_extra_edit.toPlainText().strip() != cover_extra.strip():
                self.cover_extra_edit.setPlainText(cover_extra)
            headings = values.get("headings") or {}
            for col, edit in self.heading_edits.items():
                if edit.text() != headings.get(col, ""):
                    edit.setText(headings.get(col, ""))
            self.cover_check.setChecked(bool(values.get("cover")))
            self.cover_title_edit.setEnabled(bool(values.get("cover")))
            self.cover_extra_edit.setEnabled(bool(values.get("cover")))
            self.notes_check.setChecked(bool(values.get("computed_notes")))
            self.preparer_combo.clear()
            self.preparer_combo.addItem(_tr("ไม่พิมพ์"), None)
            for sid, name in signers:
                self.preparer_combo.addItem(name, sid)
            self.preparer_combo.setCurrentIndex(max(0, self.preparer_combo.findData(values.get("preparer_id"))))
            self.photos_combo.setCurrentIndex(max(0, self.photos_combo.findData(values.get("photos_placement"))))
            self.form.setRowVisible(self.headings, kind in (KIND_PLAN, KIND_PROGRESS))
            self.form.setRowVisible(self.photos_combo, kind == KIND_PROGRESS)
            self._show_round_styles(round_example, round_style(values.get("round_style")))
            self.form.setRowVisible(self.round_combo, round_example is not None)
            self.form.setRowVisible(self.notes_check, kind == KIND_ANALYSIS)
        finally:
            self._loading = False

    def _show_round_styles(self, example: tuple[int, int, bool] | None, style: str) -> None:
        """The round choices, each the line it prints for this year and round in the print's digits."""
        self.round_combo.clear()
        if example is None:
            return
        year, rnd, thai = example
        self.round_combo.addItem(format_round(year, rnd, thai), ROUND_PERIOD)
        self.round_combo.addItem(digits(f"ประจำปีงบประมาณ พ.ศ. {year} (รอบ {rnd} เดือน)", thai), ROUND_PLAIN)
        self.round_combo.addItem(format_round_months(year, rnd, thai), ROUND_MONTHS)
        self.round_combo.addItem(_tr("ไม่พิมพ์บรรทัดรอบ (ชื่อรายงานระบุเอง)"), ROUND_NONE)
        self.round_combo.setCurrentIndex(max(0, self.round_combo.findData(style)))

    def _show_preset(self, index: int | None) -> None:
        """Select the preset the stored wording is; "กำหนดเอง" (an entry only while it is needed)
        when it is none of them."""
        count = len(PRESETS.get(self.kind, []))
        if index is None:
            if self.preset_combo.count() == count:
                self.preset_combo.addItem(_tr("กำหนดเอง"), None)
            self.preset_combo.setCurrentIndex(count)
        else:
            while self.preset_combo.count() > count:
                self.preset_combo.removeItem(count)
            self.preset_combo.setCurrentIndex(index)

    def _build_headings(self, kind: str) -> None:
        while self.headings_form.rowCount():
            self.headings_form.removeRow(0)
        self.heading_edits = {}
        columns, labels = ((PLAN_COLUMNS, PLAN_HEADERS) if kind == KIND_PLAN else (PROGRESS_COLUMNS, COLUMN_HEADERS))
        for col in columns:
            edit = QLineEdit(self.headings)
            edit.setPlaceholderText(labels[col][0])
            edit.editingFinished.connect(self._headings_edited)
            self.heading_edits[col] = edit
            self.headings_form.addRow(edit)

    # --- editing -------------------------------------------------------------------------------

    def _emit(self, values: dict[str, Any]) -> None:
        if not self._loading:
            self.edited.emit(values)

    def _headings_edited(self) -> None:
        self._emit({"headings": {c: e.text().strip() for c, e in self.heading_edits.items() if e.text().strip()}})

    def apply_preset(self) -> None:
        presets = PRESETS.get(self.kind, [])
        k = self.preset_combo.currentData()
        if k is None or not 0 <= k < len(presets):
            return
        p = presets[k]
        title = p.title_for(*self._document)  # seed 002's names the document's year and unit
        self._emit({"title": "" if title == DEFAULT_TITLES.get(self.kind) else title,
                    "headings": dict(p.headings), "columns": list(p.columns), "cover": p.cover,
                    "cover_title": p.cover_title, "photos_placement": p.photos_placement,
                    "round_style": p.round_style})
