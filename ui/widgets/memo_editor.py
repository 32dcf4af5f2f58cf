"""The fields of a cover memo (บันทึกข้อความ): ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน, the body
(short form or the four parts), the signer and the comment blocks.

The editor holds no data of its own: ``set_values(values, signers)`` shows a memo as
``app.reports.memo_edits.memo_values`` gives it, and every committed change is emitted as
``edited(dict)`` with just the changed field (the page turns it into an undoable command).
``template_requested(str)`` asks for the body of a form ("short" / "four_part").
"""
from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ui.widgets.text_edits import CommitLineEdit, CommitTextEdit
from ui.widgets.thai_date import ThaiDateEdit


class _SectionRow(QWidget):
    def __init__(self, parent: QWidget, on_commit) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        self.heading = CommitLineEdit(self)
        self.heading.setPlaceholderText(self.tr("หัวข้อ (ถ้ามี) เช่น เรื่องเดิม"))
        self.text = CommitTextEdit(self, lines=4)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        self.heading.committed.connect(lambda _t: on_commit(self.heading.typing_session))
        self.text.committed.connect(lambda _t: on_commit(self.text.typing_session))


class _CommentRow(QWidget):
    def __init__(self, parent: QWidget, on_commit) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 4)
        self.title = CommitLineEdit(self)
        self.signer_name = CommitLineEdit(self)
        self.positions = CommitTextEdit(self, lines=2)
        self.positions.setPlaceholderText(self.tr("ตำแหน่ง บรรทัดละหนึ่งตำแหน่ง"))
        form.addRow(self.tr("หัวข้อ"), self.title)
        form.addRow(self.tr("ผู้ลงนาม"), self.signer_name)
        form.addRow(self.tr("ตำแหน่ง"), self.positions)
        for w in (self.title, self.signer_name, self.positions):
            w.committed.connect(lambda _t, w=w: on_commit(w.typing_session))


class MemoEditor(QWidget):
    edited = Signal(dict)
    template_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.last_typing: Any = None
        self.office = CommitLineEdit(self)
        self.number = CommitLineEdit(self)
        self.date = ThaiDateEdit(self)
        self.subject = CommitTextEdit(self, lines=2)
        self.addressee = CommitLineEdit(self)
        self.body_form = QComboBox(self)
        self.body_form.addItem(self.tr("แบบสั้น (ตามที่ … นั้น … จึงเรียนมาเพื่อโปรดทราบ)"), "short")
        self.body_form.addItem(self.tr("แบบ ๔ ส่วน (เรื่องเดิม / ข้อเท็จจริง / ข้อระเบียบ / ข้อเสนอแนะ)"), "four_part")
        self.template_button = QPushButton(self.tr("ใส่เนื้อความตามแบบ"), self)
        self.template_button.setToolTip(self.tr("แทนเนื้อความด้วยข้อความตั้งต้นของแบบที่เลือก (เลิกทำได้ด้วย Ctrl+Z)"))
        self.signer = QComboBox(self)
        self.sections_box = QVBoxLayout()
        self.comments_box = QVBoxLayout()
        self._sections: list[_SectionRow] = []
        self._comments: list[_CommentRow] = []
        self.add_section_button = QPushButton(self.tr("เพิ่มย่อหน้า"), self)
        self.remove_section_button = QPushButton(self.tr("ลบย่อหน้าสุดท้าย"), self)
        self.add_comment_button = QPushButton(self.tr("เพิ่มช่องความเห็น"), self)
        self.remove_comment_button = QPushButton(self.tr("ลบช่องความเห็นสุดท้าย"), self)

        head = QFormLayout()
        head.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        head.addRow(self.tr("ส่วนราชการ"), self.office)
        head.addRow(self.tr("ที่"), self.number)
        head.addRow(self.tr("วันที่"), self.date)
        head.addRow(self.tr("เรื่อง"), self.subject)
        head.addRow(self.tr("เรียน"), self.addressee)
        form_row = QHBoxLayout()
        form_row.addWidget(self.body_form, 1)
        form_row.addWidget(self.template_button)
        head.addRow(self.tr("รูปแบบเนื้อความ"), form_row)

        body = QGroupBox(self.tr("เนื้อความ"), self)
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(self.sections_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_section_button)
        buttons.addWidget(self.remove_section_button)
        buttons.addStretch(1)
        body_layout.addLayout(buttons)

        sign = QFormLayout()
        sign.addRow(self.tr("ผู้ลงนาม"), self.signer)
        comments = QGroupBox(self.tr("ช่องความเห็นของผู้บังคับบัญชา"), self)
        comments_layout = QVBoxLayout(comments)
        comments_layout.addLayout(self.comments_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_comment_button)
        buttons.addWidget(self.remove_comment_button)
        buttons.addStretch(1)
        comments_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        note = QLabel(self.tr("แก้แล้วบันทึกทันที ใช้กับเอกสารนี้ทุกครั้งที่พิมพ์"), self)
        note.setStyleSheet("color: palette(mid);")
        layout.addWidget(note)
        layout.addLayout(head)
        layout.addWidget(body)
        layout.addLayout(sign)
        layout.addWidget(comments)
        layout.addStretch(1)

        for name, w in (("office", self.office), ("number", self.number), ("subject", self.subject),
                        ("addressee", self.addressee)):
            w.committed.connect(lambda text, n=name, w=w: self._emit({n: text}, w.typing_session))
        self.date.dateChanged.connect(lambda d: self._emit({"date": d}))
        self.body_form.activated.connect(lambda _i: self._emit({"body_form": self.body_form.currentData()}))
        self.template_button.clicked.connect(lambda: self.template_requested.emit(self.body_form.currentData()))
        self.signer.activated.connect(lambda _i: self._emit({"signer_id": self.signer.currentData()}))
        self.add_section_button.clicked.connect(lambda: self._emit({"sections": self.sections() + [{"heading": "", "text": ""}]}))
        self.remove_section_button.clicked.connect(lambda: self._emit({"sections": self.sections()[:-1]}))
        self.add_comment_button.clicked.connect(lambda: self._emit({"comments": self.comments() + [
            {"title": self.tr("ความเห็น"), "text": "", "signer_name": "", "positions": []}]}))
        self.remove_comment_button.clicked.connect(lambda: self._emit({"comments": self.comments()[:-1]}))

    def _emit(self, values: dict[str, Any], typing: Any = None) -> None:
        """``typing``: the typing session of the field that changed (``last_typing`` while the
        signal runs), so the page can merge one session's saves into one undo step."""
        if not self._loading:
            self.last_typing = typing
            try:
                self.edited.emit(values)
            finally:
                self.last_typing = None

    def sections(self) -> list[dict[str, str]]:
        return [{"heading": r.heading.text().strip(), "text": r.text.toPlainText()} for r in self._sections]

    def comments(self) -> list[dict[str, Any]]:
        return [{"title": r.title.text().strip(), "text": "", "signer_name": r.signer_name.text().strip(),
                 "positions": [p.strip() for p in r.positions.toPlainText().splitlines() if p.strip()]}
                for r in self._comments]

    def _resize_rows(self, rows: list, count: int, box: QVBoxLayout, factory, on_commit) -> None:
        while len(rows) > count:
            w = rows.pop()
            box.removeWidget(w)
            w.deleteLater()
        while len(rows) < count:
            w = factory(self, on_commit)
            rows.append(w)
            box.addWidget(w)

    def set_values(self, values: dict[str, Any], signers: Sequence[tuple[int, str]]) -> None:
        self._loading = True
        try:
            self.office.set_value(values.get("office", ""))
            self.number.set_value(values.get("number", ""))
            self.date.set_date(values.get("date"))
            self.subject.set_value(values.get("subject", ""))
            self.addressee.set_value(values.get("addressee", ""))
            self.body_form.setCurrentIndex(max(0, self.body_form.findData(values.get("body_form", "short"))))
            self.signer.clear()
            self.signer.addItem(self.tr("— ผู้เสนอบันทึกตามข้อมูลหน่วยงาน —"), None)  # gather._memo_signer
            for sid, name in signers:
                self.signer.addItem(name, sid)
            self.signer.setCurrentIndex(max(0, self.signer.findData(values.get("signer_id"))))
            sections = values.get("sections") or []
            self._resize_rows(self._sections, len(sections), self.sections_box, _SectionRow,
                              lambda typing=None: self._emit({"sections": self.sections()}, typing))
            for row, s in zip(self._sections, sections):
                row.heading.set_value(s.get("heading", ""))
                row.text.set_value(s.get("text", ""))
            comments = values.get("comments") or []
            self._resize_rows(self._comments, len(comments), self.comments_box, _CommentRow,
                              lambda typing=None: self._emit({"comments": self.comments()}, typing))
            for row, c in zip(self._comments, comments):
                row.title.set_value(c.get("title", ""))
                row.signer_name.set_value(c.get("signer_name", ""))
                row.positions.set_value("\n".join(c.get("positions") or []))
            self.remove_section_button.setEnabled(bool(sections))
            self.remove_comment_button.setEnabled(bool(comments))
        finally:
            self._loading = False
