"""Unit settings: details, departments, people who sign, Garuda image, font, Thai digits.

Each text field is saved while typing (after a short pause) and when left, one undo step per
typing session in a field; the switches are saved when changed. A signer's name and positions
are edited in place for the signer chosen in the list ("เพิ่มผู้ลงนาม…" asks for the new
signer's name and then chooses them), so they save while typing like every other field.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QListView, QPushButton,
    QScrollArea, QTableView, QToolButton, QVBoxLayout, QWidget,
)

from app.services import unit_edits
from app.services.changes import Changes
from app.store.limits_guard import field_limit
from app.store.models import Signer, Unit
from ui import commands
from ui.context import UiContext
from ui.models.rows_model import ROW_ROLE, Column, RowsTableModel
from ui.file_dialogs import IMAGE
from ui.pages.base import Page
from ui.tr import translator
from ui.widgets.text_edits import CommitLineEdit, CommitTextEdit

UNIT_KINDS = ("องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "องค์การบริหารส่วนจังหวัด")


_tr = translator("UnitSettingsPage")


def font_choices() -> list[str]:
    try:
        from app.typeset.fonts import available_font_choices
    except ImportError:  # the typesetting package is optional for the settings screen
        return ["Sarabun"]
    return available_font_choices()


class DepartmentsModel(RowsTableModel):
    """The unit's departments in order (rows: names)."""

    COL_NAME = 0

    def __init__(self, parent=None) -> None:
        super().__init__([Column(_tr("หน่วยงานย่อย"), lambda name: name)], parent)


class SignersModel(RowsTableModel):
    """People who sign (rows: (key, name, positions, role, has a scanned signature))."""

    COL_NAME, COL_POSITIONS, COL_ROLE, COL_SIGNATURE = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(_tr("ชื่อ-สกุล"), lambda s: s[1]),
            Column(_tr("ตำแหน่ง"), lambda s: " / ".join(s[2]), tooltip=lambda s: "\n".join(s[2])),
            Column(_tr("หน้าที่ในบันทึก"), lambda s: _tr(unit_edits.ROLE_LABELS.get(s[3], "-")),
                   numbers=True),  # "ความเห็นที่ ๑" in the unit's digits
            Column(_tr("ลายมือชื่อ"), lambda s: _tr("มี") if s[4] else "-"),
        ], parent)


class UnitSettingsPage(Page):
    CARES = Changes(unit=True)

    TEXT_FIELDS = (
        ("name", "ชื่อหน่วยงาน"), ("district", "อำเภอ"), ("province", "จังหวัด"), ("phone", "โทรศัพท์"),
        ("doc_prefix", "เลขที่หนังสือ (ที่ …)"), ("head_title", "ตำแหน่งหัวหน้าหน่วยงาน"),
        ("office", "ส่วนราชการ (ในบันทึกข้อความ)"),
    )

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)

        details = QGroupBox(self.tr("ข้อมูลหน่วยงาน"), self)
        form = QFormLayout(details)
        self.edits: dict[str, CommitLineEdit] = {}
        for name, label in self.TEXT_FIELDS:
            edit = CommitLineEdit(details)  # saved while typing (see ui.widgets.text_edits)
            edit.setMaxLength(field_limit(Unit, name))  # the limit the database and imports enforce
            edit.setObjectName(f"unit-{name}")
            edit.committed.connect(lambda _text, n=name: self._save_text(n))
            self.edits[name] = edit
            form.addRow(_tr(label), edit)
            if name == "name":
                self.kind_combo = QComboBox(details)
                self.kind_combo.setEditable(True)
                # a kind typed by hand saves while typing too, like every text field
                self.kind_edit = CommitLineEdit(self.kind_combo)
                self.kind_edit.setObjectName("unit-kind")
                self.kind_edit.setMaxLength(field_limit(Unit, "kind"))
                self.kind_combo.setLineEdit(self.kind_edit)
                self.kind_combo.addItems(UNIT_KINDS)
                self.kind_edit.committed.connect(lambda _text: self._save_kind(self.kind_edit.typing_session))
                self.kind_combo.activated.connect(lambda _i: self._save_kind())
                form.addRow(self.tr("ประเภท"), self.kind_combo)
        self.font_combo = QComboBox(details)
        self.font_combo.addItems(font_choices())
        self.font_combo.activated.connect(lambda _i: self._save("font", self.font_combo.currentText()))
        form.addRow(self.tr("แบบอักษรในเอกสาร"), self.font_combo)
        self.digits_check = QCheckBox(self.tr("ใช้ตัวเลขไทย (๑๒๓) ในเอกสารและบนหน้าจอ"), details)
        self.digits_check.setToolTip(self.tr("ปี จำนวน ลำดับ และวันที่ที่โปรแกรมแสดงใช้ตัวเลขตามที่เลือก "
                                             "ส่วนคะแนนและข้อความที่พิมพ์เองแสดงตามที่พิมพ์"))
        self.digits_check.toggled.connect(lambda on: self._save("thai_digits", on))
        form.addRow("", self.digits_check)

        # signers
        signers = QGroupBox(self.tr("ผู้ลงนาม"), self)
        self.signer_model = SignersModel(self)
        self.signer_model.digits = ctx.digits
        self.signer_view = QTableView(signers)
        self.signer_view.setModel(self.signer_model)
        self.signer_view.verticalHeader().hide()
        self.signer_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signer_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.signer_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # whole rows are chosen with the arrows: Tab leaves the list for its buttons (else it walks
        # the cells of every signer first)
        self.signer_view.setTabKeyNavigation(False)
        self.signer_view.horizontalHeader().setSectionResizeMode(SignersModel.COL_POSITIONS, QHeaderView.ResizeMode.Stretch)
        self.signer_view.horizontalHeader().setSectionResizeMode(SignersModel.COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        self.signer_view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._signer_chosen(cur))
        self._shown_signer: str | None = None  # key of the signer the name/positions fields show
        # saved while typing into the chosen signer (see ui.widgets.text_edits)
        self.signer_name = CommitLineEdit(signers)
        self.signer_name.setObjectName("signer-name")
        self.signer_name.setMaxLength(field_limit(Signer, "name"))
        self.signer_name.setPlaceholderText(self.tr("ชื่อ-สกุล เช่น นางสาวสมใจ ใจดี"))
        self.signer_positions = CommitTextEdit(signers, lines=3)
        self.signer_positions.setObjectName("signer-positions")
        self.signer_positions.setPlaceholderText(self.tr("ตำแหน่ง บรรทัดละหนึ่งตำแหน่ง เช่น\nปลัดเทศบาล\nรักษาราชการแทน…"))
        for edit in (self.signer_name, self.signer_positions):
            edit.committed.connect(lambda _text, e=edit: self._save_signer(e))
        # a few rows tall, so the buttons and the chosen signer's fields stay in sight at 1366×768
        self.signer_view.setMaximumHeight(150)
        sv = QGridLayout(signers)
        sv.addWidget(self.signer_view, 0, 0, 1, 2)
        # "add" right under the list, where it is seen before anything else is needed
        row = QHBoxLayout()
        self.add_signer_button = QPushButton(self.tr("เพิ่มผู้ลงนาม…"), signers)
        self.add_signer_button.clicked.connect(self.add_signer)
        row.addWidget(self.add_signer_button)
        self.signer_buttons: list[QPushButton] = []  # those that need a chosen signer
        for text, slot in ((self.tr("ลบ"), self.remove_signer), (self.tr("ขึ้น"), lambda: self.move_signer(-1)),
                           (self.tr("ลง"), lambda: self.move_signer(1))):
            b = QPushButton(text, signers)
            b.clicked.connect(slot)
            row.addWidget(b)
            self.signer_buttons.append(b)
        sv.addLayout(row, 1, 0, 1, 2)
        # what to do when the unit has nobody to sign yet (instead of greyed, empty fields)
        self.no_signer_label = QLabel(self.tr("ยังไม่มีผู้ลงนาม — กด “เพิ่มผู้ลงนาม…” แล้วพิมพ์ชื่อ-สกุล "
                                              "จากนั้นพิมพ์ตำแหน่งและเลือกหน้าที่ในบันทึกข้อความ"), signers)
        self.no_signer_label.setWordWrap(True)
        sv.addWidget(self.no_signer_label, 2, 0, 1, 2)
        self.signer_form = QWidget(signers)  # the chosen signer's fields, shown once there is one
        form_grid = QGridLayout(self.signer_form)
        form_grid.setContentsMargins(0, 0, 0, 0)
        form_grid.addWidget(QLabel(self.tr("ชื่อ"), self.signer_form), 0, 0)
        form_grid.addWidget(self.signer_name, 0, 1)
        form_grid.addWidget(QLabel(self.tr("ตำแหน่ง"), self.signer_form), 1, 0, Qt.AlignmentFlag.AlignTop)
        form_grid.addWidget(self.signer_positions, 1, 1)
        # the signer's part on memos, and an optional scanned signature for every signature block
        self.signer_role = QComboBox(self.signer_form)
        for role, label in unit_edits.ROLE_LABELS.items():
            self.signer_role.addItem(self.tr(label), role)
        self.signer_role.activated.connect(lambda _i: self.set_signer_role())
        form_grid.addWidget(QLabel(self.tr("หน้าที่"), self.signer_form), 2, 0)
        role_row = QHBoxLayout()
        role_row.addWidget(self.signer_role, 1)
        for text, slot in ((self.tr("ภาพลายมือชื่อ…"), self.choose_signature),
                           (self.tr("ลบลายมือชื่อ"), self.remove_signature)):
            b = QPushButton(text, self.signer_form)
            b.clicked.connect(slot)
            role_row.addWidget(b)
        form_grid.addLayout(role_row, 2, 1)
        sv.addWidget(self.signer_form, 3, 0, 1, 2)
        # Tab in the order shown: the list, its buttons under it, then the chosen signer's fields
        chain = [self.signer_view, self.add_signer_button, *self.signer_buttons, self.signer_name]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        sv.setRowStretch(4, 1)  # room left over goes below, the hint stays under the buttons

        # departments (made after the signers: Tab visits them in the order shown)
        depts = QGroupBox(self.tr("หน่วยงานย่อย (ผู้รับผิดชอบมาตรการ)"), self)
        self.dept_model = DepartmentsModel(self)
        self.dept_view = QListView(depts)
        self.dept_view.setModel(self.dept_model)
        self.dept_view.setMaximumHeight(160)  # its buttons in sight on a 1280×720 screen too
        self.dept_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dept_view.doubleClicked.connect(lambda _i: self.rename_department())
        dv = QVBoxLayout(depts)
        dv.addWidget(self.dept_view)
        row = QHBoxLayout()
        for text, slot in ((self.tr("เพิ่ม"), self.add_department), (self.tr("เปลี่ยนชื่อ"), self.rename_department),
                           (self.tr("ลบ"), self.remove_department), (self.tr("ขึ้น"), lambda: self.move_department(-1)),
                           (self.tr("ลง"), lambda: self.move_department(1))):
            b = QPushButton(text, depts)
            b.clicked.connect(slot)
            row.addWidget(b)
        dv.addLayout(row)

        # Garuda
        garuda = QGroupBox(self.tr("ตราครุฑสำหรับบันทึกข้อความ"), self)
        self.garuda_label = QLabel(garuda)
        self.garuda_label.setFixedSize(QSize(120, 120))
        self.garuda_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.garuda_label.setStyleSheet("border: 1px dashed palette(mid);")
        load = QPushButton(self.tr("เลือกไฟล์ภาพ…"), garuda)
        load.clicked.connect(self.choose_garuda)
        self.remove_garuda_button = QPushButton(self.tr("ลบภาพ"), garuda)
        self.remove_garuda_button.clicked.connect(self.remove_garuda)
        note = QLabel(self.tr("ใช้ไฟล์ภาพครุฑของหน่วยงานเอง (PNG หรือ JPG) โปรแกรมไม่มีภาพครุฑให้ "
                              "ถ้าไม่ใส่ เอกสารจะเว้นที่ว่างไว้"), garuda)
        note.setWordWrap(True)
        gv = QGridLayout(garuda)
        gv.addWidget(self.garuda_label, 0, 0, 4, 1, Qt.AlignmentFlag.AlignTop)
        gv.addWidget(load, 0, 1)
        gv.addWidget(self.remove_garuda_button, 1, 1)
        gv.addWidget(note, 2, 1)
        gv.setRowStretch(3, 1)

        # data safety: the same actions as the Tools menu, where an officer looks for them
        from ui.backup_actions import make_maintenance_actions

        data_box = QGroupBox(self.tr("ความปลอดภัยของข้อมูล"), self)
        data_row = QHBoxLayout(data_box)
        for action in make_maintenance_actions(ctx, self):
            button = QToolButton(data_box)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            data_row.addWidget(button)
        data_row.addStretch(1)

        content = QWidget(self)
        grid = QGridLayout(content)
        # the signers first on the right, in sight at 1366×768 (the memo needs them before
        # anything else here); the departments under them
        grid.addWidget(details, 0, 0)
        grid.addWidget(garuda, 1, 0)
        grid.addWidget(signers, 0, 1)
        grid.addWidget(depts, 1, 1)
        grid.addWidget(data_box, 2, 0, 1, 2)
        grid.addWidget(self.message, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._values: dict[str, object] = {}

    # --- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        unit_id = self.ctx.unit_id
        if unit_id is None:
            self.setEnabled(False)
            return
        self.setEnabled(True)
        with self.ctx.db.session() as session:
            unit = session.get(Unit, unit_id)
            if unit is None:
                return
            values = {name: getattr(unit, name) for name, _l in self.TEXT_FIELDS}
            values.update(kind=unit.kind, font=unit.font, thai_digits=unit.thai_digits)
            depts = [d.name for d in unit.departments]
            signers = [(s.key, s.name, list(s.positions or []), s.role, bool(s.signature_png))
                       for s in unit.signers]
            garuda = unit.garuda_png
        self._values = values
        other = unit_id != getattr(self, "_shown_unit", None)
        self._shown_unit = unit_id
        for name, edit in self.edits.items():
            edit.set_value(values[name] or "", other)
        self.kind_edit.set_value(values["kind"] or "", other)
        if self.font_combo.findText(values["font"]) < 0:
            self.font_combo.addItem(values["font"])
        self.font_combo.setCurrentText(values["font"])
        self.digits_check.blockSignals(True)
        self.digits_check.setChecked(bool(values["thai_digits"]))
        self.digits_check.blockSignals(False)
        current_dept = self.dept_view.currentIndex().row()
        self.dept_model.set_rows(depts)
        if depts:
            self.dept_view.setCurrentIndex(self.dept_model.index(max(0, min(current_dept, len(depts) - 1)), 0))
        current_signer = self.signer_view.currentIndex().row()
        keys = [s[0] for s in signers]
        if self._shown_signer in keys:
            current_signer = keys.index(self._shown_signer)  # the same person, wherever they moved
        # the reset must not reach the fields as "no signer chosen": one being typed in stays
        self.signer_view.selectionModel().blockSignals(True)
        try:
            self.signer_model.set_rows(signers)
            if signers:
                self.signer_view.setCurrentIndex(self.signer_model.index(max(0, min(current_signer, len(signers) - 1)), 0))
        finally:
            self.signer_view.selectionModel().blockSignals(False)
        self._signer_chosen(self.signer_view.currentIndex())
        pix = QPixmap()
        if garuda and pix.loadFromData(garuda):
            self.garuda_label.setPixmap(pix.scaled(110, 110, Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
        else:
            self.garuda_label.setPixmap(QPixmap())
            self.garuda_label.setText(self.tr("ไม่มีภาพ"))
        self.remove_garuda_button.setEnabled(bool(garuda))

    # --- saving ------------------------------------------------------------------------------

    def _push(self, factory) -> bool:
        try:
            commands.push(self.ctx, factory())
        except ValueError as exc:
            self.message.setText(str(exc))
            return False
        self.message.clear()
        return True

    def _save(self, name: str, value, typing=None) -> None:
        if self.ctx.unit_id is None or self._values.get(name) == value:
            return
        if not self._push(lambda: commands.set_unit_field(self.ctx, self.ctx.unit_id, name, value, typing)):
            self.refresh()

    def _save_text(self, name: str) -> None:
        edit = self.edits[name]
        self._save(name, edit.text().strip(), edit.typing_session)

    def _save_kind(self, typing=None) -> None:
        self._save("kind", self.kind_combo.currentText().strip(), typing)

    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        """A one-line prompt (tests replace this method)."""
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value.strip() if ok and value.strip() else None

    def _current_department(self) -> str | None:
        index = self.dept_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def add_department(self) -> None:
        name = self._ask(self.tr("เพิ่มหน่วยงานย่อย"), self.tr("ชื่อหน่วยงานย่อย เช่น กองคลัง"))
        if name:
            self._push(lambda: commands.add_department(self.ctx, self.ctx.unit_id, name))
            self.dept_view.setCurrentIndex(self.dept_model.index(self.dept_model.rowCount() - 1, 0))

    def rename_department(self) -> None:
        old = self._current_department()
        if old is None:
            return
        new = self._ask(self.tr("เปลี่ยนชื่อหน่วยงานย่อย"), self.tr("ชื่อใหม่ (มาตรการที่ระบุชื่อเดิมจะเปลี่ยนตาม)"), old)
        if new and new != old:
            self._push(lambda: commands.rename_department(self.ctx, self.ctx.unit_id, old, new))

    def remove_department(self) -> None:
        name = self._current_department()
        if name is not None:
            self._push(lambda: commands.remove_department(self.ctx, self.ctx.unit_id, name))

    def move_department(self, step: int) -> None:
        name = self._current_department()
        row = self.dept_view.currentIndex().row()
        target = row + step
        if name is None or not 0 <= target < self.dept_model.rowCount():
            return
        if self._push(lambda: commands.move_department(self.ctx, self.ctx.unit_id, name, target)):
            self.dept_view.setCurrentIndex(self.dept_model.index(target, 0))

    def _current_signer(self):
        index = self.signer_view.currentIndex()
        return self.signer_model.index(index.row(), 0).data(ROW_ROLE) if index.isValid() else None

    def _signer_chosen(self, index) -> None:
        s = self.signer_model.index(index.row(), 0).data(ROW_ROLE) if index.isValid() else None
        other = (s[0] if s else None) != self._shown_signer
        if other:  # what the fields still wait to save belongs to the signer shown until now
            self.signer_name.commit_if_pending()
            self.signer_positions.commit_if_pending()
        self._shown_signer = s[0] if s else None
        self.signer_name.set_value(s[1] if s else "", other)
        self.signer_positions.set_value("\n".join(s[2]) if s else "", other)
        # nothing to type into before a signer is added: say how to add one instead
        self.signer_form.setVisible(s is not None)
        self.no_signer_label.setVisible(s is None)
        for b in self.signer_buttons:
            b.setEnabled(s is not None)
        for i in range(self.signer_role.count()):  # "ความเห็นที่ ๑" in the unit's digits
            self.signer_role.setItemText(i, self.ctx.digits(self.tr(unit_edits.ROLE_LABELS[self.signer_role.itemData(i)])))
        self.signer_role.setCurrentIndex(max(0, self.signer_role.findData(s[3] if s else "")))

    def _save_signer(self, edit) -> None:
        """Save the chosen signer's name and positions (while typing; one undo step per typing
        session). An empty name is not saved: the officer is retyping it."""
        key = self._shown_signer
        if key is None or self.ctx.unit_id is None:
            return
        name = self.signer_name.text().strip()
        if not name:
            self.message.setText(self.tr("ชื่อผู้ลงนามเว้นว่างไม่ได้ (พิมพ์ชื่อใหม่ได้เลย)"))
            return
        positions = self.signer_positions.toPlainText().splitlines()
        self._push(lambda: commands.update_signer(self.ctx, self.ctx.unit_id, key, name, positions, edit.typing_session))

    def add_signer(self) -> None:
        """Ask for the new signer's name, add them and choose them (their positions next)."""
        name = self._ask(self.tr("เพิ่มผู้ลงนาม"), self.tr("ชื่อ-สกุลของผู้ลงนาม เช่น นางสาวสมใจ ใจดี"))
        if name and self._push(lambda: commands.add_signer(self.ctx, self.ctx.unit_id, name, [])):
            self.signer_view.setCurrentIndex(self.signer_model.index(self.signer_model.rowCount() - 1, 0))
            self.signer_positions.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_signer(self) -> None:
        s = self._current_signer()
        if s is not None:
            self._push(lambda: commands.remove_signer(self.ctx, self.ctx.unit_id, s[0]))

    def move_signer(self, step: int) -> None:
        s = self._current_signer()
        target = self.signer_view.currentIndex().row() + step
        if s is None or not 0 <= target < self.signer_model.rowCount():
            return
        if self._push(lambda: commands.move_signer(self.ctx, self.ctx.unit_id, s[0], target)):
            self.signer_view.setCurrentIndex(self.signer_model.index(target, 0))

    def _pick_image(self, title: str) -> bytes | None:
        """The bytes of an image file the officer picks (None if cancelled or unreadable)."""
        path = self.ctx.folders.open_file(self, IMAGE, title, self.tr("ภาพ (*.png *.jpg *.jpeg)"))
        if path is None:
            return None
        try:
            with open(path, "rb") as fh:
                return fh.read()
        except OSError as exc:
            self.message.setText(self.tr("อ่านไฟล์ไม่ได้: %1").replace("%1", str(exc)))
            return None

    def choose_garuda(self) -> None:
        data = self._pick_image(self.tr("เลือกภาพครุฑ"))
        if data is not None:
            self._push(lambda: commands.set_garuda(self.ctx, self.ctx.unit_id, data))

    def set_signer_role(self) -> None:
        s = self._current_signer()
        if s is not None and self.signer_role.currentData() != s[3]:
            role = self.signer_role.currentData()
            self._push(lambda: commands.set_signer_role(self.ctx, self.ctx.unit_id, s[0], role))

    def choose_signature(self) -> None:
        s = self._current_signer()
        if s is None:
            self.message.setText(self.tr("เลือกผู้ลงนามก่อน"))
            return
        data = self._pick_image(self.tr("เลือกภาพลายมือชื่อ"))
        if data is not None:
            self._push(lambda: commands.set_signer_signature(self.ctx, self.ctx.unit_id, s[0], data))

    def remove_signature(self) -> None:
        s = self._current_signer()
        if s is not None:
            self._push(lambda: commands.set_signer_signature(self.ctx, self.ctx.unit_id, s[0], None))

    def remove_garuda(self) -> None:
        self._push(lambda: commands.set_garuda(self.ctx, self.ctx.unit_id, None))
