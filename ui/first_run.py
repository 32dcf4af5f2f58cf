"""The first-run set-up: the officer's own unit in a few fields, or the demo units to look around.

What is typed becomes an exchange document (``docs/exchange-format.md``) imported through
``app.exchange.workspace.import_document``, so a unit made here is validated exactly like one
read from a file. A name already in the database is refused rather than replaced.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)
from sqlalchemy import select

from app.exchange.fields import ExchangeError
from app.exchange.workspace import FORMAT, FORMAT_VERSION, LoadedFile, import_document
from app.exchange.demo import load_demo
from app.store.db import Database
from app.store.models import Unit
from ui.wheel_guard import guard_wheels

KINDS = ("องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "องค์การบริหารส่วนจังหวัด")
HEAD_TITLES = {
    "องค์การบริหารส่วนตำบล": "นายกองค์การบริหารส่วนตำบล",
    "เทศบาลตำบล": "นายกเทศมนตรีตำบล",
    "เทศบาลเมือง": "นายกเทศมนตรีเมือง",
    "เทศบาลนคร": "นายกเทศมนตรีนคร",
    "องค์การบริหารส่วนจังหวัด": "นายกองค์การบริหารส่วนจังหวัด",
}
DEFAULT_DEPARTMENTS = {
    "องค์การบริหารส่วนตำบล": ("สำนักปลัด", "กองคลัง", "กองช่าง"),
    "องค์การบริหารส่วนจังหวัด": ("สำนักปลัดองค์การบริหารส่วนจังหวัด", "กองคลัง", "กองช่าง"),
}
MUNICIPAL_DEPARTMENTS = ("สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง")
# (exchange key, Thai role shown beside the row)
SIGNER_ROLES = (("officer", "ผู้จัดทำ (เจ้าหน้าที่)"), ("palad", "ปลัด"), ("head", "ผู้บริหาร (นายก)"))


@dataclass
class SignerEntry:
    key: str
    name: str
    positions: list[str]


@dataclass
class FirstRunData:
    name: str
    kind: str = ""
    district: str = ""
    province: str = ""
    phone: str = ""
    doc_prefix: str = ""
    head_title: str = ""
    departments: list[str] = field(default_factory=list)
    signers: list[SignerEntry] = field(default_factory=list)


@dataclass(frozen=True)
class CreatedUnit:
    id: int
    name: str
    demo: bool = False  # the demo units were loaded instead


def place_name(kind: str, name: str) -> str:
    """"องค์การบริหารส่วนตำบลเขาสมอคอน" -> "เขาสมอคอน" (the name without its kind)."""
    name = name.strip()
    for k in sorted(KINDS, key=len, reverse=True):
        if name.startswith(k):
            return name[len(k):].strip()
    if kind and name.startswith(kind):
        return name[len(kind):].strip()
    return name


def suggest_head_title(kind: str, name: str) -> str:
    prefix = HEAD_TITLES.get(kind)
    place = place_name(kind, name)
    return f"{prefix}{place}" if prefix and place else ""


def suggest_positions(key: str, kind: str, name: str) -> str:
    """The usual position of the ปลัด and the head of a unit ("ปลัดองค์การบริหารส่วนตำบลเขาสมอคอน",
    "นายกองค์การบริหารส่วนตำบลเขาสมอคอน"); the officer's own position varies, so none."""
    place = place_name(kind, name)
    if not place:
        return ""
    if key == "palad" and kind.strip():
        return f"ปลัด{kind.strip()}{place}"
    if key == "head":
        return suggest_head_title(kind, name)
    return ""


def default_departments(kind: str) -> tuple[str, ...]:
    if kind.startswith("เทศบาล"):
        return MUNICIPAL_DEPARTMENTS
    return DEFAULT_DEPARTMENTS.get(kind, DEFAULT_DEPARTMENTS["องค์การบริหารส่วนตำบล"])


def _lines(text: str) -> list[str]:
    out: list[str] = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if line and line not in out:
            out.append(line)
    return out


def build_document(data: FirstRunData) -> dict:
    """The exchange document of a new unit with no assessments yet."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "unit": {
            "name": " ".join(data.name.split()), "kind": data.kind.strip(), "district": data.district.strip(),
            "province": data.province.strip(), "phone": data.phone.strip(), "doc_prefix": data.doc_prefix.strip(),
            "head_title": data.head_title.strip() or suggest_head_title(data.kind, data.name),
            "font": "Sarabun", "thai_digits": True, "departments": list(data.departments),
        },
        "signers": [{"key": s.key, "name": s.name.strip(), "positions": list(s.positions)}
                    for s in data.signers if s.name.strip()],
        "assessments": [], "plans": [], "memos": [],
    }


def create_unit(db: Database, data: FirstRunData) -> CreatedUnit:
    """Import the new unit in one transaction; ValueError/ExchangeError carry a Thai message."""
    name = " ".join(data.name.split())
    if not name:
        raise ValueError("กรุณากรอกชื่อหน่วยงาน")
    with db.transaction() as session:
        if session.scalar(select(Unit.id).where(Unit.name == name)) is not None:
            raise ValueError(f"มีหน่วยงานชื่อ “{name}” อยู่แล้ว")
        unit = import_document(session, LoadedFile(build_document(data), {}))
        return CreatedUnit(unit.id, unit.name)


def load_demo_units(db: Database) -> CreatedUnit:
    names = load_demo(db)
    with db.session() as session:
        unit = session.scalar(select(Unit).where(Unit.name == names[0]))
        return CreatedUnit(unit.id, unit.name, demo=True)


class FirstRunDialog(QDialog):
    """Set up the officer's unit, or open the demo. ``created`` holds the result once accepted.

    ``adding`` is the same form from the window's "แฟ้ม → เพิ่มหน่วยงาน…" (after the demo, or for
    a second unit): no demo button there."""

    def __init__(self, db: Database, parent: QWidget | None = None, adding: bool = False) -> None:
        super().__init__(parent)
        self.db = db
        self.created: CreatedUnit | None = None
        self.setWindowTitle(self.tr("เพิ่มหน่วยงาน") if adding else self.tr("เริ่มใช้งาน ITA Desk"))
        self.resize(620, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("กรอกข้อมูลหน่วยงานที่จะเพิ่ม (แก้ไขภายหลังได้ที่หน้า “ข้อมูลหน่วยงาน”)") if adding else
                       self.tr("กรอกข้อมูลหน่วยงานของท่านเพื่อเริ่มใช้งาน (แก้ไขภายหลังได้ที่หน้า “ข้อมูลหน่วยงาน”) "
                               "หรือเปิดข้อมูลตัวอย่างเพื่อทดลองใช้ก่อน"))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("เช่น องค์การบริหารส่วนตำบลเขาสมอคอน"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setEditable(True)
        self.kind_combo.addItems(KINDS)
        self.district_edit = QLineEdit(self)
        self.province_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.prefix_edit = QLineEdit(self)
        self.prefix_edit.setPlaceholderText(self.tr("เช่น ลบ ๗๖๓๐๑"))
        self.head_edit = QLineEdit(self)
        self.departments_edit = QPlainTextEdit(self)
        self.departments_edit.setPlaceholderText(self.tr("หนึ่งบรรทัดต่อหนึ่งส่วนราชการ"))
        self.departments_edit.setFixedHeight(90)
        self.departments_edit.setTabChangesFocus(True)  # Tab goes on to the next field, as everywhere
        form.addRow(self.tr("ชื่อหน่วยงาน *"), self.name_edit)
        form.addRow(self.tr("ประเภท"), self.kind_combo)
        form.addRow(self.tr("อำเภอ"), self.district_edit)
        form.addRow(self.tr("จังหวัด"), self.province_edit)
        form.addRow(self.tr("โทรศัพท์"), self.phone_edit)
        form.addRow(self.tr("เลขที่หนังสือ (อักษรย่อ)"), self.prefix_edit)
        form.addRow(self.tr("ตำแหน่งหัวหน้าหน่วยงาน"), self.head_edit)
        form.addRow(self.tr("ส่วนราชการ"), self.departments_edit)
        layout.addLayout(form)

        box = QGroupBox(self.tr("ผู้ลงนาม (ตำแหน่งละหนึ่งบรรทัด)"), self)
        grid = QGridLayout(box)
        self.signer_edits: list[tuple[str, QLineEdit, QPlainTextEdit]] = []
        for row, (key, role) in enumerate(SIGNER_ROLES):
            name = QLineEdit(box)
            name.setPlaceholderText(self.tr("ชื่อ-สกุล"))
            positions = QPlainTextEdit(box)
            positions.setPlaceholderText(self.tr("ตำแหน่ง"))
            positions.setFixedHeight(48)
            positions.setTabChangesFocus(True)  # Tab goes on to the next signer, not a tab character
            grid.addWidget(QLabel(role, box), row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(positions, row, 2)
            self.signer_edits.append((key, name, positions))
        layout.addWidget(box)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b91c1c")
        layout.addWidget(self.error_label)

        buttons = QDialogButtonBox(self)
        self.create_button = QPushButton(self.tr("เพิ่มหน่วยงาน") if adding else self.tr("เริ่มใช้งาน"), self)
        self.create_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("เปิดข้อมูลตัวอย่าง"), self)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        if not adding:
            buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        else:
            self.demo_button.hide()
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.clicked.connect(self.create)
        self.demo_button.clicked.connect(self.open_demo)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._suggested_head = ""
        self._suggested_departments = ""
        self._suggested_positions: dict[str, str] = {}
        self.name_edit.textChanged.connect(self._update_suggestions)
        self.kind_combo.currentTextChanged.connect(self._update_suggestions)
        self._update_suggestions()
        guard_wheels(self)  # the wheel never changes the kind of unit under the pointer

    def _update_suggestions(self) -> None:
        """Fill the head's title and the departments from name and kind, until the user edits them."""
        kind, name = self.kind_combo.currentText(), self.name_edit.text()
        head = suggest_head_title(kind, name)
        if self.head_edit.text() in ("", self._suggested_head):
            self.head_edit.setText(head)
        self._suggested_head = head
        departments = "\n".join(default_departments(kind))
        if self.departments_edit.toPlainText() in ("", self._suggested_departments):
            self.departments_edit.setPlainText(departments)
        self._suggested_departments = departments
        for key, _name, positions in self.signer_edits:  # the ปลัด's and the head's usual titles
            suggestion = suggest_positions(key, kind, name)
            if positions.toPlainText() in ("", self._suggested_positions.get(key, "")):
                positions.setPlainText(suggestion)
            self._suggested_positions[key] = suggestion

    def form_data(self) -> FirstRunData:
        return FirstRunData(
            name=self.name_edit.text(), kind=self.kind_combo.currentText(), district=self.district_edit.text(),
            province=self.province_edit.text(), phone=self.phone_edit.text(), doc_prefix=self.prefix_edit.text(),
            head_title=self.head_edit.text(), departments=_lines(self.departments_edit.toPlainText()),
            signers=[SignerEntry(key, name.text(), _lines(pos.toPlainText()))
                     for key, name, pos in self.signer_edits],
        )

    def create(self) -> CreatedUnit | None:
        try:
            self.created = create_unit(self.db, self.form_data())
        except (ValueError, ExchangeError) as exc:
            self.error_label.setText(str(exc.args[0] if exc.args else exc))
            self.name_edit.setFocus()
            return None
        self.accept()
        return self.created

    def open_demo(self) -> CreatedUnit | None:
        try:
            self.created = load_demo_units(self.db)
        except (ValueError, ExchangeError) as exc:
            self.error_label.setText(str(exc.args[0] if exc.args else exc))
            return None
        self.accept()
        return self.created


def run_first_run(db: Database, parent: QWidget | None = None) -> CreatedUnit | None:
    """Show the set-up (modal) and return the unit made, or None when cancelled."""
    dialog = FirstRunDialog(db, parent)
    dialog.exec()
    return dialog.created
